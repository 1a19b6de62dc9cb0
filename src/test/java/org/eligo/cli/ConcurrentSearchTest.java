package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.Query;
import org.eligo.index.PatientIndex;
import org.eligo.index.QueryLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches while the watcher ingests: every search sees one committed state of the index. Each
 * file is committed whole, so a reader never sees part of a file (a bundle's patient without all
 * its resources, some of a notes file's patients without the others), and as files only add
 * patients, no reader ever sees fewer hits than an earlier reader saw.
 */
class ConcurrentSearchTest {
  @TempDir Path dir;

  private static final int FILES = 16;

  @Test
  void searchesDuringIngestionSeeWholeFilesAndNeverFewerHits() throws Exception {
    Path in = Files.createDirectories(dir.resolve("inbox"));
    Path idx = dir.resolve("idx");
    String bundle = Files.readString(Path.of("corpus-samples/fhir/F001-lung.json"));
    Map<String, Set<String>> patientsOfFile = new HashMap<>();
    for (int k = 0; k < FILES; k++) {
      Path f;
      if (k % 2 == 0) {
        f = in.resolve(String.format("b%02d.json", k));
        Files.writeString(f, bundle.replace("F001", "B" + k));
        patientsOfFile.put(f.getFileName().toString(), Set.of("B" + k));
      } else {
        f = in.resolve(String.format("n%02d.jsonl", k));
        StringBuilder notes = new StringBuilder();
        Set<String> ids = new TreeSet<>();
        for (int p = 0; p < 3; p++) {
          String id = "N" + k + "x" + p;
          ids.add(id);
          notes.append("{\"patientId\":\"").append(id).append("\",\"noteId\":\"").append(id)
              .append("-1\",\"date\":\"2025-01-0").append(p + 1).append("\",\"text\":\"NSCLC. KRAS G12C detected. ECOG 1.\"}\n");
        }
        Files.writeString(f, notes);
        patientsOfFile.put(f.getFileName().toString(), ids);
      }
      // Taken oldest first: one file after another.
      Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L + k * 1000L));
    }
    // A first file so that readers have an index to open.
    Files.move(in.resolve("b00.json"), dir.resolve("b00.json"));
    Path first = Files.createDirectories(dir.resolve("first"));
    Files.move(dir.resolve("b00.json"), first.resolve("b00.json"));
    assertEquals(0, Cli.run("watch", "--inbox", first.toString(), "--index", idx.toString(), "--once").code());

    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger searches = new AtomicInteger();
    Set<Integer> sizes = Collections.synchronizedSet(new TreeSet<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread reader = new Thread(() -> {
        int seen = 0;
        while (!done.get() && failures.isEmpty()) {
          try (PatientIndex index = PatientIndex.openForReading(idx)) {
            Query q = new QueryLanguage(index).parse("variant:\"KRAS G12C\"");
            List<PatientIndex.Hit> hits = index.search(q, 1000);
            if (hits.size() < seen) {
              failures.add("hits went down from " + seen + " to " + hits.size());
            }
            seen = hits.size();
            sizes.add(seen);
            Set<String> found = new TreeSet<>();
            for (PatientIndex.Hit h : hits) {
              found.add(h.patientId());
              int expected = h.patientId().startsWith("B") ? 13 : 1;
              if (h.notes().size() != expected) {
                failures.add(h.patientId() + " has " + h.notes().size() + " stored notes, not " + expected);
              }
            }
            for (Set<String> ids : patientsOfFile.values()) {
              long present = ids.stream().filter(found::contains).count();
              if (present != 0 && present != ids.size()) {
                failures.add("part of a file is visible: " + found);
              }
            }
            searches.incrementAndGet();
          } catch (Exception e) {
            failures.add(e.toString());
          }
        }
      });
      reader.start();
      readers.add(reader);
    }
    Cli r = Cli.run("watch", "--inbox", in.toString(), "--index", idx.toString(), "--once");
    done.set(true);
    for (Thread reader : readers) {
      reader.join();
    }
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(), failures);
    // The readers ran while files were being taken: they saw the index grow.
    assertTrue(sizes.size() >= 2, "hit counts seen: " + sizes + " in " + searches.get() + " searches");
    try (PatientIndex index = PatientIndex.openForReading(idx)) {
      assertEquals(FILES / 2 + FILES / 2 * 3, index.search(new QueryLanguage(index).parse("variant:\"KRAS G12C\""), 1000).size());
    }
  }
}
