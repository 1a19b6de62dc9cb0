package org.eligo.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eligo.core.Note;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate;
import org.eligo.criteria.Trial;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.PatientPipeline;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final Lexicons LEX = Lexicons.load();
  private static final PatientPipeline PIPELINE = new PatientPipeline(LEX);
  private static final Evaluator EVALUATOR = new Evaluator(LEX.cancers(), LEX.drugs()::parts);

  private static PatientRecord patient(String... datedTexts) {
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < datedTexts.length; i += 2) {
      notes.add(new Note("P1", "P1-N" + (i / 2 + 1), LocalDate.parse(datedTexts[i]), "progress", datedTexts[i + 1]));
    }
    return PIPELINE.build(notes, Map.of(), new ArrayList<>()).get(0);
  }

  private static CriterionResult eval(Kind kind, Predicate p, PatientRecord r) {
    return EVALUATOR.evaluate(Criterion.computable("C1", kind, "text", p), r);
  }

  @Test
  void requiredVariantIsMetByAnyNotationAndUnknownWhenNeverMentioned() {
    Predicate g12c = new Predicate.Variant("KRAS", Set.of("G12C"));
    CriterionResult met = eval(Kind.INCLUSION, g12c, patient("2025-01-01", "KRAS c.34G>T (p.Gly12Cys) detected."));
    assertEquals(Verdict.MET, met.result());
    assertEquals("KRAS G12C present", met.reason());
    assertEquals("KRAS c.34G>T (p.Gly12Cys)", met.evidence().get(0).text());
    CriterionResult unknown = eval(Kind.INCLUSION, g12c, patient("2025-01-01", "Stage IV NSCLC. NGS pending."));
    assertEquals(Verdict.UNKNOWN, unknown.result());
    assertEquals("no mention of KRAS G12C in 1 note", unknown.reason());
  }

  @Test
  void negativePanelAndOtherVariantsOfTheGeneAreNotMet() {
    Predicate egfr = new Predicate.Variant("EGFR", Set.of("exon 19 deletion", "L858R"));
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, egfr, patient("2025-01-01", "EGFR/ALK/ROS1 negative.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, egfr, patient("2025-01-01", "EGFR G719A detected.")).result());
  }

  @Test
  void aCodonLevelResultIsUnknownForASpecificChange() {
    CriterionResult r = eval(Kind.INCLUSION, new Predicate.Variant("BRAF", Set.of("V600E", "V600K")),
        patient("2025-01-01", "BRAF V600 mutation detected by PCR."));
    assertEquals(Verdict.UNKNOWN, r.result());
    assertEquals("BRAF V600 found, amino-acid change not stated", r.reason());
  }

  @Test
  void aVariantOfUncertainSignificanceNeitherMeetsNorRulesOutAndABenignOneIsNoAlteration() {
    Predicate atm = new Predicate.Variant("ATM", Set.of());
    CriterionResult vus = eval(Kind.INCLUSION, atm, patient("2025-01-01", "ATM p.R337C, variant of uncertain significance, VAF 48%."));
    assertEquals(Verdict.UNKNOWN, vus.result());
    assertEquals("ATM R337C of uncertain significance", vus.reason());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, atm, patient("2025-01-01", "ATM p.R337C, likely pathogenic.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, atm, patient("2025-01-01", "ATM p.R337C (benign).")).result());
  }

  @Test
  void aScreeningMeasurementIsDeferredAndSaysWhatTheRecordsShowNow() {
    Predicate anc = new Predicate.AtScreening(new Predicate.Lab("ANC", "≥", 1.5, "10^9/L", null));
    CriterionResult low = eval(Kind.INCLUSION, anc, patient("2025-01-01", "Labs: ANC 1.1."));
    assertEquals(Verdict.DEFERRED, low.result());
    assertEquals("measured at screening (now ANC 1.1 10^9/L on 2025-01-01 (required ≥ 1.5 10^9/L))", low.reason());
    CriterionResult none = eval(Kind.INCLUSION, anc, patient("2025-01-01", "Stage IV NSCLC."));
    assertEquals(Verdict.DEFERRED, none.result());
    assertEquals("measured at screening (no result in the records)", none.reason());
  }

  @Test
  void aHypersensitivityIsUnknownSinceNotesAreNotReadForAllergies() {
    CriterionResult r = eval(Kind.EXCLUSION, new Predicate.Hypersensitivity("mebendazole"),
        patient("2025-01-01", "Allergies: mebendazole (rash). Stage IV NSCLC."));
    assertEquals(Verdict.UNKNOWN, r.result());
    assertEquals("hypersensitivity to mebendazole; notes are not read for allergies", r.reason());
  }

  @Test
  void aConditionOtherThanTheExceptedOnesIsNotMetWhenOnlyAnExceptedOneIsRecorded() {
    Predicate autoimmune = new Predicate.ConditionOtherThan("autoimmune disease", Set.of("autoimmune thyroiditis", "type 1 diabetes"));
    CriterionResult hashimoto = eval(Kind.EXCLUSION, autoimmune, patient("2025-01-01", "PMH: Hashimoto thyroiditis on levothyroxine."));
    assertEquals(Verdict.NOT_MET, hashimoto.result());
    assertEquals("autoimmune thyroiditis recorded, which does not count (autoimmune thyroiditis, type 1 diabetes excepted)", hashimoto.reason());
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, autoimmune,
        patient("2025-01-01", "PMH: Hashimoto thyroiditis on levothyroxine; rheumatoid arthritis on methotrexate.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, autoimmune, patient("2025-01-01", "PMH: hypertension.")).result(),
        "unmentioned, which an exclusion takes as absent, as for a condition");
  }

  @Test
  void aLesionAndATumourSiteAreUnknownSinceNotesAreNotReadForThem() {
    CriterionResult lesion = eval(Kind.INCLUSION, new Predicate.Lesion("index lesion", null, ">", 0.5, "cm3", "MRI", false),
        patient("2025-01-01", "MRI: 1.2 cm index lesion, left peripheral zone."));
    assertEquals(Verdict.UNKNOWN, lesion.result());
    assertEquals("a index lesion > 0.5 cm3 on MRI required; notes are not read for lesions", lesion.reason());
    CriterionResult site = eval(Kind.EXCLUSION, new Predicate.TumourSite(Set.of("brain stem", "cerebellum"), false),
        patient("2025-01-01", "Glioblastoma of the right temporal lobe."));
    assertEquals(Verdict.UNKNOWN, site.result());
    assertEquals("tumour in brain stem or cerebellum: where the tumour lies is not a record fact", site.reason());
  }

  @Test
  void aCurrentTherapyNeverReceivedIsNotMetAndOneReceivedIsUnknown() {
    Predicate chemo = new Predicate.CurrentTherapy(Set.of(), Set.of("chemotherapy"));
    CriterionResult given = eval(Kind.INCLUSION, chemo, patient("2025-01-01", "Stage IV NSCLC. On carboplatin/pemetrexed since 11/2024."));
    assertEquals(Verdict.UNKNOWN, given.result());
    assertTrue(given.reason().endsWith("; whether it is given now is not checked"), given.reason());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, chemo, patient("2025-01-01", "Stage IV NSCLC. No prior chemotherapy.")).result());
  }

  @Test
  void immunosuppressiveTreatmentGivenNowCountsTheDrugsOfAnAutoimmuneDiseaseAndSystemicCorticosteroids() {
    Predicate now = new Predicate.CurrentTherapy(Set.of(), Set.of("corticosteroid", "immunosuppressant"));
    CriterionResult ra = eval(Kind.EXCLUSION, now, patient("2025-01-01", "Rheumatoid arthritis on methotrexate since 2019. Stage IV NSCLC."));
    assertEquals(Verdict.UNKNOWN, ra.result());
    assertEquals("received methotrexate; whether it is given now is not checked", ra.reason());
    CriterionResult crohn = eval(Kind.EXCLUSION, now, patient("2025-01-01", "Crohn disease on adalimumab. Stage IV NSCLC."));
    assertEquals(Verdict.UNKNOWN, crohn.result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.EXCLUSION, now, patient("2025-01-01", "Brain metastases, on dexamethasone 4 mg daily.")).result());
    CriterionResult none = eval(Kind.EXCLUSION, now, patient("2025-01-01", "Stage IV NSCLC. On carboplatin/pemetrexed since 11/2024."));
    assertEquals(Verdict.NOT_MET, none.result(), "chemotherapy for the cancer is not what the criterion asks about");
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, new Predicate.CurrentTherapy(Set.of(), Set.of("chemotherapy")),
        patient("2025-01-01", "Rheumatoid arthritis on methotrexate since 2019.")).result(), "methotrexate for arthritis is no chemotherapy, as before");
  }

  @Test
  void aDiseaseSettingThatLeavesOutDistantDiseaseIsNotMetWithStageIvAndUnknownOtherwise() {
    Predicate early = new Predicate.DiseaseSetting("early");
    CriterionResult iv = eval(Kind.INCLUSION, early, patient("2025-01-01", "Stage IV breast cancer, liver metastases."));
    assertEquals(Verdict.NOT_MET, iv.result());
    assertEquals("distant metastases (stage IV), not early disease", iv.reason());
    CriterionResult ii = eval(Kind.INCLUSION, early, patient("2025-01-01", "Stage IIA breast cancer."));
    assertEquals(Verdict.UNKNOWN, ii.result());
    assertEquals("early disease: no record fact states the disease setting", ii.reason());
    // resectable, newly diagnosed and recurrent say nothing a stage rules out
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, new Predicate.DiseaseSetting("resectable"),
        patient("2025-01-01", "Stage IV colorectal cancer, liver metastases.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, new Predicate.DiseaseSetting("recurrent"),
        patient("2025-01-01", "Stage IV breast cancer, liver metastases.")).result());
  }

  @Test
  void aBloodCancerWithoutAnAnatomicStageFailsAStageGroupALymphomaIsStaged() {
    Predicate advanced = new Predicate.Stage("IIIB");
    CriterionResult aml = eval(Kind.INCLUSION, advanced, patient("2025-01-01", "Acute myeloid leukemia, newly diagnosed."));
    assertEquals(Verdict.NOT_MET, aml.result());
    assertEquals("acute myeloid leukemia has no anatomic stage (stage at least IIIB asks for a solid tumour's)", aml.reason());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, advanced,
        patient("2025-01-01", "Diffuse large B-cell lymphoma, Ann Arbor stage IV.")).result());
    // a solid cancer beside it leaves the stage to be read
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, advanced,
        patient("2025-01-01", "Multiple myeloma. Also lung adenocarcinoma under evaluation.")).result());
  }

  @Test
  void aBiomarkerExclusionNoRecordNamesIsAssumedAbsentAndUnknownForAnInclusion() {
    Predicate her2 = new Predicate.Biomarker("HER2", null, null, "positive");
    PatientRecord colon = patient("2025-01-01", "Metastatic colon adenocarcinoma. KRAS G12D.");
    CriterionResult excluded = eval(Kind.EXCLUSION, her2, colon);
    assertEquals(Verdict.NOT_MET, excluded.result());
    assertEquals("no mention of a HER2 result in 1 note (assumed absent)", excluded.reason());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, her2, colon).result());
    Predicate msiHigh = new Predicate.Biomarker("MSI", null, null, "MSI-H");
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, msiHigh, colon).result());
  }

  @Test
  void notACandidateForCurativeTreatmentIsImpliedByStageIvAndUnknownBelowIt() {
    Predicate notCurable = new Predicate.NotCurable("curative surgery or definitive chemoradiation");
    CriterionResult alone = eval(Kind.INCLUSION, notCurable, patient("2025-01-01", "Stage IIIB NSCLC."));
    assertEquals(Verdict.UNKNOWN, alone.result());
    assertEquals("not a candidate for curative surgery or definitive chemoradiation is a clinical judgement the records do not state",
        alone.reason());
    Predicate read = new Predicate.AnyOf(List.of(new Predicate.Stage("IV"),
        new Predicate.AllOf(List.of(new Predicate.Stage("IIIB"), notCurable))));
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, read, patient("2025-01-01", "Stage IV NSCLC, liver metastases.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, read, patient("2025-01-01", "Stage IIIB NSCLC.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, read, patient("2025-01-01", "Stage IIA NSCLC.")).result());
  }

  @Test
  void aTopoisomeraseIPayloadIsHeldByDeruxtecanAndGovitecanConjugatesOnly() {
    Predicate payload = new Predicate.PriorTherapy(Set.of(), Set.of("antibody-drug conjugate+topoisomerase I payload"), null, null);
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, payload,
        patient("2025-01-01", "Metastatic NSCLC. Received trastuzumab deruxtecan in 2024, progressed.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, payload,
        patient("2025-01-01", "Metastatic NSCLC. Received irinotecan and then trastuzumab emtansine, progressed.")).result());
  }

  @Test
  void aMeasurementIsUnknownSinceNotesAreNotReadForItAndDeferredAtScreening() {
    Predicate lvef = new Predicate.Measurement("LVEF", "≥", 50, "%");
    CriterionResult r = eval(Kind.INCLUSION, lvef, patient("2025-01-01", "Echo: LVEF 60%. Stage IV NSCLC."));
    assertEquals(Verdict.UNKNOWN, r.result());
    assertEquals("LVEF ≥ 50 % required; notes are not read for LVEF", r.reason());
    assertEquals("Child-Pugh score ≤ 6 points required; notes are not read for Child-Pugh score",
        eval(Kind.INCLUSION, new Predicate.Measurement("Child-Pugh score", "≤", 6, "points"), patient("2025-01-01", "HCC.")).reason());
    CriterionResult visit = eval(Kind.EXCLUSION, new Predicate.AtScreening(new Predicate.Measurement("QTc", ">", 470, "ms")),
        patient("2025-01-01", "Stage IV NSCLC."));
    assertEquals(Verdict.DEFERRED, visit.result());
    assertEquals("measured at screening (no result in the records)", visit.reason());
  }

  @Test
  void her2LowIsIhcOnePlusOrTwoPlusWithoutAmplification() {
    Predicate low = new Predicate.Biomarker("HER2", null, null, "low");
    CriterionResult one = eval(Kind.INCLUSION, low, patient("2025-01-01", "Breast cancer, ER 0%, PR 0%, HER2 1+."));
    assertEquals(Verdict.MET, one.result());
    assertEquals("HER2-low (IHC 1+)", one.reason());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, low, patient("2025-01-01", "HER2 IHC 2+, FISH not amplified.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, low, patient("2025-01-01", "HER2 IHC 3+.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, low, patient("2025-01-01", "HER2 IHC 0.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, low, patient("2025-01-01", "HER2 IHC 2+, ISH pending.")).result());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, low, patient("2025-01-01", "ER 0%, PR 0%, HER2 1+ (negative).")).result());
    // A later "triple-negative" says negative without a score: the earlier score still tells.
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, low,
        patient("2025-01-01", "HER2 IHC 2+, FISH not amplified.", "2025-03-01", "Metastatic triple-negative breast cancer.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, low, patient("2025-03-01", "Metastatic triple-negative breast cancer.")).result());
  }

  @Test
  void substagesOfMelanomaAndColonCancerAreOrdered() {
    Predicate atLeastIII = new Predicate.Stage("III");
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, atLeastIII, patient("2025-01-01", "Melanoma of the calf, pT4b N0, stage IIC.")).result());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, new Predicate.Stage("IIB"),
        patient("2025-01-01", "Melanoma of the calf, pT4b N0, stage IIC.")).result());
  }

  @Test
  void aStageBoundInsideStageFourNeedsTheSubstageAndDistantMetastasesLeaveItOpen() {
    Predicate atMostIvb = new Predicate.StageAtMost("IVB");
    CriterionResult ivb = eval(Kind.INCLUSION, atMostIvb, patient("2025-01-01", "Oral tongue squamous cell carcinoma, stage IVB."));
    assertEquals(Verdict.MET, ivb.result());
    assertEquals("stage IVB (at most IVB)", ivb.reason());
    CriterionResult ivc = eval(Kind.INCLUSION, atMostIvb, patient("2025-01-01", "Oral tongue squamous cell carcinoma, stage IVC."));
    assertEquals(Verdict.NOT_MET, ivc.result());
    assertEquals("stage IVC (above IVB)", ivc.reason());
    CriterionResult iv = eval(Kind.INCLUSION, atMostIvb, patient("2025-01-01", "Oral tongue squamous cell carcinoma, stage IV."));
    assertEquals(Verdict.UNKNOWN, iv.result());
    assertEquals("stage IV: substage needed (at most IVB)", iv.reason());
    CriterionResult distant = eval(Kind.INCLUSION, atMostIvb,
        patient("2025-01-01", "Oral tongue squamous cell carcinoma, stage III. CT chest: new lung metastases."));
    assertEquals(Verdict.UNKNOWN, distant.result());
    assertEquals("distant metastases: the stage IV substage decides (at most IVB)", distant.reason());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, atMostIvb,
        patient("2025-01-01", "Oral tongue squamous cell carcinoma, stage III.")).result());
  }

  @Test
  void aNarrowingQualifierLeavesAMetPartOpenAndAWideningOneAFailedPart() {
    Predicate hiv = new Predicate.Qualified(new Predicate.Condition("HIV"), "a detectable viral load", false);
    CriterionResult known = eval(Kind.EXCLUSION, hiv, patient("2025-01-01", "History of HIV, on ART, viral load undetectable."));
    assertEquals(Verdict.UNKNOWN, known.result());
    assertTrue(known.reason().endsWith("; a detectable viral load is not read from the records"), known.reason());
    CriterionResult none = eval(Kind.EXCLUSION, hiv, patient("2025-01-01", "Stage IV NSCLC, ECOG 1."));
    assertEquals(Verdict.NOT_MET, none.result());
    assertTrue(none.assumed());
    Predicate suspected = new Predicate.Qualified(new Predicate.Diagnosis(Set.of("BREAST"), Set.of()), "a suspected diagnosis", true);
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, suspected, patient("2025-01-01", "Invasive ductal carcinoma of the left breast.")).result());
    CriterionResult other = eval(Kind.INCLUSION, suspected, patient("2025-01-01", "Lung adenocarcinoma, stage IV."));
    assertEquals(Verdict.UNKNOWN, other.result());
    assertTrue(other.reason().endsWith("; a suspected diagnosis also qualifies and is not read from the records"), other.reason());
  }

  @Test
  void theResponseToTheLastCourseOfAClassIsReadFromTheTherapyFacts() {
    Predicate response = new Predicate.TherapyResponse(Set.of(), Set.of("platinum"), Set.of("COMPLETE_RESPONSE", "PARTIAL_RESPONSE"), true);
    CriterionResult pr = eval(Kind.INCLUSION, response,
        patient("2025-01-01", "High-grade serous ovarian carcinoma. Carboplatin/paclitaxel 01/2024-05/2024 -> PR."));
    assertEquals(Verdict.MET, pr.result());
    assertEquals("partial response to carboplatin/paclitaxel (required complete response or partial response)", pr.reason());
    CriterionResult pd = eval(Kind.INCLUSION, response,
        patient("2025-01-01", "High-grade serous ovarian carcinoma. Carboplatin/paclitaxel 01/2024-05/2024 -> PR.",
            "2025-03-01", "Cisplatin/gemcitabine 09/2024-12/2024 -> PD."));
    assertEquals(Verdict.NOT_MET, pd.result());
    assertEquals("progression to cisplatin (required complete response or partial response)", pd.reason());
    CriterionResult unsaid = eval(Kind.INCLUSION, response,
        patient("2025-01-01", "High-grade serous ovarian carcinoma. Carboplatin/paclitaxel 01/2024-05/2024."));
    assertEquals(Verdict.UNKNOWN, unsaid.result());
    assertEquals("response to carboplatin/paclitaxel not recorded", unsaid.reason());
    // newly diagnosed: no systemic therapy yet, so no course to respond to
    CriterionResult never = eval(Kind.INCLUSION, response, patient("2025-01-01", "High-grade serous ovarian carcinoma, newly diagnosed."));
    assertEquals(Verdict.NOT_MET, never.result());
    assertEquals("no prior platinum (stated)", never.reason());
  }

  @Test
  void progressionOnTheLastLineIsReadFromItsStatedOutcome() {
    Predicate progressed = new Predicate.TherapyResponse(Set.of(), Set.of(), Set.of("PROGRESSION"), true);
    CriterionResult pd = eval(Kind.INCLUSION, progressed,
        patient("2025-06-01", "Stage IV lung adenocarcinoma. 1L carboplatin/pemetrexed 01/2024-05/2024 -> PD."));
    assertEquals(Verdict.MET, pd.result());
    assertEquals("progression on line 1 (carboplatin/pemetrexed) (required progression)", pd.reason());
    CriterionResult working = eval(Kind.INCLUSION, progressed,
        patient("2025-06-01", "Stage IV lung adenocarcinoma, ALK fusion. 1L alectinib 01/2023-12/2024 -> PD.",
            "2025-08-01", "2L lorlatinib since 01/2025 -> PR."));
    // "at least one prior therapy": the disease progressed on the first line, whatever the second does
    assertEquals(Verdict.MET, working.result());
    assertEquals("progression on an earlier line (alectinib) (required progression)", working.reason());
    CriterionResult first = eval(Kind.INCLUSION, progressed,
        patient("2025-08-01", "Stage IV lung adenocarcinoma. 1L carboplatin/pemetrexed/pembrolizumab since 01/2025 -> PR."));
    assertEquals(Verdict.NOT_MET, first.result());
    assertEquals("partial response on line 1 (carboplatin/pemetrexed, pembrolizumab) (required progression)", first.reason());
    CriterionResult switched = eval(Kind.INCLUSION, progressed,
        patient("2025-06-01", "Stage IV lung adenocarcinoma, ALK fusion. 1L alectinib 01/2023-12/2024.",
            "2025-08-01", "2L lorlatinib since 01/2025 -> PR."));
    assertEquals(Verdict.UNKNOWN, switched.result());
    CriterionResult unsaid = eval(Kind.INCLUSION, progressed,
        patient("2025-06-01", "Stage IV lung adenocarcinoma. 1L carboplatin/pemetrexed 01/2024-05/2024. CT 06/2025: progression."));
    assertEquals(Verdict.MET, unsaid.result());
    assertEquals("line 1 (carboplatin/pemetrexed) given; its outcome not recorded (progression not contradicted) (required progression)",
        unsaid.reason());
    // a toxicity that stopped one drug of the line ends no line: its outcome stays as unsaid
    CriterionResult partly = eval(Kind.INCLUSION, progressed, patient("2025-10-01", "Stage IV lung adenocarcinoma. "
        + "1L carboplatin/pemetrexed/pembrolizumab from 01/2025. Pembrolizumab stopped for grade 3 colitis. CT 09/2025: progression."));
    assertEquals(Verdict.MET, partly.result(), partly.reason());
    assertEquals("line 1 (carboplatin/pemetrexed, pembrolizumab) given; its outcome not recorded (progression not contradicted)"
        + " (required progression)", partly.reason());
    CriterionResult none = eval(Kind.INCLUSION, progressed, patient("2025-06-01", "Stage IV lung adenocarcinoma, newly diagnosed."));
    assertEquals(Verdict.NOT_MET, none.result());
    assertEquals("no prior systemic line", none.reason());
  }

  @Test
  void familyHistoryOfAVariantDoesNotCount() {
    Predicate braf = new Predicate.Variant("BRAF", Set.of("V600E"));
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, braf, patient("2025-01-01", "Family History:\nFather with BRAF V600E melanoma.")).result());
  }

  @Test
  void pdl1ThresholdUsesTheNewestResultAndCategoricalRanges() {
    Predicate tps50 = new Predicate.Biomarker("PD-L1 TPS", 50.0, null, null);
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, tps50, patient("2025-01-01", "PD-L1 TPS 10%.", "2025-05-01", "PD-L1 TPS 60%.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, tps50, patient("2025-01-01", "PD-L1 <1%.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, tps50, patient("2025-01-01", "PD-L1 pending.")).result());
  }

  @Test
  void her2PositivityFollowsIhcThenIsh() {
    Predicate pos = new Predicate.Biomarker("HER2", null, null, "positive");
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, pos, patient("2025-01-01", "HER2 IHC 2+, FISH amplified (ratio 2.6).")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, pos, patient("2025-01-01", "HER2 1+ by IHC.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, pos, patient("2025-01-01", "HER2 2+ by IHC, ISH pending.")).result());
  }

  @Test
  void ecogRangeAndKpsConvertedToEcogButNeverBack() {
    Predicate ecog = new Predicate.PerformanceStatus("ECOG", 0, 1);
    CriterionResult r = eval(Kind.INCLUSION, ecog, patient("2025-01-01", "ECOG 2."));
    assertEquals(Verdict.NOT_MET, r.result());
    assertEquals("ECOG 2 (required 0–1)", r.reason());
    CriterionResult converted = eval(Kind.INCLUSION, ecog, patient("2025-01-01", "KPS 80."));
    assertEquals(Verdict.MET, converted.result());
    assertEquals("ECOG 1 converted from KPS 80 (required 0–1)", converted.reason());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, ecog, patient("2025-01-01", "KPS 60.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, new Predicate.PerformanceStatus("KPS", 70, 100), patient("2025-01-01", "ECOG 1.")).result(),
        "ECOG is never converted to KPS");
  }

  @Test
  void excludesPatientWithActiveBrainMetastasesButNotTreatedStableOnes() {
    Predicate active = new Predicate.Metastasis("brain", Set.of("ACTIVE"));
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, active, patient("2025-01-01", "New 9 mm enhancing lesion c/w metastasis; brain metastases untreated.")).result());
    CriterionResult treated = eval(Kind.EXCLUSION, active, patient("2025-01-01", "S/p SRS to 2 brain mets, stable on MRI, off steroids."));
    assertEquals(Verdict.NOT_MET, treated.result());
    assertEquals("brain metastases treated and stable", treated.reason());
  }

  @Test
  void unmentionedExclusionIsAssumedNotMetAndSaysSo() {
    CriterionResult r = eval(Kind.EXCLUSION, new Predicate.Condition("interstitial lung disease"), patient("2025-01-01", "Stage IV NSCLC.", "2025-02-01", "ECOG 1."));
    assertEquals(Verdict.NOT_MET, r.result());
    assertEquals("no mention of interstitial lung disease in 2 notes (assumed absent)", r.reason());
    assertTrue(r.assumed());
  }

  @Test
  void aResolvedConditionStillCountsAsHistory() {
    CriterionResult r = eval(Kind.EXCLUSION, new Predicate.Condition("pneumonitis"),
        patient("2025-01-01", "Grade 2 immune-related pneumonitis, resolved."));
    assertEquals(Verdict.MET, r.result());
  }

  @Test
  void newestBrainImagingWins() {
    Predicate active = new Predicate.Metastasis("brain", Set.of("ACTIVE"));
    PatientRecord p = patient("2025-01-01", "MRI brain: no intracranial metastatic disease.", "2025-06-01", "MRI: new brain metastasis, untreated.");
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, active, p).result());
  }

  @Test
  void priorTherapyByClassAndByLineCount() {
    PatientRecord p = patient("2025-01-01", "Progressed on carboplatin/pemetrexed/pembrolizumab.");
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, new Predicate.PriorTherapy(null, null, 1, null), p).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, new Predicate.PriorTherapy(null, Set.of("KRAS G12C inhibitor"), null, null), p).result());
    // A plan with nothing given in any note: untreated so far; a plan that names a later line: some line was given.
    PatientRecord planned = patient("2025-01-01", "Plan to start sotorasib next week.");
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, new Predicate.PriorTherapy(null, null, 1, null), planned).result());
    PatientRecord second = patient("2025-01-01", "Plan: second-line docetaxel next week.");
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, new Predicate.PriorTherapy(null, null, 1, null), second).result());
  }

  @Test
  void priorProcedureIsReadFromTherapyFactsOfItsCategory() {
    PatientRecord rt = patient("2025-01-01", "Stage III NSCLC. Completed radiotherapy to the chest in 2023, then durvalumab.");
    Predicate anyRt = new Predicate.PriorProcedure("radiation", null, null);
    CriterionResult met = eval(Kind.INCLUSION, anyRt, rt);
    assertEquals(Verdict.MET, met.result());
    assertEquals("received radiation therapy", met.reason());
    CriterionResult pelvic = eval(Kind.EXCLUSION, new Predicate.PriorProcedure("radiation", null, "pelvic"), rt);
    assertEquals(Verdict.UNKNOWN, pelvic.result());
    assertEquals("received radiation therapy; whether pelvic is not recorded", pelvic.reason());
    // Surgery never mentioned: unknown for an inclusion, assumed absent for an exclusion.
    Predicate surgery = new Predicate.PriorProcedure("surgery", null, null);
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, surgery, rt).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, surgery, rt).result());
    PatientRecord lobectomy = patient("2025-01-01", "Underwent right upper lobectomy in 2022.");
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, surgery, lobectomy).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, new Predicate.PriorProcedure("surgery", "prostatectomy", null), lobectomy).result());
  }

  @Test
  void cancerHierarchyMatchesSubtypesAndRejectsOtherCancers() {
    Predicate nsclc = new Predicate.Diagnosis(Set.of("NSCLC"), Set.of());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, nsclc, patient("2025-01-01", "Lung adenocarcinoma.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, nsclc, patient("2025-01-01", "Invasive ductal carcinoma of the breast.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, nsclc, patient("2025-01-01", "Lung cancer, biopsy pending.")).result());
  }

  @Test
  void administrativeCriteriaAreDeferredAndStatusFollowsTheRules() {
    PatientRecord p = patient("2025-01-01", "64 yo M with lung adenocarcinoma, KRAS G12C. ECOG 1.");
    Trial t = new Trial("T1", "t", List.of(), List.of(
        Criterion.computable("I1", Kind.INCLUSION, "KRAS G12C", new Predicate.Variant("KRAS", Set.of("G12C"))),
        Criterion.computable("I2", Kind.INCLUSION, "consent", new Predicate.Administrative("consent")),
        Criterion.computable("E1", Kind.EXCLUSION, "active brain mets", new Predicate.Metastasis("brain", Set.of("ACTIVE")))), "test");
    Eligibility e = EVALUATOR.evaluate(t, p);
    assertEquals(Status.ELIGIBLE, e.status());
    assertEquals(Verdict.DEFERRED, e.results().get(1).result());
    Trial withUnknown = new Trial("T2", "t", List.of(), List.of(
        Criterion.computable("I1", Kind.INCLUSION, "KRAS G12C", new Predicate.Variant("KRAS", Set.of("G12C"))),
        Criterion.notComputable("I2", Kind.INCLUSION, "Measurable disease per RECIST 1.1", "OTHER", "not yet computable: measurable disease")), "test");
    Eligibility u = EVALUATOR.evaluate(withUnknown, p);
    assertEquals(Status.UNDETERMINED, u.status());
    assertEquals("not yet computable: measurable disease", u.results().get(1).reason());
  }

  @Test
  void anotherMalignancyIsASecondDistinctCancerOfThePatient() {
    Predicate any = new Predicate.OtherMalignancy(null, false, Set.of(), false);
    CriterionResult one = eval(Kind.EXCLUSION, any, patient("2025-01-01", "Stage IV lung adenocarcinoma (NSCLC)."));
    assertEquals(Verdict.NOT_MET, one.result());
    assertEquals("no mention of another malignancy in 1 note (assumed absent)", one.reason());
    CriterionResult two = eval(Kind.EXCLUSION, any,
        patient("2025-01-01", "Stage IV lung adenocarcinoma. History of prostate cancer, treated with radical prostatectomy."));
    assertEquals(Verdict.MET, two.result());
    assertEquals("more than one cancer recorded (non-small cell lung cancer, prostate cancer)", two.reason());
    CriterionResult window = eval(Kind.EXCLUSION, new Predicate.OtherMalignancy(5, false, Set.of(), false),
        patient("2025-01-01", "Stage IV lung adenocarcinoma. History of prostate cancer, treated with radical prostatectomy."));
    assertEquals(Verdict.UNKNOWN, window.result());
    assertEquals("more than one cancer recorded (non-small cell lung cancer, prostate cancer); whether the other one is within the last 5 years is not checked",
        window.reason());
  }

  @Test
  void anExceptedSecondCancerIsNoOtherMalignancyOrOpenWhenItMustHaveBeenTreated() {
    PatientRecord bcc = patient("2025-01-01", "Stage IV lung adenocarcinoma. Past history: basal cell carcinoma of the skin.");
    CriterionResult excepted = eval(Kind.EXCLUSION, new Predicate.OtherMalignancy(5, false, Set.of("BCC", "CSCC"), false), bcc);
    assertEquals(Verdict.NOT_MET, excepted.result());
    assertEquals("basal cell carcinoma is an allowed exception", excepted.reason());
    CriterionResult treated = eval(Kind.EXCLUSION, new Predicate.OtherMalignancy(5, false, Set.of("BCC"), true), bcc);
    assertEquals(Verdict.UNKNOWN, treated.result());
    assertEquals("basal cell carcinoma is an allowed exception only once treated; its treatment is not checked", treated.reason());
    CriterionResult notExcepted = eval(Kind.EXCLUSION, new Predicate.OtherMalignancy(null, false, Set.of("CSCC"), false), bcc);
    assertEquals(Verdict.MET, notExcepted.result());
  }

  @Test
  void aCancerExceptedAsWrittenBesideOneOtherIsLeftOpenAndTwoOthersStillMeet() {
    // "other than thyroid cancer": the thyroid cancer may be the trial's own (round 21)
    Predicate thyroidExcepted = new Predicate.Qualified(new Predicate.OtherMalignancy(null, false, Set.of("THYROID"), false),
        "excepted as written: thyroid cancer (the cancer named may be the trial's own)", true);
    CriterionResult beside = eval(Kind.EXCLUSION, thyroidExcepted,
        patient("2025-01-01", "Metastatic prostate cancer. History of papillary thyroid carcinoma, resected 2015."));
    assertEquals(Verdict.UNKNOWN, beside.result());
    assertEquals("thyroid cancer is an allowed exception; excepted as written: thyroid cancer (the cancer named may be the trial's own) "
        + "also qualifies and is not read from the records", beside.reason());
    CriterionResult others = eval(Kind.EXCLUSION, thyroidExcepted,
        patient("2025-01-01", "Metastatic prostate cancer. History of stage I lung adenocarcinoma, resected 2019."));
    assertEquals(Verdict.MET, others.result());
  }

  @Test
  void anInfectionOfAnyKindTakesEveryConditionTheLexiconGroupsAsInfection() {
    Predicate severe = new Predicate.Qualified(new Predicate.Condition("infection"), "severe", false);
    CriterionResult hiv = eval(Kind.EXCLUSION, severe, patient("2025-01-01", "Stage IV NSCLC. PMH: HIV on ART, hepatitis A as a child."));
    assertEquals(Verdict.UNKNOWN, hiv.result());
    CriterionResult none = eval(Kind.EXCLUSION, severe, patient("2025-01-01", "Stage IV NSCLC. ECOG 1."));
    assertEquals(Verdict.NOT_MET, none.result());
  }

  @Test
  void aConditionStatedPresentInsideTheWindowIsWithinItAndAnOlderOneIsLeftOpen() {
    Predicate recentMi = new Predicate.Within(new Predicate.Condition("myocardial infarction"), 6, "months");
    CriterionResult recent = eval(Kind.EXCLUSION, recentMi,
        patient("2025-03-01", "Admitted with an acute myocardial infarction.", "2025-06-01", "Stage IV NSCLC. ECOG 1."));
    assertEquals(Verdict.MET, recent.result());
    assertEquals("myocardial infarction present on 2025-03-01 (within the last 6 months)", recent.reason());
    CriterionResult old = eval(Kind.EXCLUSION, recentMi,
        patient("2023-03-01", "Admitted with an acute myocardial infarction.", "2025-06-01", "Stage IV NSCLC. ECOG 1."));
    assertEquals(Verdict.UNKNOWN, old.result());
    assertEquals("myocardial infarction recorded; whether within the last 6 months is not checked", old.reason());
  }

  @Test
  void anExclusionWhoseReadAlternativeIsMetIsMetWhateverItsUnreadAlternativeSays() {
    org.eligo.criteria.CriterionParser parser = new org.eligo.criteria.CriterionParser(LEX);
    Criterion c = parser.parse("E1", Kind.EXCLUSION, "Earlier therapy with an anti-PD-1 or anti-PD-L1 agent, or with an agent "
        + "aimed at T-cell metabolism.");
    assertFalse(c.computable());
    CriterionResult given = EVALUATOR.evaluate(c, patient("2026-01-01", "Metastatic melanoma. Progressed on pembrolizumab 2025."));
    assertEquals(Verdict.MET, given.result());
    assertEquals("received pembrolizumab (the other alternatives are not computable)", given.reason());
    CriterionResult naive = EVALUATOR.evaluate(c, patient("2026-01-01", "Metastatic melanoma, treatment-naive."));
    assertEquals(Verdict.UNKNOWN, naive.result(), "not having the read alternative leaves the unread one open");
    Criterion inside = parser.parse("E2", Kind.EXCLUSION,
        "Earlier progression on an approved or investigational tyrosine kinase inhibitor that targets TRK.");
    assertEquals(null, inside.required(), "an 'or' inside the noun phrase is no alternative of the criterion");
  }

  @Test
  void aRegimenGivesEachOfItsDrugs() {
    PatientRecord r = patient("2025-06-01", "Metastatic colon cancer. Progressed on FOLFOX 01/2025-05/2025.");
    Predicate oxaliplatin = new Predicate.PriorTherapy(java.util.Set.of("oxaliplatin"), java.util.Set.of(), null, null, false);
    Predicate irinotecan = new Predicate.PriorTherapy(java.util.Set.of("irinotecan"), java.util.Set.of(), null, null, false);
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, oxaliplatin, r).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, irinotecan, r).result());
    assertEquals(Verdict.UNKNOWN, new Evaluator(LEX.cancers()).verdict(oxaliplatin, r), "without the regimen lexicon FOLFOX is only itself");
  }

  @Test
  void nonSquamousIsMetByAnyHistologyWithoutASquamousPart() {
    Predicate nonSquamous = new Predicate.Diagnosis(Set.of("NSCLC"), Set.of("non-squamous carcinoma"));
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, nonSquamous, patient("2025-01-01", "Stage IV lung adenocarcinoma.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, nonSquamous,
        patient("2025-01-01", "Stage IV squamous cell carcinoma of the lung.")).result());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, nonSquamous, patient("2025-01-01", "Stage IV NSCLC.")).result());
  }

  @Test
  void aFluoropyrimidineIsGivenInEveryRegimenThatHoldsOne() {
    Predicate fp = new Predicate.PriorTherapy(Set.of(), Set.of("fluoropyrimidine"), null, null, false);
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, fp, patient("2025-01-01", "Metastatic CRC: FOLFOX 03/2024-09/2024, progression.")).result());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, fp, patient("2025-01-01", "Adjuvant capecitabine 2022.")).result());
  }

  @Test
  void anEgfrTkiIsOfItsGenerationOnly() {
    // round 21: first-generation gefitinib, erlotinib, icotinib; second afatinib, dacomitinib; third osimertinib and others
    Predicate first = new Predicate.PriorTherapy(Set.of(), Set.of("first-generation EGFR TKI"), null, null, false);
    Predicate third = new Predicate.PriorTherapy(Set.of(), Set.of("third-generation EGFR TKI"), null, null, false);
    PatientRecord erlotinib = patient("2025-01-01", "EGFR L858R NSCLC, stage IV: erlotinib 03/2023-10/2024, progression.");
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, first, erlotinib).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, third, erlotinib).result());
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, third,
        patient("2025-01-01", "EGFR exon 19 deletion NSCLC, stage IV: aumolertinib since 02/2024.")).result());
  }

  @Test
  void anExcludedHistologyIsAssumedAbsentWhenNoneIsStated() {
    Predicate uveal = new Predicate.Diagnosis(Set.of("MELANOMA"), Set.of("uveal melanoma"));
    CriterionResult unstated = eval(Kind.EXCLUSION, uveal, patient("2025-01-01", "Stage IV melanoma with lung metastases."));
    assertEquals(Verdict.NOT_MET, unstated.result(), unstated.reason());
    assertEquals("no mention of the histology (uveal melanoma) of melanoma in 1 note (assumed absent)", unstated.reason());
    assertEquals(Verdict.MET, eval(Kind.EXCLUSION, uveal, patient("2025-01-01", "Metastatic uveal melanoma to the liver.")).result());
    assertEquals(Verdict.NOT_MET, eval(Kind.EXCLUSION, uveal, patient("2025-01-01", "Metastatic cutaneous melanoma.")).result());
    CriterionResult inclusion = eval(Kind.INCLUSION, uveal, patient("2025-01-01", "Stage IV melanoma with lung metastases."));
    assertEquals(Verdict.UNKNOWN, inclusion.result());
    assertEquals("no mention of the histology (uveal melanoma) of melanoma in 1 note", inclusion.reason());
  }

  @Test
  void anEarlyRelapseIsOpenAfterAdjuvantTherapyAndNotMetWithoutIt() {
    Predicate relapse = new Predicate.EarlyRelapse(Set.of(), Set.of("chemotherapy"), 6, "months");
    CriterionResult adjuvant = eval(Kind.INCLUSION, relapse,
        patient("2025-01-01", "Breast cancer: adjuvant docetaxel and cyclophosphamide 2023, recurrence in the liver 2024."));
    assertEquals(Verdict.UNKNOWN, adjuvant.result());
    assertTrue(adjuvant.reason().endsWith("whether the disease recurred during it or within 6 months after is not recorded"), adjuvant.reason());
    CriterionResult none = eval(Kind.INCLUSION, relapse,
        patient("2025-01-01", "De novo metastatic breast cancer. Paclitaxel 03/2024-09/2024, progression. Capecitabine 10/2024-."));
    assertEquals(Verdict.NOT_MET, none.result(), none.reason());
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, relapse, patient("2025-01-01", "ECOG 1.")).result());
  }

  @Test
  void anyTreatmentOfTheCancerIsOpenWhenOneIsRecordedAndAbsentWhenNoneIs() {
    Predicate any = new org.eligo.criteria.CriterionParser(LEX).parse("E1", Kind.EXCLUSION, "Previous treatment of prostate cancer").predicate();
    CriterionResult treated = eval(Kind.EXCLUSION, any,
        patient("2025-01-01", "Prostate adenocarcinoma, Gleason 7. Radical prostatectomy in 2019."));
    assertEquals(Verdict.UNKNOWN, treated.result());
    assertTrue(treated.reason().contains("that it treated this cancer is not read from the records"), treated.reason());
    CriterionResult none = eval(Kind.EXCLUSION, any, patient("2025-01-01", "Newly found prostate adenocarcinoma, Gleason 7."));
    assertEquals(Verdict.NOT_MET, none.result());
    assertTrue(none.assumed());
  }

  @Test
  void aCarcinomaInSituIsNoInvasiveCancerOfItsOrganUnlessTheCriterionAsksForIt() {
    PatientRecord r = patient("2026-07-08", "Stage IVB lung adenocarcinoma. Past history: DCIS of the left breast 2016, lumpectomy and RT.");
    CriterionResult breast = eval(Kind.INCLUSION, new Predicate.Diagnosis(Set.of("BREAST"), Set.of()), r);
    assertEquals(Verdict.NOT_MET, breast.result());
    PatientRecord dcis = patient("2026-06-01", "Left breast ductal carcinoma in situ, grade 2, excised 05/2026.");
    // DCIS alone: no invasive cancer found, so no cancer diagnosis to match
    assertEquals(Verdict.UNKNOWN, eval(Kind.INCLUSION, new Predicate.Diagnosis(Set.of("BREAST"), Set.of()), dcis).result());
    assertEquals(Verdict.MET, eval(Kind.INCLUSION, new Predicate.Diagnosis(Set.of("BREAST"), Set.of("ductal carcinoma in situ")), dcis).result());
  }

  @Test
  void aBrainStatedAsNotImagedIsAsIfUnmentionedAndNoDistantDisease() {
    PatientRecord r = patient("2026-05-01", "Resected stage IIB melanoma. Brain not imaged, no neurological symptoms.");
    CriterionResult active = eval(Kind.EXCLUSION, new Predicate.Metastasis("brain", Set.of("ACTIVE")), r);
    assertEquals(Verdict.NOT_MET, active.result());
    assertEquals("no mention of brain metastases (brain not imaged) in 1 note (assumed absent)", active.reason());
    assertTrue(active.assumed());
    // the UNKNOWN brain status is no metastasis: stage IV is still not met by it
    assertEquals(Verdict.NOT_MET, eval(Kind.INCLUSION, new Predicate.Stage("IV"), r).result());
  }
}
