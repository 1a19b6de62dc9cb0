package org.eligo.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eligo.core.Note;

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

  /** The note type under which an index keeps a patient's structured demographics beside the notes. */
  public static final String NOTE_TYPE = "patient-info";
  private static final String NOTE_ID = "patient-info";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * These demographics as a stored note (JSON, not prose), so that a record derived again later
   * from the stored notes alone (a notes file dropped after the patients file) keeps them.
   */
  public Note toNote() {
    ObjectNode o = JSON.createObjectNode();
    o.put("birthDate", birthDate == null ? null : birthDate.toString());
    o.put("sex", sex);
    o.put("race", race);
    o.put("ethnicity", ethnicity);
    o.put("source", source);
    return new Note(patientId, NOTE_ID, null, NOTE_TYPE, o.toString());
  }

  /** Whether a note holds stored demographics rather than text. */
  public static boolean isInfo(Note n) {
    return NOTE_TYPE.equals(n.type());
  }

  /** The demographics stored among a patient's notes, if any. */
  public static Optional<PatientInfo> stored(List<Note> notes) {
    for (Note n : notes) {
      if (isInfo(n)) {
        try {
          JsonNode o = JSON.readTree(n.text());
          return Optional.of(new PatientInfo(n.patientId(), o.hasNonNull("birthDate") ? LocalDate.parse(o.get("birthDate").asText()) : null,
              o.path("sex").asText(null), o.path("race").asText(null), o.path("ethnicity").asText(null), o.path("source").asText("index")));
        } catch (java.io.IOException | RuntimeException e) {
          return Optional.empty(); // written by this class; an unreadable copy is as if none was stored
        }
      }
    }
    return Optional.empty();
  }
}
