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

/** Readings added after blind sets 17 and 18 were spent (ninth session): each case is written here, not taken from their notes. */
class ReadingsRound13Test {


  private static List<Integer> ecog(String text) {
    return record("2026-01-01", text).current(FactType.PERFORMANCE_STATUS)
        .map(f -> ((Finding.PerformanceStatus) f.finding()).value()).toList();
  }

  @Test
  void aFusionOfTwoNonKinaseGenesIsNamedByItsFivePrimeGene() {
    assertEquals(List.of("KMT2A fusion PRESENT"), variantStates("Karyotype and FISH: KMT2A::AFF1 detected."));
    assertEquals(List.of("RUNX1 fusion ABSENT"), variantStates("RT-PCR: RUNX1::RUNX1T1 not detected."));
    // a kinase driver still names the fusion whichever side it is written
    assertEquals(List.of("ALK fusion PRESENT"), variantStates("RNA NGS: EML4-ALK fusion (variant 3)."));
  }

  @Test
  void lossOfFunctionIsNoCopyLossAndAHeterozygousLossIs() {
    assertEquals(List.of("KEAP1 null PRESENT"), variantStates("KEAP1 loss-of-function mutation noted on NGS."));
    assertEquals(List.of("CDKN2A loss PRESENT"), variantStates("CDKN2A | heterozygous loss | -"));
  }

  @Test
  void aCopyNumberValueBeforeTheCallIsReadPast() {
    assertEquals(List.of("MET amplification ABSENT"), variantStates("MET: copy number 2.4 - no amplification."));
    assertEquals(List.of("MET amplification ABSENT"), variantStates("MET copy number 1.9, not amplified."));
    // a breast report's HER2 copy number is the receptor's ISH result, no genomic variant
    assertEquals(List.of(), variantStates("Breast core. HER2 IHC 2+; ISH: HER2/CEP17 ratio 2.6, mean HER2 copy number 6.1: AMPLIFIED."));
  }

  @Test
  void aDomainBetweenGeneAndResultIsPartOfTheLabel() {
    assertEquals(List.of("POLD1 null ABSENT"), variantStates("POLD1 exonuclease domain: no pathogenic variant."));
  }

  @Test
  void genesInAParenthesisTheTestDidNotCoverGiveNoResult() {
    assertEquals(List.of(), variantStates("Fusions (ROS1, RET) are not assessed by this DNA-only assay."));
  }

  @Test
  void aNegativeWhoseParenthesisNamesOneGeneCoversIt() {
    assertEquals(List.of("PALB2 null ABSENT"), variantStates("Hereditary cancer panel negative (incl. PALB2)."));
  }

  @Test
  void aLabelAndItsResultOnTheNextLineAreOneReading() {
    assertEquals(List.of("DNMT3A null ABSENT", "ASXL1 null ABSENT"), variantStates("Myeloid panel: DNMT3A, ASXL1:\nnot detected."));
  }

  @Test
  void aNegativeListBrokenOverLinesCoversEveryLine() {
    assertEquals(List.of("KRAS null ABSENT", "NRAS null ABSENT", "ALK fusion ABSENT", "RET fusion ABSENT"),
        variantStates("Negative for: KRAS; NRAS;\nALK fusion; RET fusion."));
    assertEquals(List.of("EGFR null ABSENT", "ERBB2 exon 20 insertion ABSENT", "ROS1 fusion ABSENT", "NRG1 fusion ABSENT"),
        variantStates("Not detected: EGFR; ERBB2 exon 20\ninsertions; ROS1 and NRG1 fusions."));
  }

  @Test
  void brcaWithoutANumberIsBothGenesAndOnlyPossibleWhenPositive() {
    assertEquals(List.of("BRCA1 null ABSENT", "BRCA2 null ABSENT"), variantStates("Her germline BRCA result came back\nnegative."));
    assertEquals(List.of("BRCA1 null POSSIBLE", "BRCA2 null POSSIBLE"), variantStates("Known BRCA-mutated carrier per outside records."));
    // the gene named in the sentence is the one meant
    assertEquals(List.of("BRCA2 null PRESENT"), variantStates("BRCA carrier: germline BRCA2 c.5946delT detected."));
  }

