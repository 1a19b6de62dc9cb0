package org.eligo.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinimiserTest {
  private static final List<Minimiser.Factor> FACTORS = List.of(
      new Minimiser.Factor("sex", 1), new Minimiser.Factor("age", 1), new Minimiser.Factor("site", 1));

  private static Minimiser handCheckCounts(double p, Minimiser.Imbalance imbalance) {
    Minimiser m = new Minimiser(new Minimiser.Settings(List.of("A", "B"), FACTORS, p, imbalance, 1));
    // Arm A: 10 male, 5 of them aged >= 65, 2 at site 2; arm B: 6 male, all >= 65, 4 at site 2.
    for (int i = 0; i < 10; i++) {
      m.record("A", Map.of("sex", "male", "age", i < 5 ? ">=65" : "<65", "site", i < 2 ? "2" : "1"));
    }
    for (int i = 0; i < 6; i++) {
      m.record("B", Map.of("sex", "male", "age", ">=65", "site", i < 4 ? "2" : "3"));
    }
    return m;
  }

  private static final Map<String, String> NEW_PATIENT = Map.of("sex", "male", "age", ">=65", "site", "2");

  @Test
  void reproducesTheHandCheckOfTheDesignReadme() {
    Minimiser m = handCheckCounts(1.0, Minimiser.Imbalance.RANGE);
    assertEquals(Map.of("A", 6.0, "B", 8.0), m.scores(NEW_PATIENT));
    Minimiser.Assignment a = m.assign("X", NEW_PATIENT);
    assertEquals("A", a.arm());
    assertEquals(1, a.sequence());
    // X now counts on A (sex 11/6, age 6/6, site 3/4): another such patient gives
    // A: 6 + 1 + 0 = 7, B: 4 + 1 + 2 = 7, a tie.
    assertEquals(Map.of("A", 7.0, "B", 7.0), m.scores(NEW_PATIENT));
  }

  @Test
  void varianceImbalanceIsThePopulationVarianceOfTheCounts() {
    Minimiser m = handCheckCounts(1.0, Minimiser.Imbalance.VARIANCE);
    // A: (11,6) -> 6.25, (6,6) -> 0, (3,4) -> 0.25; B: (10,7) -> 2.25, (5,7) -> 1, (2,5) -> 2.25
    assertEquals(Map.of("A", 6.5, "B", 5.5), m.scores(NEW_PATIENT));
    assertEquals("B", m.assign("X", NEW_PATIENT).arm());
  }

  @Test
  void weightsMultiplyEachFactorsImbalance() {
    Minimiser m = new Minimiser(new Minimiser.Settings(List.of("A", "B"),
        List.of(new Minimiser.Factor("sex", 1), new Minimiser.Factor("age", 3), new Minimiser.Factor("site", 0.5)), 1, Minimiser.Imbalance.RANGE, 1));
    m.record("A", Map.of("sex", "male", "age", "<65", "site", "1"));
    m.record("A", Map.of("sex", "male", "age", "<65", "site", "1"));
    // A: sex 3, age 1*3, site 1*0.5 = 6.5 ; B: sex 1, age 1*3, site 1*0.5 = 4.5
    assertEquals(Map.of("A", 6.5, "B", 4.5), m.scores(Map.of("sex", "male", "age", ">=65", "site", "2")));
  }

  @Test
  void withPBelowOneTheOtherArmIsChosenWhenTheDrawIsAtLeastP() {
    int other = 0;
    for (long seed = 0; seed < 200; seed++) {
      Minimiser m = new Minimiser(new Minimiser.Settings(List.of("A", "B"), FACTORS, 0.8, Minimiser.Imbalance.RANGE, seed));
      m.record("A", NEW_PATIENT);
      Minimiser.Assignment a = m.assign("X", NEW_PATIENT);
      assertEquals(a.draw() < 0.8 ? "B" : "A", a.arm());
      other += a.arm().equals("A") ? 1 : 0;
    }
    assertEquals(other, countDrawsAtLeast(0.8, 200));
  }

  private static int countDrawsAtLeast(double p, int seeds) {
    int n = 0;
    for (long seed = 0; seed < seeds; seed++) {
      n += new java.util.Random(seed).nextDouble() >= p ? 1 : 0;
    }
    return n;
  }

  @Test
  void aFirstPatientTiesEveryArmAndUsesNoDraw() {
    Minimiser m = new Minimiser(new Minimiser.Settings(List.of("A", "B", "C"), FACTORS, 0.85, Minimiser.Imbalance.RANGE, 5));
    Minimiser.Assignment a = m.assign("P1", NEW_PATIENT);
    assertNull(a.draw());
    assertEquals(List.of("A", "B", "C").get(new java.util.Random(5).nextInt(3)), a.arm());
  }

  @Test
  void replayRecomputesEveryAssignmentAndFindsATamperedArm() throws Exception {
    Minimiser.Settings s = new Minimiser.Settings(List.of("A", "B"), FACTORS, 0.8, Minimiser.Imbalance.RANGE, 42);
    Minimiser m = new Minimiser(s);
    List<String> lines = new ArrayList<>();
    lines.add(AssignmentLog.settings(s).toString());
    String[] sexes = {"male", "female"};
    for (int i = 0; i < 30; i++) {
      Map<String, String> lv = Map.of("sex", sexes[i % 2], "age", i % 3 == 0 ? ">=65" : "<65", "site", String.valueOf(i % 4));
      lines.add(AssignmentLog.line(m.assign("P" + i, lv)).toString());
    }
    AssignmentLog.Replay ok = AssignmentLog.replay(new StringReader(String.join("\n", lines)), "log.jsonl");
    assertTrue(ok.ok());
    assertEquals(30, ok.checked());

    String line = lines.get(11);
    String flipped = line.contains("\"arm\":\"A\"") ? line.replace("\"arm\":\"A\"", "\"arm\":\"B\"") : line.replace("\"arm\":\"B\"", "\"arm\":\"A\"");
    lines.set(11, flipped);
    AssignmentLog.Replay bad = AssignmentLog.replay(new StringReader(String.join("\n", lines)), "log.jsonl");
    assertFalse(bad.ok());
    assertEquals(10, bad.checked());
    assertTrue(bad.mismatch().startsWith("log.jsonl:12: patient P10 logged on arm "), bad.mismatch());
  }

  @Test
  void replayRefusesABadSettingsLineWithItsField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssignmentLog.replay(new StringReader(
        "{\"type\":\"settings\",\"arms\":[\"A\",\"B\"],\"factors\":[{\"name\":\"sex\",\"weight\":1}],\"p\":0.8,\"imbalance\":\"median\",\"seed\":1}\n"), "log.jsonl"));
    assertEquals("log.jsonl:1: field imbalance must be range or variance, got \"median\"", e.getMessage());
  }

  @Test
  void settingsRejectAPBelowEqualAllocation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Minimiser.Settings(List.of("A", "B"), FACTORS, 0.4, Minimiser.Imbalance.RANGE, 1));
    assertEquals("p must lie in [1/arms, 1], got 0.4", e.getMessage());
  }

  @Test
  void deterministicMinimisationOnOneFactorKeepsEveryLevelWithinOne() {
    for (long seed = 1; seed <= 20; seed++) {
      java.util.Random patients = new java.util.Random(seed);
      Minimiser m = new Minimiser(new Minimiser.Settings(List.of("A", "B"), List.of(new Minimiser.Factor("site", 1)), 1.0,
          Minimiser.Imbalance.RANGE, seed));
      Map<String, int[]> counts = new java.util.HashMap<>();
      for (int i = 0; i < 200; i++) {
        String site = "s" + patients.nextInt(5);
        String arm = m.assign("P" + i, Map.of("site", site)).arm();
        int[] c = counts.computeIfAbsent(site, k -> new int[2]);
        c[arm.equals("A") ? 0 : 1]++;
        assertTrue(Math.abs(c[0] - c[1]) <= 1, "seed " + seed + " patient " + i + " site " + site);
      }
    }
  }
}
