package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eligo.core.Problem;
import org.eligo.core.Problems;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialReaderTest {
  private static final Trials TRIALS = new Trials(Lexicons.load());

  @TempDir
  Path dir;

  private static String study(String nctId, String eligibility) {
    return """
        {"protocolSection": {
          "identificationModule": {"nctId": "%s", "briefTitle": "A study of %s"},
          "conditionsModule": {"conditions": ["Non-Small Cell Lung Cancer"]},
          "eligibilityModule": {%s}
        }, "hasResults": false}
        """.formatted(nctId, nctId, eligibility);
  }

  private static final String CRITERIA =
      "\"eligibilityCriteria\": \"Inclusion Criteria:\\n\\n* ECOG 0-1\\n\\nExclusion Criteria:\\n\\n* Active brain metastases\","
          + " \"sex\": \"ALL\", \"minimumAge\": \"18 Years\", \"maximumAge\": \"N/A\"";

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  @Test
  void readsAStudyFileWithStructuredCriteriaFirst() throws IOException {
    Path file = write("NCT00000001.json", study("NCT00000001", CRITERIA));
    Problems problems = new Problems();
    List<Trial> trials = TRIALS.read(file, problems);
    assertEquals(List.of(), problems.list());
    assertEquals(1, trials.size());
    Trial t = trials.get(0);
    assertEquals("NCT00000001", t.id());
    assertEquals("A study of NCT00000001", t.title());
    assertEquals(List.of("Non-Small Cell Lung Cancer"), t.conditions());
    assertEquals(file.toString(), t.source());
    assertEquals(List.of(
        Criterion.computable("S-AGE", Criterion.Kind.INCLUSION, "Age 18 Years or older (structured eligibility field)",
            new Predicate.Age(18, null)),
        Criterion.computable("I1", Criterion.Kind.INCLUSION, "ECOG 0-1", new Predicate.PerformanceStatus("ECOG", 0, 1)),
        Criterion.computable("E1", Criterion.Kind.EXCLUSION, "Active brain metastases",
            new Predicate.Metastasis("brain", java.util.Set.of("ACTIVE")))),
        t.criteria());
  }

  @Test
  void readsStructuredSexAndAgeRangeInMonths() throws IOException {
    Path file = write("a.json", study("NCT00000002",
        "\"eligibilityCriteria\": \"* ECOG 0-1\", \"sex\": \"FEMALE\", \"minimumAge\": \"6 Months\", \"maximumAge\": \"75 Years\""));
    Trial t = TRIALS.read(file, new Problems()).get(0);
    assertEquals(new Predicate.Age(0, 75), t.criteria().get(0).predicate());
    assertEquals("Age 6 Months to 75 Years (structured eligibility field)", t.criteria().get(0).text());
    assertEquals("S-SEX", t.criteria().get(1).id());
    assertEquals(new Predicate.Sex("female"), t.criteria().get(1).predicate());
    assertEquals("I1", t.criteria().get(2).id());
  }

  @Test
  void readsEveryStudyOfAnApiPage() throws IOException {
    Path file = write("page.json", "{\"studies\": [" + study("NCT00000011", CRITERIA) + ","
        + study("NCT00000012", CRITERIA) + "], \"nextPageToken\": \"abc\"}");
    Problems problems = new Problems();
    List<Trial> trials = TRIALS.read(file, problems);
    assertEquals(List.of("NCT00000011", "NCT00000012"), trials.stream().map(Trial::id).toList());
    assertTrue(problems.isEmpty());
  }

  @Test
  void readsADirectoryInFileNameOrderIgnoringOtherFiles() throws IOException {
    write("b.json", study("NCT00000022", CRITERIA));
    write("a.json", study("NCT00000021", CRITERIA));
    write("notes.txt", "not a trial");
    List<Trial> trials = TRIALS.read(dir, new Problems());
    assertEquals(List.of("NCT00000021", "NCT00000022"), trials.stream().map(Trial::id).toList());
  }

  @Test
  void reportsMalformedJsonWithFileAndLineAndReadsTheOtherFiles() throws IOException {
    Path bad = write("a.json", "{\"protocolSection\": {\n  \"identificationModule\": {\"nctId\": \"NCT1\",}\n}}\n");
    write("b.json", study("NCT00000031", CRITERIA));
    Problems problems = new Problems();
    List<Trial> trials = TRIALS.read(dir, problems);
    assertEquals(List.of("NCT00000031"), trials.stream().map(Trial::id).toList());
    assertEquals(1, problems.list().size());
    Problem p = problems.list().get(0);
    assertEquals(bad.toString(), p.file());
    assertEquals(2, p.line());
    assertTrue(p.reason().startsWith("malformed JSON: "), p.reason());
  }

  @Test
  void keepsAStudyWithoutCriteriaTextWithItsStructuredCriteriaAndNamesTheField() throws IOException {
    Path file = write("a.json", study("NCT00000041", "\"sex\": \"MALE\", \"minimumAge\": \"18 Years\""));
    Problems problems = new Problems();
    List<Trial> trials = TRIALS.read(file, problems);
    assertEquals(List.of("S-AGE", "S-SEX"), trials.get(0).criteria().stream().map(Criterion::id).toList());
    assertEquals(List.of(new Problem(file.toString(), 1, "protocolSection.eligibilityModule.eligibilityCriteria",
        "NCT00000041: missing; trial kept with its 2 structured criteria only")), problems.list());
  }

  @Test
  void skipsAStudyWithNoCriteriaAtAll() throws IOException {
    Path file = write("a.json", study("NCT00000042", "\"sex\": \"ALL\", \"eligibilityCriteria\": \"  \""));
    Problems problems = new Problems();
    assertEquals(List.of(), TRIALS.read(file, problems));
    assertEquals(List.of(new Problem(file.toString(), 1, "protocolSection.eligibilityModule.eligibilityCriteria",
        "NCT00000042: missing and no structured age or sex limit; trial skipped")), problems.list());
  }

  @Test
  void skipsAStudyWithoutNctIdAndReadsTheNextOne() throws IOException {
    String noId = study("NCT00000051", CRITERIA).replace("\"nctId\": \"NCT00000051\", ", "");
    Path file = write("page.json", "{\"studies\": [\n" + noId + ",\n" + study("NCT00000052", CRITERIA) + "]}");
    Problems problems = new Problems();
    List<Trial> trials = TRIALS.read(file, problems);
    assertEquals(List.of("NCT00000052"), trials.stream().map(Trial::id).toList());
    assertEquals(List.of(new Problem(file.toString(), 2, "protocolSection.identificationModule.nctId", "missing; study skipped")),
        problems.list());
  }

  @Test
  void dropsAnUnreadableAgeAndSaysWhich() throws IOException {
    Path file = write("a.json", study("NCT00000061",
        "\"eligibilityCriteria\": \"* ECOG 0-1\", \"minimumAge\": \"eighteen\", \"maximumAge\": \"65 Years\""));
    Problems problems = new Problems();
    Trial t = TRIALS.read(file, problems).get(0);
    assertEquals(new Predicate.Age(null, 65), t.criteria().get(0).predicate());
    assertEquals(List.of(new Problem(file.toString(), 1, "protocolSection.eligibilityModule.minimumAge",
        "NCT00000061: cannot read age 'eighteen'; limit ignored")), problems.list());
  }

  @Test
  void skipsAStudyReadTwice() throws IOException {
    write("a.json", study("NCT00000071", CRITERIA));
    Path second = write("b.json", study("NCT00000071", CRITERIA));
    Problems problems = new Problems();
    assertEquals(1, TRIALS.read(dir, problems).size());
    assertEquals(second.toString(), problems.list().get(0).file());
    assertTrue(problems.list().get(0).reason().startsWith("NCT00000071 was already read from "));
  }

  @Test
  void reportsAMissingFile() {
    Path missing = dir.resolve("nope.json");
    Problems problems = new Problems();
    assertEquals(List.of(), TRIALS.read(missing, problems));
    assertEquals(List.of(new Problem(missing.toString(), 0, null, "no such file or directory")), problems.list());
  }

  @Test
  void reportsAnEmptyDirectory() {
    Problems problems = new Problems();
    assertEquals(List.of(), TRIALS.read(dir, problems));
    assertEquals(List.of(new Problem(dir.toString(), 0, null, "directory holds no .json files")), problems.list());
  }

  @Test
  void reportsJsonThatIsNotAStudy() throws IOException {
    Path file = write("a.json", "{\"hello\": 1}");
    Problems problems = new Problems();
    assertEquals(List.of(), TRIALS.read(file, problems));
    assertEquals("protocolSection", problems.list().get(0).field());
  }

  @Test
  void parsesACriteriaTextThroughTheFacade() {
    List<Criterion> criteria = TRIALS.criteria("Inclusion Criteria:\n- KRAS G12C mutation\nExclusion Criteria:\n- Prior KRAS G12C inhibitor");
    assertEquals(List.of(new Predicate.Variant("KRAS", java.util.Set.of("G12C")),
        new Predicate.PriorTherapy(null, java.util.Set.of("KRAS G12C inhibitor"), null, null)),
        criteria.stream().map(Criterion::predicate).toList());
  }

  // ---- parse cache and determinism

  @Test
  void parsesEveryBundledTrialTheSameWayTwice() {
    Path bundled = Path.of("criteria");
    List<Trial> first = new Trials(Lexicons.load()).read(bundled, new Problems());
    List<Trial> second = new Trials(Lexicons.load()).read(bundled, new Problems());
    assertEquals(24, first.size());
    assertEquals(first, second);
  }

  @Test
  void printsSetsOfAPredicateInTheSameOrderWhateverTheirInsertionOrder() {
    Predicate a = new Predicate.PriorTherapy(new java.util.LinkedHashSet<>(List.of("pemetrexed", "carboplatin")),
        new java.util.LinkedHashSet<>(List.of("immune checkpoint inhibitor", "chemotherapy")), null, null);
    assertEquals("PriorTherapy[drugs=[carboplatin, pemetrexed], classes=[chemotherapy, immune checkpoint inhibitor], "
        + "minLines=null, maxLines=null, advancedOnly=false]", a.toString());
  }

  @Test
  void reusesTheParseOfACriteriaTextAlreadyRead() throws IOException {
    Path file = write("a.json", study("NCT00000001", CRITERIA));
    Trials trials = new Trials(Lexicons.load());
    Trial first = trials.read(file, new Problems()).get(0);
    Trial again = trials.read(file, new Problems()).get(0);
    assertEquals(first, again);
    assertSame(first.criteria().get(1), again.criteria().get(1));
  }

  // ---- bad input: a clear result, never an exception

  private List<Criterion> textCriteria(String eligibility) throws IOException {
    String json = study("NCT00000009", "\"eligibilityCriteria\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(eligibility));
    Problems problems = new Problems();
    List<Trial> trials = TRIALS.read(write("bad.json", json), problems);
    return trials.isEmpty() ? List.of() : trials.get(0).criteria();
  }

  @Test
  void skipsAnEmptyCriteriaTextAndSaysWhy() throws IOException {
    Path file = write("a.json", study("NCT00000002", "\"eligibilityCriteria\": \"  \\n\\n \""));
    Problems problems = new Problems();
    assertEquals(List.of(), TRIALS.read(file, problems));
    assertEquals("NCT00000002: missing and no structured age or sex limit; trial skipped", problems.list().get(0).reason());
  }

  @Test
  void readsAnHtmlFragmentAsTheListItShows() throws IOException {
    List<Criterion> criteria = textCriteria("<p><b>Inclusion Criteria:</b></p><ul><li>Age &gt;= 18 years</li><li>ECOG 0-1</li></ul>"
        + "<p>Exclusion Criteria:</p><ul><li>Active brain metastases</li></ul>");
    assertEquals(List.of("I1", "I2", "E1"), criteria.stream().map(Criterion::id).toList());
    assertEquals(new Predicate.Age(18, null), criteria.get(0).predicate());
    assertEquals(new Predicate.PerformanceStatus("ECOG", 0, 1), criteria.get(1).predicate());
  }

  @Test
  void leavesNonEnglishCriteriaNotComputableWithAReason() throws IOException {
    List<Criterion> criteria = textCriteria("Critères d'inclusion :\n- Être âgé de plus de dix-huit ans\n- Consentement écrit signé\n"
        + "Критерии исключения:\n- Беременность");
    assertEquals(3, criteria.size());
    for (Criterion c : criteria) {
      assertFalse(c.computable(), c::toString);
      assertEquals("not yet computable: no criterion concept recognised", c.reason());
    }
  }

  @Test
  void parsesA50KilobyteCriteriaBlockWithinSeconds() throws IOException {
    StringBuilder text = new StringBuilder("Inclusion Criteria:\n");
    while (text.length() < 50_000) {
      text.append("- Histologically confirmed stage IV NSCLC with ECOG 0-1 and no prior EGFR TKI; adequate organ function\n");
    }
    long start = System.nanoTime();
    List<Criterion> criteria = textCriteria(text.toString());
    assertTrue(System.nanoTime() - start < 20_000_000_000L, "took more than 20 s");
    assertEquals(text.toString().split("\n").length - 1, criteria.size());
    assertTrue(criteria.stream().allMatch(c -> c.computable() || c.reason() != null));
  }

  @Test
  void parsesA50KilobyteParagraphWithoutLineBreaksAsOneCriterion() throws IOException {
    String paragraph = "Patients with stage IV NSCLC and ECOG 0-1 are eligible unless they had prior chemotherapy. ".repeat(560);
    long start = System.nanoTime();
    List<Criterion> criteria = textCriteria(paragraph);
    assertTrue(System.nanoTime() - start < 20_000_000_000L, "took more than 20 s");
    assertEquals(1, criteria.size());
    assertFalse(criteria.get(0).computable());
    assertEquals("not computable: " + paragraph.strip().length() + " characters are too long for one criterion (at most 2000); split the text into items",
        criteria.get(0).reason());
  }

  @Test
  void readsCriteriaWithoutHeadersAsInclusions() throws IOException {
    List<Criterion> criteria = textCriteria("1. Age 18 years or older\n2. ECOG 0-1");
    assertEquals(List.of("I1", "I2"), criteria.stream().map(Criterion::id).toList());
    assertEquals(new Predicate.Age(18, null), criteria.get(0).predicate());
  }
}
