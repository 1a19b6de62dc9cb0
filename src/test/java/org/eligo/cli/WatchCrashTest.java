package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eligo.core.Note;
import org.eligo.index.PatientIndex;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real CLI in a separate JVM over a drop folder, kills it (SIGKILL) at random moments,
 * restarts it, and checks that every file was processed exactly once: each good note indexed
 * once, each file in done/ or rejected/ once, one journal line per file. 1,000 files and 20
 * kills spread over the folder by default (the CI run); {@code -Deligo.crash.files=2000
 * -Deligo.crash.kills=100} is the long mode (docs/INTEGRATION.md), {@code -Deligo.crash.seed=S}
 * another draw.
 */
class WatchCrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void killedAtRandomMomentsAndRestartedEveryFileIsProcessedExactlyOnce() throws Exception {
    int files = Integer.getInteger("eligo.crash.files", 1000);
    int kills = Integer.getInteger("eligo.crash.kills", 20);
    long seed = Long.getLong("eligo.crash.seed", 20261205L);
    Random random = new Random(seed);
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path index = dir.resolve("idx");
    Map<String, Set<String>> expected = new TreeMap<>();
    Map<String, String> fate = new TreeMap<>();
    drop(inbox, files, random, expected, fate);

    List<Long> finishedPerRun = new ArrayList<>();
    // The kills are spread over the whole folder: run k is killed at a random moment after it has
    // finished about its share of the files left (half to one and a half shares), so a kill can
    // fall while any file is being taken, early or late.
    long left = files;
    for (int k = 0; k < kills; k++) {
      Process p = watch(inbox, index, true, k);
      // the share of what is left, so that files finished after a target (before the kill lands) do not add up
      int share = (int) Math.max(1, left / (kills - k + 1));
      long target = Math.max(1, Math.min(left - (kills - k), share / 2 + random.nextInt(share + 1)));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && finished(k) < target && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(150));
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      finishedPerRun.add(finished(k));
      left -= finished(k);
    }
    System.out.println("seed " + seed + ": files finished per killed run " + finishedPerRun);
    assertTrue(finishedPerRun.stream().mapToLong(Long::longValue).sum() < files, "the kills came after the last file: " + finishedPerRun);
    Process last = watch(inbox, index, true, kills);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "seed " + seed);
    // 3 when this last run met a bad file, 0 when an earlier, killed run had already rejected them all
    assertTrue(last.exitValue() == 0 || last.exitValue() == 3, "seed " + seed + ": " + Files.readString(dir.resolve("err" + kills + ".txt")));

    assertEquals(List.of("done", "processing", "rejected"), names(inbox), "seed " + seed);
    assertEquals(List.of(), names(inbox.resolve("processing")), "seed " + seed);
    Map<String, String> found = new TreeMap<>();
    for (String folder : List.of("done", "rejected")) {
      for (String name : names(inbox.resolve(folder))) {
        if (!name.endsWith(".errors.json")) {
          assertEquals(null, found.put(name, folder), "seed " + seed + ": " + name + " twice");
        }
      }
    }
    Map<String, String> wanted = new TreeMap<>();
    fate.forEach((name, status) -> wanted.put(name, status.equals("rejected") ? "rejected" : "done"));
    assertEquals(wanted, found, "seed " + seed);

    Map<String, String> journal = new TreeMap<>();
    for (String line : Files.readAllLines(index.resolve("watch-journal.jsonl"))) {
      JsonNode o = JSON.readTree(line);
      assertEquals(null, journal.put(o.get("file").asText(), o.get("status").asText()), "seed " + seed + ": journaled twice: " + line);
    }
    assertEquals(fate, journal, "seed " + seed);

    try (PatientIndex idx = PatientIndex.open(index, Lexicons.load())) {
      assertEquals(expected.size(), idx.size(), "seed " + seed);
      for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
        List<String> ids = idx.notes(e.getKey()).stream().map(Note::noteId).sorted().toList();
        assertEquals(List.copyOf(e.getValue()), ids, "seed " + seed + ": " + e.getKey());
      }
    }
  }

  /**
   * Drops {@code files} files: mostly notes files of two patients each, some plain-text notes,
   * and every tenth bad (empty, binary, cut short, not UTF-8) or a copy of an earlier good file.
   */
  private static void drop(Path inbox, int files, Random random, Map<String, Set<String>> expected, Map<String, String> fate) throws Exception {
    List<String> good = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      String name = String.format("f%04d", i);
      if (i % 10 == 9) {
        switch (random.nextInt(good.isEmpty() ? 4 : 5)) {
          case 0 -> Files.write(inbox.resolve(name + ".jsonl"), new byte[0]);
          case 1 -> Files.write(inbox.resolve(name + ".bin"), new byte[] {1, 0, 2, 0});
          case 2 -> Files.writeString(inbox.resolve(name + ".jsonl"), "{\"patientId\":\"X" + i + "\",\"noteId\":\"Y\",\"text\":\"cut");
          case 3 -> Files.write(inbox.resolve(name + ".jsonl"), ("{\"patientId\":\"X" + i + "\",\"noteId\":\"Y\",\"text\":\"caf\u00e9\"}\n")
              .getBytes(StandardCharsets.ISO_8859_1));
          default -> {
            String original = good.get(random.nextInt(good.size()));
            Files.copy(inbox.resolve(original), inbox.resolve(name + ".jsonl"));
            fate.put(name + ".jsonl", "duplicate");
            continue;
          }
        }
        try (Stream<Path> s = Files.list(inbox)) {
          s.filter(p -> p.getFileName().toString().startsWith(name)).forEach(p -> fate.put(p.getFileName().toString(), "rejected"));
        }
      } else if (i % 10 == 4) {
        String patient = "T" + i;
        Files.writeString(inbox.resolve(patient + "__" + patient + "-N1.txt"), "Stage IV colon cancer. ECOG 1.");
        expected.put(patient, new TreeSet<>(Set.of(patient + "-N1")));
        fate.put(patient + "__" + patient + "-N1.txt", "done");
      } else {
        StringBuilder b = new StringBuilder();
        for (int q = 0; q < 2; q++) {
          String patient = "P" + i + "-" + q;
          b.append(WatchCommandTest.note(patient, patient + "-N1", "Stage IV lung adenocarcinoma. KRAS G12C. ECOG " + q + "."));
          b.append(WatchCommandTest.note(patient, patient + "-N2", "PD-L1 TPS " + (10 * q + 5) + "%."));
          expected.put(patient, new TreeSet<>(Set.of(patient + "-N1", patient + "-N2")));
        }
        Files.writeString(inbox.resolve(name + ".jsonl"), b.toString());
        good.add(name + ".jsonl");
        fate.put(name + ".jsonl", "done");
      }
    }
  }

  /** Files run {@code k} reported finished on stderr. */
  private long finished(int k) throws Exception {
    try (Stream<String> lines = Files.lines(dir.resolve("err" + k + ".txt"))) {
      return lines.filter(l -> l.startsWith("eligo: ")).count();
    }
  }

  private Process watch(Path inbox, Path index, boolean once, int run) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "watch", "--inbox", inbox.toString(), "--index", index.toString()));
    cmd.add(once ? "--once" : "--poll-ms=200");
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("err" + run + ".txt").toFile()).start();
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void sigtermStopsTheWatcherCleanly() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path index = dir.resolve("idx");
    Files.writeString(inbox.resolve("a.jsonl"), WatchCommandTest.note("P1", "N1", "Lung cancer."));
    Process p = watch(inbox, index, false, 0);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(inbox.resolve("done/a.jsonl")) && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertTrue(p.isAlive());
    Files.writeString(inbox.resolve("b.jsonl"), WatchCommandTest.note("P2", "N2", "Breast cancer."));
    while (!Files.exists(inbox.resolve("done/b.jsonl")) && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    p.destroy();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(List.of("a.jsonl", "b.jsonl"), names(inbox.resolve("done")));
    assertEquals(List.of(), names(inbox.resolve("processing")));
    try (PatientIndex idx = PatientIndex.open(index, Lexicons.load())) {
      assertEquals(2, idx.size());
    }
    assertTrue(Files.readString(dir.resolve("err0.txt")).contains("eligo: b.jsonl: done, 1 taken, 0 rejected"));
  }
}