  @Test
  void aGradeSaidOfAnEarlierTimeIsHistorical() {
    assertEquals(List.of(0), ecog("ECOG 0 in clinic today (ECOG 2 on admission)."));
    assertEquals(List.of(1), ecog("ECOG 3 at presentation, now ECOG 1."));
  }

  @Test
  void optionsTalkedThroughAndDecisionsAreNotTreatment() {
    assertEquals(List.of("olaparib HYPOTHETICAL"), therapyStates("We talked through olaparib at length."));
    assertEquals(List.of("pembrolizumab ABSENT"), therapyStates("TPS is under 50%, so pembrolizumab monotherapy is not on label."));
    assertEquals(List.of(), record("2026-01-01", "Metastatic NSCLC. MSI-H is relevant for immunotherapy decisions. No treatment yet.")
        .current(FactType.THERAPY).filter(f -> f.assertion() == org.eligo.core.Assertion.PRESENT).toList());
    assertEquals(0, record("2026-01-01", "Metastatic melanoma, untreated. Immunotherapy is kept as a second-line option.").priorLines());
  }

  @Test
  void aScanPlannedAfterStartingADrugDoesNotSayItWasStarted() {
    assertEquals(0, record("2026-01-01", "Metastatic NSCLC, no treatment yet.\nPlan:\n1. Lorlatinib 100 mg daily.\n"
        + "2. CT chest 6 weeks after starting lorlatinib.").priorLines());
  }

  @Test
  void laterSwitchedToSaysTheEarlierDrugWasGiven() {
    assertEquals(List.of("anastrozole PRESENT", "exemestane PRESENT"),
        therapyStates("Adjuvant anastrozole, later switched to exemestane for arthralgia."));
  }

  /** Each current systemic therapy as "drug setting". */
  private static List<String> settings(String text) {
    return record("2026-01-01", text).current(FactType.THERAPY).map(f -> (Finding.Therapy) f.finding())
        .filter(t -> "systemic".equals(t.category())).map(t -> t.drug() + " " + t.setting()).toList();
  }

  @Test
  void aDrugAfterTheOperationOfAResectedEarlyStageIsAdjuvant() {
    assertEquals(List.of("letrozole adjuvant"), settings("History: right breast IDC pT2 N0, 2019; mastectomy, letrozole."));
    // spread named in the sentence: no longer the treatment of a resected early stage
    assertEquals(List.of("letrozole null"), settings("Recurrence after pT2 N0 disease; mastectomy 2019, letrozole since 2024 for bone metastases."));
  }

  @Test
  void anAliasWrappedOntoTheNextLineStaysInItsSentence() {
    assertEquals(List.of("trastuzumab emtansine adjuvant"),
        settings("Adjuvant therapy was trastuzumab emtansine\n(T-DM1) for 14 cycles."));
  }

  @Test
  void newBrainMetastasesTreatedLaterInTheNoteOnAWrittenDateAreTreated() {
    assertEquals(List.of(MetStatus.TREATED_STABLE),
        brain("Progression 08/2025 (new adrenal and 3 brain mets).\nSRS 09/02/25 to all three lesions."));
    // a planned treatment leaves them active, as does one dated after the note
    assertEquals(List.of(MetStatus.ACTIVE), brain("Two new brain mets on MRI.\nPlan: SRS next week."));
    assertEquals(List.of(MetStatus.ACTIVE), brain("Two new brain mets on MRI.\nA/P:\n- SRS 02/10/2026 to both."));
  }


  @Test
  void everySiteJoinedToAMetastaticRecurrenceIsRead() {
    assertEquals(List.of("liver", "adrenal"), sites("Metastatic relapse was confirmed in 11/2024 in the liver and adrenals."));
    assertEquals(List.of("bone", "lung", "liver"), sites("Colon cancer metastatic to bones, lungs and liver."));
  }

