package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.brain;
import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.MetStatus;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 21 was spent (eleventh session): each case is written here, not taken from its notes. */
class ReadingsRound15Test {

  @Test
  void aBrainStatedAsNotImagedIsUnknownWhateverNegationSurroundsIt() {
    assertEquals(List.of(MetStatus.UNKNOWN), brain("No neurological complaints, so we have not imaged the brain."));
    assertEquals(List.of(MetStatus.UNKNOWN), brain("Head not imaged; no neuro sx."));
    assertEquals(List.of(MetStatus.UNKNOWN), brain("No brain imaging (asymptomatic)."));
    assertEquals(List.of(MetStatus.UNKNOWN), brain("CT head was never performed."));
    assertEquals(List.of(MetStatus.UNKNOWN), brain("Brain MRI requested - not yet done (needs sedation)."));
    // a scan done before, or a finding of the scan, is no statement that the brain was not imaged
    assertEquals(List.of(), brain("No brain imaging since 2023; restaging CT chest today."));
    assertEquals(List.of(), brain("No brain imaging abnormality was described."));
  }

  @Test
  void whatAScanOrANoteTellsOfTheBrainOutranksNotImagedWhicheverIsNewer() {
    PatientRecord r = record("2026-01-10", "MRI brain 01/2026: no metastases.", "2026-06-10", "Brain not imaged since January.");
    assertEquals("ABSENT", PatientPipelineTest.brain(r));
    r = record("2025-03-01", "Treated right frontal metastasis after SRS, stable.", "2026-02-01", "No brain imaging this year.");
    assertEquals("TREATED_STABLE", PatientPipelineTest.brain(r));
    // the statement stays in the record, no longer current, with its evidence
    assertTrue(r.facts(FactType.METASTASIS).anyMatch(f -> !f.current() && f.notImaged()));
    assertFalse(r.current(FactType.METASTASIS).anyMatch(Fact::notImaged));
  }

  @Test
  void aDiscussionOfWhatComesAtProgressionPlansItsDrugs() {
    assertEquals(List.of("sotorasib HYPOTHETICAL", "docetaxel HYPOTHETICAL"),
        therapyStates("We went over what happens at progression: sotorasib, then docetaxel."));
    assertEquals(List.of("sotorasib HYPOTHETICAL", "panitumumab HYPOTHETICAL"),
        therapyStates("Sotorasib + panitumumab or a clinical trial when the disease progresses."));
    assertEquals(List.of("dabrafenib/trametinib HYPOTHETICAL"),
        therapyStates("Dabrafenib plus trametinib is the natural choice for her BRAF V600E."));
    assertEquals(List.of("trastuzumab emtansine HYPOTHETICAL"),
        therapyStates("T-DM1 remains the fallback should she not tolerate it."));
    assertEquals(List.of("encorafenib HYPOTHETICAL", "binimetinib HYPOTHETICAL"),
        therapyStates("Targeted therapy (encorafenib + binimetinib) is favoured by the board."));
    assertEquals(List.of("olaparib HYPOTHETICAL"), therapyStates("Further treatment (olaparib) only if her counts recover."));
    assertEquals(List.of("alectinib HYPOTHETICAL", "lorlatinib HYPOTHETICAL"),
        therapyStates("Plan: alectinib or lorlatinib, decided after the molecular board on Friday."));
    // a course given is still given: "talked" about toxicity of a drug she received is no plan
    assertEquals(List.of("pembrolizumab PRESENT"), therapyStates("She received pembrolizumab from 03/2025; rash settled."));
  }

  @Test
  void aTumourBoardOutcomeThatOrdersAStartProposesIt() {
    assertEquals(List.of("encorafenib HYPOTHETICAL", "binimetinib HYPOTHETICAL"),
        therapyStates("Outcome: start encorafenib + binimetinib after the consent visit."));
  }

  @Test
  void aDenialOfOneClassForMetastaticDiseaseLeavesTheOtherLines() {
    assertEquals(Integer.valueOf(2), record("2026-03-03", "Treatment for metastatic disease:\n"
        + "  - fulvestrant + abemaciclib, 07/2024 to 06/2025 (progression)\n"
        + "  - fulvestrant + capivasertib, 07/2025 to 02/2026 (progression)\n"
        + "No chemotherapy has been given for metastatic disease.").priorLines());
    // a denial of every treatment still says nothing was given for it
    assertEquals(Integer.valueOf(0), record("2026-03-03", "Adjuvant AC-T 2020, letrozole since.\n"
        + "No systemic therapy has been given for metastatic disease.").priorLines());
  }

