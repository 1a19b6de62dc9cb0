package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eligo stratify} and {@code eligo fairness} on the bundled samples, and their bad input. */
class DesignCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRIAL = "criteria/NCT02142738.json";
  private static final String CONFIG = "docs/examples/strata-NCT02142738.json";
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheSamples() {
    index = dir.resolve("samples");
    Cli built = Cli.run("index", "--notes", "corpus-samples/notes.jsonl", "--patients", "corpus-samples/patients.jsonl", "--index", index.toString());
    assertEquals(0, built.code(), built.err());
  }

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> l = new java.util.ArrayList<>();
    for (String s : out.lines().toList()) {
      l.add(JSON.readTree(s));
    }
    return l;
  }

  @Test
  void everyEligibleOrUndeterminedPatientGetsAStratumOrItsUnknownFactors() throws Exception {
    Cli screen = Cli.run("screen", "--trials", TRIAL, "--index", index.toString(), "--format", "jsonl");
    List<String> kept = lines(screen.out()).stream().filter(n -> !n.get("status").asText().equals("INELIGIBLE"))
        .map(n -> n.get("patientId").asText()).sorted().toList();
    Cli r = Cli.run("stratify", "--trial", TRIAL, "--index", index.toString(), "--config", CONFIG, "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> rows = lines(r.out());
    assertEquals(kept, rows.stream().map(n -> n.get("patientId").asText()).toList());
    for (JsonNode n : rows) {
      boolean complete = n.get("unknown").isEmpty();
      assertEquals(complete, !n.get("stratum").isNull(), n.toString());
      if (complete) {
        assertEquals("ecog=" + n.at("/levels/ecog").asText() + "|histology=" + n.at("/levels/histology").asText(), n.get("stratum").asText());
      } else {
        assertFalse(n.at("/unknown/0/missing").asText().isBlank());
      }
    }
  }

  @Test
  void randomisationWritesAnOwnerOnlyLogThatReplays() throws Exception {
    Path out = dir.resolve("strata");
    Cli r = Cli.run("stratify", "--trial", TRIAL, "--index", index.toString(), "--config", CONFIG, "--randomise", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    Path log = out.resolve("assignments.jsonl");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    List<JsonNode> strata = lines(Files.readString(out.resolve("strata.jsonl")));
    long assigned = strata.stream().filter(n -> n.has("arm")).count();
    long eligibleComplete = strata.stream().filter(n -> n.get("status").asText().equals("ELIGIBLE") && !n.get("stratum").isNull()).count();
    assertEquals(eligibleComplete, assigned);
    assertEquals(assigned + 1, Files.readAllLines(log).size());
    Cli replay = Cli.run("stratify", "--replay", log.toString());
    assertEquals(0, replay.code(), replay.err());
    assertEquals("replay ok: " + assigned + " assignments recomputed from the settings and seed, all agree\n", replay.out());

    String tampered = Files.readString(log).replace("\"seed\":20261205", "\"seed\":1");
    Path bad = dir.resolve("tampered.jsonl");
    Files.writeString(bad, tampered);
    Cli again = Cli.run("stratify", "--replay", bad.toString());
    // another seed may or may not change an arm; when it does the replay names the line
    if (again.code() != 0) {
      assertTrue(again.out().startsWith("replay FAILED after "), again.out());
    }
  }

  @Test
  void anUnknownFactorSourceIsRefusedWithFileAndField() throws Exception {
    Path cfg = dir.resolve("bad.json");
    Files.writeString(cfg, "{\"factors\": [{\"name\": \"tps\", \"source\": \"tumour_size\", \"cuts\": [1], \"labels\": [\"a\", \"b\"]}]}");
    Cli r = Cli.run("stratify", "--trial", TRIAL, "--index", index.toString(), "--config", cfg.toString());
    assertEquals(1, r.code());
    assertEquals("eligo: error: " + cfg + ": field factors[0].source: unknown factor source 'tumour_size' (known: pdl1_tps, ecog, prior_lines, age, sex, cancer, histology)\n",
        r.err());
  }

  @Test
  void aMissingTrialFileIsNamed() {
    Cli s = Cli.run("stratify", "--trial", "criteria/NCT00000000.json", "--index", index.toString(), "--config", CONFIG);
    assertEquals(1, s.code());
    assertEquals("eligo: error: file not found: criteria/NCT00000000.json\n", s.err());
    Cli f = Cli.run("fairness", "--trial", "criteria/NCT00000000.json", "--index", index.toString());
    assertEquals(1, f.code());
    assertEquals("eligo: error: file not found: criteria/NCT00000000.json\n", f.err());
  }

  @Test
  void anEmptyIndexIsNamed() throws Exception {
    Path empty = dir.resolve("empty");
    Path notes = dir.resolve("one.jsonl");
    Files.writeString(notes, Files.readAllLines(Path.of("corpus-samples/notes.jsonl")).get(0) + "\n");
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--index", empty.toString()).code());
    String id = JSON.readTree(Files.readString(notes)).get("patientId").asText();
    assertEquals(0, Cli.run("forget", "--patient", id, "--index", empty.toString()).code());
    Cli s = Cli.run("stratify", "--trial", TRIAL, "--index", empty.toString(), "--config", CONFIG);
    assertEquals(1, s.code());
    assertEquals("eligo: error: index " + empty + " holds no patients\n", s.err());
    Cli f = Cli.run("fairness", "--trial", TRIAL, "--index", empty.toString());
    assertEquals(1, f.code());
    assertEquals("eligo: error: index " + empty + " holds no patients\n", f.err());
    Cli g = Cli.run("subgroups", "--index", empty.toString());
    assertEquals(1, g.code());
    assertEquals("eligo: error: index " + empty + " holds no patients\n", g.err());
  }

  @Test
  void fairnessCountsAgreeWithTheScreeningItReads() throws Exception {
    Cli screen = Cli.run("screen", "--trials", TRIAL, "--index", index.toString(), "--format", "jsonl");
    Map<String, Integer> failing = new HashMap<>();
    int patients = 0;
    for (JsonNode m : lines(screen.out())) {
      patients++;
      for (JsonNode c : m.get("criteria")) {
        boolean inclusion = c.get("kind").asText().equals("INCLUSION");
        String v = c.get("result").asText();
        failing.merge(c.get("id").asText(), (inclusion ? v.equals("NOT_MET") : v.equals("MET")) ? 1 : 0, Integer::sum);
      }
    }
    Cli r = Cli.run("fairness", "--trial", TRIAL, "--index", index.toString(), "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    int exclusionLines = 0;
    for (JsonNode n : lines(r.out())) {
      assertFalse(n.at("/dimension").asText().equals("race"), "race needs --patients");
      if (n.get("type").asText().equals("exclusion")) {
        exclusionLines++;
        int n0 = 0;
        int excluded = 0;
        for (JsonNode g : n.get("groups")) {
          n0 += g.get("n").asInt();
          excluded += g.get("excluded").asInt();
        }
        assertEquals(patients, n0);
        assertEquals(failing.get(n.get("criterionId").asText()), excluded, n.toString());
        JsonNode ratio = n.get("selectionRatio");
        assertEquals(!ratio.isNull() && ratio.asDouble() < 0.8, n.get("flagged").asBoolean());
      }
    }
    assertEquals(failing.size() * 2, exclusionLines);
  }

  @Test
  void raceAndEthnicityComeFromThePatientsFile() throws Exception {
    Cli r = Cli.run("fairness", "--trial", TRIAL, "--index", index.toString(), "--patients", "corpus-samples/patients.jsonl", "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    JsonNode race = lines(r.out()).stream().filter(n -> n.get("type").asText().equals("representation") && n.get("dimension").asText().equals("race"))
        .findFirst().orElseThrow();
    Map<String, Integer> expected = new java.util.TreeMap<>();
    for (String l : Files.readAllLines(Path.of("corpus-samples/patients.jsonl"))) {
      JsonNode p = JSON.readTree(l);
      expected.merge(p.hasNonNull("race") ? p.get("race").asText() : "not recorded", 1, Integer::sum);
    }
    int inFile = expected.values().stream().mapToInt(Integer::intValue).sum();
    // patients of the index whom the file does not list have no race either
    if (race.get("population").asInt() > inFile) {
      expected.merge("not recorded", race.get("population").asInt() - inFile, Integer::sum);
    }
    Map<String, Integer> got = new java.util.TreeMap<>();
    race.get("groups").forEach(g -> got.put(g.get("group").asText(), g.get("population").asInt()));
    assertEquals(expected, got);
  }

  /** The page parsed as XML: fails unless every tag is closed and every entity known. */
  static org.w3c.dom.Document xml(Path page) throws Exception {
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return f.newDocumentBuilder().parse(page.toFile());
  }

  /** Elements of a tag whose class list holds {@code cls}. */
  static List<org.w3c.dom.Element> elements(org.w3c.dom.Document d, String tag, String cls) {
    List<org.w3c.dom.Element> out = new java.util.ArrayList<>();
    org.w3c.dom.NodeList l = d.getElementsByTagName(tag);
    for (int i = 0; i < l.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) l.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void subgroupsPartitionThePatientsWithTheirProfileIntoKClustersTheSameWayForOneSeed() throws Exception {
    Cli r = Cli.run("subgroups", "--index", index.toString(), "--k", "3", "--seed", "5", "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> l = lines(r.out());
    JsonNode head = l.get(0);
    assertEquals("subgroups", head.get("type").asText());
    assertEquals(3, head.get("k").asInt());
    assertEquals("given", head.get("kChosenBy").asText());
    int patients = head.get("patients").asInt();
    List<JsonNode> clusters = l.stream().filter(n -> n.get("type").asText().equals("cluster")).toList();
    assertEquals(List.of(0, 1, 2), clusters.stream().map(n -> n.get("cluster").asInt()).toList());
    assertEquals(patients, clusters.stream().mapToInt(n -> n.get("size").asInt()).sum());
    List<JsonNode> members = l.stream().filter(n -> n.get("type").asText().equals("member")).toList();
    assertEquals(patients, members.stream().map(n -> n.get("patientId").asText()).distinct().count());
    assertEquals(74, patients + head.get("leftOutWithoutProfile").asInt());
    for (JsonNode c : clusters) {
      assertEquals(c.get("size").asInt(), members.stream().filter(m -> m.get("cluster").asInt() == c.get("cluster").asInt()).count());
      for (JsonNode d : c.get("dominant")) {
        assertTrue(d.get("inCluster").asDouble() - d.get("overall").asDouble() >= 0.1 - 1e-6, d.toString());
      }
    }
    assertEquals(r.out(), Cli.run("subgroups", "--index", index.toString(), "--k", "3", "--seed", "5", "--format", "jsonl").out());
  }

  @Test
  void subgroupsRefuseAKLargerThanThePatients() {
    Cli r = Cli.run("subgroups", "--index", index.toString(), "--k", "500");
    assertEquals(1, r.code());
    assertEquals("eligo: error: K 500 is more than the 74 patients\n", r.err());
    Cli one = Cli.run("subgroups", "--index", index.toString(), "--k", "1");
    assertEquals(2, one.code());
    assertEquals("eligo: --k must be at least 2\n", one.err());
  }

  @Test
  void hdbscanSubgroupsReportTheirUnclusteredPatientsAndEveryPatientOnce() throws Exception {
    Cli r = Cli.run("subgroups", "--index", index.toString(), "--method", "hdbscan", "--min-cluster-size", "3", "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> l = lines(r.out());
    JsonNode head = l.get(0);
    assertEquals("hdbscan", head.get("method").asText());
    assertEquals("HDBSCAN, minimum cluster size 3", head.get("kChosenBy").asText());
    int patients = head.get("patients").asInt();
    int unclustered = head.get("unclustered").asInt();
    int clustered = l.stream().filter(o -> o.get("type").asText().equals("cluster")).mapToInt(o -> o.get("size").asInt()).sum();
    assertEquals(patients, clustered + unclustered);
    assertEquals(head.get("k").asInt(), l.stream().filter(o -> o.get("type").asText().equals("cluster")).count());
    assertEquals(unclustered, l.stream().filter(o -> o.get("type").asText().equals("member") && o.get("cluster").asText().equals("unclustered")).count());
    assertEquals(patients, l.stream().filter(o -> o.get("type").asText().equals("member")).map(o -> o.get("patientId").asText()).distinct().count());
    l.stream().filter(o -> o.get("type").asText().equals("cluster")).forEach(o -> assertTrue(o.get("size").asInt() >= 3, o.toString()));
  }

  @Test
  void hdbscanOptionsAreCheckedAgainstTheMethod() {
    Cli k = Cli.run("subgroups", "--index", index.toString(), "--method", "hdbscan", "--k", "3");
    assertEquals(2, k.code());
    assertEquals("eligo: --k is for k-means; HDBSCAN finds the number of clusters (give --min-cluster-size)\n", k.err());
    Cli m = Cli.run("subgroups", "--index", index.toString(), "--min-cluster-size", "3");
    assertEquals(2, m.code());
    assertEquals("eligo: --min-cluster-size is for --method hdbscan\n", m.err());
    Cli one = Cli.run("subgroups", "--index", index.toString(), "--method", "hdbscan", "--min-cluster-size", "1");
    assertEquals(2, one.code());
    assertEquals("eligo: --min-cluster-size must be at least 2\n", one.err());
    Cli big = Cli.run("subgroups", "--index", index.toString(), "--method", "hdbscan", "--min-cluster-size", "500");
    assertEquals(1, big.code());
    assertEquals("eligo: error: the minimum cluster size 500 is more than the 74 patients\n", big.err());
    Cli bad = Cli.run("subgroups", "--index", index.toString(), "--method", "dbscan");
    assertEquals(2, bad.code());
  }

  @Test
  void subgroupsPageHasOneBarPerClusterAndOnePerKTried() throws Exception {
    Path page = dir.resolve("sub.html");
    Cli r = Cli.run("subgroups", "--index", index.toString(), "--seed", "5", "--html", page.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
    org.w3c.dom.Document d = xml(page);
    int k = Integer.parseInt(r.out().lines().findFirst().orElseThrow().replaceAll(".* in (\\d+) subgroups.*", "$1"));
    assertEquals(k + (Subgroups_K_MAX - 1), elements(d, "rect", "bar").size());
    assertEquals("eligo subgroups --index " + index + " --seed 5 --html " + page, elements(d, "code", "command").get(0).getTextContent());
  }

  private static final int Subgroups_K_MAX = org.eligo.design.Subgroups.K_MAX;

  @Test
  void fairnessPageDrawsEveryComparedGroupTheWaterfallAndTheSteps() throws Exception {
    Path page = dir.resolve("fair.html");
    Cli r = Cli.run("fairness", "--trial", TRIAL, "--index", index.toString(), "--patients", "corpus-samples/patients.jsonl", "--format", "jsonl",
        "--html", page.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
    int charts = 0;
    int groupBars = 0;
    int flaggedCharts = 0;
    int gains = 0;
    int steps = 0;
    for (JsonNode n : lines(r.out())) {
      String type = n.get("type").asText();
      boolean excludes = false;
      for (JsonNode g : n.path("groups")) {
        excludes |= g.path("excluded").asInt() > 0;
      }
      if (type.equals("exclusion") && !n.get("selectionRatio").isNull() && excludes) {
        charts++;
        groupBars += n.get("groups").size();
        flaggedCharts += n.get("flagged").asBoolean() ? 1 : 0;
      } else if (type.equals("relaxation") && n.get("change").asText().equals("without")) {
        gains += n.get("gainedEligible").asInt() > 0 ? 1 : 0;
      } else if (type.equals("relaxation")) {
        steps++;
      }
    }
    org.w3c.dom.Document d = xml(page);
    assertEquals(charts, elements(d, "line", "ref").size());
    assertEquals(groupBars, elements(d, "path", "ci").size());
    assertEquals(groupBars + gains + 2 + steps, elements(d, "rect", "bar").size());
    assertEquals(gains, elements(d, "rect", "gain").size() - steps);
    long flaggedCaptions = elements(d, "text", "caption").stream().filter(e -> e.getTextContent().endsWith(" FLAGGED")).count();
    assertEquals(flaggedCharts, flaggedCaptions);
    assertTrue(flaggedCharts > 0);
    assertEquals("eligo fairness --trial " + TRIAL + " --index " + index + " --patients corpus-samples/patients.jsonl --format jsonl --html " + page,
        elements(d, "code", "command").get(0).getTextContent());
  }

  @Test
  void stratifyPageDrawsOneBarPerStratumAndPerArmWithinEachLevel() throws Exception {
    Path page = dir.resolve("strata.html");
    Path out = dir.resolve("strata-html");
    Cli r = Cli.run("stratify", "--trial", TRIAL, "--index", index.toString(), "--config", CONFIG, "--randomise", "--out", out.toString(), "--html", page.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> rows = lines(Files.readString(out.resolve("strata.jsonl")));
    long strata = rows.stream().map(n -> n.get("stratum").isNull() ? "unknown" : n.get("stratum").asText()).distinct().count();
    java.util.Set<String> levels = new java.util.TreeSet<>();
    rows.stream().filter(n -> n.has("arm")).forEach(n -> n.get("levels").fields().forEachRemaining(e -> levels.add(e.getKey() + "=" + e.getValue().asText())));
    org.w3c.dom.Document d = xml(page);
    // two arms in the config; "all assigned" is one more level
    assertEquals(strata + 2L * (levels.size() + 1), elements(d, "rect", "bar").size());
    assertEquals(rows.stream().filter(n -> n.get("stratum").isNull()).count() > 0 ? 1 : 0, elements(d, "rect", "unknown").size());
  }
}
