package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 5 was spent: each case is written here, not taken from its notes. */
class ReadingsRound6Test {

  @Test
  void anAbbreviationInsideANegatedListDoesNotEndIt() {
    assertEquals(List.of("EGFR null ABSENT", "MET null ABSENT", "ERBB2 null ABSENT", "NTRK1 null ABSENT"),
        variantStates("No variants detected in: EGFR, MET (incl. exon 14 skipping), ERBB2, NTRK1."));
  }

  @Test
  void aNegationHeadingALongListWithInColonReachesItsEnd() {
    assertEquals(List.of("EGFR null ABSENT", "ALK null ABSENT", "ROS1 null ABSENT", "RET null ABSENT", "BRAF null ABSENT",
            "MET null ABSENT", "ERBB2 null ABSENT", "NTRK1 null ABSENT", "NTRK2 null ABSENT", "KRAS null ABSENT"),
        variantStates("NO REPORTABLE ALTERATIONS in: EGFR, ALK, ROS1, RET, BRAF, MET (amplification and exon 14 splice variants "
            + "included), ERBB2, NTRK1, NTRK2, KRAS."));
  }

  @Test
  void flt3DuplicationAndKinaseDomainEventsAreNamedAndNegated() {
    assertEquals(List.of("FLT3 ITD ABSENT", "FLT3 TKD ABSENT", "NPM1 null PRESENT"),
        variantStates("Myeloid panel: FLT3-ITD/TKD not detected; NPM1 mutated (type A)."));
    assertEquals(List.of("FLT3 ITD PRESENT", "FLT3 D835Y PRESENT"),
        variantStates("FLT3 ITD positive (allelic ratio 0.45); FLT3 TKD D835Y also detected."));
  }

  @Test
  void immunostainsAndTissueTypesAreNotVariants() {
    assertEquals(List.of(), variantStates("Immunostains: CD3+ T cells; PAX5 weak+, CD20 negative, CD19 negative, CD38 bright."));
    assertEquals(List.of(), variantStates("HLA-A*02:01 typing: negative."));
    assertEquals(List.of("PAX5 P80R PRESENT"), variantStates("PAX5 p.P80R detected, VAF 38%."));
  }

  @Test
  void anUncertainOriginLeavesTheVariantPresentWithoutOrigin() {
    Finding.Variant v = (Finding.Variant) record("2026-01-01", "MLH1 c.1852_1853delinsGC p.(Lys618Ala) VAF 47% (germline origin cannot be excluded)")
        .current(FactType.VARIANT).findFirst().orElseThrow().finding();
    assertEquals("K618A", v.variant());
    assertNull(v.origin());
    assertEquals(List.of("BRCA1 Q1756Pfs*74 PRESENT"), variantStates("BRCA1 c.5266dupC p.(Gln1756Profs*74), germline not excluded."));
    Finding.Variant g = (Finding.Variant) record("2026-01-01", "BRCA1 c.5266dupC p.(Gln1756Profs*74), germline (confirmed on blood).")
        .current(FactType.VARIANT).findFirst().orElseThrow().finding();
    assertEquals("germline", g.origin());
  }

  @Test
  void aCallReportedAsFalsePositiveIsAbsent() {
    assertEquals(List.of("EGFR T790M ABSENT"), variantStates("The earlier T790M call was a false positive."));
    assertEquals(List.of("KRAS G12C ABSENT"), variantStates("The KRAS G12C call was an artefact of low tumour content."));
  }

  @Test
  void aNewerFreeCodonSupersedesAnOlderCallAtIt() {
    PatientRecord r = record("2026-03-01", "Rapid PCR: BRAF V600E detected.",
        "2026-03-10", "Amended NGS: BRAF V600 wild-type (no V600 mutation). BRAF L597Q detected.");
    assertEquals(List.of("BRAF V600 ABSENT", "BRAF L597Q PRESENT"), r.current(FactType.VARIANT).map(f -> {
      Finding.Variant v = (Finding.Variant) f.finding();
      return v.gene() + " " + v.variant() + " " + f.assertion();
    }).toList());
    // The same date keeps both: nothing says which came later.
    PatientRecord same = record("2026-03-01", "BRAF V600E detected. No BRAF V600 mutation on the repeat.");
    assertEquals(2, same.current(FactType.VARIANT).count());
  }

