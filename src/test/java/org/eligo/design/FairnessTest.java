package org.eligo.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Eligibility;
import org.eligo.eligibility.Verdict;
import org.eligo.rank.Match;
import org.junit.jupiter.api.Test;

class FairnessTest {
  static final Criterion I1 = Criterion.computable("I1", Kind.INCLUSION, "Age 18 or older", new Predicate.Age(18, null));
  static final Criterion E1 = Criterion.computable("E1", Kind.EXCLUSION, "Female", new Predicate.Sex("female"));

  private static Match match(String patient, Verdict i1, Verdict e1) {
    return new Match(Eligibility.of("T", patient, List.of(new CriterionResult(I1, i1, "r", List.of(), false),
        new CriterionResult(E1, e1, "r", List.of(), false))), 0.5, 1);
  }

  /**
   * p1 ELIGIBLE; p2 out by I1; p3 out by I1 and E1; p4 ELIGIBLE; p5 UNDETERMINED (E1 unknown);
   * p6 out by E1 (I1 unknown); p7 out by I1, sex not recorded.
   */
  static final List<Match> MATCHES = List.of(
      match("p1", Verdict.MET, Verdict.NOT_MET), match("p2", Verdict.NOT_MET, Verdict.NOT_MET),
      match("p3", Verdict.NOT_MET, Verdict.MET), match("p4", Verdict.MET, Verdict.NOT_MET),
      match("p5", Verdict.MET, Verdict.UNKNOWN), match("p6", Verdict.UNKNOWN, Verdict.MET),
      match("p7", Verdict.NOT_MET, Verdict.NOT_MET));
  static final Map<String, Map<String, String>> GROUPS = Map.of("sex",
      Map.of("p1", "female", "p2", "female", "p3", "female", "p4", "male", "p5", "male", "p6", "male"));

  @Test
  void exclusionRatesPerGroupWithTheSelectionRatioFlaggedBelowFourFifths() {
    Fairness.Report r = Fairness.of(List.of(I1, E1), MATCHES, GROUPS, 1);
    Fairness.Exclusion i1 = r.exclusions().get(0);
    assertEquals(List.of(new Fairness.GroupRate("female", 3, 2, Wilson.of(2, 3)), new Fairness.GroupRate("male", 3, 0, Wilson.of(0, 3)),
        new Fairness.GroupRate(Fairness.NOT_RECORDED, 1, 1, Wilson.of(1, 1))), i1.groups());
    assertEquals(1.0 / 3, i1.selectionRatio(), 1e-12);
    assertTrue(i1.flagged());
    Fairness.Exclusion e1 = r.exclusions().get(1);
    assertEquals("E1", e1.criterion().id());
    assertEquals(List.of(1, 1, 0), e1.groups().stream().map(Fairness.GroupRate::excluded).toList());
    assertEquals(1.0, e1.selectionRatio());
    assertFalse(e1.flagged());
  }

  @Test
  void groupsBelowTheMinimumSizeGiveNoRatio() {
    assertNull(Fairness.of(List.of(I1), MATCHES, GROUPS, 4).exclusions().get(0).selectionRatio());
  }

  @Test
  void representationCountsThePopulationAndThePools() {
    Fairness.Representation rep = Fairness.of(List.of(I1, E1), MATCHES, GROUPS, 1).representation().get(0);
    assertEquals(new Fairness.Representation("sex", 7, 2, 3, List.of(new Fairness.Share("female", 3, 1, 1),
        new Fairness.Share("male", 3, 1, 2), new Fairness.Share(Fairness.NOT_RECORDED, 1, 0, 0))), rep);
  }

  @Test
  void relaxationCountsPatientsTheCriterionAloneKeepsOut() {
    List<Fairness.Relaxation> rx = Fairness.of(List.of(I1, E1), MATCHES, GROUPS, 1).relaxations();
    // without I1: p2 and p7 become ELIGIBLE (both were INELIGIBLE); p3 stays out by E1, p5 stays UNDETERMINED
    assertEquals(2, rx.get(0).gainedEligible());
    assertEquals(2, rx.get(0).gainedNotIneligible());
    assertEquals(Map.of("sex", Map.of("female", 1, Fairness.NOT_RECORDED, 1)), rx.get(0).eligibleByGroup());
    // without E1: p5 (UNDETERMINED) becomes ELIGIBLE; p6 becomes UNDETERMINED (no longer INELIGIBLE)
    assertEquals(1, rx.get(1).gainedEligible());
    assertEquals(1, rx.get(1).gainedNotIneligible());
    assertEquals(Map.of("sex", Map.of("male", 1)), rx.get(1).eligibleByGroup());
    assertEquals(Map.of("sex", Map.of("male", 1)), rx.get(1).notIneligibleByGroup());
  }

  @Test
  void ageBandsAreClosedBelow() {
    List<String> bands = new ArrayList<>();
    for (int age : new int[] {49, 50, 64, 65, 74, 75}) {
      bands.add(Groups.ageBand(age));
    }
    assertEquals(List.of("<50", "50-64", "50-64", "65-74", "65-74", ">=75"), bands);
  }
}
