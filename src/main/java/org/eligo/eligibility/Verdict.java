package org.eligo.eligibility;

/** Whether a criterion's statement holds for a patient; DEFERRED waits for the screening visit. */
public enum Verdict {
  MET,
  NOT_MET,
  UNKNOWN,
  DEFERRED
}
