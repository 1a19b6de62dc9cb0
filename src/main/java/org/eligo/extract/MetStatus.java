package org.eligo.extract;

/** Status of a metastatic site. */
public enum MetStatus {
  ACTIVE,
  TREATED_STABLE,
  ABSENT,
  UNKNOWN
}
