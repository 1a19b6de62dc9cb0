package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictCommandTest {
  private static final Path ICB = Path.of("../shared/benchmarks/response-icb");
  static final String HEADER = "SAMPLE_ID\tTMB\tSystemic_therapy_history\tAlbumin\tNLR\tAge\tCancerType\tDrug\tResponse\n";

  static Path train(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 40; i++) {
      int y = i % 2;
      sb.append("s").append(i).append('\t').append(y == 1 ? 12 + i % 7 : 2 + i % 5).append('\t').append(i % 3 == 0 ? 1 : 0)
          .append('\t').append(3.5 + (i % 4) * 0.1).append('\t').append(2 + i % 6).append('\t').append(50 + i).append('\t')
          .append(i % 4 == 0 ? "Melanoma" : "NSCLC").append('\t').append(i % 2).append('\t').append(y).append('\n');
    }
    Path f = dir.resolve("train.tsv");
    Files.writeString(f, sb);
    return f;
  }

  @Test
  void trainsSavesAndScoresACohortAsJsonLines(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("m/model.json");
    Cli plain = Cli.run("predict", "response", "--train", train(dir).toString(), "--save", dir.resolve("plain.json").toString());
    assertEquals(0, plain.code(), plain.err());
    // by default the plain logistic model, no selection run
    assertTrue(plain.out().startsWith("40 rows (20 responders), 0 skipped for a missing input; fitted current ("), plain.out());
    Cli t = Cli.run("predict", "response", "--train", train(dir).toString(), "--save", model.toString(), "--select");
    assertEquals(0, t.code(), t.err());
    // --select: the registered selection, 15 candidates, then the winner fitted on every row
    assertTrue(t.out().startsWith("CV AUC   sd       vs cur.   candidate\n"), t.out());
    assertEquals(15, t.out().lines().filter(l -> l.matches("[01]\\.\\d{4} .*")).count(), t.out());
    String chosen = t.out().lines().filter(l -> l.endsWith("<- highest")).findFirst().orElse("? current").replaceAll("^.{27}|  <- highest$", "");
    assertTrue(t.out().contains("40 rows (20 responders), 0 skipped for a missing input; fitted "), t.out());
    assertTrue(t.out().lines().anyMatch(l -> l.startsWith("40 rows") && l.endsWith("(" + chosen + ")")), chosen + "\n" + t.out());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(model)));
    Path cohort = dir.resolve("c.tsv");
    Files.writeString(cohort, HEADER + "p1\t20\t0\t4.2\t2\t61\tMelanoma\t0\t\np2\t\t1\t3.1\t\t70\tGlioma\t0\t\n");
    Cli p = Cli.run("predict", "response", "--model", model.toString(), "--cohort", cohort.toString(), "--format", "jsonl");
    assertEquals(0, p.code(), p.err());
    List<String> lines = p.out().lines().toList();
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith("{\"row\":0,\"sampleId\":\"p1\",\"probability\":"), lines.get(0));
    assertTrue(lines.get(0).contains("\"confidence\":1.0,\"missing\":[],\"explanation\":[{\"feature\":\"TMB\",\"value\":\"20\",\"contribution\":"), lines.get(0));
    assertTrue(lines.get(1).contains("\"missing\":[\"TMB\",\"NLR\",\"CancerType\"]"), lines.get(1));
    assertTrue(lines.get(1).contains("{\"feature\":\"TMB\",\"value\":null,\"contribution\":0.0}"), lines.get(1));
    // an averaged candidate named on the command line: both halves and what the explanation covers
    Path averaged = dir.resolve("avg.json");
    Cli a = Cli.run("predict", "response", "--train", train(dir).toString(), "--save", averaged.toString(), "--candidate", "ridge-tmb25-lambda30+xgboost");
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().startsWith("40 rows (20 responders), 0 skipped for a missing input; fitted ridge-tmb25-lambda30+xgboost (TMB <= 25, NLR <= 25,"
        + " ridge logistic lambda 30, averaged with XGBoost 50 trees, depth 2, eta 0.05)\n"), a.out());
    Cli pa = Cli.run("predict", "response", "--model", averaged.toString(), "--cohort", cohort.toString(), "--format", "jsonl");
    assertEquals(0, pa.code(), pa.err());
    String first = pa.out().lines().findFirst().orElseThrow();
    assertTrue(first.matches("\\{\"row\":0,\"sampleId\":\"p1\",\"probability\":[0-9.E-]+,\"logisticProbability\":[0-9.E-]+,\"xgboostProbability\":[0-9.E-]+,"
        + "\"confidence\":1.0,\"missing\":\\[\\],\"explanation\":\\[\\{\"feature\":\"TMB\".*\\],\"explains\":\"the logistic half's log-odds; the XGBoost half is not attributed per input\"}"), first);
  }

  @Test
  void badInputGetsClearMessagesAndExitCodes(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model.json");
    assertEquals(0, Cli.run("predict", "response", "--train", train(dir).toString(), "--save", model.toString(), "--candidate", "current").code());
    Path c = dir.resolve("c.tsv");
    Files.writeString(c, "SAMPLE_ID\tTMB\n");
    Cli r = Cli.run("predict", "response", "--model", model.toString(), "--cohort", c.toString());
    assertEquals(1, r.code());
    assertEquals("eligo: error: " + c + ": no column Systemic_therapy_history, Albumin, NLR, Age, CancerType (the model reads TMB,"
        + " Systemic_therapy_history, Albumin, NLR, Age, CancerType)\n", r.err());
    Files.writeString(c, HEADER);
    r = Cli.run("predict", "response", "--model", model.toString(), "--cohort", c.toString());
    assertEquals(1, r.code());
    assertEquals("eligo: error: " + c + ": no data rows\n", r.err());
    Files.writeString(c, HEADER + "p1\t\t\t\t\t\t\t\t\np2\t20\t0\t4.2\t2\t61\tMelanoma\t0\t\n");
    r = Cli.run("predict", "response", "--model", model.toString(), "--cohort", c.toString(), "--format", "jsonl");
    assertEquals(3, r.code());
    assertEquals("eligo: rejected " + c + " line 2: every model input is missing (TMB, Systemic_therapy_history, Albumin, NLR, Age, CancerType)\n"
        + "eligo: 1 row rejected; the rest was scored\n", r.err());
    assertTrue(r.out().startsWith("{\"row\":1,\"sampleId\":\"p2\""), r.out());
    Files.writeString(c, "not a model");
    r = Cli.run("predict", "response", "--model", c.toString(), "--cohort", c.toString());
    assertEquals(1, r.code());
    assertEquals("eligo: error: " + c + ": not a response model (not JSON)\n", r.err());
  }

  @Test
  void scoresTheScreenedPatientsOfATrialFromTheirFacts(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model.json");
    assertEquals(0, Cli.run("predict", "response", "--train", train(dir).toString(), "--save", model.toString(), "--candidate", "current").code());
    Path index = dir.resolve("idx");
    Cli built = Cli.run("index", "--notes", "corpus-samples/notes.jsonl", "--patients", "corpus-samples/patients.jsonl", "--index", index.toString());
    assertEquals(0, built.code(), built.err());
    Path page = dir.resolve("screened.html");
    Cli r = Cli.run("predict", "response", "--model", model.toString(), "--index", index.toString(), "--trial", "criteria/NCT04303780.json",
        "--format", "jsonl", "--html", page.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    // one bar per scored patient, in rank order
    List<org.w3c.dom.Element> bars = DesignCommandsTest.elements(DesignCommandsTest.xml(page), "rect", "bar");
    assertEquals(lines.size(), bars.size());
    assertTrue(bars.get(0).getTextContent().startsWith("NCT04303780 P001 ELIGIBLE: "), bars.get(0).getTextContent());
    Cli screen = Cli.run("screen", "--trials", "criteria/NCT04303780.json", "--index", index.toString(), "--format", "jsonl");
    long notIneligible = screen.out().lines().filter(l -> !l.contains("\"status\":\"INELIGIBLE\"")).count();
    assertEquals(notIneligible, lines.size());
    assertTrue(lines.get(0).startsWith("{\"trialId\":\"NCT04303780\",\"patientId\":\"P001\",\"status\":\"ELIGIBLE\",\"rank\":1,"), lines.get(0));
    for (String l : lines) {
      assertTrue(l.contains("\"missing\":[") && l.contains("\"flags\":["), l);
    }
    assertTrue(Files.readString(index.resolve("audit.jsonl")).contains("\"predict\""));
    Cli both = Cli.run("predict", "response", "--model", model.toString(), "--cohort", "x.tsv", "--index", index.toString(), "--trial", "y");
    assertEquals(2, both.code());
  }

  @Test
  void evaluationsNameWhatTheyCannotRead(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model.json");
    assertEquals(0, Cli.run("predict", "response", "--train", train(dir).toString(), "--save", model.toString(), "--candidate", "current").code());
    Cli r = Cli.run("eval", "response", "--model", model.toString(), "--dir", "no/such/dir");
    assertEquals(1, r.code());
    assertEquals("eligo: error: no/such/dir: not a folder\n", r.err());
    Cli t = Cli.run("eval", "toxicity", "--file", "no/such.csv");
    assertEquals(1, t.code());
    assertTrue(t.err().startsWith("eligo: error: cannot read no/such.csv"), t.err());
    Cli u = Cli.run("predict", "response", "--train", "x.tsv", "--save", dir.resolve("m.json").toString(), "--candidate", "ridge-lambda-1");
    assertEquals(1, u.code());
    assertTrue(u.err().startsWith("eligo: error: unknown candidate 'ridge-lambda-1'; one of: current, "), u.err());
    Cli p = Cli.run("predict");
    assertEquals(2, p.code());
    assertTrue(p.err().startsWith("eligo: a prediction is required (response)\n"), p.err());
  }

  @Test
  void evalReproducesTheMeasuredLorisFigures() {
    assumeTrue(Files.isDirectory(ICB), "../shared/benchmarks/response-icb is absent: the response evaluation is skipped");
    Path dir = Path.of("target/predict-eval");
    Path model = dir.resolve("model.json");
    Cli t = Cli.run("predict", "response", "--train", ICB.resolve("Chowell_train.tsv").toString(), "--save", model.toString());
    assertEquals(0, t.code(), t.err());
    Cli e = Cli.run("eval", "response", "--model", model.toString(), "--dir", ICB.toString());
    assertEquals(0, e.code(), e.err());
    // LORIS and raw TMB AUCs as measured independently (benchmark README): 0.754 / 0.648 on Chowell_test
    assertTrue(e.out().lines().anyMatch(l -> l.startsWith("Chowell_test.tsv         515   127 ") && l.contains(" 0.754   0.648")), e.out());
    assertTrue(e.out().lines().anyMatch(l -> l.startsWith("Kato_panCancer.tsv        35     5 ") && l.contains(" 0.793   0.660")), e.out());
    assertTrue(e.out().contains("Chowell_train.tsv") && e.out().contains("the model's training file: not scored"), e.out());
    assertTrue(e.out().contains("calibration on Chowell_test.tsv (515 rows): Brier model "), e.out());
  }

  @Test
  void evalResponsePageHasTheAucTableAndOnePointPerReliabilityBin(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model.json");
    assertEquals(0, Cli.run("predict", "response", "--train", train(dir).toString(), "--save", model.toString(), "--candidate", "current").code());
    Path cohorts = Files.createDirectory(dir.resolve("cohorts"));
    Files.copy(train(dir), cohorts.resolve("a.tsv"));
    Files.writeString(cohorts.resolve("b.tsv"), "SAMPLE_ID\tTMB\n");
    Files.writeString(cohorts.resolve("c.tsv"), HEADER);
    Path page = dir.resolve("r.html");
    Cli e = Cli.run("eval", "response", "--model", model.toString(), "--dir", cohorts.toString(), "--calibration", "a.tsv", "--bins", "5",
        "--html", page.toString());
    assertEquals(0, e.code(), e.err());
    // the cohort equals the training file byte for byte, so it is named and not scored: no curve
    org.w3c.dom.Document d = DesignCommandsTest.xml(page);
    assertEquals(0, d.getElementsByTagName("svg").getLength());
    Files.writeString(cohorts.resolve("a.tsv"), Files.readString(cohorts.resolve("a.tsv")) + "extra\t5\t0\t3.9\t3\t60\tNSCLC\t0\t1\n");
    e = Cli.run("eval", "response", "--model", model.toString(), "--dir", cohorts.toString(), "--calibration", "a.tsv", "--bins", "5",
        "--html", page.toString());
    assertEquals(0, e.code(), e.err());
    long bins = e.out().lines().filter(l -> l.matches("  0\\.\\d0-[01]\\.\\d0 .*")).count();
    assertTrue(bins > 0, e.out());
    d = DesignCommandsTest.xml(page);
    assertEquals(bins, DesignCommandsTest.elements(d, "circle", "pt").stream().filter(c -> c.getAttribute("class").equals("pt model")).count());
    assertEquals(1, DesignCommandsTest.elements(d, "line", "diag").size());
    // header, then a.tsv, b.tsv and the empty c.tsv
    assertEquals(4, d.getElementsByTagName("tr").getLength());
    assertEquals("b.tsv", d.getElementsByTagName("tr").item(2).getFirstChild().getTextContent());
    assertEquals("no data rows: not scored", d.getElementsByTagName("tr").item(3).getLastChild().getTextContent());
    assertTrue(e.out().lines().anyMatch(l -> l.startsWith("c.tsv ") && l.endsWith("  no data rows: not scored")), e.out());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
  }

  @Test
  void aScoredCohortWithResponsesGetsAHistogramAndAReliabilityCurve(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model.json");
    Path cohort = train(dir);
    assertEquals(0, Cli.run("predict", "response", "--train", cohort.toString(), "--save", model.toString(), "--candidate", "current").code());
    Path page = dir.resolve("cohort.html");
    Cli p = Cli.run("predict", "response", "--model", model.toString(), "--cohort", cohort.toString(), "--format", "jsonl", "--html", page.toString());
    assertEquals(0, p.code(), p.err());
    double[] probs = p.out().lines().mapToDouble(l -> Double.parseDouble(l.replaceAll(".*\"probability\":([0-9.E-]+),.*", "$1"))).toArray();
    java.util.Set<Integer> bins = new java.util.HashSet<>();
    for (double x : probs) {
      bins.add(Math.min(9, (int) Math.floor(x * 10)));
    }
    org.w3c.dom.Document d = DesignCommandsTest.xml(page);
    assertEquals(10, DesignCommandsTest.elements(d, "rect", "bar").size());
    assertEquals(bins.size(), DesignCommandsTest.elements(d, "circle", "pt").size());
    assertEquals(1, DesignCommandsTest.elements(d, "line", "diag").size());
    assertEquals(probs.length, DesignCommandsTest.elements(d, "rect", "bar").stream().mapToInt(e -> Integer.parseInt(e.getTextContent().replaceAll(".*: ", ""))).sum());
  }
}
