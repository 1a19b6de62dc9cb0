package org.eligo.core;

/** ConText assertion of a mention: whose it is, whether it holds, and when. */
public enum Assertion {
  PRESENT,
  ABSENT,
  POSSIBLE,
  HYPOTHETICAL,
  HISTORICAL,
  FAMILY;

  /** True for assertions that describe the patient's own, real state (now or in the past). */
  public boolean isPatientFact() {
    return this == PRESENT || this == ABSENT || this == HISTORICAL;
  }
}
