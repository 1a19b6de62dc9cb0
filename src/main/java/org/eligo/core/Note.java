package org.eligo.core;

import java.time.LocalDate;
import java.util.Objects;

/** One clinical note as received; {@code text} is kept verbatim so that spans stay valid. */
public record Note(String patientId, String noteId, LocalDate date, String type, String text) {
  public Note {
    requireId(patientId, "patientId");
    requireId(noteId, "noteId");
    Objects.requireNonNull(text, "text");
    type = type == null ? "" : type;
  }

  static void requireId(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing or blank");
    }
  }
}
