package org.eligo.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;

class StratifierTest {
  static final String CONFIG = """
      {"trialId": "NCT0", "factors": [
        {"name": "pdl1", "source": "pdl1_tps", "cuts": [1, 50], "labels": ["<1", "1-49", ">=50"]},
        {"name": "ecog", "source": "ecog", "cuts": [1], "labels": ["0", "1+"]},
        {"name": "histology", "source": "histology", "levels": {"Squamous cell carcinoma": "squamous"}, "other": "non-squamous"},
        {"name": "lines", "source": "prior_lines", "cuts": [2], "labels": ["0-1", ">=2"]}],
       "randomisation": {"arms": ["A", "B"], "p": 0.85, "imbalance": "variance", "seed": 7, "weights": {"pdl1": 2}}}
      """;

  static Fact fact(Finding f) {
    return new Fact(f, Assertion.PRESENT, true, LocalDate.of(2025, 1, 1), List.of(new Evidence("n1", new CharSpan(0, 1), "x", "test", null)), false, false);
  }

  static PatientRecord patient(String id, Integer lines, Finding... findings) {
    return new PatientRecord(id, java.util.Arrays.stream(findings).map(StratifierTest::fact).toList(), 1, LocalDate.of(2025, 1, 1), lines, List.of());
  }

  private static final Stratifier S = new Stratifier(StrataConfig.parse(CONFIG, "c.json"));

  private static Finding tps(double v) {
    return new Finding.Biomarker("PD-L1 TPS", v, null, "%", null);
  }

  private static Finding tps(String category) {
    return new Finding.Biomarker("PD-L1 TPS", null, category, "%", null);
  }

  @Test
  void everyFactorLevelledGivesTheStratumInFactorOrder() {
    Stratifier.Stratum s = S.stratum(patient("P1", 1, tps(50), new Finding.PerformanceStatus("ECOG", 1),
        new Finding.Diagnosis("NSCLC", "adenocarcinoma", null)));
    assertEquals("pdl1=>=50|ecog=1+|histology=non-squamous|lines=0-1", s.label());
  }

  @Test
  void cutsAreLowerBoundsOfTheNextLevel() {
    assertEquals(Map.of("pdl1", "<1"), only(S.stratum(patient("P", 0, tps(0.9))).levels(), "pdl1"));
    assertEquals(Map.of("pdl1", "1-49"), only(S.stratum(patient("P", 0, tps(1))).levels(), "pdl1"));
    assertEquals(Map.of("pdl1", "1-49"), only(S.stratum(patient("P", 0, tps(49.5))).levels(), "pdl1"));
    assertEquals(Map.of("lines", ">=2"), only(S.stratum(patient("P", 2)).levels(), "lines"));
  }

  private static Map<String, String> only(Map<String, String> levels, String factor) {
    return Map.of(factor, levels.get(factor));
  }

  @Test
  void aScoreGivenAsABoundOrRangeIsLevelledWhenOneLevelHoldsIt() {
    assertEquals("<1", S.stratum(patient("P", 0, tps("<1%"))).levels().get("pdl1"));
    assertEquals("1-49", S.stratum(patient("P", 0, tps("1-49%"))).levels().get("pdl1"));
    assertEquals(">=50", S.stratum(patient("P", 0, tps(">=50%"))).levels().get("pdl1"));
    Stratifier.Stratum spans = S.stratum(patient("P", 0, tps("10-60%")));
    assertEquals(new Stratifier.Unknown("pdl1", "PD-L1 TPS recorded only as a range that spans levels"), spans.unknown().get(0));
    Stratifier.Stratum word = S.stratum(patient("P", 0, tps("high")));
    assertEquals(new Stratifier.Unknown("pdl1", "PD-L1 TPS as a number (recorded only as 'high')"), word.unknown().get(0));
  }

  @Test
  void missingFactsAreNamedAndKpsStandsInForEcog() {
    Stratifier.Stratum s = S.stratum(patient("P2", null, tps(5), new Finding.PerformanceStatus("KPS", 90),
        new Finding.Diagnosis("NSCLC", "squamous cell carcinoma", null)));
    assertNull(s.label());
    assertEquals(Map.of("pdl1", "1-49", "ecog", "0", "histology", "squamous"), s.levels());
    assertEquals(List.of(new Stratifier.Unknown("lines", "number of prior systemic lines")), s.unknown());
    Stratifier.Stratum none = S.stratum(patient("P3", 0));
    assertEquals(List.of(new Stratifier.Unknown("pdl1", "PD-L1 TPS"), new Stratifier.Unknown("ecog", "ECOG performance status"),
        new Stratifier.Unknown("histology", "histology")), none.unknown());
  }

  @Test
  void theConfigGivesTheMinimiserSettings() {
    Minimiser.Settings s = StrataConfig.parse(CONFIG, "c.json").randomisation();
    assertEquals(List.of("A", "B"), s.arms());
    assertEquals(List.of(new Minimiser.Factor("pdl1", 2), new Minimiser.Factor("ecog", 1), new Minimiser.Factor("histology", 1),
        new Minimiser.Factor("lines", 1)), s.factors());
    assertEquals(0.85, s.p());
    assertEquals(Minimiser.Imbalance.VARIANCE, s.imbalance());
    assertEquals(7, s.seed());
  }

  @Test
  void anUnknownFactorSourceIsNamedWithItsField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrataConfig.parse(
        "{\"factors\": [{\"name\": \"pdl1\", \"source\": \"pdl1\", \"cuts\": [1], \"labels\": [\"a\", \"b\"]}]}", "c.json"));
    assertEquals("c.json: field factors[0].source: unknown factor source 'pdl1' (known: pdl1_tps, ecog, prior_lines, age, sex, cancer, histology)",
        e.getMessage());
  }

  @Test
  void aWeightOfAnUnknownFactorIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrataConfig.parse(
        "{\"factors\": [{\"name\": \"sex\", \"source\": \"sex\"}], \"randomisation\": {\"arms\": [\"A\", \"B\"], \"seed\": 1, \"weights\": {\"ecog\": 2}}}",
        "c.json"));
    assertEquals("c.json: field randomisation.weights.ecog: unknown factor (factors: sex)", e.getMessage());
  }

  @Test
  void labelsMustBeOneMoreThanCuts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrataConfig.parse(
        "{\"factors\": [{\"name\": \"age\", \"source\": \"age\", \"cuts\": [65], \"labels\": [\"<65\"]}]}", "c.json"));
    assertEquals("c.json: field factors[0].labels: 2 distinct non-blank labels expected for 1 cuts", e.getMessage());
  }

  @Test
  void aNumberOfTheSameDateRefinesAWordAndTwoNumbersConflict() {
    assertEquals(">=50", S.stratum(patient("P", 0, tps(90), tps("high"))).levels().get("pdl1"));
    assertEquals(">=50", S.stratum(patient("P", 0, tps(60), tps(">=50%"))).levels().get("pdl1"));
    assertEquals(List.of(new Stratifier.Unknown("pdl1", "PD-L1 TPS (conflicting values of one date)")),
        S.stratum(patient("P", 0, tps(5), tps(60), new Finding.PerformanceStatus("ECOG", 0),
            new Finding.Diagnosis("NSCLC", "adenocarcinoma", null))).unknown());
  }
}
