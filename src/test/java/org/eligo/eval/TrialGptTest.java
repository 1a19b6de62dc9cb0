package org.eligo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eligo.core.Problems;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Predicate;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialGptTest {
  @TempDir Path dir;

  private static final Criterion.Kind IN = Criterion.Kind.INCLUSION;
  private static final Criterion.Kind EX = Criterion.Kind.EXCLUSION;

  @Test
  void verdictsMapToTheTrialGptLabelsOfTheirKind() {
    assertEquals("included", TrialGptLabels.label(IN, Verdict.MET));
    assertEquals("not included", TrialGptLabels.label(IN, Verdict.NOT_MET));
    assertEquals("not enough information", TrialGptLabels.label(IN, Verdict.UNKNOWN));
    assertEquals("not enough information", TrialGptLabels.label(IN, Verdict.DEFERRED));
    assertEquals("excluded", TrialGptLabels.label(EX, Verdict.MET));
    assertEquals("not excluded", TrialGptLabels.label(EX, Verdict.NOT_MET));
    assertEquals("not enough information", TrialGptLabels.label(EX, Verdict.UNKNOWN));
    assertEquals("not enough information", TrialGptLabels.label(EX, Verdict.DEFERRED));
  }

  @Test
  void theBreakdownSaysWhetherAVerdictWasReadAssumedOrNotComputable() {
    Criterion diabetes = Criterion.computable("E1", EX, "Diabetes", new Predicate.Condition("diabetes"));
    assertEquals("NOT_MET, assumed absent (no mention)",
        TrialGptLabels.source(new CriterionResult(diabetes, Verdict.NOT_MET, "no mention", List.of(), true)));
    assertEquals("NOT_MET", TrialGptLabels.source(new CriterionResult(diabetes, Verdict.NOT_MET, "denies", List.of(), false)));
    Criterion gap = Criterion.notComputable("I1", IN, "Stable angina", "CONDITION", "no rule");
    assertEquals("UNKNOWN, not computable", TrialGptLabels.source(new CriterionResult(gap, Verdict.UNKNOWN, "no rule", List.of(), false)));
    assertEquals(List.of("MET", "NOT_MET", "NOT_MET, assumed absent (no mention)", "UNKNOWN", "DEFERRED", "UNKNOWN, not computable",
        "no input (row rejected)"), TrialGptLabels.sources(EX));
    assertEquals(List.of("MET", "NOT_MET", "UNKNOWN", "DEFERRED", "UNKNOWN, not computable",
        "NOT_MET, required part of a not computable criterion", "no input (row rejected)"), TrialGptLabels.sources(IN));
  }

  @Test
  void confusionCountsAgreementPerKind() {
    TrialGptLabels t = new TrialGptLabels();
    t.add(IN, "included", "included");
    t.add(IN, "included", "not enough information");
    t.add(EX, "not applicable", "not excluded");
    t.add(EX, "not excluded", "not excluded");
    assertEquals(4, t.rows());
    assertEquals(2, t.agreed());
    assertEquals(0.5, t.accuracy(), 1e-12);
    assertEquals(1, t.count(IN, "included", "not enough information"));
    assertEquals(0, t.count(EX, "included", "not enough information"));
    assertEquals(1, t.count(EX, "not applicable", "not excluded"));
  }

  @Test
  void rowsAreReadWithTheirLineAndBadRowsAreNamedWithFileLineAndField() throws Exception {
    Path f = Files.writeString(dir.resolve("a.json"), "[\n"
        + "{\"patient_id\":\"p1\",\"trial_id\":\"NCT1\",\"criterion_type\":\"inclusion\",\"criterion_text\":\"Age > 18\","
        + "\"expert_eligibility\":\"included\",\"gpt4_eligibility\":\"not included\"},\n"
        + "{\"patient_id\":\"p1\",\"trial_id\":\"NCT1\",\"criterion_type\":\"exclusion\",\"criterion_text\":\"Pregnancy\","
        + "\"expert_eligibility\":\"included\",\"gpt4_eligibility\":\"not excluded\"},\n"
        + "{\"patient_id\":\"p1\",\"trial_id\":\"NCT1\",\"criterion_type\":\"exclusion\",\"criterion_text\":null,"
        + "\"expert_eligibility\":\"not excluded\",\"gpt4_eligibility\":\"not excluded\"},\n"
        + "{\"trial_id\":\"NCT1\"}\n]\n");
    Problems problems = new Problems();
    List<TrialGptRows.Row> rows = TrialGptRows.rows(f, problems);
    assertEquals(List.of(new TrialGptRows.Row(2, "p1", "NCT1", IN, "Age > 18", "included", "not included"),
        new TrialGptRows.Row(4, "p1", "NCT1", EX, null, "not excluded", "not excluded")), rows);
    assertEquals(List.of(
        f + ":3 field 'expert_eligibility': not a label of an exclusion criterion: 'included'",
        f + ":4 field 'criterion_text': missing or blank; the row counts as eligo 'not enough information'",
        f + ":5 field 'patient_id': required field is missing"), problems.list().stream().map(Object::toString).toList());
  }

  @Test
  void aFileThatIsNotJsonOrIsMissingFailsWithFileAndLine() throws Exception {
    Path f = Files.writeString(dir.resolve("b.json"), "[\n{\"patient_id\":\"p1\",\n\"trial_id\" \"NCT1\"}\n]\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrialGptRows.rows(f, new Problems()));
    assertEquals(f + ":3: not valid JSON at column 12", e.getMessage());
    Path missing = dir.resolve("none.json");
    assertEquals(missing + ": file not found",
        assertThrows(IllegalArgumentException.class, () -> TrialGptRows.rows(missing, new Problems())).getMessage());
  }

  @Test
  void patientsAreReadByIdAndAMalformedLineIsNamed() throws Exception {
    Path f = Files.writeString(dir.resolve("patients.jsonl"), "{\"_id\":\"p1\",\"text\":\"A 58-year-old woman.\"}\n{\"_id\":\n{\"text\":\"x\"}\n");
    Problems problems = new Problems();
    Map<String, String> patients = TrialGptRows.patients(f, problems);
    assertEquals(Map.of("p1", "A 58-year-old woman."), patients);
    assertEquals(List.of(f + ":2: not valid JSON at column 8", f + ":3 field '_id': required field is missing"),
        problems.list().stream().map(Object::toString).toList());
    assertNull(patients.get("p2"));
  }
}
