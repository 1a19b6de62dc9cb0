package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.biomarkers;
import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 9 was spent: each case is written here, not taken from its notes. */
class ReadingsRound9Test {

  @Test
  void noPathogenicVariantsDetectedInAListNegatesItsGenes() {
    assertEquals(List.of("NRAS null ABSENT", "KIT null ABSENT"), variantStates("No pathogenic variants detected in NRAS, KIT."));
  }

  @Test
  void genesCoveredInParenthesesAfterANegativeResult() {
    assertEquals(List.of("ALK null ABSENT", "RET null ABSENT"), variantStates("Fusions: none detected (ALK, RET covered)."));
  }

  @Test
  void likelyBiallelicSaysNothingOfWhetherTheVariantIsThere() {
    assertEquals(List.of("BRCA1 Q1756Pfs*74 PRESENT"), variantStates("BRCA1 c.5266dupC p.(Gln1756Profs*74), VAF 70% (likely biallelic)."));
  }

  @Test
  void aPdl1ScoreLineUnderItsHeadingIsPdl1() {
    assertEquals(List.of("PD-L1 CPS 22.0"), biomarkers("2026-01-01", "Combined positive score (CPS): 22"));
    assertEquals(List.of(), biomarkers("2026-01-01", "Charlson comorbidity score: 4"));
  }

  @Test
  void allFourMmrProteinsKeptIsProficient() {
    assertEquals(List.of("MMR pMMR"), biomarkers("2026-01-01", "MMR IHC: MLH1, MSH2, MSH6 and PMS2 expression retained."));
    assertEquals(List.of(), biomarkers("2026-01-01", "MLH1/PMS2 intact."));
  }

  @Test
  void nothingGivenSoFarOrDeferredIsNoLine() {
    assertEquals(0, record("2026-01-01", "Adjuvant CAPOX 2025. Liver metastases 2026. No therapy given for metastatic disease so far.")
        .priorLines());
    assertEquals(0, record("2026-01-01", "Adjuvant nivolumab 2023-2024. Lung metastases 2026; decision was to defer systemic tx.")
        .priorLines());
  }

  @Test
  void aReportWithOneFieldALineGivesTheProteinItsGene() {
    assertEquals(List.of("PIK3CA H1047R PRESENT"), variantStates("RESULTS\nGene ......... PIK3CA\ncDNA ......... c.3140A>G\n"
        + "Protein ...... p.His1047Arg\nVAF .......... 18 %"));
    // Across a blank line the field belongs to another record.
    assertEquals(List.of(), variantStates("Gene: PIK3CA\n\nProtein: p.His1047Arg"));
  }

  @Test
  void mmrProteinsLostAreDeficient() {
    assertEquals(List.of("MMR dMMR"), biomarkers("2026-01-01", "MSH2 and MSH6 lost; MLH1, PMS2 retained."));
    assertEquals(List.of(), biomarkers("2026-01-01", "Germline panel: MLH1, MSH2, MSH6, PMS2 negative."));
  }
}
