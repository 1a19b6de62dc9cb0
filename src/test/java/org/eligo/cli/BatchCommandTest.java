package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eligo.app.Batch;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.criteria.Trials;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path index;
  static Path out;
  static Cli run;

  @BeforeAll
  static void oneRunOnTheSamples() {
    index = dir.resolve("samples");
    Cli built = Cli.run("index", "--notes", "corpus-samples/notes.jsonl", "--patients", "corpus-samples/patients.jsonl",
        "--index", index.toString());
    assertEquals(0, built.code(), built.err());
    out = dir.resolve("run");
    run = Cli.run("batch", "--trials", "criteria/", "--index", index.toString(), "--out", out.toString());
  }

  private static List<String> trialIds() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("criteria"))) {
      return s.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
    }
  }

  @Test
  void eachTrialsRankedJsonlIsWhatScreenPrintsForIt() throws Exception {
    assertEquals(0, run.code(), run.err());
    Cli screen = Cli.run("screen", "--trials", "criteria/", "--index", index.toString(), "--format", "jsonl");
    assertEquals(0, screen.code(), screen.err());
    Map<String, StringBuilder> byTrial = new TreeMap<>();
    for (String line : screen.out().lines().toList()) {
      byTrial.computeIfAbsent(JSON.readTree(line).get("trialId").asText(), k -> new StringBuilder()).append(line).append('\n');
    }
    assertEquals(trialIds(), List.copyOf(byTrial.keySet()));
    for (Map.Entry<String, StringBuilder> e : byTrial.entrySet()) {
      assertEquals(e.getValue().toString(), Files.readString(out.resolve(e.getKey()).resolve("ranked.jsonl")), e.getKey());
    }
  }

  @Test
  void theCsvHasOneRowPerPatientInRankOrder() throws Exception {
    List<String> rows = Files.readAllLines(out.resolve("NCT04303780/ranked.csv"));
    assertEquals(75, rows.size());
    assertEquals("rank,patientId,status,score,decidedBy,met,notMet,unknown,deferred", rows.get(0));
    assertEquals("1,P001,ELIGIBLE,0.990,all criteria met or deferred (10 read from records),6,4,0,4", rows.get(1));
    List<String> jsonl = Files.readAllLines(out.resolve("NCT04303780/ranked.jsonl"));
    for (int i = 0; i < jsonl.size(); i++) {
      JsonNode o = JSON.readTree(jsonl.get(i));
      assertTrue(rows.get(i + 1).startsWith(o.get("rank").asInt() + "," + o.get("patientId").asText() + "," + o.get("status").asText() + ","),
          rows.get(i + 1));
    }
  }

  @Test
  void runJsonCountsEachStatusAndNamesWhatTheRunRead() throws Exception {
    JsonNode r = JSON.readTree(out.resolve("run.json").toFile());
    assertEquals("0.1.0", r.get("eligo").asText());
    assertEquals(Lexicons.sha256(), r.get("lexiconsSha256").asText());
    assertEquals("12", r.path("index").get("format").asText());
    assertEquals(74, r.path("index").get("patients").asInt());
    assertTrue(r.path("index").get("generation").asLong() >= 1);
    assertEquals(System.getProperty("user.name"), r.get("user").asText());
    assertTrue(r.get("started").asText().compareTo(r.get("finished").asText()) <= 0);
    assertEquals(0, r.get("rejected").size());
    Map<String, Trial> trials = new LinkedHashMap<>();
    new Trials(Lexicons.load()).read(Path.of("criteria"), new Problems()).forEach(t -> trials.put(t.id(), t));
    assertEquals(24, r.get("trials").size());
    for (JsonNode t : r.get("trials")) {
      String id = t.get("trialId").asText();
      assertEquals(Batch.criteriaSha256(trials.get(id)), t.get("criteriaSha256").asText(), id);
      Map<String, Integer> counted = new TreeMap<>(Map.of("ELIGIBLE", 0, "UNDETERMINED", 0, "INELIGIBLE", 0));
      for (String line : Files.readAllLines(out.resolve(id).resolve("ranked.jsonl"))) {
        counted.merge(JSON.readTree(line).get("status").asText(), 1, Integer::sum);
      }
      assertEquals(counted, new TreeMap<>(JSON.convertValue(t.get("counts"), Map.class)), id);
      assertFalse(t.get("comparedWithPrevious").asBoolean());
    }
    assertEquals(4, r.path("trials").get(21).path("counts").get("ELIGIBLE").asInt());
    assertEquals("", Files.readString(out.resolve("alerts.jsonl")));
  }

  @Test
  void outputsAreOwnerOnlyAndTheHtmlFetchesNothing() throws Exception {
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    for (String f : List.of("ranked.jsonl", "ranked.csv", "report.html")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("NCT04303780").resolve(f))), f);
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("run.json"))));
    String html = Files.readString(out.resolve("NCT04303780/report.html"));
    for (String external : List.of("<script", "src=", "href=", "http://", "https://", "@import", "url(")) {
      assertFalse(html.contains(external), external);
    }
    assertTrue(html.contains("<label for=\"f-ELIGIBLE\">eligible (4)</label>"));
    assertTrue(html.contains("<p>First run of this trial: no previous run to compare with.</p>"));
  }

  @Test
  void progressLinesCarryCountsButNoNoteText() throws Exception {
    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(lines.size() - 2).matches("eligo: batch 24/24 trials, 1776 patient-trial evaluations, \\d+/s, \\d+\\.\\d s"),
        lines.get(lines.size() - 2));
    assertEquals("eligo: batch wrote 24 trials to " + out + ": 37 eligible patient-trial pairs, 0 alerts", lines.get(lines.size() - 1));
    String notes = Files.readString(Path.of("corpus-samples/notes.jsonl"));
    assertTrue(notes.contains("core biopsy"));
    assertFalse(run.err().contains("core biopsy"));
  }

  @Test
  void quietPrintsNothing() {
    Cli quiet = Cli.run("batch", "--trials", "criteria/NCT04303780.json", "--index", index.toString(), "--out", dir.resolve("quiet").toString(),
        "--quiet");
    assertEquals(0, quiet.code(), quiet.err());
    assertEquals("", quiet.err());
    assertEquals("", quiet.out());
  }

  @Test
  void progressIsABarOnATerminalAndSparseLinesOtherwise() {
    StringWriter bar = new StringWriter();
    Batch.Progress p = BatchCommand.progress(new PrintWriter(bar), true);
    p.trialDone(1, 4, 100, 2.0);
    p.trialDone(4, 4, 400, 4.0);
    assertEquals("\r[#######                       ] 1/4 trials, 100 patient-trial evaluations, 50/s"
        + "\r[##############################] 4/4 trials, 400 patient-trial evaluations, 100/s" + System.lineSeparator(), bar.toString());
    StringWriter plain = new StringWriter();
    p = BatchCommand.progress(new PrintWriter(plain), false);
    p.trialDone(1, 4, 100, 1.0);
    p.trialDone(2, 4, 200, 6.0);
    p.trialDone(3, 4, 300, 8.0);
    p.trialDone(4, 4, 400, 10.0);
    assertEquals(List.of("eligo: batch 2/4 trials, 200 patient-trial evaluations, 33/s, 6.0 s",
        "eligo: batch 4/4 trials, 400 patient-trial evaluations, 40/s, 10.0 s"), plain.toString().lines().toList());
  }

  @Test
  void aMalformedTrialIsReportedAndTheOthersRun() throws Exception {
    Path trials = Files.createDirectory(dir.resolve("mixed-trials"));
    Files.copy(Path.of("criteria/NCT04303780.json"), trials.resolve("NCT04303780.json"));
    Files.copy(Path.of("criteria/NCT02819518.json"), trials.resolve("NCT02819518.json"));
    Files.writeString(trials.resolve("broken.json"), "{\"protocolSection\": {\n  \"identificationModule\": {\"nctId\": \"NCT09999999\",\n  oops\n}}\n");
    Path o = dir.resolve("mixed-out");
    Cli c = Cli.run("batch", "--trials", trials.toString(), "--index", index.toString(), "--out", o.toString(), "--quiet");
    assertEquals(3, c.code(), c.err());
    assertTrue(c.err().startsWith("eligo: rejected " + trials.resolve("broken.json") + ":3"), c.err());
    assertTrue(Files.isRegularFile(o.resolve("NCT04303780/report.html")));
    assertTrue(Files.isRegularFile(o.resolve("NCT02819518/ranked.csv")));
    JsonNode r = JSON.readTree(o.resolve("run.json").toFile());
    assertEquals(2, r.get("trials").size());
    assertEquals(1, r.get("rejected").size());
    assertEquals(trials.resolve("broken.json").toString(), r.get("rejected").get(0).get("file").asText());
    assertEquals(3, r.get("rejected").get(0).get("line").asInt());
  }

  @Test
  void missingEmptyAndUnwritableFoldersFailClearly() throws Exception {
    Cli missing = Cli.run("batch", "--trials", dir.resolve("nope").toString(), "--index", index.toString(), "--out", dir.resolve("o1").toString());
    assertEquals(1, missing.code());
    assertEquals("eligo: error: trials folder not found: " + dir.resolve("nope") + System.lineSeparator(), missing.err());
    assertFalse(Files.exists(dir.resolve("o1")));

    Path empty = Files.createDirectory(dir.resolve("empty-trials"));
    Cli none = Cli.run("batch", "--trials", empty.toString(), "--index", index.toString(), "--out", dir.resolve("o2").toString());
    assertEquals(3, none.code());
    assertEquals(List.of("eligo: rejected " + empty + ": directory holds no .json files", "eligo: no trial could be read from " + empty),
        none.err().lines().toList());
    assertFalse(Files.exists(dir.resolve("o2/run.json")));

    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Cli blocked = Cli.run("batch", "--trials", "criteria/", "--index", index.toString(), "--out", file.resolve("sub").toString());
    assertEquals(1, blocked.code());
    assertEquals("eligo: error: cannot write the output folder " + file.resolve("sub") + ": a file is in the way" + System.lineSeparator(),
        blocked.err());

    Cli noIndex = Cli.run("batch", "--trials", "criteria/", "--index", dir.resolve("no-index").toString(), "--out", dir.resolve("o3").toString());
    assertEquals(1, noIndex.code());
    assertEquals("eligo: error: index folder not found: " + dir.resolve("no-index") + System.lineSeparator(), noIndex.err());
  }

  /** Writes the sample notes, without those of {@code leftOut} (who keeps the demographics of patients.jsonl), to a file. */
  private static Path notesWithout(String leftOut, Path file) throws Exception {
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("corpus-samples/notes.jsonl"))) {
      if (!line.isBlank() && !JSON.readTree(line).get("patientId").asText().equals(leftOut)) {
        kept.add(line);
      }
    }
    return Files.write(file, kept, StandardCharsets.UTF_8);
  }

  @Test
  void aSecondRunAlertsExactlyThePatientsWhoBecameEligible() throws Exception {
    Path idx = dir.resolve("growing");
    Path notes = notesWithout("P001", dir.resolve("without-p001.jsonl"));
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--patients", "corpus-samples/patients.jsonl", "--index", idx.toString()).code());
    Path o = dir.resolve("alerts-run");
    assertEquals(0, Cli.run("batch", "--trials", "criteria/", "--index", idx.toString(), "--out", o.toString(), "--quiet").code());
    assertEquals("", Files.readString(o.resolve("alerts.jsonl")));
    Path p001 = Files.write(dir.resolve("p001.jsonl"), Files.readAllLines(Path.of("corpus-samples/notes.jsonl")).stream()
        .filter(l -> l.contains("\"patientId\": \"P001\"")).toList());
    // Where P001 stood in the first run of each trial: the alerts must say so.
    java.util.Map<String, Integer> firstRank = new java.util.HashMap<>();
    for (String trial : List.of("NCT02576431", "NCT04303780", "NCT04656652")) {
      List<String> ranked = Files.readAllLines(o.resolve(trial).resolve("ranked.jsonl"));
      for (int i = 0; i < ranked.size(); i++) {
        if (JSON.readTree(ranked.get(i)).path("patientId").asText().equals("P001")) {
          firstRank.put(trial, i + 1);
        }
      }
    }
    assertEquals(0, Cli.run("index", "--notes", p001.toString(), "--patients", "corpus-samples/patients.jsonl", "--index", idx.toString()).code());
    Cli second = Cli.run("batch", "--trials", "criteria/", "--index", idx.toString(), "--out", o.toString(), "--quiet");
    assertEquals(0, second.code(), second.err());

    // P001 was in the first run from its demographics alone; its notes resolve unknowns: eligible
    // for the KRAS G12C trial and for TROPION-Lung01 (its stage IV NSCLC is past curative treatment), a higher score (and
    // rank) in NCT02576431; nobody else changed. (In KEYNOTE-158 its notes show earlier pembrolizumab, an exclusion:
    // INELIGIBLE, which raises no alert.) TROPION-Lung01's score from demographics alone is 0.6 since its progression
    // criterion reads as a line that progressed, not a stage (twelfth session).
    List<String> expected = List.of(
        "{\"trialId\":\"NCT02576431\",\"patientId\":\"P001\",\"alert\":\"moved_up\",\"status\":\"UNDETERMINED\",\"score\":0.543,\"rank\":1,"
            + "\"previousStatus\":\"UNDETERMINED\",\"previousScore\":0.525,\"previousRank\":" + firstRank.get("NCT02576431") + "}",
        "{\"trialId\":\"NCT04303780\",\"patientId\":\"P001\",\"alert\":\"became_eligible\",\"status\":\"ELIGIBLE\",\"score\":0.99,\"rank\":1,"
            + "\"previousStatus\":\"UNDETERMINED\",\"previousScore\":0.567,\"previousRank\":" + firstRank.get("NCT04303780") + "}",
        "{\"trialId\":\"NCT04656652\",\"patientId\":\"P001\",\"alert\":\"became_eligible\",\"status\":\"ELIGIBLE\",\"score\":0.958,\"rank\":2,"
            + "\"previousStatus\":\"UNDETERMINED\",\"previousScore\":0.6,\"previousRank\":" + firstRank.get("NCT04656652") + "}");
    assertEquals(expected, Files.readAllLines(o.resolve("alerts.jsonl")));
    String html = Files.readString(o.resolve("NCT04303780/report.html"));
    assertTrue(html.contains("<tr class=\"ELIGIBLE\"><td>P001</td><td>became_eligible</td><td class=\"st\">ELIGIBLE 0.990, rank 1</td>"
        + "<td>UNDETERMINED 0.567, rank " + firstRank.get("NCT04303780") + "</td></tr>"), html);
    JsonNode r = JSON.readTree(o.resolve("run.json").toFile());
    assertEquals(3, r.get("alerts").asInt());
    assertTrue(r.get("trials").get(0).get("comparedWithPrevious").asBoolean());

    Cli third = Cli.run("batch", "--trials", "criteria/", "--index", idx.toString(), "--out", dir.resolve("elsewhere").toString(),
        "--previous", o.toString(), "--quiet");
    assertEquals(0, third.code(), third.err());
    assertEquals("", Files.readString(dir.resolve("elsewhere/alerts.jsonl")));
  }

  @Test
  void quotesCommasAndMarkupInInputAreEscapedInCsvAndHtml() throws Exception {
    Path notes = dir.resolve("odd.jsonl");
    ObjectMapper m = new ObjectMapper();
    var note = m.createObjectNode().put("patientId", "Q,\"7").put("noteId", "Q7-N1").put("date", "2025-03-01").put("type", "molecular")
        .put("text", "NGS: KRAS G12C detected <script>alert(1)</script> in stage IV lung adenocarcinoma. ECOG 1.");
    Files.writeString(notes, note.toString() + "\n");
    Path idx = dir.resolve("odd-index");
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--index", idx.toString()).code());
    Path o = dir.resolve("odd-out");
    Cli c = Cli.run("batch", "--trials", "criteria/NCT04303780.json", "--index", idx.toString(), "--out", o.toString(), "--quiet");
    assertEquals(0, c.code(), c.err());
    List<String> rows = Files.readAllLines(o.resolve("NCT04303780/ranked.csv"));
    assertEquals(2, rows.size());
    assertTrue(rows.get(1).startsWith("1,\"Q,\"\"7\",UNDETERMINED,"), rows.get(1));
    String html = Files.readString(o.resolve("NCT04303780/report.html"));
    assertFalse(html.contains("<script"));
    assertTrue(html.contains("Q,&quot;7"));
    assertTrue(html.contains("Q7-N1: NGS: <mark>KRAS G12C</mark> detected &lt;script&gt;alert(1)&lt;/script&gt; in stage IV lung"), html);
  }
}
