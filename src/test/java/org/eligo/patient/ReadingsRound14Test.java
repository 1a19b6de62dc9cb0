package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.brain;
import static org.eligo.patient.PatientPipelineTest.lines;
import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.sites;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 19 was spent (tenth session): each case is written here, not taken from its notes. */
class ReadingsRound14Test {


  @Test
  void aNegativeInBracketsThatOpensItsRowHeadsTheGenesAfterIt() {
    assertEquals(List.of("ERBB2 null ABSENT", "MET null ABSENT", "PIK3CA E545K PRESENT"),
        variantStates("SNV PANEL\n  [not detected]  ERBB2, MET\n  [detected]  PIK3CA E545K"));
    // brackets inside prose are no row label
    assertEquals(List.of("KRAS null PRESENT"), variantStates("Outside NGS [reviewed]: KRAS mutation present."));
  }

  @Test
  void aListAfterANegativeThatSaysWhatItIncludedIsCovered() {
    assertEquals(List.of("RET null ABSENT", "NTRK1 null ABSENT"),
        variantStates("Fusion panel: no fusion detected - includes RET, NTRK1."));
    assertEquals(List.of("ALK null ABSENT", "ROS1 null ABSENT"),
        variantStates("Fusions: none identified, including ALK and ROS1."));
  }

  @Test
  void aResultSaidOfTheWholeListReachesItsSpecificItems() {
    assertEquals(List.of("MET amplification ABSENT", "ALK fusion ABSENT"),
        variantStates("FISH: MET amplification, ALK rearrangement - both negative."));
    // without the quantifier a named rearrangement is a finding of its own
    assertEquals(List.of("ALK fusion PRESENT", "KRAS null ABSENT"), variantStates("ALK rearrangement, KRAS negative."));
  }

  @Test
  void anAmplifiedHer2OutsideABreastNoteIsAGenomicFindingEvenBesideItsStain() {
    assertEquals(List.of("ERBB2 amplification PRESENT"),
        variantStates("Rectal adenocarcinoma. HER2 amplified (copy number 14; IHC 3+)."));
    assertEquals(List.of("ERBB2 amplification PRESENT"),
        variantStates("Gallbladder carcinoma. ERBB2 (HER2) AMPLIFICATION - IHC 3+ supplementary."));
    // an ISH result beside it is the receptor's, read as a biomarker
    assertEquals(List.of(), variantStates("Gastric adenocarcinoma. HER2 amplified by FISH (ratio 3.1), IHC 2+."));
  }

  @Test
  void aBrainTreatmentDatedAfterItsTargetTreatsTheNewMetastasis() {
    assertEquals(List.of(MetStatus.TREATED_STABLE),
        brain("PD 05/2025 with a new left frontal brain metastasis.\nSRS to the frontal lesion 06/03/2025."));
    assertEquals(List.of(MetStatus.ACTIVE),
        brain("PD 11/2025 with a new left frontal brain metastasis.\nSRS to the frontal lesion planned 02/2026."));
  }

  @Test
  void aDrugNeverDosedOrAScreenFailureWasNotGiven() {
    assertEquals(List.of("sotorasib ABSENT"), therapyStates("Sotorasib trial 03/2025: screen failed (creatinine), never dosed."));
    assertEquals(List.of("capivasertib ABSENT"), therapyStates("Capivasertib via compassionate program, forms sent, not started."));
    // no line counted from it: with nothing else written the count stays unknown
    assertEquals(null, record("2026-01-01", "Metastatic NSCLC. Lorlatinib trial: screen failure, never dosed.").priorLines());
  }

  @Test
  void aDrugThatWouldNotHelpOrRaisesAConcernIsNotGiven() {
    assertEquals(List.of("nivolumab HYPOTHETICAL"), therapyStates("Nivolumab would not be expected to help in this setting."));
    assertEquals(List.of(), record("2026-01-01", "Lupus on hydroxychloroquine. Rheumatology is concerned that immunotherapy could cause a flare.")
        .current(FactType.THERAPY).filter(f -> f.assertion() == org.eligo.core.Assertion.PRESENT
            && "systemic".equals(((Finding.Therapy) f.finding()).category())).toList());
    assertEquals(List.of("alectinib HYPOTHETICAL"), therapyStates("Alectinib access approved; first dose next week."));
  }

  private static List<String> conditions(String text) {
    return record("2026-01-01", text).current(FactType.CONDITION)
        .map(f -> ((Finding.Condition) f.finding()).name() + " " + f.assertion()).toList();
  }

