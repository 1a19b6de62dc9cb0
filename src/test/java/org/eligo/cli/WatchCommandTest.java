package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.eligo.core.Note;
import org.eligo.extract.Finding;
import org.eligo.index.PatientIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path inbox() throws Exception {
    return Files.createDirectories(dir.resolve("inbox"));
  }

  private Path index() {
    return dir.resolve("idx");
  }

  static String note(String patient, String note, String text) {
    return "{\"patientId\":\"" + patient + "\",\"noteId\":\"" + note + "\",\"date\":\"2025-01-01\",\"type\":\"progress\",\"text\":\"" + text + "\"}\n";
  }

  private Cli watch(Path inbox, String... more) {
    String[] args = Stream.concat(Stream.of("watch", "--inbox", inbox.toString(), "--index", index().toString(), "--once"), Stream.of(more))
        .toArray(String[]::new);
    return Cli.run(args);
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static JsonNode report(Path file) throws Exception {
    return JSON.readTree(Files.readString(file));
  }

  private List<Note> notes(String patient) {
    try (PatientIndex idx = PatientIndex.openForReading(index())) {
      return idx.notes(patient);
    }
  }

  @Test
  void notesPatientsCsvAndTextNotesAreIndexedAndMovedToDone() throws Exception {
    Path in = inbox();
    Files.writeString(in.resolve("notes.jsonl"), note("P1", "N1", "Stage IV lung adenocarcinoma. KRAS G12C.") + note("P2", "N2", "Breast cancer. ECOG 0."));
    Files.writeString(in.resolve("patients.jsonl"), "{\"patientId\":\"P1\",\"birthDate\":\"1961-05-14\",\"sex\":\"male\"}\n");
    Files.writeString(in.resolve("demo"), "patientId,birthDate,sex\nP3,1970-01-01,F\n");
    Files.writeString(in.resolve("P4__N4.txt"), "Colon cancer. ECOG 1.");
    Cli r = watch(in);
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("P4__N4.txt", "demo", "notes.jsonl", "patients.jsonl"), names(in.resolve("done")));
    assertEquals(List.of(), names(in.resolve("rejected")));
    assertEquals(List.of(), names(in.resolve("processing")));
    assertEquals(List.of("done", "processing", "rejected"), names(in));
    try (PatientIndex idx = PatientIndex.openForReading(index())) {
      assertEquals(4, idx.size());
      assertEquals(List.of("female"), idx.record("P3").orElseThrow().facts().stream()
          .filter(f -> f.finding() instanceof Finding.Demographic d && d.sex() != null).map(f -> ((Finding.Demographic) f.finding()).sex()).toList());
      assertEquals("Colon cancer. ECOG 1.", idx.notes("P4").get(0).text());
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index().resolve("watch-journal.jsonl"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(in.resolve("done"))));
  }

  @Test
  void partlyBadFileGoesToDoneWithAReportOfEachBadLine() throws Exception {
    Path in = inbox();
    Files.writeString(in.resolve("mixed.jsonl"), note("P1", "N1", "Lung cancer.") + "{\"patientId\":\"P2\",\"noteId\":\"N2\",\"te\n"
        + "{\"patientId\":\"P3\",\"text\":\"Secret words.\"}\n");
    Cli r = watch(in);
    assertEquals(3, r.code(), r.err());
    assertEquals(List.of("mixed.jsonl", "mixed.jsonl.errors.json"), names(in.resolve("done")));
    String report = Files.readString(in.resolve("done/mixed.jsonl.errors.json"));
    assertFalse(report.contains("Secret"), report);
    JsonNode rep = JSON.readTree(report);
    assertEquals("done", rep.get("status").asText());
    assertEquals("notes", rep.get("kind").asText());
    assertEquals(1, rep.get("accepted").asInt());
    assertEquals(2, rep.get("rejected").asInt());
    assertEquals("[{\"line\":2,\"field\":null,\"reason\":\"not valid JSON at column 36\"},"
        + "{\"line\":3,\"field\":\"noteId\",\"reason\":\"required field is missing\"}]", rep.get("errors").toString());
    assertEquals(1, notes("P1").size());
    assertTrue(r.err().contains("eligo: mixed.jsonl: done, 1 taken, 2 rejected"), r.err());
  }

  @Test
  void filesWithoutAValidRecordAreRejectedWithTheirReason() throws Exception {
    Path in = inbox();
    Files.write(in.resolve("empty.jsonl"), new byte[0]);
    Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    Files.write(in.resolve("latin1.jsonl"), "{\"patientId\":\"P1\",\"noteId\":\"N1\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("cut.jsonl"), "{\"patientId\":\"P1\",\"noteId\":\"N1\",\"text\":\"Lung");
    Files.writeString(in.resolve("big.jsonl"), note("P1", "N1", "x".repeat(200)));
    Files.writeString(in.resolve("letter.doc"), "Dear colleague, please screen.");
    Files.writeString(in.resolve("badname.txt"), "Lung cancer.");
    Cli r = watch(in, "--max-bytes", "150");
    assertEquals(3, r.code(), r.err());
    assertEquals(List.of(), names(in.resolve("done")));
    assertEquals(List.of("badname.txt", "badname.txt.errors.json", "big.jsonl", "big.jsonl.errors.json", "cut.jsonl", "cut.jsonl.errors.json",
        "empty.jsonl", "empty.jsonl.errors.json", "image.png", "image.png.errors.json", "latin1.jsonl", "latin1.jsonl.errors.json",
        "letter.doc", "letter.doc.errors.json"), names(in.resolve("rejected")));
    assertEquals("[{\"line\":0,\"field\":null,\"reason\":\"empty file\"}]", errors(in, "rejected/empty.jsonl"));
    assertEquals("[{\"line\":0,\"field\":null,\"reason\":\"binary content (a NUL byte at offset 4)\"}]", errors(in, "rejected/image.png"));
    assertEquals("[{\"line\":0,\"field\":null,\"reason\":\"not UTF-8 text\"}]", errors(in, "rejected/latin1.jsonl"));
    assertEquals("[{\"line\":1,\"field\":null,\"reason\":\"not valid JSON at column 45\"}]", errors(in, "rejected/cut.jsonl"));
    assertEquals("[{\"line\":0,\"field\":null,\"reason\":\"file of 281 bytes is over the limit of 150 bytes (--max-bytes)\"}]",
        errors(in, "rejected/big.jsonl"));
    assertEquals("[{\"line\":0,\"field\":null,\"reason\":\"unrecognised content: expected notes or patients (JSON Lines or CSV), "
        + "a <patientId>__<noteId>.txt note, a trial (ClinicalTrials.gov JSON or CTML YAML) or a FHIR R4 bundle (JSON)\"}]", errors(in, "rejected/letter.doc"));
    assertEquals("[{\"line\":0,\"field\":\"fileName\",\"reason\":\"expected <patientId>__<noteId>.txt\"}]", errors(in, "rejected/badname.txt"));
    assertEquals("rejected", report(in.resolve("rejected/cut.jsonl.errors.json")).get("status").asText());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(in.resolve("rejected/cut.jsonl.errors.json"))));
  }

  private static String errors(Path in, String file) throws Exception {
    return report(in.resolve(file + ".errors.json")).get("errors").toString();
  }

  @Test
  void aMissingInboxFailsBeforeAnIndexIsMade() {
    Cli r = watch(dir.resolve("nowhere"));
    assertEquals(1, r.code());
    assertEquals("eligo: error: inbox folder not found: " + dir.resolve("nowhere") + "\n", r.err());
    assertFalse(Files.exists(index()));
  }

  @Test
  void aSymbolicLinkIsRejectedAndNeverFollowed() throws Exception {
    Path in = inbox();
    Path secret = Files.writeString(dir.resolve("secret.jsonl"), note("P9", "N9", "Lung cancer."));
    Files.createSymbolicLink(in.resolve("link.jsonl"), secret);
    Cli r = watch(in);
    assertEquals(3, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(in.resolve("rejected/link.jsonl")));
    assertEquals("[{\"line\":0,\"field\":null,\"reason\":\"symbolic link: not followed\"}]", errors(in, "rejected/link.jsonl"));
    assertTrue(Files.exists(secret));
    try (PatientIndex idx = PatientIndex.openForReading(index())) {
      assertEquals(0, idx.size());
    }
  }

  @Test
  void filesStillBeingWrittenAndFoldersAreLeftAlone() throws Exception {
    Path in = inbox();
    Files.writeString(in.resolve(".notes.jsonl"), note("P1", "N1", "Lung cancer."));
    Files.writeString(in.resolve("notes.jsonl.tmp"), note("P1", "N1", "Lung cancer."));
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("sub/notes.jsonl"), note("P1", "N1", "Lung cancer."));
    Cli r = watch(in);
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(".notes.jsonl", "done", "notes.jsonl.tmp", "processing", "rejected", "sub"), names(in));
    assertEquals(List.of(), names(in.resolve("done")));
  }

  @Test
  void oddNamesStayInsideTheirFolders() throws Exception {
    Path in = inbox();
    List<String> odd = List.of("-rf notes.jsonl", "notes \u00e9\u8a3a\u5bdf.jsonl", "..notes", "--index");
    for (int i = 0; i < odd.size(); i++) {
      Files.writeString(in.resolve(odd.get(i)), note("P" + i, "N" + i, "Lung cancer."));
    }
    Cli r = watch(in);
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("--index", "-rf notes.jsonl", "notes \u00e9\u8a3a\u5bdf.jsonl"), names(in.resolve("done")));
    assertEquals(List.of("..notes", "done", "processing", "rejected"), names(in));
  }

  @Test
  void theSameContentAgainIsADuplicateAndNotTakenTwice() throws Exception {
    Path in = inbox();
    String content = note("P1", "N1", "Lung cancer.");
    Files.writeString(in.resolve("a.jsonl"), content);
    assertEquals(0, watch(in).code());
    Files.writeString(in.resolve("a.jsonl"), content);
    Files.writeString(in.resolve("b.jsonl"), content);
    Cli r = watch(in);
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("a.jsonl", "a.jsonl.1", "a.jsonl.1.errors.json", "b.jsonl", "b.jsonl.errors.json"), names(in.resolve("done")));
    JsonNode dup = report(in.resolve("done/b.jsonl.errors.json"));
    assertEquals("duplicate", dup.get("status").asText());
    assertEquals("notes", dup.get("kind").asText());
    assertEquals("a.jsonl", dup.get("duplicateOf").asText());
    assertEquals(0, dup.get("accepted").asInt());
    assertEquals(3, Files.readAllLines(index().resolve("watch-journal.jsonl")).size());
    assertEquals(1, notes("P1").size());
  }

  @Test
  void textNotesWithTheSameTextAreTwoNotesButTheSameFileAgainIsADuplicate() throws Exception {
    Path in = inbox();
    Files.writeString(in.resolve("P1__N1.txt"), "Lung cancer.");
    Files.writeString(in.resolve("P2__N2.txt"), "Lung cancer.");
    assertEquals(0, watch(in).code());
    Files.writeString(in.resolve("P2__N2.txt"), "Lung cancer.");
    assertEquals(0, watch(in).code());
    assertEquals(List.of("P1__N1.txt", "P2__N2.txt", "P2__N2.txt.1", "P2__N2.txt.1.errors.json"), names(in.resolve("done")));
    assertEquals("P2__N2.txt", report(in.resolve("done/P2__N2.txt.1.errors.json")).get("duplicateOf").asText());
    assertEquals(1, notes("P1").size());
    assertEquals(1, notes("P2").size());
  }

  @Test
  void aFileJournaledButNotYetMovedIsFinishedWithoutASecondJournalLine() throws Exception {
    Path in = inbox();
    Files.writeString(in.resolve("big.jsonl"), note("P1", "N1", "x".repeat(200)));
    assertEquals(3, watch(in, "--max-bytes", "150").code());
    Files.writeString(in.resolve("ok.jsonl"), note("P2", "N2", "Lung cancer."));
    assertEquals(0, watch(in, "--max-bytes", "150").code());
    Path journal = index().resolve("watch-journal.jsonl");
    assertEquals(2, Files.readAllLines(journal).size());
    // as if killed after the journal line and before the move: first for ok.jsonl, then for big.jsonl
    Files.move(in.resolve("done/ok.jsonl"), in.resolve("processing/ok.jsonl"));
    assertEquals(0, watch(in, "--max-bytes", "150").code());
    Files.writeString(journal, Files.readAllLines(journal).get(1) + "\n" + Files.readAllLines(journal).get(0) + "\n");
    Files.move(in.resolve("rejected/big.jsonl"), in.resolve("processing/big.jsonl"));
    Cli r = watch(in, "--max-bytes", "150");
    assertEquals(3, r.code(), r.err());
    assertEquals(2, Files.readAllLines(journal).size());
    assertEquals(List.of("ok.jsonl"), names(in.resolve("done")));
    assertEquals(List.of("big.jsonl", "big.jsonl.errors.json"), names(in.resolve("rejected")));
    assertEquals(List.of(), names(in.resolve("processing")));
    assertEquals(1, notes("P2").size());
  }

  @Test
  void demographicsFromAPatientsFileSurviveANotesFileDroppedLater() throws Exception {
    Path in = inbox();
    Files.writeString(in.resolve("patients.jsonl"), "{\"patientId\":\"P1\",\"birthDate\":\"1961-05-14\",\"sex\":\"male\"}\n");
    assertEquals(0, watch(in).code());
    Files.writeString(in.resolve("later.jsonl"), note("P1", "N1", "Stage IV lung adenocarcinoma. KRAS G12C."));
    assertEquals(0, watch(in).code());
    try (PatientIndex idx = PatientIndex.openForReading(index())) {
      List<String> sex = idx.record("P1").orElseThrow().facts().stream()
          .filter(f -> f.finding() instanceof Finding.Demographic d && d.sex() != null).map(f -> ((Finding.Demographic) f.finding()).sex()).toList();
      assertEquals(List.of("male"), sex);
      assertEquals(1, idx.record("P1").orElseThrow().noteCount(), "the stored demographics are no note of the patient's");
      assertEquals(0, idx.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(org.eligo.index.Fields.TEXT, "birthdate")), 5).size());
    }
  }

  @Test
  void aNewerVersionOfANoteReplacesTheOlder() throws Exception {
    Path in = inbox();
    Files.writeString(in.resolve("v1.jsonl"), note("P1", "N1", "Lung cancer. ECOG 2."));
    assertEquals(0, watch(in).code());
    Files.writeString(in.resolve("v2.jsonl"), note("P1", "N1", "Lung cancer. ECOG 1.") + note("P1", "N2", "KRAS G12C."));
    assertEquals(0, watch(in).code());
    assertEquals(List.of("Lung cancer. ECOG 1.", "KRAS G12C."), notes("P1").stream().map(Note::text).toList());
  }

  @Test
  void aTrialIsCopiedToTheTrialFolder() throws Exception {
    Path in = inbox();
    Files.copy(Path.of("criteria/NCT01524978.json"), in.resolve("study"));
    Files.writeString(in.resolve("bad-trial.json"), "{\"protocolSection\":{}}");
    Cli r = watch(in);
    assertEquals(3, r.code(), r.err());
    assertEquals(List.of("study"), names(in.resolve("done")));
    assertEquals(List.of("bad-trial.json", "bad-trial.json.errors.json"), names(in.resolve("rejected")));
    assertEquals("trial", report(in.resolve("rejected/bad-trial.json.errors.json")).get("kind").asText());
    assertEquals(List.of("study.json"), names(dir.resolve("trials")));
    assertEquals(Files.readString(Path.of("criteria/NCT01524978.json")), Files.readString(dir.resolve("trials/study.json")));
    Cli screen = Cli.run("criteria", "--trials", dir.resolve("trials").toString(), "--format", "jsonl");
    assertEquals(0, screen.code(), screen.err());
    assertTrue(screen.out().contains("NCT01524978"));
  }
}
