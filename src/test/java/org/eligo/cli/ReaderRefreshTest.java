package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.eligo.index.PatientIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer, many readers: a reader opened before a commit sees it on its next call, without reopening. */
class ReaderRefreshTest {
  @TempDir Path dir;

  private static String note(String patient, String text) {
    return "{\"patientId\":\"" + patient + "\",\"noteId\":\"" + patient + "-N1\",\"date\":\"2025-01-01\",\"type\":\"progress\",\"text\":\""
        + text + "\"}\n";
  }

  @Test
  void aReaderOpenBeforeACommitSeesItOnItsNextSearch() throws Exception {
    Path idx = dir.resolve("idx");
    Files.writeString(dir.resolve("a.jsonl"), note("P1", "Stage IV lung adenocarcinoma. KRAS G12C."));
    Files.writeString(dir.resolve("b.jsonl"), note("P2", "Stage IV lung adenocarcinoma. KRAS G12C. ECOG 1."));
    assertEquals(0, Cli.run("index", "--notes", dir.resolve("a.jsonl").toString(), "--index", idx.toString()).code());
    try (PatientIndex reader = PatientIndex.openForReading(idx)) {
      long before = reader.generation();
      assertEquals(1, reader.size());
      // Another writer (here the CLI in this JVM) adds a patient and commits while the reader stays open.
      assertEquals(0, Cli.run("index", "--notes", dir.resolve("b.jsonl").toString(), "--index", idx.toString()).code());
      assertEquals(2, reader.size());
      assertEquals(1, reader.search(new TermQuery(new Term(org.eligo.index.Fields.ID, "P2")), 10).size());
      assertEquals(true, reader.generation() > before);
    }
  }
}
