package org.eligo.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eligo.core.Note;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.PatientPipeline;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;

/**
 * "1 or 2 prior lines of chemotherapy" counts the lines that held the class, not every line; a past
 * pregnancy is none now; an autoimmune disease "that required systemic treatment" is read from drugs.
 */
class LinesOfAClassTest {
  private static final Lexicons LEX = Lexicons.load();
  private static final PatientPipeline PIPELINE = new PatientPipeline(LEX);
  private static final Evaluator EVALUATOR = new Evaluator(LEX.cancers(), LEX.drugs()::parts);

  private static CriterionResult eval(Predicate p, Kind kind, String text) {
    List<Note> notes = List.of(new Note("P1", "P1-N1", LocalDate.parse("2026-01-01"), "progress", text));
    PatientRecord r = PIPELINE.build(notes, Map.of(), new ArrayList<>()).get(0);
    return EVALUATOR.evaluate(Criterion.computable("I1", kind, "text", p), r);
  }

  private static final String ENDOCRINE_THEN_CHEMO = "Metastatic breast cancer. Lines for metastatic disease: letrozole + palbociclib "
      + "03/2023-01/2025; fulvestrant 02/2025-08/2025; capecitabine 09/2025-12/2025, progression.";

  @Test
  void countsOnlyTheLinesThatHeldTheClass() {
    CriterionResult e = eval(new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), 1, 2), Kind.INCLUSION, ENDOCRINE_THEN_CHEMO);
    assertEquals(Verdict.MET, e.result());
    assertEquals("1 prior line with chemotherapy (required 1–2)", e.reason());
    assertEquals(Verdict.NOT_MET, eval(new Predicate.PriorTherapy(Set.of(), Set.of("endocrine therapy"), null, 1), Kind.INCLUSION,
        ENDOCRINE_THEN_CHEMO).result());
  }

  @Test
  void anUntoldHistoryIsUnknownAndNoneGivenIsZero() {
    Predicate chemo = new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), 1, 2);
    assertEquals(Verdict.UNKNOWN, eval(chemo, Kind.INCLUSION, "Metastatic breast cancer, ER 90%.").result());
    CriterionResult none = eval(chemo, Kind.INCLUSION, "Metastatic breast cancer. No prior systemic therapy.");
    assertEquals(Verdict.NOT_MET, none.result());
    assertEquals("0 prior lines with chemotherapy (required 1–2)", none.reason());
  }

  @Test
  void aPregnancyOrBreastFeedingThatEndedIsNotCurrent() {
    Predicate feeding = new Predicate.Condition("pregnancy or breast-feeding");
    assertEquals(Verdict.NOT_MET, eval(feeding, Kind.EXCLUSION,
        "Stage IV NSCLC. Delivered 10/2025 and stopped breastfeeding in January 2026.").result());
    assertEquals(Verdict.MET, eval(feeding, Kind.EXCLUSION, "Stage IV NSCLC. She is breastfeeding her 3-month-old.").result());
  }

  @Test
  void anAutoimmuneDiseaseNeedingSystemicTreatmentIsReadFromItsDrugs() {
    Predicate treated = new Predicate.TreatedCondition("autoimmune disease", Set.of());
    CriterionResult ms = eval(treated, Kind.EXCLUSION, "Metastatic melanoma. Multiple sclerosis on ocrelizumab infusions.");
    assertEquals(Verdict.MET, ms.result());
    assertEquals("autoimmune disease recorded, with systemic treatment (ocrelizumab)", ms.reason());
    CriterionResult skin = eval(treated, Kind.EXCLUSION, "Stage IV NSCLC. Plaque psoriasis managed with clobetasol cream only.");
    assertEquals(Verdict.NOT_MET, skin.result());
    assertEquals("autoimmune disease recorded, treated only topically, by ablation or by replacement (clobetasol)", skin.reason());
    assertEquals(Verdict.NOT_MET, eval(treated, Kind.EXCLUSION, "Stage IV NSCLC. Hashimoto thyroiditis on levothyroxine.").result());
    assertEquals(Verdict.UNKNOWN, eval(treated, Kind.EXCLUSION, "Stage IV NSCLC. History of lupus.").result());
    assertEquals(Verdict.NOT_MET, eval(treated, Kind.EXCLUSION, "Stage IV NSCLC. No autoimmune disease.").result());
    assertEquals(Verdict.MET, eval(treated, Kind.EXCLUSION, "Stage IV NSCLC. Rheumatoid arthritis, on methotrexate 15 mg weekly.").result());
    Predicate recent = new Predicate.TreatedCondition("autoimmune disease", Set.of(), false, 2);
    CriterionResult stopped = eval(recent, Kind.EXCLUSION, "Stage IV NSCLC. Rheumatoid arthritis; methotrexate stopped 2021, in remission.");
    assertEquals(Verdict.NOT_MET, stopped.result());
    assertEquals("autoimmune disease recorded; its systemic treatment (methotrexate) ended before the past 2 years", stopped.reason());
    assertEquals(Verdict.MET, eval(recent, Kind.EXCLUSION, "Stage IV NSCLC. Rheumatoid arthritis; methotrexate stopped 2025.").result());
    // "... hypothyroidism needing only hormone replacement do not exclude": a known disease counts unless so treated
    Predicate known = new Predicate.TreatedCondition("autoimmune disease", Set.of("vitiligo"), true, null);
    assertEquals(Verdict.MET, eval(known, Kind.EXCLUSION, "Stage IV melanoma. History of lupus.").result());
    assertEquals(Verdict.NOT_MET, eval(known, Kind.EXCLUSION, "Stage IV melanoma. Hashimoto thyroiditis on levothyroxine only.").result());
    assertEquals(Verdict.NOT_MET, eval(known, Kind.EXCLUSION, "Stage IV melanoma. Vitiligo on both hands.").result());
  }

  @Test
  void radioiodineAblationIsNoSystemicTreatmentOfTheAutoimmuneDisease() {
    Predicate treated = new Predicate.TreatedCondition("autoimmune disease", Set.of());
    CriterionResult graves = eval(treated, Kind.EXCLUSION,
        "Metastatic TNBC. PMH: Graves' disease treated with radioactive iodine, now on levothyroxine.");
    assertEquals(Verdict.NOT_MET, graves.result());
    assertEquals("autoimmune disease recorded, treated only topically, by ablation or by replacement (radioactive iodine, levothyroxine)",
        graves.reason());
  }

  @Test
  void oneMismatchRepairTestAnswersForTheOther() {
    Predicate msiHigh = new Predicate.Biomarker("MSI", null, null, "MSI-H");
    Predicate deficient = new Predicate.Biomarker("MMR", null, null, "dMMR");
    CriterionResult stained = eval(msiHigh, Kind.INCLUSION, "Gastric adenocarcinoma. MMR IHC: MLH1, PMS2, MSH2, MSH6 retained (pMMR).");
    assertEquals(Verdict.NOT_MET, stained.result());
    assertEquals("MSI not reported; MMR pMMR (the same status by the other test)", stained.reason());
    assertEquals(Verdict.NOT_MET, eval(deficient, Kind.INCLUSION, "Endometrial cancer. MSI testing: microsatellite stable.").result());
    assertEquals(Verdict.MET, eval(msiHigh, Kind.INCLUSION, "Endometrial cancer. MLH1 and PMS2 loss on IHC (dMMR).").result());
    assertEquals(Verdict.UNKNOWN, eval(msiHigh, Kind.INCLUSION, "Endometrial cancer, stage IV.").result());
  }
}
