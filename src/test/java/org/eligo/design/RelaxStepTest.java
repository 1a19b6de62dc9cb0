package org.eligo.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class RelaxStepTest {
  private static RelaxStep step(Kind kind, Predicate p) {
    return RelaxStep.of(Criterion.computable("I1", kind, "t", p)).orElseThrow();
  }

  @Test
  void numericInclusionThresholdsLoosenOneStep() {
    assertEquals(new Predicate.PerformanceStatus("ECOG", 0, 2), step(Kind.INCLUSION, new Predicate.PerformanceStatus("ECOG", 0, 1)).relaxed().predicate());
    assertEquals("ECOG <= 1 -> <= 2", step(Kind.INCLUSION, new Predicate.PerformanceStatus("ECOG", 0, 1)).description());
    assertEquals("KPS >= 70 -> >= 60", step(Kind.INCLUSION, new Predicate.PerformanceStatus("KPS", 70, null)).description());
    assertEquals(new Predicate.Age(18, 80), step(Kind.INCLUSION, new Predicate.Age(18, 75)).relaxed().predicate());
    assertEquals(new Predicate.Age(18, null), step(Kind.INCLUSION, new Predicate.Age(20, null)).relaxed().predicate());
    assertEquals("PD-L1 TPS >= 50 -> >= 1", step(Kind.INCLUSION, new Predicate.Biomarker("PD-L1 TPS", 50.0, null, null)).description());
    assertEquals(new Predicate.Biomarker("PD-L1 TPS", 1.0, null, null),
        step(Kind.INCLUSION, new Predicate.Biomarker("PD-L1 TPS", 50.0, null, null)).relaxed().predicate());
  }

  @Test
  void noStepWhereNoneIsPlain() {
    assertTrue(RelaxStep.of(Criterion.computable("I1", Kind.INCLUSION, "t", new Predicate.Age(18, null))).isEmpty());
    assertTrue(RelaxStep.of(Criterion.computable("I1", Kind.INCLUSION, "t", new Predicate.Biomarker("PD-L1 TPS", 1.0, null, null))).isEmpty());
    assertTrue(RelaxStep.of(Criterion.computable("E1", Kind.EXCLUSION, "t", new Predicate.PerformanceStatus("ECOG", 2, null))).isEmpty());
    assertTrue(RelaxStep.of(Criterion.computable("I1", Kind.INCLUSION, "t", new Predicate.Lab("ANC", "≥", 1.5, "10^9/L", null))).isEmpty());
  }

  private static Match m(String patient, Criterion c, Verdict v) {
    return new Match(Eligibility.of("T", patient, List.of(new CriterionResult(c, v, "r", List.of(), false))), 0.5, 1);
  }

  @Test
  void steppedCountsWhoTheLooserThresholdAdmits() {
    Criterion c = Criterion.computable("I1", Kind.INCLUSION, "ECOG 0-1", new Predicate.PerformanceStatus("ECOG", 0, 1));
    RelaxStep s = RelaxStep.of(c).orElseThrow();
    List<Match> before = List.of(m("a", c, Verdict.NOT_MET), m("b", c, Verdict.NOT_MET), m("c", c, Verdict.UNKNOWN), m("d", c, Verdict.MET));
    List<Match> after = List.of(m("a", s.relaxed(), Verdict.MET), m("b", s.relaxed(), Verdict.NOT_MET), m("c", s.relaxed(), Verdict.UNKNOWN),
        m("d", s.relaxed(), Verdict.MET));
    Fairness.Relaxation r = Fairness.stepped(s, before, after, Map.of("sex", Map.of("a", "female", "b", "male")));
    assertEquals("ECOG <= 1 -> <= 2", r.step());
    assertEquals(1, r.gainedEligible());
    assertEquals(1, r.gainedNotIneligible());
    assertEquals(Map.of("sex", Map.of("female", 1)), r.eligibleByGroup());
  }

  @Test
  void onlyPatientsBetterOffWithoutTheCriterionCanGainFromAStep() {
    Criterion c = Criterion.computable("I1", Kind.INCLUSION, "ECOG 0-1", new Predicate.PerformanceStatus("ECOG", 0, 1));
    Criterion other = Criterion.computable("E1", Kind.EXCLUSION, "female", new Predicate.Sex("female"));
    List<Match> before = List.of(
        two("a", c, Verdict.NOT_MET, other, Verdict.NOT_MET),   // would be ELIGIBLE without I1
        two("b", c, Verdict.NOT_MET, other, Verdict.MET),       // still out by E1
        two("c", c, Verdict.NOT_MET, other, Verdict.UNKNOWN),   // INELIGIBLE -> UNDETERMINED without I1
        two("d", c, Verdict.MET, other, Verdict.NOT_MET));      // ELIGIBLE already
    assertEquals(java.util.Set.of("a", "c"), Fairness.couldGain(c, before));
    // a relaxed screening of "a" alone: the others keep their status
    RelaxStep s = RelaxStep.of(c).orElseThrow();
    Fairness.Relaxation r = Fairness.stepped(s, before, List.of(two("a", s.relaxed(), Verdict.MET, other, Verdict.NOT_MET)), Map.of());
    assertEquals(1, r.gainedEligible());
    assertEquals(1, r.gainedNotIneligible());
  }

  private static Match two(String patient, Criterion c1, Verdict v1, Criterion c2, Verdict v2) {
    return new Match(Eligibility.of("T", patient, List.of(new CriterionResult(c1, v1, "r", List.of(), false),
        new CriterionResult(c2, v2, "r", List.of(), false))), 0.5, 1);
  }
}
