package org.eligo.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eligo.core.Note;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.CriterionParser;
import org.eligo.criteria.Predicate;
import org.eligo.criteria.Trial;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.PatientPipeline;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Scorer;
import org.junit.jupiter.api.Test;

class LabEvaluationTest {
  private static final Lexicons LEX = Lexicons.load();
  private static final PatientPipeline PIPELINE = new PatientPipeline(LEX);
  private static final Evaluator EVALUATOR = new Evaluator(LEX.cancers());
  private static final CriterionParser PARSER = new CriterionParser(LEX);

  private static PatientRecord patient(String... datedTexts) {
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < datedTexts.length; i += 2) {
      notes.add(new Note("P1", "P1-N" + (i / 2 + 1), LocalDate.parse(datedTexts[i]), "progress", datedTexts[i + 1]));
    }
    return PIPELINE.build(notes, Map.of(), new ArrayList<>()).get(0);
  }

  private static CriterionResult eval(Kind kind, String criterion, PatientRecord r) {
    Criterion c = PARSER.parse(kind == Kind.INCLUSION ? "I1" : "E1", kind, criterion);
    return EVALUATOR.evaluate(c, r);
  }

  @Test
  void theNewestResultDecidesWithItsEvidence() {
    PatientRecord p = patient("2025-01-01", "Labs: ANC 0.9, Plt 210.", "2025-02-01", "Labs: ANC 2.0, Plt 90.");
    CriterionResult anc = eval(Kind.INCLUSION, "ANC ≥ 1.5 × 10^9/L", p);
    assertEquals(Verdict.MET, anc.result());
    assertEquals("ANC 2 10^9/L on 2025-02-01 (required ≥ 1.5 10^9/L)", anc.reason());
    assertEquals("ANC 2.0", anc.evidence().get(0).text());
    CriterionResult platelets = eval(Kind.INCLUSION, "platelets ≥ 100,000/µL", p);
    assertEquals(Verdict.NOT_MET, platelets.result());
    assertEquals("platelets 90 10^9/L on 2025-02-01 (required ≥ 100 10^9/L)", platelets.reason());
  }

  @Test
  void aMissingLabIsACheapUnknownAlsoForAnExclusion() {
    PatientRecord p = patient("2025-01-01", "Stage IV NSCLC. ECOG 1.");
    CriterionResult in = eval(Kind.INCLUSION, "ANC ≥ 1.5 × 10^9/L", p);
    assertEquals(Verdict.UNKNOWN, in.result());
    assertEquals("ANC not reported (required ≥ 1.5 10^9/L)", in.reason());
    CriterionResult ex = eval(Kind.EXCLUSION, "ANC < 1.5 × 10^9/L", p);
    assertEquals(Verdict.UNKNOWN, ex.result());
    assertFalse(ex.assumed());
    Criterion c = PARSER.parse("I1", Kind.INCLUSION, "ANC ≥ 1.5 × 10^9/L");
    Eligibility e = EVALUATOR.evaluate(new Trial("T1", "t", List.of(), List.of(c), "test"), p);
    assertEquals(1.0, Scorer.unknownCost(e));
  }

  @Test
  void anExclusionPhrasedAsALabIsMetByAnAbnormalValue() {
    PatientRecord p = patient("2025-01-01", "Labs: ANC 1.2.");
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, "ANC < 1.5 × 10^9/L", p).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, "ANC < 1.0 × 10^9/L", p).result());
  }

  @Test
  void aUlnMultipleUsesTheStatedUlnElseTheLexiconDefault() {
    CriterionResult stated = eval(Kind.INCLUSION, "creatinine ≤ 1.5 × ULN", patient("2025-01-01", "Cr 1.4 (ULN 0.9)."));
    assertEquals(Verdict.NOT_MET, stated.result());
    assertEquals("creatinine 1.4 mg/dL = 1.56 × ULN 0.9 on 2025-01-01 (required ≤ 1.5 × ULN)", stated.reason());
    CriterionResult byDefault = eval(Kind.INCLUSION, "creatinine ≤ 1.5 × ULN", patient("2025-01-01", "Cr 1.4."));
    assertEquals(Verdict.MET, byDefault.result());
    assertEquals("creatinine 1.4 mg/dL = 1.17 × ULN 1.2 (default) on 2025-01-01 (required ≤ 1.5 × ULN)", byDefault.reason());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, "AST ≤ 2.5 × ULN", patient("2025-01-01", "AST 100 U/L.")).result());
  }

  @Test
  void creatinineOrClearanceIsMetByEither() {
    String criterion = "creatinine ≤ 1.5 × ULN or creatinine clearance ≥ 50 mL/min (Cockcroft-Gault)";
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "Cr 2.4. CrCl 55 mL/min.")).result());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "Cr 1.0.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "Cr 2.4. CrCl 35 mL/min.")).result());
  }

  @Test
  void theRelaxedLimitHoldsOnlyWithLiverMetastases() {
    String criterion = "AST and ALT ≤ 2.5 × ULN, or ≤ 5 × ULN with liver metastases";
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "AST 150 U/L, ALT 60 U/L. Liver metastases on CT.")).result());
    CriterionResult unknown = eval(Kind.INCLUSION, criterion, patient("2025-01-01", "AST 150 U/L, ALT 60 U/L."));
    assertEquals(Verdict.UNKNOWN, unknown.result());
    assertEquals("no mention of liver metastases in 1 note", unknown.reason());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "AST 250 U/L, ALT 60 U/L. Liver metastases on CT.")).result());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "AST 30 U/L, ALT 20 U/L.")).result());
  }

  @Test
  void aLimitOnTheBoundaryHoldsDespiteConversionRounding() {
    PatientRecord p = patient("2025-01-01", "Creatinine 133 umol/L. Total bilirubin 1.8 (ULN 1.2).");
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, "Serum creatinine ≤ 133 µmol/L", p).result());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, "total bilirubin ≤ 1.5 × ULN", p).result());
    assertEquals(Verdict.NOT_MET, EVALUATOR.evaluate(Criterion.computable("E1", Kind.EXCLUSION, "t",
        new Predicate.Lab("bilirubin", ">", 1.5, Predicate.Lab.TIMES_ULN, 1.2)), p).result());
  }

  @Test
  void anLlnLimitComparesWithTheLexiconsDefaultLln() {
    String criterion = "serum magnesium at or above the lower limit of normal";
    CriterionResult low = eval(Kind.INCLUSION, criterion, patient("2025-01-01", "Labs: magnesium 1.5 mg/dL."));
    assertEquals(Verdict.NOT_MET, low.result());
    assertEquals("magnesium 1.5 mg/dL = 0.88 × LLN 1.7 (default) on 2025-01-01 (required ≥ 1 × LLN)", low.reason());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "Labs: magnesium 0.8 mmol/L.")).result(),
        "0.8 mmol/L = 1.945 mg/dL");
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, criterion, patient("2025-01-01", "Stage IV colon cancer.")).result());
  }

  @Test
  void anLlnLimitWithoutADefaultLlnIsUnknownWhateverTheValue() {
    CriterionResult r = eval(Kind.INCLUSION, "Creatinine ≥ LLN", patient("2025-01-01", "Labs: creatinine 1.0 mg/dL."));
    assertEquals(Verdict.UNKNOWN, r.result());
    assertEquals("creatinine: no lower limit of normal known (required ≥ 1 × LLN)", r.reason());
  }
}