  @Test
  void aResultRetoldWithItsOldDateDoesNotOverrideANewerOne() {
    assertEquals(List.of("ER 35.0", "PR negative"), PatientPipelineTest.biomarkers(
        "2025-06-10", "Liver biopsy: metastatic breast carcinoma. ER 35%. PR <1%.",
        "2026-04-02", "In 02/2021 she was diagnosed with stage II breast cancer, ER 90%, PR 30%. Liver recurrence 2025."));
  }


  @Test
  void aRegimenWrittenAfterAfterProgressionOnCameFirst() {
    assertEquals(2, record("2026-11-18", "Stage IV NSCLC: now docetaxel after progression on carboplatin/pemetrexed.").priorLines());
    assertEquals(List.of("docetaxel 2", "carboplatin/pemetrexed 1"),
        lines("Stage IV NSCLC: now docetaxel after progression on carboplatin/pemetrexed."));
    assertEquals(List.of("gemcitabine/nab-paclitaxel 2", "FOLFIRINOX 1"),
        lines("Metastatic pancreatic cancer: cycle 3 of second-line gemcitabine/nab-paclitaxel after FOLFIRINOX."));
    // a maintenance written after its induction is the same line
    assertEquals(1, record("2026-11-18",
        "Metastatic NSCLC. Pemetrexed/pembrolizumab maintenance after 4 cycles of carboplatin/pemetrexed/pembrolizumab.").priorLines());
  }

  @Test
  void aCountOfPriorLinesTheNotesStateIsTheLeastThereWere() {
    assertEquals(3, record("2026-11-18", "Metastatic CRC, s/p 3 prior lines of systemic therapy.").priorLines());
    assertEquals(4, record("2026-11-18", "Heavily pretreated (four prior regimens). Now on irinotecan.").priorLines());
    // a limit is a trial's, not the patient's
    assertEquals(null, record("2026-11-18", "Metastatic NSCLC. Looking for a study that allows up to 2 prior lines.").priorLines());
  }

  @Test
  void aCapitalHeadingThatStatesANegativeCoversTheGenesBelowIt() {
    assertEquals(List.of("EGFR null ABSENT", "ROS1 null ABSENT", "NRG1 null ABSENT"),
        variantStates("NO REPORTABLE ALTERATIONS DETECTED IN\n  EGFR (exons 18-21), ROS1, NRG1\n\nComment: see PD-L1 report."));
    assertEquals(List.of("KRAS G12V PRESENT"), variantStates("REPORTABLE FINDINGS\n  KRAS G12V (VAF 12%)"));
  }

  @Test
  void aNamedAssayBetweenANegativeAndItsColonStillHeadsTheList() {
    assertEquals(List.of("BRAF null ABSENT", "PIK3CA null ABSENT"), variantStates("NOT DETECTED - DNA panel: BRAF, PIK3CA"));
    assertEquals(List.of("ALK null ABSENT", "RET null ABSENT", "NTRK1 null ABSENT", "NTRK2 null ABSENT", "NTRK3 null ABSENT",
        "FGFR2 null ABSENT", "KRAS null ABSENT", "BRAF null ABSENT", "MET null ABSENT", "ROS1 null ABSENT", "NRG1 null ABSENT"),
        variantStates("Negative (no pathogenic variant or fusion detected): ALK, RET, NTRK1, NTRK2, NTRK3, FGFR2, KRAS, BRAF, MET, "
            + "ROS1, NRG1"));
  }

  @Test
  void aNegativeAfterAListOfGenesWithTheirExonsReachesTheWholeList() {
    assertEquals(List.of("NRAS null ABSENT", "KRAS null ABSENT", "BRAF null ABSENT", "KIT null ABSENT"),
        variantStates("Hotspots (NRAS exons 2-4, KRAS exons 2-4, BRAF exon 15, KIT exons 9-17): no variants detected."));
  }

  @Test
  void aCallAfterAnAssayAndDateAndAParenthesisedNoteFillsTheSlot() {
    assertEquals(List.of("AKT1 null ABSENT"), variantStates("AKT1 plasma 03/2026: no mutation (ddPCR)."));
    assertEquals(List.of("ERBB2 amplification ABSENT"), variantStates("ERBB2 copy number: 1.8 (not amplified)"));
  }

