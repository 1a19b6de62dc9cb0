package org.eligo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVMs appending to one audit log at once: every line arrives whole, none is lost. */
class AuditLogProcessesTest {
  @TempDir Path dir;

  /** Appends {@code args[2]} lines tagged {@code args[1]} to the audit log of folder {@code args[0]}. */
  public static void main(String[] args) {
    for (int i = 0; i < Integer.parseInt(args[2]); i++) {
      AuditLog.append(Path.of(args[0]), AuditLog.entry("search").put("query", args[1] + "-" + i + "-" + "q".repeat(3000)));
    }
  }

  @Test
  void threeProcessesAppendingAtOnceLeaveEveryLineWhole() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> running = new ArrayList<>();
    for (String tag : List.of("a", "b", "c")) {
      running.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AuditLogProcessesTest.class.getName(),
          dir.toString(), tag, "150").inheritIO().start());
    }
    for (Process p : running) {
      assertEquals(0, p.waitFor());
    }
    ObjectMapper json = new ObjectMapper();
    Set<String> seen = new HashSet<>();
    List<String> lines = Files.readAllLines(dir.resolve(AuditLog.FILE));
    for (String l : lines) {
      String q = json.readTree(l).get("query").asText();
      seen.add(q.substring(0, q.indexOf("-q")));
    }
    assertEquals(450, lines.size());
    assertEquals(450, seen.size());
  }
}
