package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eligo.app.Eligo;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.core.Problems;
import org.eligo.extract.Finding;
import org.eligo.extract.TherapyCourse;
import org.eligo.patient.Fact;
import org.eligo.extract.FactType;
import org.eligo.patient.PatientRecord;
import org.eligo.patient.RecordBytes;
import org.eligo.patient.RecordJson;
import org.junit.jupiter.api.Test;

class RecordBytesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyDevelopmentAndHeldOutRecordReadsBackAsFromItsJson() throws Exception {
    Eligo eligo = new Eligo();
    List<PatientRecord> records = new ArrayList<>();
    for (String dir : List.of("corpus-samples", "corpus-samples/heldout")) {
      Eligo.Inputs in = eligo.read(Path.of(dir, "notes.jsonl"), Path.of(dir, "patients.jsonl"), new Problems());
      records.addAll(eligo.records(in, new ArrayList<>()));
    }
    Set<FactType> seen = EnumSet.noneOf(FactType.class);
    for (PatientRecord r : records) {
      PatientRecord viaJson = RecordJson.read(JSON.readTree(RecordJson.write(r).toString()));
      byte[] b = RecordBytes.write(r);
      assertEquals(viaJson, RecordBytes.read(b, 0, b.length), r.patientId());
      r.facts().forEach(f -> seen.add(f.finding().type()));
    }
    assertEquals(EnumSet.allOf(FactType.class), seen, "the samples exercise every kind of fact");
  }

  @Test
  void nullsDatesBefore1970AndRepeatedStringsRoundTripAtAnOffset() {
    Evidence note = Evidence.ofNote("N1", new CharSpan(3, 300), "ECOG 4 ünïcode", "ps");
    Evidence structured = Evidence.ofStructured("patients.jsonl:2 sex", "female");
    List<Fact> facts = List.of(
        new Fact(new Finding.PerformanceStatus("ECOG", 4), Assertion.PRESENT, true, LocalDate.parse("1931-02-03"), List.of(note), true, false),
        new Fact(new Finding.Demographic(null, "female"), Assertion.PRESENT, true, null, List.of(structured), false, true),
        new Fact(new Finding.Biomarker("MSI", null, "MSI-H", null, null), Assertion.POSSIBLE, false, null, List.of(note, note), false, false),
        new Fact(new Finding.Therapy(null, List.of("EGFR TKI", "TKI"), "targeted", null,
            new TherapyCourse(null, "2024-01", null, TherapyCourse.Response.PROGRESSION)), Assertion.HISTORICAL, true, null, List.of(note), false, false),
        new Fact(new Finding.Lab("ANC", 1.25e-3, null, 7.5), Assertion.PRESENT, true, LocalDate.parse("2025-01-01"), List.of(note), false, false),
        // "ps" is first written as the rule of evidence, which is read later than the fact fields after it
        new Fact(new Finding.Condition("ps", "N1"), Assertion.ABSENT, true, null, List.of(structured, note), false, false));
    PatientRecord r = new PatientRecord("P-ü", facts, 2, null, null, List.of());
    byte[] b = RecordBytes.write(r);
    byte[] shifted = new byte[b.length + 5];
    System.arraycopy(b, 0, shifted, 3, b.length);
    assertEquals(r, RecordBytes.read(shifted, 3, b.length));
    assertTrue(b.length < RecordJson.write(r).toString().length() / 2, b.length + " bytes");
    IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> RecordBytes.read(b, 0, b.length - 4));
    assertEquals("stored record is cut short", cut.getMessage());
  }
}
