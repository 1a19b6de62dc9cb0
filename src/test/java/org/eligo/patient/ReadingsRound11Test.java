package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.biomarkers;
import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.core.Assertion;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.junit.jupiter.api.Test;

/** Readings added after blind sets 11 to 13 were spent: each case is written here, not taken from their notes. */
class ReadingsRound11Test {

  private static Finding.Variant onlyVariant(String text) {
    List<Finding.Variant> all = record("2026-01-01", text).current(FactType.VARIANT).map(f -> (Finding.Variant) f.finding()).toList();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  @Test
  void aTranscriptBetweenGeneAndChangeIsFillerInAnyColumnLayout() {
    assertEquals("H1047R", onlyVariant("PIK3CA,NM_006218.4,c.3140A>G,p.(His1047Arg),22.0%").variant());
    assertEquals("R273H", onlyVariant("TP53 | NM_000546.6 | c.818G>A | p.(Arg273His) | 40%").variant());
    assertEquals("G12D", onlyVariant("KRAS NM_004985.5 p.(Gly12Asp)").variant());
  }

  @Test
  void anExonLabelEndingInAColonIsFiller() {
    Finding.Variant v = onlyVariant("EGFR exon 19: c.2235_2249del p.(Glu746_Ala750del) detected");
    assertEquals("exon 19 deletion", v.variant());
    assertEquals("c.2235_2249del p.(Glu746_Ala750del)", v.hgvs());
  }

  @Test
  void her2NotAmplifiedOutsideABreastReportIsNoErbb2Amplification() {
    assertEquals(List.of("ERBB2 amplification ABSENT"), variantStates("Colorectal NGS panel. HER2 not amplified. TMB 7 mut/Mb."));
    assertEquals(List.of(), variantStates("Left breast core: ER 95%, PR 40%. HER2 not amplified."));
    assertEquals(List.of("ER 95.0", "PR 40.0", "HER2 not amplified"), biomarkers("2026-01-01", "Left breast core: ER 95%, PR 40%. HER2 not amplified."));
    assertEquals(List.of("HER2 not amplified"), biomarkers("2026-01-01", "Gastric biopsy. HER2 is non-amplified."));
  }

  @Test
  void estrogenReceptorLowIsPositiveWithItsPercent() {
    assertEquals(List.of("ER 4.0", "PR negative"), biomarkers("2026-01-01", "ER-low (4%), PR-negative."));
    assertEquals(List.of("ER 6.0"), biomarkers("2026-01-01", "ER: low positive, about 6% of invasive tumour cells, weak."));
  }

  @Test
  void tripleNegativeAsAComparisonIsNoReceptorResult() {
    assertEquals(List.of("HER2 0"), biomarkers("2026-01-01", "HER2 0. The team treats it like a triple-negative tumour."));
    assertEquals(List.of("ER negative", "PR negative", "HER2 negative"), biomarkers("2026-01-01", "Metastatic triple-negative breast cancer."));
  }

  @Test
  void biomarkerLayoutsOfReports() {
    assertEquals(List.of("HER2 0"), biomarkers("2026-01-01", "HER2 (gastroesophageal scoring): 0."));
    assertEquals(List.of("MMR pMMR"), biomarkers("2026-01-01", "MMR IHC proficient."));
    assertEquals(List.of("MMR dMMR"), biomarkers("2026-01-01", "MMR status: deficient."));
    assertEquals(List.of("MSI MSS", "TMB 3.4"), biomarkers("2026-01-01", "MSI: stable; TMB 3.4"));
    assertEquals(List.of("TMB 11.0"), biomarkers("2026-01-01", "TMB: 11 (high)"));
    assertEquals(List.of(), biomarkers("2026-01-01", "TMB 10 or more is required."));
  }

  @Test
  void ecogWrittenAsAWord() {
    PatientRecord r = record("2026-01-01", "PS: ECOG zero, cycles to work.");
    assertEquals(List.of(0), r.current(FactType.PERFORMANCE_STATUS).map(f -> ((Finding.PerformanceStatus) f.finding()).value()).toList());
    PatientRecord two = record("2026-01-01", "ECOG two since the fall.");
    assertEquals(List.of(2), two.current(FactType.PERFORMANCE_STATUS).map(f -> ((Finding.PerformanceStatus) f.finding()).value()).toList());
  }

  @Test
  void brainLesionsAwaitingRadiosurgeryAreActive() {
    PatientRecord r = record("2026-01-01", "Metastatic melanoma. MRI brain showed two enhancing lesions with surrounding oedema. "
        + "Dexamethasone started; radiation oncology plans SRS.");
    assertEquals(List.of(MetStatus.ACTIVE), r.current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding())
        .filter(m -> m.site().equals("brain")).map(Finding.Metastasis::status).distinct().toList());
  }

