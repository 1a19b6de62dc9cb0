package org.eligo.rank;

import java.util.Map;
import org.eligo.criteria.Criterion;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Eligibility;
import org.eligo.eligibility.Verdict;

/**
 * Orders patients for a coordinator. ELIGIBLE scores in [0.9, 1], more for verdicts read from
 * records than assumed; UNDETERMINED in (0.4, 0.9), higher for fewer and cheaper unknowns (a
 * question at the visit costs 1, a scan 3, a biopsy or sequencing 4); INELIGIBLE in [0, 0.3],
 * higher when fewer criteria fail.
 */
public final class Scorer {
  /** What it takes to resolve an unknown of each criterion category. */
  private static final Map<String, Double> COST = Map.ofEntries(
      Map.entry("AGE", 1.0), Map.entry("SEX", 1.0), Map.entry("PERFORMANCE_STATUS", 1.0),
      Map.entry("THERAPY", 1.0), Map.entry("CONDITION", 1.0), Map.entry("LAB", 1.0), Map.entry("HYPERSENSITIVITY", 1.0),
      Map.entry("METASTASIS", 3.0), Map.entry("STAGE", 3.0), Map.entry("BIOMARKER", 3.0), Map.entry("MEASURABLE_DISEASE", 3.0), Map.entry("TUMOUR_SITE", 3.0),
      Map.entry("VARIANT", 4.0), Map.entry("DIAGNOSIS", 4.0));
  private static final double DEFAULT_COST = 2.0;

  public double score(Eligibility e) {
    double s = switch (e.status()) {
      case ELIGIBLE -> 0.9 + 0.1 * readShare(e);
      case UNDETERMINED -> 0.4 + 0.5 / (1 + unknownCost(e) / 4.0);
      case INELIGIBLE -> 0.3 * passingShare(e);
    };
    return Math.round(s * 1000) / 1000.0;
  }

  /** Total cost of the unknowns. */
  public static double unknownCost(Eligibility e) {
    double cost = 0;
    for (CriterionResult r : e.results()) {
      if (r.result() == Verdict.UNKNOWN) {
        cost += COST.getOrDefault(r.criterion().category(), DEFAULT_COST);
      }
    }
    return cost;
  }

  private static double readShare(Eligibility e) {
    int decided = 0;
    int read = 0;
    for (CriterionResult r : e.results()) {
      if (r.result() != Verdict.DEFERRED) {
        decided++;
        if (!r.assumed()) {
          read++;
        }
      }
    }
    return decided == 0 ? 0 : (double) read / decided;
  }

  private static double passingShare(Eligibility e) {
    int failing = 0;
    for (CriterionResult r : e.results()) {
      boolean inclusion = r.criterion().kind() == Criterion.Kind.INCLUSION;
      if (inclusion ? r.result() == Verdict.NOT_MET : r.result() == Verdict.MET) {
        failing++;
      }
    }
    return 1.0 - (double) failing / e.results().size();
  }
}