  @Test
  void whatJoinsACourseThatGoesOnBelongsToItsLine() {
    assertEquals(Integer.valueOf(1), record("2026-10-27", "Metastatic HER2-positive breast cancer: weekly paclitaxel with trastuzumab "
        + "and pertuzumab from 10/20/2025. Paclitaxel stopped after 18 weeks; trastuzumab and pertuzumab continued with letrozole "
        + "from 03/2026. CT 10/2026: progressive disease.").priorLines());
  }

  @Test
  void aHeadingOfGenesWithoutAReportableAlterationNegatesTheListBelowIt() {
    assertEquals(List.of("EGFR null ABSENT", "ALK null ABSENT", "NTRK3 null ABSENT"),
        variantStates("GENES WITHOUT A REPORTABLE ALTERATION (selected, DNA and RNA):\nEGFR, ALK, NTRK3"));
    assertEquals(List.of("BRAF null ABSENT", "RET null ABSENT"),
        variantStates("Genes without a reportable alteration (DNA and RNA): BRAF, RET"));
  }

  @Test
  void changesNamedUnderANegativeHeadingAreNegativeButNotUnderRowsOfNegatives() {
    assertEquals(List.of("KRAS null ABSENT", "MET exon 14 skipping ABSENT", "RET fusion ABSENT", "NTRK3 fusion ABSENT"),
        variantStates("NEGATIVE FOR\n  KRAS and MET (mutation, exon 14 skipping); RET and NTRK3 fusions"));
    // a row closed by its own negative heads nothing: the change below it keeps its result
    assertEquals(List.of("NRAS null ABSENT", "TERT promoter c.-124C>T PRESENT"),
        variantStates("* NRAS exons 2/3/4 - not detected\n* TERT promoter c.-124C>T - detected"));
  }

  @Test
  void anAssayThatCannotDetectAKindOfChangeLeavesThoseGenesUntested() {
    // as "not tested" is read: a gene the assay could not have found, neither present nor absent
    assertEquals(List.of("KRAS G12C PRESENT", "ALK null HYPOTHETICAL", "RET null HYPOTHETICAL", "NTRK1 null HYPOTHETICAL",
        "NTRK2 null HYPOTHETICAL", "NTRK3 null HYPOTHETICAL"),
        variantStates("KRAS G12C detected. This DNA assay does not detect gene fusions (ALK, RET, NTRK1-3)."));
  }

  @Test
  void aGeneAfterNonIsTheOneSetAside() {
    assertEquals(List.of("ALK fusion PRESENT"), variantStates("ALK-rearranged NSCLC (non-EML4 partner)."));
  }

  @Test
  void aTestDatedBeforeItsNegativeResultIsStillNegative() {
    PatientRecord r = record("2026-01-28", "Pregnancy test on 01/26 was negative; she has a copper IUD.");
    assertEquals(List.of("pregnancy ABSENT"), r.current(FactType.CONDITION)
        .map(f -> ((org.eligo.extract.Finding.Condition) f.finding()).name() + " " + f.assertion()).toList());
  }

  @Test
  void notBeforeALoneWordDeniesThatWordOnlyAndNotFeasibleLooksBack() {
    PatientRecord r = record("2026-10-20", "Nodular melanoma: Breslow 4.6 mm, not ulcerated, pT4a, sentinel nodes 0/2, stage IIB.");
    assertEquals(List.of("IIB PRESENT"), stages(r));
    r = record("2026-05-27", "Resection is not feasible given the spread of nodules: unresectable stage IIIC (in-transit).");
    assertEquals(List.of("IIIC PRESENT"), stages(r));
    // a negation before several words still reaches on, and so does one the next item continues with "nor"
    assertEquals(List.of("IV ABSENT"), stages(record("2026-05-27", "Not consistent with stage IV disease.")));
    assertEquals(List.of("breast-feeding ABSENT"), record("2026-05-27", "She is not tired, nor is she breast-feeding.")
        .current(FactType.CONDITION).map(f -> ((org.eligo.extract.Finding.Condition) f.finding()).name() + " " + f.assertion()).toList());
  }

  private static List<String> stages(PatientRecord r) {
    return r.current(FactType.DIAGNOSIS).filter(f -> ((org.eligo.extract.Finding.Diagnosis) f.finding()).stage() != null)
        .map(f -> ((org.eligo.extract.Finding.Diagnosis) f.finding()).stage() + " " + f.assertion()).toList();
  }

