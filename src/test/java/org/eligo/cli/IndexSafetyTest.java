package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSafetyTest {
  @TempDir Path dir;

  private Path notes() throws Exception {
    Path notes = dir.resolve("n.jsonl");
    Files.writeString(notes, "{\"patientId\":\"P1\",\"noteId\":\"N1\",\"date\":\"2025-01-01\",\"type\":\"progress\",\"text\":\"ECOG 1.\"}\n");
    return notes;
  }

  @Test
  void aLockedIndexRefusesASecondWriterAndStillAnswersReaders() throws Exception {
    Path index = dir.resolve("idx");
    assertEquals(0, Cli.run("index", "--notes", notes().toString(), "--index", index.toString()).code());
    try (FSDirectory d = FSDirectory.open(index); IndexWriter held = new IndexWriter(d, new IndexWriterConfig())) {
      Cli second = Cli.run("index", "--notes", notes().toString(), "--index", index.toString());
      assertEquals(1, second.code());
      assertEquals("eligo: error: index " + index + " is locked by another writer (eligo index or forget is running on it); "
          + "try again when it has finished\n", second.err());
      Cli forget = Cli.run("forget", "--patient", "P1", "--index", index.toString());
      assertEquals(1, forget.code());
      assertTrue(forget.err().startsWith("eligo: error: index " + index + " is locked by another writer"), forget.err());
      Cli search = Cli.run("search", "--index", index.toString(), "--format", "jsonl", "ecog:1");
      assertEquals(0, search.code(), search.err());
      assertTrue(search.out().startsWith("{\"patientId\":\"P1\""), search.out());
    }
  }

  @Test
  void anIndexWithoutThisFormatIsRefusedWithAClearMessage() throws Exception {
    Path index = dir.resolve("old");
    try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("patientId", "P1", Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of("eligo.index.format", "0").entrySet());
      w.commit();
    }
    String expected = "eligo: error: index " + index + " was written by an incompatible version of eligo (index format 0, "
        + "this eligo reads format 12); build it again with eligo index\n";
    for (String[] args : new String[][] {
        {"search", "--index", index.toString(), "ecog:1"},
        {"screen", "--trials", "criteria/NCT04303780.json", "--index", index.toString()},
        {"match", "--patient", "P1", "--trials", "criteria/NCT04303780.json", "--index", index.toString()},
        {"forget", "--patient", "P1", "--index", index.toString()},
        {"index", "--notes", notes().toString(), "--index", index.toString()}}) {
      Cli r = Cli.run(args);
      assertEquals(1, r.code(), args[0]);
      assertEquals(expected, r.err(), args[0]);
    }
  }

  @Test
  void aFolderWithoutAnIndexIsNamedForReaders() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Cli r = Cli.run("search", "--index", empty.toString(), "ecog:1");
    assertEquals(1, r.code());
    assertEquals("eligo: error: no eligo index in " + empty + " (build one with eligo index)\n", r.err());
  }
}
