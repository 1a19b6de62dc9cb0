package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRankTest {
  private static final Path TRIALGPT = Path.of("../shared/benchmarks/trialgpt-sigir");

  @TempDir Path dir;

  private static String row(String patient, String type, String text, String expert, String gpt4) {
    return "{\"patient_id\":\"" + patient + "\",\"trial_id\":\"NCT1\",\"criterion_type\":\"" + type + "\",\"criterion_text\":\"" + text
        + "\",\"expert_eligibility\":\"" + expert + "\",\"gpt4_eligibility\":\"" + gpt4 + "\"}";
  }

  @Test
  void ranksTheDevelopmentPatientsAsScreenDoesAndReportsTheMeanOverTrialsWithAnEligiblePatient() {
    Cli r = Cli.run("eval", "rank", "--no-trialgpt");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ranking (as eligo screen ranks): 24 trials with gold rows, 74 patients;"), r.out());
    assertTrue(r.out().contains("\nNCT04303780      74      4      2    1.000    0.400    1.000    1.000\n"), r.out());
    assertTrue(r.out().contains("\nNCT02987543      74      0      0        -    0.000        -        -\n"), r.out());
    assertTrue(r.out().contains("\nmean of 14 "), r.out());
    assertFalse(r.out().contains("criterion level"), r.out());
  }

  @Test
  void scoresCriteriaAgainstTheExpertsWithTheDocumentedMappingAndNamesBadInput() throws Exception {
    Path kit = Files.createDirectory(dir.resolve("kit"));
    Files.writeString(kit.resolve("patients.jsonl"), "{\"_id\":\"p1\",\"text\":\"A 58-year-old woman with hypertension.\"}\n{\"_id\"\n");
    Files.writeString(kit.resolve("criterion-annotations.json"), "[\n"
        + row("p1", "inclusion", "Age 18 years or older", "included", "included") + ",\n"
        + row("p1", "inclusion", "Male patients only", "not included", "not included") + ",\n"
        + row("p9", "inclusion", "Chronic stable angina", "not enough information", "included") + "\n]\n");
    Path notes = Files.writeString(dir.resolve("notes.jsonl"), "");
    Path gold = Files.writeString(dir.resolve("status.tsv"), "trialId\tpatientId\tstatus\n");
    Cli r = Cli.run("eval", "rank", "--trialgpt", kit.toString(), "--notes", notes.toString(), "--patients", notes.toString(),
        "--gold", gold.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.out().contains("criterion level, TrialGPT expert labels on SIGIR 2016 patients: 3 rows, 1 patients run as one note each\n"), r.out());
    assertTrue(r.out().contains("\n  eligo                                  3 of    3  100.0%\n"), r.out());
    assertTrue(r.out().contains("\n  TrialGPT GPT-4 (gpt4_eligibility)      2 of    3   66.7%\n"), r.out());
    assertTrue(r.out().contains("\n  not included                        0            1            0            0      1\n"), r.out());
    assertTrue(r.err().contains("eligo: rejected " + kit.resolve("patients.jsonl") + ":2: not valid JSON"), r.err());
    assertTrue(r.err().contains("criterion-annotations.json:4 field 'patient_id': patient p9 is not in patients.jsonl;"), r.err());
    assertFalse(r.err().contains("hypertension"), "patient text must not reach stderr");
  }

  @Test
  void annotationsThatAreNotJsonFailWithFileAndLine() throws Exception {
    Path kit = Files.createDirectory(dir.resolve("kit"));
    Files.writeString(kit.resolve("patients.jsonl"), "");
    Files.writeString(kit.resolve("criterion-annotations.json"), "[\n{\"patient_id\": }\n]\n");
    Path notes = Files.writeString(dir.resolve("notes.jsonl"), "");
    Path gold = Files.writeString(dir.resolve("status.tsv"), "trialId\tpatientId\tstatus\n");
    Cli r = Cli.run("eval", "rank", "--trialgpt", kit.toString(), "--notes", notes.toString(), "--gold", gold.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("eligo: error: " + kit.resolve("criterion-annotations.json") + ":2: not valid JSON at column 16\n"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aMissingBenchmarkFolderOrNotesFileIsNamed() {
    Cli r = Cli.run("eval", "rank", "--trialgpt", "no/such/folder");
    assertEquals(1, r.code());
    assertEquals("eligo: benchmark folder not found: no/such/folder (--no-trialgpt reports the ranking only)\n", r.err());
    Cli notes = Cli.run("eval", "rank", "--no-trialgpt", "--notes", dir.resolve("nope.jsonl").toString());
    assertEquals(3, notes.code());
    assertTrue(notes.err().contains("nope.jsonl: file not found"), notes.err());
  }

  @Test
  void agreesWithTheExpertsOnAllRowsOfTheTrialGptAnnotationsBesideGpt4() {
    assumeTrue(Files.isDirectory(TRIALGPT), "../shared/benchmarks/trialgpt-sigir is absent: the TrialGPT criterion-level run is skipped");
    Cli r = Cli.run("eval", "rank", "--trialgpt", TRIALGPT.toString());
    assertEquals(3, r.code(), "one row lacks criterion_text and one patient lacks text: reported, counted as not enough information");
    assertTrue(r.out().contains("criterion level, TrialGPT expert labels on SIGIR 2016 patients: 1015 rows, 52 patients run as one note each\n"), r.out());
    assertTrue(r.out().contains("\n  TrialGPT GPT-4 (gpt4_eligibility)    886 of 1015   87.3%\n"), r.out());
  }
}
