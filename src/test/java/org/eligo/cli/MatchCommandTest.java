package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheSamples() {
    index = dir.resolve("samples");
    Cli built = Cli.run("index", "--notes", "corpus-samples/notes.jsonl", "--patients", "corpus-samples/patients.jsonl",
        "--index", index.toString());
    assertEquals(0, built.code(), built.err());
  }

  /** The line without its rank, which differs between the two directions. */
  private static String withoutRank(String line) throws Exception {
    ObjectNode o = (ObjectNode) JSON.readTree(line);
    o.remove("rank");
    return o.toString();
  }

  @Test
  void aPatientsTrialsComeEligibleFirstWithTheVerdictsOfScreen() throws Exception {
    Cli match = Cli.run("match", "--patient", "P001", "--trials", "criteria/", "--index", index.toString(), "--format", "jsonl");
    assertEquals(0, match.code(), match.err());
    List<String> lines = match.out().lines().toList();
    assertEquals(24, lines.size());
    assertTrue(lines.get(0).startsWith("{\"trialId\":\"NCT04303780\",\"patientId\":\"P001\",\"status\":\"ELIGIBLE\",\"score\":0.99,\"rank\":1,"),
        lines.get(0));
    List<String> order = List.of("ELIGIBLE", "UNDETERMINED", "INELIGIBLE");
    int last = 0;
    double lastScore = 2;
    for (int i = 0; i < lines.size(); i++) {
      var o = JSON.readTree(lines.get(i));
      assertEquals(i + 1, o.get("rank").asInt());
      int status = order.indexOf(o.get("status").asText());
      double score = o.get("score").asDouble();
      assertTrue(status > last || status == last && score <= lastScore, lines.get(i));
      last = status;
      lastScore = score;
    }
    Cli screen = Cli.run("screen", "--trials", "criteria/", "--index", index.toString(), "--format", "jsonl");
    Set<String> fromScreen = new TreeSet<>();
    for (String l : screen.out().lines().toList()) {
      if (l.contains("\"patientId\":\"P001\"")) {
        fromScreen.add(withoutRank(l));
      }
    }
    Set<String> fromMatch = new TreeSet<>();
    for (String l : lines) {
      fromMatch.add(withoutRank(l));
    }
    assertEquals(fromScreen, fromMatch);
  }

  @Test
  void theTableNamesEachTrialWithItsDecidingCriteria() {
    Cli match = Cli.run("match", "--patient", "P001", "--trials", "criteria/NCT04303780.json", "--index", index.toString());
    assertEquals(0, match.code(), match.err());
    List<String> lines = new ArrayList<>(match.out().lines().toList());
    assertEquals("P001", lines.get(0));
    assertEquals("  1 trials: 1 eligible, 0 undetermined, 0 ineligible", lines.get(1));
    assertTrue(lines.get(3).startsWith("     1  NCT04303780  ELIGIBLE     0.990  all criteria met or deferred"), lines.get(3));
  }

  @Test
  void anUnknownPatientOrAMissingIndexFailsWithAClearMessage() {
    Cli unknown = Cli.run("match", "--patient", "P999", "--trials", "criteria/", "--index", index.toString());
    assertEquals(1, unknown.code());
    assertEquals("eligo: error: patient P999 is not in the index " + index + "\n", unknown.err());
    assertEquals("", unknown.out());
    Path none = dir.resolve("none");
    Cli missing = Cli.run("match", "--patient", "P001", "--trials", "criteria/", "--index", none.toString());
    assertEquals(1, missing.code());
    assertEquals("eligo: error: index folder not found: " + none + "\n", missing.err());
  }
}