  @Test
  void aDmardNamedAfterItsAutoimmuneDiseaseIsNoCancerLine() {
    assertEquals(0, record("2026-01-01", "Psoriatic arthritis diagnosed 2010. She took methotrexate until 2018, then stopped.\n"
        + "Stage IV NSCLC, no prior systemic therapy.").priorLines());
    // In another paragraph the disease says nothing of the drug.
    assertEquals(1, record("2026-01-01", "PMH: rheumatoid arthritis.\n\nALL maintenance: methotrexate weekly 2019-2021, completed.")
        .priorLines());
  }

  @Test
  void aDrugPrescribedButLaterNeverStartedIsNoLine() {
    assertEquals(0, record("2026-01-05", "Metastatic NSCLC. Erlotinib was prescribed by the outside oncologist.",
        "2026-02-01", "Metastatic NSCLC, no prior systemic therapy (erlotinib never started).").priorLines());
    // A course the notes dated stays a line whatever a later denial says.
    assertEquals(1, record("2026-01-05", "Metastatic NSCLC. Erlotinib 03/2025-11/2025, progression.",
        "2026-02-01", "Not on erlotinib now.").priorLines());
  }

  @Test
  void aStandardOrIndicatedTherapyIsAnOption() {
    assertEquals(List.of("osimertinib HYPOTHETICAL"), therapyStates("P: Osimertinib is standard."));
    assertEquals(List.of("larotrectinib HYPOTHETICAL", "entrectinib HYPOTHETICAL"),
        therapyStates("NTRK inhibitors (larotrectinib, entrectinib) are indicated."));
  }

  @Test
  void naiveStatementsInOtherWords() {
    assertEquals(0, record("2026-01-01", "Metastatic melanoma. Systemic therapy for metastatic disease: none yet.").priorLines());
    assertEquals(0, record("2026-01-01", "Classical Hodgkin lymphoma, stage IIB. Not previously treated.").priorLines());
    assertNull(record("2026-01-01", "Metastatic NSCLC, not previously treated with a PD-1 inhibitor.").priorLines());
  }

  @Test
  void maintenanceAfterADatedInductionIsTheSameLine() {
    assertEquals(1, record("2026-01-01", "First line: carboplatin + pemetrexed + pembrolizumab x4 (03/2024 - 06/2024), "
        + "then pemetrexed/pembrolizumab maintenance until progression 05/2025.").priorLines());
  }

  @Test
  void aSettingGovernsOnlyItsOwnClause() {
    assertEquals(1, record("2026-01-01", "Treatment history: adjuvant CAPOX in 2022; for metastatic recurrence, FOLFIRI 03/2024-06/2025.")
        .priorLines());
    assertEquals(0, record("2026-01-01", "Adjuvant FOLFOX x12, 2023-2024 (oxaliplatin stopped after C10; 5-FU/leucovorin completed). "
        + "Now metastatic, no systemic therapy since.").priorLines());
  }

  @Test
  void aRechallengeWithItsDatesIsALineForRecurrence() {
    assertEquals(1, record("2026-01-01", "- Adjuvant carboplatin/paclitaxel x6 2023.\n"
        + "- Recurrence 04/2025: carboplatin/paclitaxel rechallenge x6 05/2025-10/2025, partial response.").priorLines());
  }

  @Test
  void androgenSuppressionIsTheBackboneNotALine() {
    assertEquals(2, record("2026-01-01", "ADT since 03/2022 (leuprolide, then goserelin since 2024) + docetaxel x6 (2022) for mHSPC.\n"
        + "mCRPC 12/2023 -> enzalutamide 01/2024; progression 04/2026.").priorLines());
  }

  @Test
  void melphalanNamedWithTheTransplantIsItsConditioning() {
    assertEquals(1, record("2026-01-01", "Myeloma: induction VRd x4 (01/2024-04/2024) -> ASCT (melphalan 200) 05/2024, VGPR.").priorLines());
  }

