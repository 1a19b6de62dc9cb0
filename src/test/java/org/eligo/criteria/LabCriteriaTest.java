package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate.AllOf;
import org.eligo.criteria.Predicate.AnyOf;
import org.eligo.criteria.Predicate.Lab;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class LabCriteriaTest {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());
  private static final Predicate LIVER_METS = new Predicate.Metastasis("liver", Set.of("ACTIVE", "TREATED_STABLE"));
  private static final Predicate GILBERT = new Predicate.Condition("Gilbert syndrome");

  private static Criterion parse(Kind kind, String text) {
    return PARSER.parse(kind == Kind.INCLUSION ? "I1" : "E1", kind, text);
  }

  private static Predicate in(String text) {
    Criterion c = parse(Kind.INCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate ex(String text) {
    Criterion c = parse(Kind.EXCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Lab lab(String analyte, String comparison, double limit, String unit) {
    return new Lab(analyte, comparison, limit, unit, null);
  }

  private static Lab uln(String analyte, String comparison, double multiple, double defaultNormal) {
    return new Lab(analyte, comparison, multiple, Lab.TIMES_ULN, defaultNormal);
  }

  @Test
  void readsNeutrophilCountsInEveryCountNotationAs10To9PerLitre() {
    Lab anc = lab("ANC", "≥", 1.5, "10^9/L");
    for (String text : List.of("ANC ≥ 1.5 × 10^9/L", "absolute neutrophil count >= 1,500/mm3", "ANC ≥ 1500 cells/µL",
        "Absolute neutrophil count (ANC) ≥ 1.5 x10⁹/L", "ANC ≥ 1,5 G/L", "Neutrophils ≥ 1.5 × 10^3/µL",
        "Neutrophil count at least 1500 per mm³", "ANC ≥ 1.5 × 10^9/L (1500/mm3)")) {
      assertEquals(anc, in(text), text);
      assertEquals("LAB", parse(Kind.INCLUSION, text).category(), text);
    }
  }

  @Test
  void readsPlateletsPerMicrolitreAndInThousands() {
    Lab platelets = lab("platelets", "≥", 100, "10^9/L");
    for (String text : List.of("platelets ≥ 100,000/µL", "Platelet count ≥ 100 x 10³/µL", "platelets ≥ 100 K/uL",
        "Platelet count ≥ 100 × 10^9/L", "Platelet count 100 x 10^9/L or more")) {
      assertEquals(platelets, in(text), text);
    }
    assertEquals(lab("platelets", "<", 100, "10^9/L"), ex("Patients with a baseline platelet count of <100x109/L"));
  }

  @Test
  void convertsMassAndMolarUnitsToTheCanonicalUnit() {
    assertEquals(lab("hemoglobin", "≥", 9, "g/dL"), in("hemoglobin ≥ 9 g/dL (5.6 mmol/L)"));
    assertEquals(lab("hemoglobin", "≥", 9, "g/dL"), in("Hgb ≥ 90 g/L"));
    assertEquals(lab("hemoglobin", "≥", 9.024, "g/dL"), in("Hemoglobin ≥ 5.6 mmol/L"));
    assertEquals(lab("creatinine", "≤", 1.5, "mg/dL"), in("Serum creatinine ≤ 132.6 µmol/L"));
    assertEquals(lab("creatinine", ">", 1.244, "mg/dL"), ex("A serum creatinine concentration of > 110 μmol/L"));
    assertEquals(lab("bilirubin", "≤", 1.5, "mg/dL"), in("Total bilirubin ≤ 25.65 µmol/L"));
    assertEquals(lab("albumin", "≥", 3, "g/dL"), in("albumin ≥ 3 g/dL"));
    assertEquals(lab("albumin", "≥", 3, "g/dL"), in("Serum albumin ≥ 30 g/L"));
    assertEquals(lab("AST", "≤", 100, "U/L"), in("AST ≤ 100 IU/L"));
    assertEquals(lab("creatinine clearance", "≥", 60, "mL/min"), in("Creatinine clearance ≥ 60 mL/min/1.73 m2"));
  }

  @Test
  void readsUlnMultiplesWithTheLexiconDefault() {
    assertEquals(uln("bilirubin", "≤", 1.5, 1.2), in("total bilirubin ≤ 1.5 × ULN"));
    assertEquals(uln("AST", "≤", 2.5, 40), in("AST ≤ 2.5 times the institutional upper limit of normal"));
    assertEquals(uln("ALT", "≤", 1, 40), in("ALT ≤ ULN"));
  }

  @Test
  void readsABareNumberInTheUnitItsSizeImpliesAndSaysSo() {
    Criterion c = parse(Kind.INCLUSION, "ANC ≥ 1500");
    assertEquals(lab("ANC", "≥", 1.5, "10^9/L"), c.predicate());
    assertEquals("partly represented: no unit for ANC 1500: read as 1.5 10^9/L", c.reason());
  }

  @Test
  void creatinineOrClearanceIsEitherLimit() {
    Predicate either = new AnyOf(List.of(uln("creatinine", "≤", 1.5, 1.2), lab("creatinine clearance", "≥", 50, "mL/min")));
    assertEquals(either, in("creatinine ≤ 1.5 × ULN or creatinine clearance ≥ 50 mL/min (Cockcroft-Gault)"));
    assertEquals(new AnyOf(List.of(lab("creatinine", "≤", 1.5, "mg/dL"), lab("creatinine clearance", "≥", 60, "mL/min"))),
        in("Serum creatinine ≤ 1.5 mg/dL (or calculated creatinine clearance ≥ 60 mL/min)"));
  }

  @Test
  void aConditionalUlnLimitIsAnAlternativeWithItsCondition() {
    Predicate astAlt = new AnyOf(List.of(
        new AllOf(List.of(uln("AST", "≤", 2.5, 40), uln("ALT", "≤", 2.5, 40))),
        new AllOf(List.of(uln("AST", "≤", 5, 40), uln("ALT", "≤", 5, 40), LIVER_METS))));
    assertEquals(astAlt, in("AST and ALT ≤ 2.5 × ULN, or ≤ 5 × ULN with liver metastases"));
    assertEquals(astAlt, in("AST (SGOT)/ALT (SGPT) ≤ 2.5 × institutional upper limit of normal (≤ 5 × ULN if liver metastases are present)"));
    Predicate bilirubin = new AnyOf(List.of(uln("bilirubin", "≤", 1.5, 1.2),
        new AllOf(List.of(uln("bilirubin", "≤", 3, 1.2), GILBERT))));
    assertEquals(bilirubin, in("total bilirubin ≤ 1.5 × ULN (≤ 3 × ULN for Gilbert's syndrome)"));
    assertEquals(bilirubin, in("Bilirubin ≤ 1.5 × ULN; for patients with Gilbert's syndrome, ≤ 3 × ULN"));
    assertEquals(new AnyOf(List.of(uln("bilirubin", "≤", 1.5, 1.2), GILBERT)), in("Total bilirubin ≤ 1.5 x ULN unless Gilbert's syndrome"));
  }

  @Test
  void eachItemOfAnOrganFunctionListIsItsOwnLimit() {
    Predicate all = new AllOf(List.of(
        lab("ANC", "≥", 1.5, "10^9/L"),
        lab("platelets", "≥", 100, "10^9/L"),
        lab("hemoglobin", "≥", 9, "g/dL"),
        new AnyOf(List.of(lab("creatinine", "≤", 1.5, "mg/dL"), lab("creatinine clearance", "≥", 50, "mL/min"))),
        uln("bilirubin", "≤", 1.5, 1.2),
        uln("AST", "≤", 3, 40),
        uln("ALT", "≤", 3, 40)));
    assertEquals(all, in("Adequate organ function defined as: ANC ≥ 1.5 × 10^9/L; platelets ≥ 100 × 10^9/L; hemoglobin ≥ 9 g/dL; "
        + "serum creatinine ≤ 1.5 mg/dL or calculated creatinine clearance ≥ 50 mL/min; total bilirubin ≤ 1.5 × ULN; AST/ALT ≤ 3 × ULN"));
    assertEquals(new AllOf(List.of(lab("ANC", "≥", 1.5, "10^9/L"), lab("platelets", "≥", 100, "10^9/L"), lab("hemoglobin", "≥", 9, "g/dL"))),
        in("Adequate bone marrow function as defined by the following laboratory values: Absolute neutrophil count (ANC) ≥ 1,500/µL, "
            + "Platelet count ≥ 100 x 10³/µL, Hemoglobin (Hgb) ≥ 90 g/L"));
  }

  @Test
  void anExclusionStatesTheAbnormalValueAndAnyListedAbnormalityCounts() {
    assertEquals(lab("ANC", "<", 1.5, "10^9/L"), ex("ANC < 1.5"));
    assertEquals(new AnyOf(List.of(uln("AST", ">", 3, 40), uln("ALT", ">", 3, 40))), ex("AST/ALT > 3 × ULN"));
    assertEquals(new AnyOf(List.of(lab("ANC", "<", 1, "10^9/L"), lab("platelets", "<", 75, "10^9/L"), lab("hemoglobin", "<", 8, "g/dL"))),
        ex("Any of the following laboratory abnormalities: ANC < 1.0 × 10^9/L; platelets < 75 × 10^9/L; hemoglobin < 8 g/dL"));
  }

  @Test
  void aThresholdInAUnitThatDoesNotFitIsNotComputableWithTheReason() {
    Criterion c = parse(Kind.INCLUSION, "Hemoglobin ≥ 10 mg/dL");
    assertFalse(c.computable());
    assertEquals("LAB", c.category());
    assertEquals("not yet computable: hemoglobin limit in a unit not known for it ('mg/dl')", c.reason());
    assertEquals("not yet computable: ANC limit as a multiple of ULN, which has no default for ANC",
        parse(Kind.INCLUSION, "ANC ≥ 1.5 × ULN").reason());
    assertEquals("not yet computable: conditional limit on an abnormal value (liver metastases)",
        parse(Kind.EXCLUSION, "AST or ALT > 2.5 × ULN (> 5 × ULN with liver metastases)").reason());
  }

  @Test
  void malformedOrForeignLabTextNeverThrows() {
    for (String text : List.of("ANC ≥", "platelets ≥ 99999999999999999999999999 /µL", "creatinine ≤ 1.5.5.5 mg/dL", "ANC ≥ ,,, ×",
        "Hb ≥ ( 9", "AST ≤ 2.5 × ULN (≤ 5 × ULN with liver metastases", "hemoglobin ≥ 9 g/dL (", "bilirubin ≤ × ULN ≤")) {
      Criterion c = parse(Kind.INCLUSION, text);
      assertTrue(c.computable() || c.reason() != null, text);
    }
  }

  @Test
  void otherMeasurementsNamedAfterAnAnalyteAreNotThatAnalyte() {
    assertFalse(parse(Kind.INCLUSION, "Hemoglobin A1c ≤ 8%").computable());
    assertFalse(parse(Kind.EXCLUSION, "Direct bilirubin > 1.5 × ULN").computable());
  }

  @Test
  void readsEstimatedGfrLipaseAndAPancreaticCaption() {
    assertEquals(lab("eGFR", "≥", 30, "mL/min"), in("Estimated GFR ≥ 30 mL/min."));
    assertEquals(lab("eGFR", "≥", 45, "mL/min"), in("eGFR ≥ 45 mL/min/1.73 m2"));
    assertEquals(uln("lipase", "≤", 1.5, 60), in("Serum lipase ≤ 1.5 × ULN"));
    assertEquals(new Predicate.AllOf(List.of(lab("ANC", "≥", 1.5, "10^9/L"), uln("lipase", "≤", 1.5, 60))),
        in("Adequate bone marrow and pancreatic function, defined as: ANC ≥ 1.5 × 10^9/L; serum lipase ≤ 1.5 × ULN"));
  }

  @Test
  void readsALimitAgainstTheLowerLimitOfNormalWithTheLexiconsDefaultLln() {
    Lab magnesium = new Lab("magnesium", "≥", 1, Lab.TIMES_LLN, 1.7);
    for (String text : List.of("serum magnesium at or above the lower limit of normal", "Magnesium ≥ LLN",
        "magnesium >= 1 x LLN", "Serum magnesium ≥ institutional lower limit of normal")) {
      assertEquals(magnesium, in(text), text);
    }
    assertEquals(new Lab("hemoglobin", "≥", 1, Lab.TIMES_LLN, 12.0), in("Hemoglobin ≥ LLN"));
  }

  @Test
  void anLlnLimitOfAnAnalyteWithoutADefaultLlnStaysALabPredicate() {
    Criterion c = parse(Kind.INCLUSION, "Creatinine ≥ LLN");
    assertEquals(new Lab("creatinine", "≥", 1, Lab.TIMES_LLN, null), c.predicate());
    assertTrue(c.reason().contains("no default lower limit of normal for creatinine"), c.reason());
  }

  @Test
  void magnesiumInMillimolesPerLitreConvertsToMilligramsPerDecilitre() {
    assertEquals(lab("magnesium", "≥", 1.702, "mg/dL"), in("magnesium ≥ 0.7 mmol/L"));
    assertEquals(lab("magnesium", "≥", 1.5, "mg/dL"), in("magnesium ≥ 1.5 mg/dL"));
  }

  @Test
  void aLlnMultipleWithoutItsDefaultIsRejectedOnlyForTheUlnKind() {
    assertEquals(null, new Lab("creatinine", "≥", 1, Lab.TIMES_LLN, null).defaultNormal());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Lab("AST", "≤", 2, Lab.TIMES_ULN, null));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Lab("AST", "≤", 2, "U/L", 40.0));
  }
}
