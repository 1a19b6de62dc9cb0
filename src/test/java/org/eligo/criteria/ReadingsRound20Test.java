package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate.AllOf;
import org.eligo.criteria.Predicate.AnyOf;
import org.eligo.criteria.Predicate.Diagnosis;
import org.eligo.criteria.Predicate.MeasurableDisease;
import org.eligo.criteria.Predicate.Metastasis;
import org.eligo.criteria.Predicate.Not;
import org.eligo.criteria.Predicate.PriorProcedure;
import org.eligo.criteria.Predicate.PriorTherapy;
import org.eligo.criteria.Predicate.Qualified;
import org.eligo.criteria.Predicate.Stage;
import org.eligo.criteria.Predicate.Within;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/**
 * Round 20: a tumour grade beside a tumour word, the phase of a chronic myeloid leukaemia, the assessment a stage was
 * found at, CA-125 as an alternative to measurable disease, a step inside a planned operation, CNS leukaemia, and a
 * criterion opening with the time before a treatment starts; and a list of procedures as alternatives that one receipt cue
 * or one window times.
 */
class ReadingsRound20Test {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());

  private static Predicate in(String text) {
    Criterion c = PARSER.parse("I1", Kind.INCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate ex(String text) {
    Criterion c = PARSER.parse("E1", Kind.EXCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static PriorTherapy chemotherapy() {
    return new PriorTherapy(Set.of(), Set.of("chemotherapy"), null, null, false);
  }

  @Test
  void aTumourGradeBesideATumourWordNarrowsTheDiagnosis() {
    assertEquals(new Qualified(new Diagnosis(Set.of("GLIOMA"), Set.of()), "tumour grade II or III", false),
        in("Diagnosis of glioma grade II or III"));
    assertEquals(new Qualified(new Diagnosis(Set.of("GLIOMA"), Set.of("astrocytoma")), "tumour WHO grade II-III", false),
        in("WHO grade II-III astrocytoma"));
    assertEquals(new Qualified(new Diagnosis(Set.of("FOLLICULAR_LYMPHOMA"), Set.of("follicular lymphoma")), "tumour grade 1, 2 or 3a",
        false), in("Histologically confirmed follicular lymphoma (grade 1, 2 or 3a)"));
    // a suspicion widens, the grade narrows: both stay on the part
    assertEquals(new Qualified(new Qualified(new Diagnosis(Set.of("GLIOMA"), Set.of()), "a suspected diagnosis", true),
        "tumour grade I, II or glioblastoma", false), in("Suspected glioma (grade I, II or glioblastoma)"));
  }

  @Test
  void aGradeOfSomethingElseIsNoTumourGrade() {
    Criterion toxicity = PARSER.parse("E1", Kind.EXCLUSION, "grade 2 or higher peripheral neuropathy due to cancer treatment");
    assertFalse(toxicity.computable());
    // a histology that names its grade is not narrowed again
    assertEquals(new Diagnosis(Set.of("OVARIAN"), Set.of("low-grade serous carcinoma")), in("Low-grade serous carcinoma"));
  }

  @Test
  void thePhaseOfAChronicMyeloidLeukaemiaNarrowsItAndItsDefinitionIsNoFurtherRequirement() {
    Diagnosis cml = new Diagnosis(Set.of("CML"), Set.of());
    assertEquals(new Qualified(cml, "accelerated phase or blast crisis", false), ex("CML in accelerated phase or blast crisis"));
    Criterion defined = PARSER.parse("I1", Kind.INCLUSION,
        "Chronic myeloid leukemia in blast phase as defined by the WHO criteria: blasts 20% or more in blood or marrow");
    assertTrue(defined.computable(), () -> "not computable: " + defined.reason());
    assertEquals(new Qualified(cml, "blast phase", false), defined.predicate());
    assertEquals("partly represented: the phase's definition (as defined by the WHO criteria) not read", defined.reason());
  }

  @Test
  void theAssessmentAStageWasFoundAtNarrowsTheStage() {
    assertEquals(new AllOf(List.of(new Qualified(new Stage("IV"), "found at initial staging", false),
            new Diagnosis(Set.of("BREAST"), Set.of()))),
        ex("Stage IV breast cancer at initial staging"));
  }

  @Test
  void ca125AfterMeasurableDiseaseWidensIt() {
    Qualified widened = new Qualified(new MeasurableDisease("RECIST 1.1", false), "or disease evaluable by CA-125 (GCIG)", true);
    assertEquals(widened, in("Measurable disease per RECIST version 1.1 or evaluable by CA-125 (GCIG criteria)"));
    assertEquals(widened, in("Measurable disease according to RECIST 1.1 version or CA125"));
  }

  @Test
  void aStepInsideAPlannedOperationIsThePlans() {
    Criterion c = PARSER.parse("I1", Kind.INCLUSION, "Scheduled for surgery for rectal cancer with a diverting ileostomy");
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    assertEquals("partly represented: planned or feasible procedure or treatment: scheduled for surgery ... with a diverting "
        + "ileostomy is confirmed at the screening visit", c.reason());
  }

  @Test
  void cnsLeukaemiaIsItsSpreadToTheCentralNervousSystem() {
    assertEquals(new Metastasis("brain", Set.of("ACTIVE")), ex("Active CNS leukemia"));
    assertEquals(new Metastasis("brain", Set.of("ACTIVE", "TREATED_STABLE")), ex("Known central nervous system leukaemia"));
  }

  @Test
  void aCriterionOpeningWithTheTimeBeforeATreatmentIsNoneOfItYet() {
    assertEquals(new Not(chemotherapy()), in("Before starting chemotherapy."));
    assertEquals(new Qualified(new Not(chemotherapy()), "for Arm B only", true), in("Arm B only: prior to beginning chemotherapy"));
    // a window before the study drug, and a heading that times what follows, are no such reading
    assertFalse(PARSER.parse("E1", Kind.EXCLUSION, "Use of steroids within 14 days prior to starting nivolumab").computable());
    assertFalse(PARSER.parse("I1", Kind.INCLUSION, "Before starting treatment with imatinib: ECOG 0-2").computable());
  }

  @Test
  void aWindowOrAReceiptCueTimesEveryProcedureOfAListOfAlternatives() {
    Within surgery = new Within(new PriorProcedure("surgery", null, null), 4, "weeks");
    Within radiotherapy = new Within(new PriorProcedure("radiation", null, null), 4, "weeks");
    assertEquals(new AnyOf(List.of(surgery, radiotherapy)), ex("Surgery or radiotherapy within 4 weeks"));
    assertEquals(new AnyOf(List.of(new Within(new PriorProcedure("surgery", "hepatectomy", null), 3, "months"),
            new Within(new PriorProcedure("surgery", null, "partial liver"), 3, "months"))),
        ex("Hepatectomy or partial liver resection was performed within 3 months."));
    assertEquals(new AnyOf(List.of(new Within(new PriorProcedure("radiation", null, "pelvic"), 6, "months"),
            new Within(new PriorProcedure("surgery", null, "abdominal"), 6, "months"))),
        ex("Patients with pelvic radiotherapy or abdominal surgery within 6 months"));
    // a list joined by "and" is left as it was read: whether it asks for both or for either is not settled here
    assertFalse(PARSER.parse("E1", Kind.EXCLUSION, "History of pelvic surgery, cardiac surgery and pelvic radiotherapy").computable());
    // a procedure still to come is no receipt
    assertFalse(PARSER.parse("E1", Kind.EXCLUSION, "Patients with surgery planned within 4 weeks").computable());
  }
}