  @Test
  void recommendationsReferralsAndRequestsArePlans() {
    assertEquals(List.of("panitumumab HYPOTHETICAL", "FOLFIRI HYPOTHETICAL"),
        therapyStates("Recommendation: panitumumab + FOLFIRI as next line (prior authorization submitted)."));
    assertEquals(List.of("niraparib HYPOTHETICAL"), therapyStates("Referred for niraparib study."));
    assertEquals(List.of("crizotinib HYPOTHETICAL"), therapyStates("Insurance reviewing crizotinib; if approved we will begin it."));
    assertEquals(List.of("pralsetinib HYPOTHETICAL"), therapyStates("Compassionate-use request for pralsetinib drafted."));
    assertEquals(List.of("lorlatinib HYPOTHETICAL"), therapyStates("Consensus: lorlatinib, or a trial if one fits."));
  }

  @Test
  void aReferralForADiagnosisSaysNothingOfTreatment() {
    PatientRecord r = record("2026-01-01", "Referred for a newly diagnosed lung adenocarcinoma. No treatment so far.");
    assertEquals(0, r.priorLines());
  }

  @Test
  void aClassNamedInAPlanOrDenialIsNoLine() {
    assertEquals(0, record("2026-01-01", "Metastatic NSCLC, EGFR L858R. Plan: start EGFR TKI after radiation.",
        "2026-02-01", "No EGFR TKI started yet.").priorLines());
    assertEquals(0, record("2026-01-01", "Stage IV NSCLC, EGFR exon 19 deletion. Has not started any EGFR TKI.").priorLines());
    assertEquals(0, record("2026-01-01", "ALK-positive NSCLC, no prior systemic therapy. P: 1L ALK TKI.").priorLines());
    List<Assertion> kinds = record("2026-01-01", "Metastatic melanoma, BRAF V600E. Immunotherapy is risky given lupus. BRAF-targeted therapy preferred.")
        .current(FactType.THERAPY).map(org.eligo.patient.Fact::assertion).distinct().toList();
    assertEquals(List.of(Assertion.HYPOTHETICAL), kinds);
  }

  @Test
  void aDrugAddedForMaintenanceContinuesItsLine() {
    PatientRecord r = record("2025-02-01", "De novo metastatic breast cancer, ER+/HER2+. C1 docetaxel + trastuzumab + pertuzumab today.",
        "2026-08-01", "THP x6, then HP + letrozole maintenance from 07/2025. Progression on CT.");
    assertEquals(1, r.priorLines());
    PatientRecord next = record("2025-01-01", "Metastatic NSCLC. Carboplatin/pemetrexed x4 then pemetrexed maintenance.",
        "2025-09-01", "Progressed on pemetrexed maintenance; started docetaxel.");
    assertEquals(2, next.priorLines());
  }

  @Test
  void aListLabelledAsLinesGivesOneLinePerItem() {
    assertEquals(3, record("2026-01-01", "HR+ MBC. Prior lines: letrozole/ribociclib, fulvestrant/alpelisib (stopped, rash), capecitabine.")
        .priorLines());
    assertEquals(3, record("2026-01-01", "Lines for metastatic disease: FOLFOX; FOLFIRI-bev (PD 03/2026); trifluridine/tipiracil.")
        .priorLines());
  }

  @Test
  void aNegativeAfterALeaderOrColumnGapAnswersTheGene() {
    assertEquals(List.of("MET exon 14 skipping ABSENT"), variantStates("MET ......... no exon 14 skipping"));
    assertEquals(List.of("NTRK1 null ABSENT", "NTRK2 null ABSENT", "NTRK3 null ABSENT"), variantStates("NTRK negative."));
    assertEquals(List.of(), variantStates("NTRK fusion testing sent."));
  }

  @Test
  void twoMismatchRepairProteinsWrittenAsLossAreDeficient() {
    assertEquals(List.of("MMR dMMR"), biomarkers("2026-01-01", "MLH1 and PMS2 loss."));
    assertEquals(List.of(), biomarkers("2026-01-01", "MLH1 loss of heterozygosity."));
  }

