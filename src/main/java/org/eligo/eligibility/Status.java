package org.eligo.eligibility;

/** A patient's standing for a trial, as FORMATS.md defines it. */
public enum Status {
  ELIGIBLE,
  UNDETERMINED,
  INELIGIBLE
}
