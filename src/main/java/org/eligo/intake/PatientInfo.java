package org.eligo.intake;

import java.time.LocalDate;
import java.util.Objects;

/** Structured demographics of one patient as a registry holds them; {@code source} is file:line. */
public record PatientInfo(
    String patientId, LocalDate birthDate, String sex, String race, String ethnicity, String source) {
  public PatientInfo {
    if (patientId == null || patientId.isBlank()) {
      throw new IllegalArgumentException("patientId is missing or blank");
    }
    Objects.requireNonNull(source, "source");
    if (sex != null && !sex.equals("female") && !sex.equals("male")) {
      throw new IllegalArgumentException("sex must be female or male, got " + sex);
    }
  }
}