  @Test
  void brainLesionsLeftForSystemicTherapyAreUntreated() {
    PatientRecord r = record("2026-01-01", "NSCLC with small brain mets. Brain lesions to be followed on TKI rather than radiated.");
    assertEquals(List.of(MetStatus.ACTIVE), r.current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding())
        .filter(m -> m.site().equals("brain")).map(Finding.Metastasis::status).distinct().toList());
    assertEquals(List.of("larotrectinib HYPOTHETICAL"), therapyStates("Larotrectinib prior auth submitted."));
  }

  @Test
  void plansVoicedAsMentionsConcernsOptionsAndNextSteps() {
    assertEquals(0, record("2026-01-01", "Stage IV NSCLC, EGFR L858R. A colleague had mentioned gefitinib; nothing was prescribed.").priorLines());
    assertEquals(List.of("afatinib HYPOTHETICAL"), therapyStates("Concern about afatinib rash given eczema."));
    assertEquals(List.of("nivolumab ABSENT"), therapyStates("Nivolumab is not an option after her transplant."));
    assertEquals(List.of("cabozantinib HYPOTHETICAL"), therapyStates("Cabozantinib is next; referral to study."));
    assertEquals(List.of("osimertinib HYPOTHETICAL"), therapyStates("Start osimertinib next week if insurance approves."));
    assertEquals(0, record("2026-01-01", "Resected stage IIB melanoma. No treatment besides surgery.").priorLines());
  }

  @Test
  void aMaintenanceDrugWithNothingInCommonJoinsTheLineBefore() {
    assertEquals(1, record("2025-03-01", "Metastatic ovarian cancer. Carboplatin/paclitaxel x6, partial response.",
        "2025-10-01", "Now olaparib maintenance.").priorLines());
    // A whole line written with its own maintenance is no maintenance of the line before.
    assertEquals(2, record("2025-06-01", "EGFR-mutant NSCLC. Outside records:\n 1) gefitinib 2022-2023 -> PD\n"
        + " 2) carboplatin + pemetrexed x4, 01/2024 - 04/2024, pemetrexed maintenance to 10/2024 -> PD").priorLines());
    assertEquals(2, record("2026-01-01", "Metastatic NSCLC on lorlatinib since 09/2025 (second line, after carboplatin/paclitaxel 01/2025-08/2025).",
        "2026-06-01", "Lines to date: (1) carboplatin/paclitaxel then paclitaxel maintenance, PD 08/2025; (2) lorlatinib since 09/2025.")
        .priorLines());
  }

  @Test
  void screenReadingsOfPerformanceAndPanels() {
    PatientRecord r = record("2026-01-01", "Mother had melanoma in her 50s. ECOG now 1.");
    assertEquals(List.of(1), r.current(FactType.PERFORMANCE_STATUS).filter(f -> f.assertion() == Assertion.PRESENT)
        .map(f -> ((Finding.PerformanceStatus) f.finding()).value()).toList());
    assertEquals(List.of("KRAS null ABSENT", "BRAF null ABSENT"), variantStates("Hotspot panel: KRAS neg, BRAF neg."));
    assertEquals(List.of("ALK fusion PRESENT"), variantStates("ALK (D5F3) IHC: positive."));
    assertEquals(List.of("ROS1 null PRESENT"), variantStates("ROS1 IHC positive."));
    assertEquals(List.of("MLH1 null PRESENT"), variantStates("Germline MLH1 pathogenic."));
  }

  @Test
  void stagesAndHistologiesWrittenTheClinicalWay() {
    PatientRecord r = record("2026-01-01", "81M squamous cell lung ca, L upper lobe, stage IIIB.");
    assertEquals(List.of("NSCLC squamous cell carcinoma"), r.current(FactType.DIAGNOSIS).map(f -> (Finding.Diagnosis) f.finding())
        .filter(d -> d.cancer() != null).map(d -> d.cancer() + " " + d.histology()).toList());
    assertEquals(List.of("IIB"), record("2026-01-01", "Nodular sclerosis Hodgkin lymphoma, Ann Arbor IIB.").current(FactType.DIAGNOSIS)
        .map(f -> ((Finding.Diagnosis) f.finding()).stage()).filter(java.util.Objects::nonNull).toList());
    assertEquals(List.of("pembrolizumab HYPOTHETICAL"), therapyStates("Discussing pembrolizumab with her oncologist."));
  }
}
