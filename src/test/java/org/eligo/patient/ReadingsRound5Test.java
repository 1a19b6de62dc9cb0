package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.brain;
import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 4 was spent: each case is written here, not taken from its notes. */
class ReadingsRound5Test {

  private static List<String> biomarkerStates(String text) {
    return record("2026-01-01", text).current(FactType.BIOMARKER).map(f -> {
      Finding.Biomarker b = (Finding.Biomarker) f.finding();
      return b.name() + " " + b.category() + " " + f.assertion();
    }).toList();
  }

  @Test
  void aNegatedListBrokenOverLinesAfterACommaStaysOneList() {
    assertEquals(List.of("BRAF null ABSENT", "MET null ABSENT", "NTRK1 null ABSENT", "NTRK2 null ABSENT"),
        variantStates("NOT DETECTED: BRAF,\nMET,\nNTRK1/2 fusions."));
  }

  @Test
  void aParenthesisAfterANegatedResultNamesWhatWasTested() {
    assertEquals(List.of("ALK null ABSENT", "ROS1 null ABSENT", "NRG1 null ABSENT"),
        variantStates("Fusions (RNA): none detected (ALK, ROS1, NRG1 tested)."));
  }

  @Test
  void aVerbThatReportsTheNegationDoesNotBlockIt() {
    assertEquals(List.of("ALK null ABSENT"), variantStates("ALK confirmed negative on repeat testing."));
    assertEquals(List.of("KRAS G12C PRESENT", "ALK null ABSENT"), variantStates("KRAS G12C confirmed, ALK negative."));
  }

  @Test
  void aNumberColumnBetweenGeneAndResultIsPartOfTheRow() {
    assertEquals(List.of("BRAF null ABSENT"), variantStates("BRAF   15    -            not detected         -"));
  }

  @Test
  void aFusionAssayNamedAsAMethodReportsNoGene() {
    assertEquals(List.of(), variantStates("DNA hotspot panel + targeted RNA fusion (ALK/ROS1/RET)"));
    assertEquals(List.of("ALK fusion PRESENT"), variantStates("RNA fusion panel: EML4-ALK fusion detected."));
  }

  @Test
  void treatmentOptionCuesLeaveResultsPresent() {
    assertEquals(List.of("KRAS G12C PRESENT"), variantStates("Actionable alterations: KRAS G12C (VAF 20%)."));
    assertEquals(List.of("sotorasib HYPOTHETICAL", "adagrasib HYPOTHETICAL"),
        therapyStates("KRAS G12C is targetable (sotorasib, adagrasib - approved after prior systemic therapy)."));
    assertEquals(List.of("sotorasib HYPOTHETICAL"), therapyStates("Sotorasib held in reserve for 2L."));
    assertEquals(List.of("elacestrant HYPOTHETICAL"), therapyStates("ESR1 Y537S noted for later lines (elacestrant)."));
  }

  @Test
  void aTherapyNotFavouredOrScreenedForIsNotGiven() {
    assertEquals(List.of("pembrolizumab ABSENT"), therapyStates("Pembrolizumab monotherapy not favoured given EGFR-driven tumour."));
    assertEquals(List.of("pembrolizumab HYPOTHETICAL"), therapyStates("Patient prefers to be screened for the pembrolizumab trial."));
    assertEquals(List.of("osimertinib HYPOTHETICAL"), therapyStates("Plan: osimertinib 80 mg daily to start next week after teaching."));
    assertEquals(List.of("sotorasib HYPOTHETICAL"), therapyStates("Pt prefers a trial over standard sotorasib. Referred."));
    assertEquals(List.of("dostarlimab HYPOTHETICAL"), therapyStates("Dostarlimab was offered with chemo - declined (cost)."));
    assertEquals(List.of("pembrolizumab PRESENT"), therapyStates("Pembrolizumab was offered and accepted; C1 03/2025."));
  }

  @Test
  void untreatedForAdvancedDiseaseAndSurgeryAloneMeanNoPriorLine() {
    assertEquals(0, record("2026-01-01", "Stage IV melanoma. Untreated for advanced disease.").priorLines());
    assertEquals(0, record("2026-01-01", "Stage IIC melanoma, wide excision. No treatment other than surgery.").priorLines());
  }

  @Test
  void aListOfEveryDrugGivenIsASummaryNotOneRegimen() {
    PatientRecord r = record(
        "2023-02-01", "Metastatic breast cancer.\n 1. docetaxel + trastuzumab + pertuzumab 04/2021 -> 06/2022, PD\n 2. T-DM1 07/2022 -> 01/2023, PD",
        "2024-06-01", "Progression on lapatinib + letrozole (02/2023-05/2024).",
        "2026-11-01", "Prior therapy summary: trastuzumab, pertuzumab, docetaxel, T-DM1, lapatinib, letrozole.");
    assertEquals(3, r.priorLines());
  }

  @Test
  void aDrugOfARegimenNamedAloneIsThatRegimensLine() {
    assertEquals(1, record("2025-06-30", "Metastatic colon cancer. Tx: FOLFOX + bevacizumab since 02/10/2025 (C1).\n"
        + "Plan: continue FOLFOX/bev; oxaliplatin break after C12.").priorLines());
    assertEquals(1, record("2025-06-30", "Metastatic rectal cancer. FOLFOXIRI + bevacizumab 01/2025-07/2025, "
        + "then 5-FU + bevacizumab maintenance.").priorLines());
  }

  @Test
  void highDoseChemotherapyBeforeAnAutologousTransplantIsPartOfTheLine() {
    PatientRecord r = record("2026-09-24", "Myeloma, first relapse. Prior therapy:\n - VCd x4 cycles 10/2022 - 01/2023 -> VGPR\n"
        + " - high-dose melphalan + autologous stem cell transplant 03/2023\n - bortezomib maintenance 06/2023 - 03/2026");
    assertEquals(1, r.priorLines());
    assertEquals(List.of("melphalan conditioning"), r.current(FactType.THERAPY)
        .map(f -> (Finding.Therapy) f.finding()).filter(t -> "melphalan".equals(t.drug()))
        .map(t -> t.drug() + " " + t.setting()).toList());
  }

  @Test
  void noDistantDiseaseOnABrainScanIsNoBrainMetastasis() {
    assertEquals("ABSENT", brain(record("2026-01-01", "Stage IIC melanoma (negative sentinel nodes, no distant disease on CT and brain MRI).")));
  }

  @Test
  void notationsOfTheRound() {
    assertEquals(List.of("APC null PRESENT"), variantStates("Tissue NGS: APC truncating."));
    assertEquals(List.of("TERT promoter c.-124C>T PRESENT"), variantStates("TERT promoter c.-124C>T"));
    assertEquals(List.of("RAD54L null ABSENT", "PPP2R2A null ABSENT"), variantStates("No pathogenic alterations: RAD54L, PPP2R2A."));
    assertEquals(List.of(), variantStates("p53: wild-type pattern."));
    assertEquals(List.of("MSI MSS PRESENT"), biomarkerStates("TMB 4 mut/Mb. MS-Stable."
        ).stream().filter(s -> s.startsWith("MSI")).toList());
  }

  @Test
  void aJudgementOfPerformanceStatusIsNoHypothesis() {
    assertEquals(List.of("PRESENT"), record("2026-01-01", "Naps in the afternoon; I would put her at ECOG 1.")
        .current(FactType.PERFORMANCE_STATUS).map(f -> f.assertion().name()).toList());
  }
}
