package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 7 was spent: each case is written here, not taken from its notes. */
class ReadingsRound7Test {

  @Test
  void negativeForWithAVerbNegatesTheListOnEitherSide() {
    assertEquals(List.of("EGFR null ABSENT", "ALK null ABSENT", "BRAF null ABSENT"),
        variantStates("The panel was negative for EGFR, ALK and BRAF."));
    assertEquals(List.of("KRAS null ABSENT", "NRAS null ABSENT"), variantStates("KRAS and NRAS are negative for pathogenic variants."));
    assertEquals(List.of("ALK null ABSENT", "RET null ABSENT", "NTRK1 null ABSENT"),
        variantStates("Negative for alterations in ALK, RET, NTRK1."));
  }

  @Test
  void anExonColumnOrADomainBeforeTheChangeIsPartOfTheRow() {
    assertEquals(List.of("EGFR exon 19 deletion PRESENT"), variantStates("EGFR  exon 19  c.2236_2250del  p.(E746_A750del)  VAF 31%"));
    assertEquals(List.of("POLE V411L PRESENT"), variantStates("POLE exonuclease domain: c.1231G>C p.(Val411Leu), pathogenic."));
  }

  @Test
  void moreNaiveStatements() {
    assertEquals(0, record("2026-01-01", "Stage IV NSCLC, ALK rearranged. Untreated.").priorLines());
    assertNull(record("2026-01-01", "MRI brain: 4 mm lesion. Untreated.").priorLines());
    assertEquals(0, record("2026-01-01", "Stage IV ROS1 NSCLC. Pt has not started any treatment.").priorLines());
    assertEquals(0, record("2026-01-01", "Resected stage IIC melanoma. No treatment beyond surgery.").priorLines());
    assertEquals(List.of("pomalidomide ABSENT"), therapyStates("Myeloma, pomalidomide-naive."));
  }

  @Test
  void systemicTherapyNotYetStartedAndHeldOffAreNotGiven() {
    assertEquals(0, record("2026-01-01", "Metastatic NSCLC. Systemic therapy has NOT yet started.").priorLines());
    assertEquals(List.of("alectinib HYPOTHETICAL"), therapyStates("Holding off alectinib a few weeks per patient choice."));
    assertEquals(List.of("sotorasib HYPOTHETICAL"), therapyStates("2L sotorasib to start after the brain radiation."));
    assertEquals(List.of("capecitabine HYPOTHETICAL"), therapyStates("Plan: consider a trial; alternative capecitabine."));
  }

  @Test
  void aListOfDrugsFromSeveralLinesIsNoLineOfItsOwn() {
    assertEquals(2, record("2026-01-01", "CAPOX 02/2024-08/2024, PD. FOLFIRI 09/2024-06/2025, PD.\n"
        + "A/P: progression after fluoropyrimidine, oxaliplatin, irinotecan.").priorLines());
  }
}
