package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eligo.app.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A word only the notes hold: it must never reach the audit log. */
  private static final String SENTINEL = "Quokkafish";
  @TempDir Path dir;

  @BeforeEach
  void configuredUser() {
    System.setProperty(AuditLog.USER_PROPERTY, "coordinator-7");
  }

  @AfterEach
  void osUser() {
    System.clearProperty(AuditLog.USER_PROPERTY);
  }

  private static String note(String patient, String noteId, String text) {
    return JSON.createObjectNode().put("patientId", patient).put("noteId", noteId).put("date", "2025-03-01").put("type", "progress")
        .put("text", text).toString() + "\n";
  }

  private List<JsonNode> lines(Path index) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(index.resolve("audit.jsonl"))) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void eachCommandAppendsItsLineWithIdsButNoNoteText() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.jsonl"),
        note("A1", "A1-N1", "Stage IV lung adenocarcinoma. KRAS G12C detected. " + SENTINEL + " seen. ECOG 1.")
            + note("B2", "B2-N1", "Stage IV lung adenocarcinoma. EGFR exon 19 deletion. " + SENTINEL + ". ECOG 0."));
    Path index = dir.resolve("idx");
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--index", index.toString()).code());
    assertEquals(0, Cli.run("search", "--index", index.toString(), "variant:\"KRAS G12C\"").code());
    assertEquals(0, Cli.run("screen", "--trials", "criteria/NCT04303780.json", "--index", index.toString(), "--format", "jsonl").code());
    assertEquals(0, Cli.run("screen", "--trials", "criteria/NCT04303780.json", "--notes", notes.toString(), "--format", "jsonl").code());
    assertEquals(0, Cli.run("match", "--patient", "B2", "--trials", "criteria/NCT04303780.json", "--index", index.toString()).code());
    assertEquals(0, Cli.run("batch", "--trials", "criteria/NCT04303780.json", "--index", index.toString(), "--out",
        dir.resolve("out").toString(), "--quiet").code());
    assertEquals(0, Cli.run("forget", "--patient", "B2", "--index", index.toString()).code());
    Path inbox = Files.createDirectory(dir.resolve("inbox"));
    Files.writeString(inbox.resolve("more.jsonl"), note("C3", "C3-N1", "Colon adenocarcinoma, " + SENTINEL + "."));
    assertEquals(0, Cli.run("watch", "--inbox", inbox.toString(), "--index", index.toString(), "--trials", dir.resolve("t").toString(),
        "--once").code());
    assertEquals(1, Cli.run("match", "--patient", "B2", "--trials", "criteria/NCT04303780.json", "--index", index.toString()).code());

    List<JsonNode> log = lines(index);
    assertEquals(List.of("index", "search", "screen", "match", "batch", "forget", "watch"), log.stream().map(l -> l.get("command").asText()).toList());
    Instant last = Instant.EPOCH;
    for (JsonNode l : log) {
      assertEquals("coordinator-7", l.get("user").asText());
      Instant t = Instant.parse(l.get("time").asText());
      assertFalse(t.isBefore(last));
      last = t;
    }
    assertEquals(List.of("A1", "B2"), texts(log.get(0).get("patients")));
    assertEquals(2, log.get(0).get("notes").asInt());
    assertEquals("variant:\"KRAS G12C\"", log.get(1).get("query").asText());
    assertEquals(1, log.get(1).get("hits").asInt());
    assertEquals(List.of("A1"), texts(log.get(1).get("patients")));
    assertEquals(List.of("NCT04303780"), texts(log.get(2).get("trials")));
    assertEquals(List.of("A1", "B2"), texts(log.get(2).get("patients")));
    assertEquals(List.of("B2"), texts(log.get(3).get("patients")));
    assertEquals(List.of("A1", "B2"), texts(log.get(4).get("patients")));
    assertEquals(dir.resolve("out").toAbsolutePath().toString(), log.get(4).get("out").asText());
    assertEquals(List.of("B2"), texts(log.get(5).get("patients")));
    assertEquals("more.jsonl", log.get(6).get("file").asText());
    assertEquals("done", log.get(6).get("status").asText());
    assertEquals(List.of("C3"), texts(log.get(6).get("patients")));

    String raw = Files.readString(index.resolve("audit.jsonl"));
    assertFalse(raw.contains(SENTINEL));
    assertFalse(raw.contains("adenocarcinoma"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index.resolve("audit.jsonl"))));
  }

  @Test
  void withoutAConfiguredNameTheOsUserIsLogged() {
    System.clearProperty(AuditLog.USER_PROPERTY);
    if (System.getenv(AuditLog.USER_ENV) == null) {
      assertEquals(System.getProperty("user.name"), AuditLog.user());
    }
  }

  @Test
  void concurrentAppendsNeverInterleave() throws Exception {
    Files.createDirectories(dir.resolve("idx"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      int thread = t;
      pool.execute(() -> {
        for (int i = 0; i < 50; i++) {
          AuditLog.append(dir.resolve("idx"), AuditLog.entry("search").put("query", "x".repeat(2000) + thread + "-" + i));
        }
      });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    Set<String> queries = new HashSet<>();
    for (JsonNode l : lines(dir.resolve("idx"))) {
      queries.add(l.get("query").asText().substring(2000));
    }
    assertEquals(200, queries.size());
  }
}
