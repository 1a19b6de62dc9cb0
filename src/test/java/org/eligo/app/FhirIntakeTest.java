package org.eligo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eligo.core.Note;
import org.eligo.core.Problem;
import org.eligo.core.Problems;
import org.eligo.intake.FhirBundles;
import org.junit.jupiter.api.Test;

/** A bundle to notes and stored resources, and every way a bundle or an entry is turned down. */
class FhirIntakeTest {
  static final Eligo ELIGO = new Eligo();

  static List<String> problems(String text) {
    Problems p = new Problems();
    List<Note> notes = ELIGO.fhir("b.json", text, p);
    assertEquals(List.of(), notes);
    return p.list().stream().map(Problem::toString).toList();
  }

  @Test
  void eachBadEntryIsNamedWithItsLineIndexTypeAndFieldAndTheGoodOnesAreTaken() throws Exception {
    Problems p = new Problems();
    List<Note> notes = ELIGO.fhir("bad-F004.json", Files.readString(Path.of("corpus-samples/fhir/bad-F004.json")), p);
    assertEquals(List.of("F004 Patient/F004 null fhir-resource", "F004 Observation/F004-ecog 2025-01-05 fhir-resource"),
        notes.stream().map(n -> n.patientId() + " " + n.noteId() + " " + n.date() + " " + n.type()).toList());
    assertEquals(List.of(
        "bad-F004.json:36 field 'entry[2] Observation.subject': required field is missing",
        "bad-F004.json:54 field 'entry[3] Observation.code': no LOINC code eligo reads (http://loinc.org 8867-4)",
        "bad-F004.json:81 field 'entry[4] MedicationStatement.medicationCodeableConcept': names no drug of lexicons/drugs.tsv "
            + "(http://www.nlm.nih.gov/research/umls/rxnorm 0000)",
        "bad-F004.json:104 field 'entry[5] Condition.onsetDateTime': not a valid FHIR R4 Condition",
        "bad-F004.json:124 field 'entry[6] Observation.value[x]': required field is missing",
        "bad-F004.json:145 field 'entry[7].resource': required field is missing"),
        p.list().stream().map(Problem::toString).toList());
  }

  @Test
  void aReportBecomesANoteAndOtherResourcesAreStoredAsResourceNotes() throws Exception {
    Problems p = new Problems();
    List<Note> notes = ELIGO.fhir("F001.json", Files.readString(Path.of("corpus-samples/fhir/F001-lung.json")), p);
    assertEquals(List.of(), p.list());
    assertEquals(13, notes.size());
    Note report = notes.get(12);
    assertEquals("F001 DiagnosticReport/F001-ct 2025-01-28 report", report.patientId() + " " + report.noteId() + " " + report.date() + " " + report.type());
    assertEquals(true, report.text().endsWith("MRI brain 2025-01-28: no brain metastases."));
    Note kras = notes.get(3);
    assertEquals("Observation/F001-kras", kras.noteId());
    assertEquals("Observation", FhirBundles.parse(kras.text()).fhirType());
    assertEquals(true, FhirBundles.isResource(kras));
  }

  @Test
  void malformedJsonIsRejectedWithLineAndColumn() {
    assertEquals(List.of("b.json:3: not valid JSON at column 4"), problems("{\"resourceType\":\"Bundle\",\n\"entry\":[\n  {,}]}"));
    assertEquals(List.of("b.json:2: content after the bundle at column 1"), problems("{\"resourceType\":\"Bundle\",\"entry\":[]}\n{}"));
  }

  @Test
  void aDocumentThatIsNoBundleOrHasNoUsableEntryIsTurnedDown() {
    assertEquals(List.of("b.json:1: a FHIR bundle must be a JSON object"), problems("[1,2]"));
    assertEquals(List.of("b.json:1 field 'resourceType': expected Bundle"), problems("{\"resourceType\":\"Patient\",\"id\":\"x\"}"));
    assertEquals(List.of("b.json field 'entry': the bundle has no entries"), problems("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}"));
    assertEquals(List.of("b.json field 'entry': no entry eligo reads (Patient, Condition, Observation, MedicationStatement, "
        + "MedicationAdministration, DiagnosticReport)"),
        problems("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Practitioner\",\"id\":\"dr1\"}}]}"));
    assertEquals(List.of("b.json:1 field 'entry[0] Widget': not a valid FHIR R4 Widget"),
        problems("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Widget\",\"id\":\"w\"}}]}"));
    assertEquals(List.of("b.json:1 field 'entry[0] Observation.subject': does not name a Patient (Patient/<id> or the fullUrl of a Patient entry)"),
        problems("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"o\",\"status\":\"final\","
            + "\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\"Group/g1\"}}}]}"));
  }

  @Test
  void aSubjectMayNameThePatientByItsFullUrl() {
    Problems p = new Problems();
    List<Note> notes = ELIGO.fhir("b.json", "{\"resourceType\":\"Bundle\",\"entry\":["
        + "{\"fullUrl\":\"urn:uuid:1111\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"Q9\",\"gender\":\"female\"}},"
        + "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"e\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\","
        + "\"code\":\"89247-1\"}]},\"subject\":{\"reference\":\"urn:uuid:1111\"},\"valueInteger\":1}}]}", p);
    assertEquals(List.of(), p.list());
    assertEquals(List.of("Q9 Patient/Q9", "Q9 Observation/e"), notes.stream().map(n -> n.patientId() + " " + n.noteId()).toList());
  }
}