  @Test
  void aGestationalAgeIsACurrentPregnancy() {
    assertEquals(List.of("pregnancy PRESENT"), conditions("34F G3P1 at 21+4 weeks, metastatic breast cancer."));
    assertEquals(List.of("pregnancy PRESENT"), conditions("She is at 26 weeks' gestation."));
    // a pathology requisition's clinical history is the present context, not the past
    assertEquals(List.of("pregnancy PRESENT"), conditions("Clinical history of intrauterine pregnancy, 18 weeks."));
  }


  @Test
  void aMetastaticDiagnosisUnderASpecimenLineIsAMetastasisAtTheSpecimenSite() {
    assertEquals(List.of("liver"), sites("Liver, segment 4, core biopsy (02/02/2026)\nMetastatic adenocarcinoma, consistent with pancreatic primary."));
    assertEquals(List.of("adrenal"), sites("Specimen: left adrenal mass, CT-guided core\n\nDiagnosis: metastatic carcinoma."));
    // a lymph node is no distant site; a primary lung diagnosis no metastasis
    assertEquals(List.of(), sites("Lymph node, station 7, EBUS FNA\nMetastatic carcinoma, TTF-1 positive."));
    assertEquals(List.of(), sites("Lung, right upper lobe, core biopsy\nInvasive adenocarcinoma, acinar predominant."));
  }

  @Test
  void aNegativeRightAfterTheOtherOfTwoChangesIsThatOnesOwn() {
    assertEquals(List.of("EGFR L858R PRESENT", "EGFR T790M ABSENT"), variantStates("Plasma NGS: EGFR L858R, T790M not detected."));
    // joined by a conjunction or a slash, or three and more, the list shares it
    assertEquals(List.of("EGFR exon 19 deletion ABSENT", "EGFR L858R ABSENT"),
        variantStates("EGFR exon 19 deletion and L858R not detected."));
    assertEquals(List.of("FLT3 ITD ABSENT", "FLT3 TKD ABSENT"), variantStates("FLT3 ITD/TKD negative."));
    assertEquals(List.of("KRAS G12C ABSENT", "KRAS G12D ABSENT", "KRAS G13D ABSENT"), variantStates("KRAS G12C, G12D, G13D not detected."));
  }

  @Test
  void aLabelClosedByANegativeResultHeadsTheGeneLinesBelowIt() {
    assertEquals(List.of("ALK null ABSENT", "NTRK1 null ABSENT"), variantStates("FUSION PANEL\n-- Other targets - not detected\n   ALK, NTRK1"));
  }

  @Test
  void genesInAParenthesisAfterATestNameAreWhatItCoversNotItsResult() {
    assertEquals(List.of(), variantStates("Block sent for a DNA panel (KRAS, BRAF, ERBB2); result awaited."));
    assertEquals(List.of("KRAS null ABSENT", "BRAF null ABSENT"), variantStates("DNA panel (KRAS, BRAF): negative."));
  }

  @Test
  void aNegativeWithItsQualifierBeforeTheColonHeadsAListAcrossSemicolons() {
    assertEquals(List.of("KRAS null ABSENT", "RET fusion ABSENT", "ROS1 fusion ABSENT"),
        variantStates("NO ALTERATION DETECTED IN (targeted): KRAS; RET and ROS1 fusions."));
    assertEquals(List.of("ALK null ABSENT", "RET null ABSENT"), variantStates("Rearrangements: none detected in ALK, RET."));
  }

  @Test
  void aTableRowWithTheExonInItsOwnCellIsRead() {
    assertEquals(List.of("KRAS G12D PRESENT"), variantStates("KRAS | exon 2 | c.35G>A | p.(Gly12Asp) | VAF 12%"));
  }

  @Test
  void aNegationInAParenthesisEndsWithIt() {
    assertEquals(List.of("KRAS G13D PRESENT", "PIK3CA H1047R PRESENT"), variantStates("NGS: KRAS G13D (not G12C), PIK3CA H1047R."));
    // a parenthesis with its own subject keeps its cue; one that only gives the result gives it to the gene before
    assertEquals(List.of("NRAS null ABSENT", "BRAF null ABSENT"), variantStates("Not detected: NRAS, BRAF. (Fusions not tested by this panel.)"));
    assertEquals(List.of("NRAS null ABSENT", "BRAF null ABSENT"), variantStates("NRAS (not detected), BRAF (negative)."));
  }

  @Test
  void targetsListedAfterANegativeAreNegativeAndASkippingTargetIsThatEvent() {
    assertEquals(List.of("ROS1 null ABSENT", "MET exon 14 skipping ABSENT"),
        variantStates("RNA fusions: none detected. Targets: ROS1, MET exon 14 skipping."));
  }

  @Test
  void anImmunostainPanelNamesStainsNotSequencingResults() {
    assertEquals(List.of(), variantStates("Immunohistochemistry: CK7 positive; PAX8 negative; WT1 positive (nuclear)."));
    assertEquals(List.of("ALK null PRESENT"), variantStates("IHC: ALK (D5F3) positive."));
  }

