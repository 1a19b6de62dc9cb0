package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.biomarkers;
import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 10 was spent: each case is written here, not taken from its notes. */
class ReadingsRound10Test {

  private static Finding.Variant onlyVariant(String text) {
    List<Finding.Variant> all = record("2026-01-01", text).current(FactType.VARIANT).map(f -> (Finding.Variant) f.finding()).toList();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  private static Finding.Therapy therapy(PatientRecord r, String drug) {
    return r.current(FactType.THERAPY).map(f -> (Finding.Therapy) f.finding()).filter(t -> drug.equals(t.drug())).findFirst().orElseThrow();
  }

  @Test
  void notRearrangedIsANegativeFusionResult() {
    assertEquals(List.of("ROS1 null ABSENT"), variantStates("ROS1 not rearranged by FISH."));
    assertEquals(List.of("ALK null ABSENT"), variantStates("ALK is not rearranged."));
  }

  @Test
  void significanceAndOriginWordsBetweenGeneAndChangeAreFiller() {
    Finding.Variant v = onlyVariant("Confirmed RAD51C likely pathogenic variant (c.224_225delTG, p.Val75Glufs*8) on germline testing.");
    assertEquals("V75Efs*8", v.variant());
    assertEquals("c.224_225delTG (p.Val75Glufs*8)", v.hgvs());
    assertEquals("germline", v.origin());
  }

  @Test
  void aProteinChangeInParenthesesIsWrittenOnce() {
    assertEquals("c.1624G>T (p.Glu542Ter)", onlyVariant("PIK3CA (c.1624G>T, p.Glu542Ter) detected.").hgvs());
    assertEquals("c.743G>A p.(Arg248Gln)", onlyVariant("TP53 c.743G>A p.(Arg248Gln) detected.").hgvs());
  }

  @Test
  void anOriginNamedByTheLineLabelBelongsToTheFirstGene() {
    assertEquals("germline", onlyVariant("Germline panel: PALB2 c.3113G>A detected.").origin());
    assertEquals("somatic", onlyVariant("Somatic NGS:\nATM c.7271T>G detected.").origin());
    assertEquals(null, onlyVariant("Panel: PALB2 c.3113G>A detected.").origin());
  }

  @Test
  void eCadherinIsAnImmunostainNotACdh1Result() {
    assertEquals(List.of(), variantStates("Invasive lobular carcinoma; E-cadherin negative by IHC."));
    assertEquals(List.of("CDH1 null ABSENT", "PIK3CA null ABSENT"), variantStates("NGS: CDH1, PIK3CA negative."));
  }

  @Test
  void aTrialNamedByItsTargetIsNoFinding() {
    assertEquals(List.of(), variantStates("Screening for a KRAS G12D trial versus standard chemotherapy."));
    assertEquals(List.of("NRAS Q61R PRESENT"), variantStates("NRAS Q61R detected."));
  }

  @Test
  void notYetGivenTalkedAboutAndLaterAreNotGiven() {
    assertEquals(List.of("cetuximab ABSENT"), therapyStates("Cetuximab not yet given."));
    assertEquals(List.of("encorafenib HYPOTHETICAL", "cetuximab HYPOTHETICAL"), therapyStates("We talked about encorafenib + cetuximab."));
    assertEquals(List.of("carboplatin PRESENT", "olaparib HYPOTHETICAL"), therapyStates("Carboplatin now; olaparib later."));
  }

  @Test
  void bevIsBevacizumabAndMaintenanceAfterAnArrowContinuesTheLine() {
    PatientRecord r = record("2025-01-10", "Started CAPOX + bevacizumab 01/2025.",
        "2026-03-02", "CAPOX-bev x6 (01-05/2025) -> capecitabine/bev maintenance -> CT 02/2026 progression.");
    assertEquals(1, r.priorLines());
    assertEquals("bevacizumab", therapy(r, "bevacizumab").drug());
  }

  @Test
  void thpIsARegimen() {
    PatientRecord r = record("2026-01-01", "First-line THP 03/2025, progression 12/2025.");
    assertEquals(1, r.priorLines());
    assertEquals(1, therapy(r, "THP").course().line());
  }

  @Test
  void aDrugOfTheSameClassInPlaceOfOneStoppedForSideEffectsContinuesTheLine() {
    PatientRecord r = record("2025-03-01", "Started lorlatinib 02/01/2025.",
        "2025-06-01", "Lorlatinib stopped 05/02/2025 for grade 3 hepatotoxicity. Switched to brigatinib on 05/20/2025.");
    assertEquals(1, r.priorLines());
    assertEquals("2025-05-20", therapy(r, "brigatinib").course().startDate());
    // Progression before the switch makes the next drug a new line.
    assertEquals(2, record("2025-03-01", "Started lorlatinib 02/01/2025.",
        "2025-06-01", "Lorlatinib stopped 05/02/2025 for progression. Switched to brigatinib on 05/20/2025.").priorLines());
    // A drug of another class after toxicity is a new line.
    assertEquals(2, record("2025-03-01", "Started lorlatinib 02/01/2025.",
        "2025-06-01", "Lorlatinib stopped 05/02/2025 for grade 3 transaminitis. Switched to carboplatin/pemetrexed on 05/20/2025.")
        .priorLines());
  }

  @Test
  void anIshResultAfterTheReportFiguresOrWrittenAsASign() {
    assertEquals(List.of("HER2 amplified"),
        biomarkers("2026-01-01", "HER2 dual ISH: HER2/CEP17 ratio 3.1; mean HER2 copy number 7.4 signals/cell -> AMPLIFIED."));
    assertEquals(List.of("HER2 2+", "HER2 amplified"), biomarkers("2026-01-01", "HER2 positive (IHC 2+, ISH+)."));
    assertEquals(List.of("HER2 1+", "HER2 not amplified"), biomarkers("2026-01-01", "HER2 IHC 1+, FISH-."));
    // A semicolon before another marker still ends the ISH result.
    assertEquals(List.of("HER2 not amplified"), biomarkers("2026-01-01", "HER2 FISH not amplified; ER positive.").subList(0, 1));
  }

  @Test
  void aLaterWordThatTheMeasuredValueFitsRestatesIt() {
    assertEquals(List.of("PD-L1 TPS 80.0"), biomarkers("2026-01-01", "PD-L1 22C3 TPS 80%.", "2026-02-01", "PD-L1 high."));
    // A later word the old value does not fit is a new result.
    assertEquals(List.of("PD-L1 TPS negative"), biomarkers("2026-01-01", "PD-L1 22C3 TPS 80%.", "2026-02-01", "PD-L1 negative."));
  }

  private static List<String> diagnoses(String... datedTexts) {
    return record(datedTexts).current(FactType.DIAGNOSIS).map(f -> {
      Finding.Diagnosis d = (Finding.Diagnosis) f.finding();
      return d.cancer() + " " + d.histology() + " " + d.stage() + " " + f.assertion();
    }).toList();
  }

  @Test
  void aLungLobeNamesTheSiteOfABareHistology() {
    assertEquals(List.of("NSCLC squamous cell carcinoma null PRESENT"),
        diagnoses("2026-01-01", "Left lower lobe, transbronchial biopsy: SQUAMOUS CELL CARCINOMA."));
  }

  @Test
  void stageIiidIsAStageAndIidIsNot() {
    assertEquals(List.of("null null IIID PRESENT"), diagnoses("2026-01-01", "Stage IIID, unresectable."));
    assertEquals(List.of(), diagnoses("2026-01-01", "Stage IID."));
  }

  @Test
  void aCancerReportedPresentWithinTheYearStaysBesideALaterHistoryOfIt() {
    assertEquals(List.of("MELANOMA null null PRESENT", "MELANOMA null null HISTORICAL"),
        diagnoses("2026-04-01", "Axillary node core biopsy: melanoma (SOX10+).",
            "2026-05-01", "History of melanoma of the back excised 2023; now bulky nodal disease."));
    // Years later, history is history.
    assertEquals(List.of("MELANOMA null null HISTORICAL"),
        diagnoses("2022-04-01", "Axillary node core biopsy: melanoma (SOX10+).",
            "2026-05-01", "History of melanoma of the back excised 2022."));
  }

  @Test
  void aNumberedLineLabelStatesTheLineAndAChemotherapyChangeAfterToxicityIsANewLine() {
    PatientRecord r = record("2026-01-01", "Line 1: CAPOX 03/2024 - 09/2024 (oxaliplatin stopped for neuropathy), progression 11/2024.\n"
        + "Line 2: FOLFIRI 12/2024 - 10/2025, progression.");
    assertEquals(2, r.priorLines());
    assertEquals(2, therapy(r, "FOLFIRI").course().line());
  }

  @Test
  void aBrainScanFocusSuspiciousForAMetastasisLeavesTheBrainUnknown() {
    assertEquals(List.of("UNKNOWN"), brain("MRI brain 01/02/26: 3 mm enhancing focus R parietal cortex, suspicious for a tiny metastasis."));
    // A finding after the brain scan's own result is another organ's.
    assertEquals(List.of("ABSENT"), brain("MRI brain: negative. CT chest: nodule suspicious for metastasis."));
  }

  @Test
  void nothingYetForMetastaticDiseaseOutweighsEarlierCoursesWithoutSetting() {
    assertEquals(0, record("2026-01-01", "Received FEC then docetaxel from 03/2022 to 09/2022, then radiation.\n"
        + "Impression: first metastatic recurrence; no therapy yet for metastatic disease.").priorLines());
    // A course told in a later note is counted.
    assertEquals(1, record("2025-06-01", "Metastatic recurrence; no therapy yet for metastatic disease.",
        "2026-01-01", "Carboplatin/gemcitabine 07/2025 - 11/2025, progression.").priorLines());
  }

  private static List<String> brain(String text) {
    return record("2026-01-01", text).current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding())
        .filter(m -> m.site().equals("brain")).map(m -> m.status().name()).toList();
  }

