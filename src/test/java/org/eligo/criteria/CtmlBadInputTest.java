package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eligo.core.Problem;
import org.eligo.core.Problems;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken CTML files are reported with file and field; the other trials are still read. */
class CtmlBadInputTest {
  private static final Trials TRIALS = new Trials(Lexicons.load());

  @TempDir
  Path dir;

  private static final String GOOD = """
      nct_id: NCT00000009
      treatment_list: {step: [{match: [{clinical: {age_numerical: '>=18'}}]}]}
      """;

  /** The trials of the folder, after adding a good file ("a-good.yaml", so read first). */
  private List<Trial> read(Problems problems) throws IOException {
    Files.writeString(dir.resolve("a-good.yaml"), GOOD);
    return TRIALS.read(dir, problems);
  }

  @Test
  void malformedYamlIsRejectedWithItsLineAndTheOtherTrialsAreRead() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "nct_id: NCT00000003\ntreatment_list: [unclosed\n");
    Problems problems = new Problems();
    List<Trial> trials = read(problems);
    assertEquals(List.of("NCT00000009"), trials.stream().map(Trial::id).toList());
    Problem p = problems.list().get(0);
    assertEquals(List.of(bad.toString(), 2L, "malformed CTML: while parsing a flow sequence; expected ',' or ']', but got <stream end>"),
        List.of(p.file(), p.line(), p.reason()));
    assertEquals(1, problems.list().size());
  }

  @Test
  void aFileWithoutNctIdIsSkipped() throws IOException {
    Path bad = Files.writeString(dir.resolve("no-id.ctml.json"), "{\"protocol_no\": \"00-001\"}");
    Problems problems = new Problems();
    List<Trial> trials = read(problems);
    assertEquals(List.of("NCT00000009"), trials.stream().map(Trial::id).toList());
    assertEquals(List.of(new Problem(bad.toString(), 0, "nct_id", "missing; trial skipped")), problems.list());
  }

  @Test
  void aMalformedNodeNamesItsFieldAndLeavesItsCriterionNotComputable() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad-age.yml"), """
        nct_id: NCT00000004
        treatment_list:
          step:
          - match:
            - and:
              - clinical: {age_numerical: eighteen}
              - genomic: {hugo_symbol: KRAS, protein_change: p.G12C}
        """);
    Problems problems = new Problems();
    List<Trial> trials = read(problems);
    assertEquals(List.of(new Problem(bad.toString(), 0, "treatment_list.step[0].match[0].and[0].clinical.age_numerical",
        "NCT00000004: M1: expected a comparison such as '>=18', got 'eighteen'")), problems.list());
    Trial t = trials.get(1);
    assertEquals("not computable: expected a comparison such as '>=18', got 'eighteen'", t.criteria().get(0).reason());
    assertEquals(new Predicate.Variant("KRAS", java.util.Set.of("G12C")), t.criteria().get(1).predicate());
  }

  @Test
  void anUnknownKeyIsNoErrorButACriterionNotComputable() throws IOException {
    Files.writeString(dir.resolve("unknown.yaml"), """
        nct_id: NCT00000005
        treatment_list: {step: [{match: [{genomic: {hugo_symbol: POLE, pole_signature: 'Yes'}}]}]}
        """);
    Problems problems = new Problems();
    Trial t = read(problems).get(1);
    assertEquals(List.of(), problems.list());
    assertEquals("not computable: CTML key 'pole_signature' has no eligo predicate", t.criteria().get(0).reason());
  }

  @Test
  void aBrokenEligoCriteriaEntryIsReportedAndTheTrialKept() throws IOException {
    Path bad = Files.writeString(dir.resolve("kept.yaml"), """
        nct_id: NCT00000006
        eligo_criteria:
        - {id: I1, kind: INCLUSION, text: ECOG 0-1, predicate: {type: PerformanceStatus, scale: ECOG, min: 0, max: 1}}
        - {id: I2, kind: INCLUSION, text: Something, predicate: {type: Telepathy}}
        - {kind: EXCLUSION, text: no id}
        """);
    Problems problems = new Problems();
    Trial t = read(problems).get(1);
    assertEquals(List.of(
            new Problem(bad.toString(), 0, "eligo_criteria[1].predicate.type", "NCT00000006: I2: unknown predicate type 'Telepathy'"),
            new Problem(bad.toString(), 0, "eligo_criteria[2].id", "NCT00000006: missing; criterion skipped")),
        problems.list());
    assertEquals(List.of(
            Criterion.computable("I1", Criterion.Kind.INCLUSION, "ECOG 0-1", new Predicate.PerformanceStatus("ECOG", 0, 1)),
            Criterion.notComputable("I2", Criterion.Kind.INCLUSION, "Something", "OTHER", "not computable: unknown predicate type 'Telepathy'")),
        t.criteria());
  }
}
