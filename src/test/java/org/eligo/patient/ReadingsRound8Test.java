package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 8 was spent: each case is written here, not taken from its notes. */
class ReadingsRound8Test {

  @Test
  void genesListedAfterANegativeResultAreWhatItCovered() {
    assertEquals(List.of("ALK null ABSENT", "RET null ABSENT", "NRG1 null ABSENT"),
        variantStates("RNA fusion panel: no fusions detected. Genes tested include ALK, RET, NRG1."));
    // Without a negative result before, a list of genes tested says nothing of them.
    assertEquals(List.of(), variantStates("Genes tested include ALK, RET, NRG1."));
  }

  @Test
  void aGeneRangeNamesEveryGeneOfIt() {
    assertEquals(List.of("FGFR1 null ABSENT", "FGFR2 null ABSENT", "FGFR3 null ABSENT", "FGFR4 null ABSENT"),
        variantStates("No fusions detected in FGFR1-4."));
  }

  @Test
  void aGeneOnlySaidToHaveBeenTestedIsNoResult() {
    assertEquals(List.of(), variantStates("This assay does not cover fusions; ALK and RET were tested by FISH at the outside lab."));
  }

  @Test
  void aVariantOfUncertainSignificanceIsPresent() {
    assertEquals(List.of("MDM2 amplification PRESENT"), variantStates("| MDM2 | amplification | CN 9 | significance uncertain |"));
  }

  @Test
  void esr1WrittenAsTheGeneIsASequencingResult() {
    assertEquals(List.of("PIK3CA null ABSENT", "ESR1 null ABSENT"), variantStates("PIK3CA/ESR1 ctDNA negative."));
  }

  @Test
  void aPlanThatDeniesATherapyLeavesItDenied() {
    assertEquals(List.of("pembrolizumab ABSENT"), therapyStates("Plan: no pembrolizumab given the colitis."));
    assertEquals(List.of("osimertinib HYPOTHETICAL"), therapyStates("Observation with osimertinib is reasonable."));
  }

  @Test
  void aRechallengeIsANewCourseEvenOfAPerioperativeRegimen() {
    assertEquals(1, record("2026-01-01", "- 2023: adjuvant carboplatin/paclitaxel x6 (completed 12/2023).\n"
        + "- 2025 recurrence: carboplatin/paclitaxel rechallenge x6, partial response.").priorLines());
    assertEquals(List.of("pembrolizumab ABSENT"), therapyStates("Pembrolizumab rechallenge not favored."));
  }
}
