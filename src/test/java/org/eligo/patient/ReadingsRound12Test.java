package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 14 was spent (eighth session): each case is written here, not taken from its notes. */
class ReadingsRound12Test {

  private static List<MetStatus> brain(String text) {
    return record("2026-01-01", text).current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding())
        .filter(m -> m.site().equals("brain")).map(Finding.Metastasis::status).distinct().toList();
  }

  @Test
  void anAssayNameBetweenGeneAndChangeIsFiller() {
    assertEquals(List.of("EGFR exon 19 deletion PRESENT"), variantStates("EGFR by real-time PCR: exon 19 deletion detected."));
    assertEquals(List.of("KRAS G13D PRESENT"), variantStates("KRAS qPCR: G13D."));
    assertEquals(List.of("BRAF V600E PRESENT"), variantStates("BRAF ddPCR - V600E detected in plasma."));
  }

  @Test
  void aShortProteinChangeInParenthesesAfterTheCdnaNamesTheVariant() {
    assertEquals(List.of("NRAS Q61R PRESENT"), variantStates("NRAS exon 3 c.182A>G (Q61R) detected."));
    assertEquals(List.of("KRAS G12V PRESENT"), variantStates("KRAS c.35G>T (G12V)"));
  }

  @Test
  void noVariantAfterAListOfGenesNegatesEachOfThem() {
    assertEquals(List.of("PIK3CA H1047R PRESENT", "AKT1 null ABSENT", "ESR1 null ABSENT"),
        variantStates("NGS: PIK3CA p.H1047R detected; AKT1, ESR1 no variant."));
  }

  @Test
  void aNegativeResultForTheSampleReachesEveryGeneTestedOnIt() {
    assertEquals(List.of("ALK fusion ABSENT", "ROS1 fusion ABSENT"),
        variantStates("ALK and ROS1 fusion testing on this specimen: negative."));
  }

  @Test
  void brainAsALabelNamesTheSiteOfTheMetastases() {
    assertEquals(List.of(MetStatus.TREATED_STABLE), brain("Brain: irradiated mets unchanged on the latest MRI; no steroids."));
    assertEquals(List.of(MetStatus.ACTIVE), brain("CNS: three new mets, the largest 7 mm."));
    assertEquals(List.of(), brain("Brain: no mets on MRI."));
  }

  @Test
  void aCourseStoppedForToxicityThenAnotherRegimenAreTwoLines() {
    assertEquals(2, record("2026-01-01",
        "Tx hx: carboplatin/paclitaxel/atezolizumab (grade 3 colitis), then gemcitabine 03/2025-11/2025; now progressing.").priorLines());
    // a drug swapped for harm keeps the line
    assertEquals(1, record("2026-01-01", "Stage IV NSCLC. Cisplatin/pemetrexed (ototoxicity), then carboplatin/pemetrexed x4.").priorLines());
  }

  @Test
  void maintenanceInOneClauseDoesNotJoinALaterCourseOfTheSameSentence() {
    assertEquals(2, record("2026-01-01",
        "Prior: FOLFOX/bevacizumab 02/2024, maintenance capecitabine/bevacizumab to 10/2024; FOLFIRI 11/2024-06/2025 -> PD.").priorLines());
  }

  @Test
  void noAnticancerDrugStartedYetIsNoLine() {
    assertEquals(0, record("2026-01-01", "Stage IV ROS1-rearranged NSCLC. She has not yet started any anticancer medication.").priorLines());
  }

  @Test
  void yearsOldWrittenWithDotsGivesTheAge() {
    assertEquals(List.of(new Finding.Demographic(71, null), new Finding.Demographic(null, "female")),
        record("2026-01-01", "71 y.o. female with metastatic ovarian cancer.").current(FactType.DEMOGRAPHIC).map(f -> f.finding()).toList());
  }
}
