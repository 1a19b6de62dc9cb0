package org.eligo.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eligo.core.Evidence;
import org.eligo.extract.FactType;

/**
 * Everything eligo knows about one patient: consolidated facts, how many notes were read, the
 * date the record speaks for ({@code asOf}, the newest note), and the number of prior systemic
 * therapy lines when the notes allow counting them (null when they say nothing).
 */
public record PatientRecord(
    String patientId, List<Fact> facts, int noteCount, LocalDate asOf, Integer priorLines,
    List<Evidence> priorLinesEvidence) {
  public PatientRecord {
    Objects.requireNonNull(patientId, "patientId");
    facts = Facts.of(facts);
    priorLinesEvidence = org.eligo.core.DeferredList.copyOf(priorLinesEvidence);
    if (noteCount < 0) {
      throw new IllegalArgumentException("noteCount < 0: " + noteCount);
    }
  }

  public Stream<Fact> facts(FactType type) {
    return factsOf(type).stream();
  }

  /** Current facts of a type (superseded ones left out). */
  public Stream<Fact> current(FactType type) {
    return currentOf(type).stream();
  }

  /** The facts of a type, in record order (grouped once when the record is made). */
  public List<Fact> factsOf(FactType type) {
    return ((Facts) facts).of(type);
  }

  /** The current facts of a type, in record order. */
  public List<Fact> currentOf(FactType type) {
    return ((Facts) facts).current(type);
  }
}
