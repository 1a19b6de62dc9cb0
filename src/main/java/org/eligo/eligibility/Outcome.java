package org.eligo.eligibility;

import java.util.List;
import org.eligo.core.Evidence;

/**
 * What a predicate evaluates to: verdict, reason, evidence; {@code noMention} says an UNKNOWN
 * comes from notes that never mention the thing (which an exclusion takes as not met).
 */
record Outcome(Verdict verdict, String reason, List<Evidence> evidence, boolean noMention) {
  Outcome {
    evidence = org.eligo.core.DeferredList.copyOf(evidence);
  }

  static Outcome met(String reason, List<Evidence> evidence) {
    return new Outcome(Verdict.MET, reason, evidence, false);
  }

  static Outcome notMet(String reason, List<Evidence> evidence) {
    return new Outcome(Verdict.NOT_MET, reason, evidence, false);
  }

  static Outcome unknown(String reason, List<Evidence> evidence) {
    return new Outcome(Verdict.UNKNOWN, reason, evidence, false);
  }

  static Outcome unmentioned(String what) {
    return new Outcome(Verdict.UNKNOWN, what, List.of(), true);
  }
}
