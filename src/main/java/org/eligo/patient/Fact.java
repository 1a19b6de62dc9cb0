package org.eligo.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eligo.core.Assertion;
import org.eligo.core.DeferredList;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;

/**
 * A consolidated fact of one patient: the finding, its assertion, whether it is the current
 * value of its kind ({@code current} false when a newer dated fact supersedes it), the date of
 * its newest evidence, all its evidence in note order, and whether it conflicts with another
 * fact of the same date.
 */
public record Fact(
    Finding finding, Assertion assertion, boolean current, LocalDate date, List<Evidence> evidence,
    boolean conflict, boolean structured) {
  public Fact {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(assertion, "assertion");
    evidence = DeferredList.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("fact " + finding.key() + " has no evidence");
    }
  }

  /** A site stated as not imaged ("brain not imaged"), and nothing else told by the same claim: no sign of disease there. */
  public boolean notImaged() {
    return evidence.stream().allMatch(e -> Finding.Metastasis.NOT_IMAGED.equals(e.ruleId()));
  }

  /** The patient's own state now or in the past (not family, hypothetical or merely possible). */
  public boolean ownPositive() {
    return assertion == Assertion.PRESENT || assertion == Assertion.HISTORICAL;
  }
}
