package org.eligo.extract;

/** The fact vocabulary of FORMATS.md. */
public enum FactType {
  VARIANT,
  BIOMARKER,
  PERFORMANCE_STATUS,
  DIAGNOSIS,
  METASTASIS,
  THERAPY,
  LAB,
  CONDITION,
  DEMOGRAPHIC
}
