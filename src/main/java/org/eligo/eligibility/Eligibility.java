package org.eligo.eligibility;

import java.util.List;
import java.util.Objects;
import org.eligo.criteria.Criterion;

/** A patient's results for every criterion of a trial and the status they give. */
public record Eligibility(String trialId, String patientId, Status status, List<CriterionResult> results) {
  public Eligibility {
    Objects.requireNonNull(trialId, "trialId");
    Objects.requireNonNull(patientId, "patientId");
    results = List.copyOf(results);
    Status derived = statusOf(results);
    if (status != derived) {
      throw new IllegalArgumentException("status " + status + " contradicts its results (" + derived + ")");
    }
  }

  public static Eligibility of(String trialId, String patientId, List<CriterionResult> results) {
    return new Eligibility(trialId, patientId, statusOf(results), results);
  }

  /**
   * INELIGIBLE when an inclusion is NOT_MET or an exclusion MET; ELIGIBLE when every inclusion
   * is MET or DEFERRED and every exclusion NOT_MET or DEFERRED; UNDETERMINED otherwise.
   */
  public static Status statusOf(List<CriterionResult> results) {
    boolean allClear = true;
    for (CriterionResult r : results) {
      boolean inclusion = r.criterion().kind() == Criterion.Kind.INCLUSION;
      Verdict v = r.result();
      if (inclusion ? v == Verdict.NOT_MET : v == Verdict.MET) {
        return Status.INELIGIBLE;
      }
      if (v == Verdict.UNKNOWN) {
        allClear = false;
      }
    }
    return allClear ? Status.ELIGIBLE : Status.UNDETERMINED;
  }

  /** The results that decided the status: failures when ineligible, unknowns when undetermined. */
  public List<CriterionResult> deciding() {
    return results.stream().filter(r -> switch (status) {
      case INELIGIBLE -> r.criterion().kind() == Criterion.Kind.INCLUSION ? r.result() == Verdict.NOT_MET : r.result() == Verdict.MET;
      case UNDETERMINED -> r.result() == Verdict.UNKNOWN;
      case ELIGIBLE -> false;
    }).toList();
  }
}
