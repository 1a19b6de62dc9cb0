package org.eligo.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.eligo.criteria.Criterion;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Eligibility;
import org.eligo.eligibility.Status;
import org.eligo.eligibility.Verdict;
import org.junit.jupiter.api.Test;

class AlertsTest {
  private static final Criterion I1 = Criterion.notComputable("I1", Criterion.Kind.INCLUSION, "a criterion", "OTHER", "not computable");

  private static Match match(String patient, Verdict v, double score, int rank) {
    return new Match(Eligibility.of("T1", patient, List.of(new CriterionResult(I1, v, "why", List.of(), false))), score, rank);
  }

  @Test
  void becomingEligibleOrImprovingOnesOwnStandingAlertsButClimbingOverOthersDoesNot() {
    List<Match> now = List.of(
        match("A", Verdict.MET, 0.95, 1),        // was UNDETERMINED: became eligible
        match("B", Verdict.MET, 0.93, 2),        // new to the trial and eligible
        match("C", Verdict.UNKNOWN, 0.6, 3),     // was INELIGIBLE: better status, higher rank
        match("D", Verdict.UNKNOWN, 0.5, 4),     // same status and score, rank 6 -> 4: others left
        match("E", Verdict.UNKNOWN, 0.45, 5),    // same status, higher score, but lower rank than before
        match("F", Verdict.NOT_MET, 0.2, 6),     // new and ineligible
        match("G", Verdict.MET, 0.91, 7));       // eligible before and now
    Map<String, Alerts.Standing> before = Map.of(
        "A", new Alerts.Standing(Status.UNDETERMINED, 0.6, 2),
        "C", new Alerts.Standing(Status.INELIGIBLE, 0.1, 9),
        "D", new Alerts.Standing(Status.UNDETERMINED, 0.5, 6),
        "E", new Alerts.Standing(Status.UNDETERMINED, 0.42, 3),
        "G", new Alerts.Standing(Status.ELIGIBLE, 0.99, 1),
        "H", new Alerts.Standing(Status.ELIGIBLE, 0.99, 1));
    List<String> got = Alerts.of(now, before).stream().map(a -> a.patientId() + " " + a.kind() + " " + a.status()).toList();
    assertEquals(List.of("A became_eligible ELIGIBLE", "B became_eligible ELIGIBLE", "C moved_up UNDETERMINED"), got);
  }
}