  @Test
  void anAmplificationNotAssessedGivesNoResult() {
    assertEquals(List.of(), variantStates("MET amplification: not assessed on this panel."));
  }

  @Test
  void aWholeGeneNegativeBesideAChangeOfThatGeneCoversTheRestOnly() {
    assertEquals(List.of("NRAS Q61K PRESENT"), variantStates("NRAS exon 3 c.181C>A p.Q61K detected; NRAS exons 2 and 4: not detected."));
    // a germline negative beside a somatic change stays: it says where the change is from
    assertEquals(List.of("BRCA2 loss PRESENT", "BRCA2 null ABSENT"),
        variantStates("Tumour: BRCA2 homozygous deletion, somatic (germline BRCA2 testing negative)."));
  }

  @Test
  void metExon14SpliceSiteChangesAreExon14Skipping() {
    assertEquals(List.of("MET exon 14 skipping ABSENT"), variantStates("MET exon 14 splice-site variants: not detected."));
  }

  @Test
  void aReportsNoteOnApprovedOrListedAgentsIsNoTreatment() {
    assertEquals(List.of("selpercatinib HYPOTHETICAL"),
        therapyStates("Therapy interpretation: RET fusion - agents approved in previously treated NSCLC include selpercatinib."));
    assertEquals(null, record("2026-11-18", "Metastatic prostate cancer. Therapy note: BRCA2 is among the genes listed for PARP "
        + "inhibitor (rucaparib) use.").priorLines());
  }

  @Test
  void aDrugAvoidedUnavailableOrNamedForItsRiskWasNotGiven() {
    assertEquals(List.of("irinotecan ABSENT"), therapyStates("Irinotecan is avoided because of Gilbert syndrome."));
    assertEquals(List.of("zolbetuximab ABSENT"), therapyStates("Zolbetuximab was not available at the time."));
    assertEquals(List.of("capecitabine HYPOTHETICAL"), therapyStates("DPYD *2A carrier: high risk of capecitabine toxicity."));
  }

  @Test
  void aPlanAfterADiscussionIsStillAPlan() {
    assertEquals(0, record("2026-11-18", "Metastatic NSCLC, untreated.\nPlan: alectinib 600 mg bid, after discussing the side "
        + "effects.").priorLines());
  }

  @Test
  void anAdjuvantRegimenNamedAgainByItsDrugsIsNoLine() {
    assertEquals(null, record("2026-11-18", "Early breast cancer 2016: mastectomy, adjuvant ddAC x4.\n"
        + "Now myelodysplasia after prior doxorubicin/cyclophosphamide.").priorLines());
  }

  @Test
  void aListOfRegimensAfterProgressedOnIsOneCourseEach() {
    assertEquals(List.of("FOLFIRINOX 1", "gemcitabine/nab-paclitaxel 2", "capecitabine 3"),
        lines("Metastatic pancreatic cancer. Progressed on FOLFIRINOX, gemcitabine/nab-paclitaxel and capecitabine."));
    // single drugs may be one regimen
    assertEquals(1, record("2026-11-18", "Metastatic NSCLC. Progressed on carboplatin, pemetrexed and pembrolizumab.").priorLines());
  }

  @Test
  void aDiagnosisTheVisitIsToDiscussIsTheDiagnosis() {
    assertEquals(List.of("PRESENT"), record("2026-01-01", "She comes to discuss a newly diagnosed adenocarcinoma of the left upper lobe.")
        .current(FactType.DIAGNOSIS).filter(f -> ((Finding.Diagnosis) f.finding()).cancer() != null).map(f -> f.assertion().name()).toList());
    // a therapy to discuss is still only an option
    assertEquals(List.of("osimertinib HYPOTHETICAL"), therapyStates("We will discuss osimertinib at the next visit."));
  }

  @Test
  void aDateWrappedOntoTheNextLineStaysWithItsScan() {
    assertEquals(List.of(MetStatus.ABSENT), brain("Stage IIIB, unresectable. MRI brain\n05/02/2025: no metastases."));
  }
}