  @Test
  void aPanelLabelledGenesOnItsOwnLineListsWhatTheOtherGenesAre() {
    assertEquals(List.of("BRCA2 R2520* PRESENT", "ATM null ABSENT", "BARD1 null ABSENT", "PALB2 null ABSENT"),
        variantStates("HRR GENE PANEL\nGenes: ATM, BARD1, BRCA2, PALB2\n\nRESULT: PATHOGENIC VARIANT DETECTED\n"
            + "  BRCA2  c.7558C>T  p.(Arg2520*)  VAF 38%\nNo pathogenic variant in the other 3 genes."));
  }

  @Test
  void metastaticDiseaseSaidOfThePatientIsStageFourButNotWhenSaidOfASiteOrDenied() {
    assertEquals(List.of("IV PRESENT"), stages(record("2026-01-28", "This is de novo metastatic disease; no treatment yet.")));
    assertEquals(List.of(), stages(record("2026-01-28", "MRI brain: no intracranial metastatic disease.")));
    assertEquals(List.of(), stages(record("2026-01-28", "Restaging CT: no evidence of metastatic disease.")));
    assertEquals(List.of(), stages(record("2026-01-28", "Metastatic disease in 2 of 14 lymph nodes.")));
  }

  @Test
  void aPatientInclinedToGoAheadWithATreatmentHasNotHadIt() {
    assertEquals(List.of("pembrolizumab HYPOTHETICAL"),
        therapyStates("He is inclined to go ahead with adjuvant pembrolizumab, on a study or as standard."));
  }

  @Test
  void aDatedCourseOfADrugNamedAdjuvantThatEndedBeforeTheFirstAdvancedCourseIsThatAdjuvantCourse() {
    assertEquals(Integer.valueOf(1), record("2024-11-20", "Outside medications:\n- Letrozole 04/2021 - 11/2024",
        "2025-06-16", "HR+/HER2+ MBC, recurrence 11/2024 after completion of adjuvant trastuzumab + letrozole.\n"
            + "Paclitaxel, trastuzumab and pertuzumab from 12/02/2024, then HP maintenance.").priorLines());
    // named for advanced disease only, the same dated course is a line
    assertEquals(Integer.valueOf(2), record("2025-06-16", "Metastatic breast cancer: letrozole 04/2021 - 11/2024 (progression), "
        + "then paclitaxel from 12/02/2024.").priorLines());
  }

  @Test
  void aDateAfterARelapseOnADrugIsWhenTheCourseFailedNotWhenItStarted() {
    PatientRecord r = record("2026-08-04", "Relapse on anastrozole 03/2025 (liver, bone).");
    org.eligo.extract.Finding.Therapy t = r.current(FactType.THERAPY).map(f -> (org.eligo.extract.Finding.Therapy) f.finding())
        .filter(x -> "anastrozole".equals(x.drug())).findFirst().orElseThrow();
    assertEquals(java.util.Arrays.asList(null, "2025-03"), java.util.Arrays.asList(t.course().startDate(), t.course().endDate()));
  }

  @Test
  void aTreatmentSheWouldLikeIsPlannedAndOneNotIndicatedWasNotGiven() {
    assertEquals(List.of("tucatinib HYPOTHETICAL"), therapyStates("After the discussion she would like the tucatinib study."));
    assertEquals(List.of("trastuzumab emtansine ABSENT"), therapyStates("Adjuvant T-DM1 not indicated (complete response)."));
  }

  @Test
  void theBrainAsALabelWithANegativeResultIsNoBrainMetastasis() {
    assertEquals(List.of(MetStatus.ABSENT), brain("Restaging: liver mets stable; CNS: no evidence of disease."));
    assertEquals(List.of(MetStatus.ABSENT), brain("Sites of disease: liver, bone. Brain: negative."));
    assertEquals(List.of(MetStatus.TREATED_STABLE), brain("Brain: 2 treated mets, stable."));
  }

  @Test
  void somethingNotRoutineForAStageDoesNotDenyTheStage() {
    assertEquals(List.of("II PRESENT"), stages(record("2026-10-20", "BRAF testing was not done (not routine for stage II here).")));
  }

  @Test
  void aColonSegmentNamesTheCancerAndANegationStopsAtAnArrow() {
    PatientRecord r = record("2025-12-15", "Colonoscopy: splenic flexure mass, bx adenocarcinoma. CT 12/2025: >10 bilobar liver mets, "
        + "no lung lesions -> stage IVA.");
    assertEquals(List.of("COLORECTAL"), r.current(FactType.DIAGNOSIS).map(f -> (org.eligo.extract.Finding.Diagnosis) f.finding())
        .filter(d -> d.cancer() != null).map(d -> d.cancer()).distinct().toList());
    assertEquals(List.of("IVA PRESENT"), stages(r));
  }
}