  @Test
  void aResultNamedBeforeTheListStillHeadsIt() {
    assertEquals(List.of("EGFR null ABSENT", "ALK null ABSENT", "ROS1 null ABSENT", "BRAF null ABSENT", "MET null ABSENT",
            "RET null ABSENT", "ERBB2 null ABSENT", "NTRK1 null ABSENT", "NTRK2 null ABSENT", "NTRK3 null ABSENT"),
        variantStates("Negative for pathogenic variants in EGFR, ALK, ROS1, BRAF, MET (incl. exon 14 skipping), RET, ERBB2, NTRK1, "
            + "NTRK2, NTRK3."));
  }

  @Test
  void aParenthesisedListBeforeItsResultIsNegated() {
    assertEquals(List.of("ALK null ABSENT", "RET null ABSENT", "ROS1 null ABSENT"),
        variantStates("Fusions tested (ALK, RET, ROS1): none detected."));
    assertEquals(List.of("ALK null ABSENT", "ROS1 null ABSENT"), variantStates("ALK and ROS1 by IHC reported separately (both negative)."));
    // neither gene a kinase driver: the 5' gene, written first, names the fusion
    assertEquals(List.of("PML fusion ABSENT", "CBFB fusion ABSENT"), variantStates("FISH: PML::RARA, CBFB::MYH11 - all negative."));
  }

  @Test
  void reportRowsWithRegionWordsAndCodonsAreNegated() {
    assertEquals(List.of("MET null ABSENT"), variantStates("MET    exon 14 splice region     not detected"));
    assertEquals(List.of("BRAF V600 ABSENT"), variantStates("BRAF   V600 / non-V600     not detected"));
    assertEquals(List.of("TERT null ABSENT"), variantStates("TERT promoter - not detected."));
  }

  @Test
  void aTranscriptBeforeTheCdnaAndSemicolonColumnsAreRead() {
    assertEquals(List.of("TP53 G245S PRESENT"), variantStates("TP53;NM_000546.6:c.733G>A;p.Gly245Ser;0.33;Tier II"));
    assertEquals(List.of("KRAS G12D PRESENT"), variantStates("| KRAS | NM_004985.5:c.35G>A | p.(G12D) | 18% |"));
  }

  @Test
  void aGeneBeforeADrugWordOrAVariantBeforeATestWordIsNoResult() {
    assertEquals(List.of(), variantStates("She has not started any EGFR inhibitor."));
    assertEquals(List.of(), variantStates("BRAF V600 mutation test (real-time PCR) - colon biopsy"));
  }

  @Test
  void aCodonCallBesideTheChangeAtItIsThatChange() {
    assertEquals(List.of("BRAF V600R PRESENT"), variantStates("BRAF c.1798_1799delinsAG p.V600R -> BRAF V600 mutation present."));
  }

  @Test
  void anMsiHighResultNotDetectedIsStable() {
    PatientRecord r = record("2026-01-01", "MSI-High: NOT detected.");
    assertEquals(List.of("MSS"), r.current(FactType.BIOMARKER).map(f -> ((Finding.Biomarker) f.finding()).category()).toList());
  }

  @Test
  void moreWaysOfSayingNothingWasGiven() {
    assertEquals(0, record("2026-01-01", "Metastatic TNBC.\nPrior therapy: none.").priorLines());
    assertNull(record("2026-01-01", "Metastatic TNBC.\nPrior radiation:\nNone.").priorLines());
    assertEquals(0, record("2026-01-01", "Adjuvant TCH 2023. Liver metastases 2026. She has had no therapy since trastuzumab ended.")
        .priorLines());
    assertEquals(0, record("2026-01-01", "Neoadjuvant carboplatin/paclitaxel/pembrolizumab, then adjuvant capecitabine (completed 2025). "
        + "Recurrence 2026. Disease-free interval after last chemo 13 months. No systemic treatment yet for recurrence.").priorLines());
  }

  @Test
  void optionsInOtherWordsAreNotGiven() {
    assertEquals(List.of("osimertinib HYPOTHETICAL"), therapyStates("Osimertinib prescription sent, awaiting authorization."));
    assertEquals(List.of("sotorasib HYPOTHETICAL"), therapyStates("Asked about sotorasib trials."));
    assertEquals(List.of("irinotecan HYPOTHETICAL"), therapyStates("Most of these studies require prior irinotecan."));
    assertEquals(List.of("larotrectinib HYPOTHETICAL"), therapyStates("TRK inhibitors (larotrectinib) have tumour-agnostic approval."));
  }
}