  @Test
  void aCarrierIsAPositiveResultAndAnInvalidTestNone() {
    assertEquals(List.of("BRCA2 null PRESENT"), variantStates("Known BRCA2 carrier."));
    assertEquals(List.of("BRAF V600 HYPOTHETICAL"), variantStates("BRAF V600 (PCR): invalid, insufficient DNA."));
  }

  @Test
  void theRemainingGenesOfAListedPanelAreNegative() {
    assertEquals(List.of("ATM E522fs PRESENT", "CHEK2 null ABSENT", "PALB2 null ABSENT"),
        variantStates("Genes analysed (3): ATM, CHEK2, PALB2.\nATM c.1564_1565del p.(Glu522fs) pathogenic.\nNo pathogenic variant in the remaining 2 genes."));
  }


  @Test
  void aProgressionClauseBeforeThenClosesTheCourse() {
    assertEquals(List.of("docetaxel 1", "pembrolizumab 1", "sacituzumab govitecan 2"),
        lines("Metastatic NSCLC: first-line docetaxel and pembrolizumab, progression in 03/2026, then sacituzumab govitecan."));
  }

  @Test
  void anAbbreviatedAdjuvantLabelAndAnAdvancedSettingNearerTheDrug() {
    assertEquals(null, record("2026-11-18", "Colon cancer. Adj CAPOX 2024 completed.").priorLines());
    assertEquals(List.of("FOLFIRI 1"),
        lines("He had adjuvant FOLFOX in 2022 (relapse in 2024) and FOLFIRI for metastatic disease since 03/2024."));
  }

  @Test
  void preferencesPlansAndReportsOfTherapiesAreNotTreatment() {
    assertEquals(List.of("tucatinib HYPOTHETICAL"), therapyStates("She favours tucatinib-based therapy."));
    assertEquals(List.of("olaparib HYPOTHETICAL"), therapyStates("Otherwise olaparib is the plan."));
    assertEquals(List.of("capivasertib HYPOTHETICAL"), therapyStates("Therapies with potential relevance: capivasertib (AKT1)."));
    assertEquals(List.of("lorlatinib HYPOTHETICAL"), therapyStates("Comment: lorlatinib inhibits the G1202R mutant."));
    assertEquals(List.of("pralsetinib ABSENT"), therapyStates("Pralsetinib not reimbursed here."));
    assertEquals(List.of("cisplatin HYPOTHETICAL"), therapyStates("Hydration started ahead of cisplatin."));
  }

  private static List<String> diagnoses(String text) {
    return record("2026-01-01", text).current(FactType.DIAGNOSIS).map(f -> {
      Finding.Diagnosis d = (Finding.Diagnosis) f.finding();
      return d.cancer() + " " + d.histology() + " " + f.assertion();
    }).toList();
  }

  @Test
  void aBareHistologyUnderASpecimenLineIsACancerOfTheSpecimensOrgan() {
    assertEquals(List.of("NSCLC adenocarcinoma PRESENT"),
        diagnoses("Specimen: right lower lobe lung, CT-guided core biopsy\nDiagnosis: invasive adenocarcinoma, lepidic and acinar."));
    // a metastasis names no primary, and a specimen from a site of metastases names none either
    assertEquals(List.of(), diagnoses("Liver, segment 6, core biopsy\nDiagnosis: adenocarcinoma."));
  }

  @Test
  void aRelativeWhoCameAlongIsNoFamilyContextForThePatientsAge() {
    assertEquals(List.of(66), record("2026-01-01", "Mr. X, a 66-year-old farmer, came with his daughter today.")
        .current(FactType.DEMOGRAPHIC).map(f -> ((Finding.Demographic) f.finding()).age()).filter(java.util.Objects::nonNull).toList());
  }

  @Test
  void aSerologyListWithSurfaceAndCoreAntibodiesSharesItsResult() {
    assertEquals(List.of("HIV ABSENT", "hepatitis B ABSENT"), record("2026-01-01",
        "HIV, hepatitis B surface antigen and hepatitis B core antibody were negative.").current(FactType.CONDITION)
        .map(f -> ((Finding.Condition) f.finding()).name() + " " + f.assertion()).toList());
  }

  @Test
  void aNegationBeforeAParenthesisDoesNotReachWhatItExplains() {
    assertEquals(List.of("AML PRESENT"), record("2026-01-01", "Not fit for intensive induction (age 76, secondary AML).")
        .current(FactType.DIAGNOSIS).map(f -> ((Finding.Diagnosis) f.finding()).cancer() + " " + f.assertion()).toList());
    assertEquals(List.of("nivolumab HYPOTHETICAL"), therapyStates("Nivolumab is my preference."));
  }
}
