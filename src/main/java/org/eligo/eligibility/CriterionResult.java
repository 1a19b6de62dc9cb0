package org.eligo.eligibility;

import java.util.List;
import java.util.Objects;
import org.eligo.core.Evidence;
import org.eligo.criteria.Criterion;

/**
 * One criterion's result for one patient: the verdict, a reason a coordinator can read, the
 * evidence behind it, and whether the verdict rests on an assumption (an exclusion taken as not
 * met because no note mentions it).
 */
public record CriterionResult(Criterion criterion, Verdict result, String reason, List<Evidence> evidence, boolean assumed) {
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(result, "result");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("criterion " + criterion.id() + " result without reason");
    }
    evidence = org.eligo.core.DeferredList.copyOf(evidence);
  }
}