  @Test
  void anIndeterminateBrainFocusIsUnknownEvenWhenTreatmentIsWithheld() {
    assertEquals(List.of("UNKNOWN"), brain("IMPRESSION: 2 mm right temporal enhancing focus - nonspecific; a metastasis cannot be excluded."));
    assertEquals(List.of("UNKNOWN"), brain("MRI brain: tiny L parietal focus, ?early met vs small vessel change. No SRS for now."));
    assertEquals(List.of("UNKNOWN"), brain("5 mm R occipital focus - met vs cavernoma; repeat MRI in 6 weeks."));
    assertEquals(List.of("ABSENT"), brain("Adrenal nodule, ?met. MRI brain negative."));
  }

  @Test
  void anAllredScoreGivesTheReceptorStatusAndItsProportionScoreIsNoPerformanceStatus() {
    PatientRecord r = record("2026-01-01", "ER Allred 6/8 (PS 4, IS 2). PR Allred 2/8.");
    assertEquals(List.of("ER positive", "PR negative"), r.current(FactType.BIOMARKER)
        .map(f -> ((Finding.Biomarker) f.finding()).name() + " " + ((Finding.Biomarker) f.finding()).category()).toList());
    assertEquals(0, r.current(FactType.PERFORMANCE_STATUS).count());
  }
}
