package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForgetCommandTest {
  @TempDir Path dir;

  private static String note(String patient, String note, String text) {
    return "{\"patientId\":\"" + patient + "\",\"noteId\":\"" + note + "\",\"date\":\"2025-01-01\",\"type\":\"progress\",\"text\":\"" + text + "\"}\n";
  }

  private Path index() throws Exception {
    Path index = dir.resolve("idx");
    Path notes = dir.resolve("n.jsonl");
    Path patients = dir.resolve("p.jsonl");
    Files.writeString(notes, note("P1", "N1", "Stage IV lung adenocarcinoma. KRAS G12C. EGFR wild type. PD-L1 TPS 80%. ECOG 1. ANC 2.1. "
        + "Brain metastases, active. Received carboplatin. Zqxvjkwyfh nodule.")
        + note("P2", "N2", "Breast cancer. PIK3CA H1047R. ECOG 0. ANC 3.0. No brain metastases.") + others());
    Files.writeString(patients, "{\"patientId\":\"P1\",\"birthDate\":\"1961-05-14\",\"sex\":\"male\"}\n"
        + "{\"patientId\":\"P2\",\"birthDate\":\"1975-02-01\",\"sex\":\"female\"}\n");
    Cli r = Cli.run("index", "--notes", notes.toString(), "--patients", patients.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    // As in any large index, the patients share one segment (each indexing thread writes its own).
    try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.forceMerge(1);
    }
    return index;
  }

  /** Eight more patients, so that one patient is too small a share of the segment for Lucene to reclaim on its own. */
  private static String others() {
    StringBuilder b = new StringBuilder();
    for (int i = 3; i <= 10; i++) {
      b.append(note("P" + i, "N" + i, "Colon cancer. ECOG 0."));
    }
    return b.toString();
  }

  private static String search(Path index, String query) {
    Cli r = Cli.run("search", "--index", index.toString(), "--format", "jsonl", query);
    assertEquals(0, r.code(), r.err());
    return r.out();
  }

  /**
   * Whether a file of the index holds {@code text}. The audit log is no index file: it keeps the
   * searches made (this test searches for the note's word) and that the patient was forgotten.
   */
  private static boolean filesContain(Path index, String text) throws Exception {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals("audit.jsonl")).toList()) {
        byte[] bytes = Files.readAllBytes(f);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
          int j = 0;
          while (j < needle.length && bytes[i + j] == needle[j]) {
            j++;
          }
          if (j == needle.length) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final List<String> OF_P1 = List.of("gene:KRAS", "variant:\"KRAS G12C\"", "absent:EGFR", "cancer:NSCLC", "stage:IV",
      "brain_mets:active", "drug:carboplatin", "sex:male", "pdl1_tps:[0 TO *]", "ecog:1", "age:[60 TO 70]", "lab.anc:[2 TO 2.2]",
      "zqxvjkwyfh");

  @Test
  void aForgottenPatientLeavesNothingSearchableStoredOrInTheFilesAndOthersRemain() throws Exception {
    Path index = index();
    for (String q : OF_P1) {
      assertTrue(search(index, q).startsWith("{\"patientId\":\"P1\""), q);
    }
    assertTrue(filesContain(index, "zqxvjkwyfh"), "the term is in the files before");
    // Stored fields are compressed: the note is usually legible in the files, and always readable through the index.
    try (org.eligo.index.PatientIndex idx = org.eligo.index.PatientIndex.openForReading(index)) {
      assertTrue(idx.notes("P1").stream().anyMatch(n -> n.text().contains("Zqxvjkwyfh")), "the stored note is in the index before");
    }

    Cli r = Cli.run("forget", "--patient", "P1", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("eligo: patient P1 removed from " + index + "\n", r.err());

    for (String q : OF_P1) {
      assertEquals("", search(index, q), q);
    }
    try (org.eligo.index.PatientIndex idx = org.eligo.index.PatientIndex.openForReading(index)) {
      assertEquals(List.of(), idx.notes("P1"), "notes left in the index");
      assertTrue(idx.record("P1").isEmpty(), "record left in the index");
    }
    assertFalse(filesContain(index, "zqxvjkwyfh"), "term left in the index files");
    assertFalse(filesContain(index, "Zqxvjkwyfh"), "note text left in the index files");
    assertEquals(9, search(index, "ecog:0").lines().count());
    assertTrue(search(index, "variant:\"PIK3CA H1047R\"").startsWith("{\"patientId\":\"P2\""));
    Cli screen = Cli.run("screen", "--trials", "criteria/NCT04303780.json", "--index", index.toString(), "--format", "jsonl");
    assertEquals(0, screen.code(), screen.err());
    assertEquals(9, screen.out().lines().count(), screen.out());
    assertFalse(screen.out().contains("\"patientId\":\"P1\""), screen.out());
  }

  @Test
  void anUnknownPatientOrAMissingIndexFailsWithAClearMessage() throws Exception {
    Path index = index();
    Cli unknown = Cli.run("forget", "--patient", "P99", "--index", index.toString());
    assertEquals(1, unknown.code());
    assertEquals("eligo: error: patient P99 is not in the index " + index + "\n", unknown.err());
    assertTrue(search(index, "ecog:1").startsWith("{\"patientId\":\"P1\""));
    Path none = dir.resolve("none");
    Cli missing = Cli.run("forget", "--patient", "P1", "--index", none.toString());
    assertEquals(1, missing.code());
    assertEquals("eligo: error: index folder not found: " + none + "\n", missing.err());
    assertFalse(Files.exists(none));
  }
}
