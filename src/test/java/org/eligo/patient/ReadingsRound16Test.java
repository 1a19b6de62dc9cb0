package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.biomarkers;
import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.therapyStates;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.junit.jupiter.api.Test;

/** Readings added after blind set 22 was spent (twelfth session): each case is written here, not taken from its notes. */
class ReadingsRound16Test {

  @Test
  void aResultDatedByItsParenthesisIsSupersededByANewerOne() {
    assertEquals(List.of("PD-L1 TPS 20.0"), biomarkers("2026-02-01", "PD-L1 (22C3): TPS 20% on the pleural biopsy.",
        "2026-03-01", "Biomarkers: PD-L1 55% (2023) -> 20% (2026)."));
    assertEquals(List.of("HER2 3+"), biomarkers("2025-05-01", "Liver core: HER2 (4B5) IHC 3+, positive.",
        "2026-04-01", "HER2 3+ on the liver core (the 2019 primary was HER2 1+)."));
  }

  @Test
  void aCounterfactualConditionIsHypothetical() {
    assertEquals(List.of("MSI-H PRESENT", "MSS HYPOTHETICAL"), record("2026-01-01",
        "MSI-H by PCR. Had the tumour been microsatellite stable, we would have offered FOLFOX.").current(FactType.BIOMARKER)
        .map(f -> ((Finding.Biomarker) f.finding()).category() + " " + f.assertion()).toList());
    assertEquals(List.of("FOLFOX HYPOTHETICAL"), therapyStates("Had it been MSS, we would have offered FOLFOX."));
  }

  @Test
  void aReferralToAStudyAndWhatWouldUsuallyBeGivenArePlans() {
    assertEquals(List.of("adagrasib HYPOTHETICAL"), therapyStates("Next: referral to the adagrasib study."));
    assertEquals(List.of("pembrolizumab HYPOTHETICAL"),
        therapyStates("Pembrolizumab would normally be first choice, but his colitis argues against it."));
  }

  @Test
  void aDrugNotAddedIsNotGiven() {
    assertEquals(List.of("FOLFOX PRESENT", "nivolumab ABSENT"),
        therapyStates("FOLFOX since 02/2025. Nivolumab was not added (PD-L1 CPS 1)."));
  }

  @Test
  void genesAPanelIsDesignedToDetectAreNoFinding() {
    assertEquals(List.of("ALK fusion HYPOTHETICAL", "RET fusion HYPOTHETICAL"),
        variantStates("Method: amplicon NGS with capture for ALK and RET fusions."));
    assertEquals(List.of("ALK fusion ABSENT"), variantStates("ALK rearrangement: not detected."));
  }

  @Test
  void aRelativeWhoOpensTheSentenceIsWhatItTellsOf() {
    assertEquals(List.of("alectinib FAMILY"), therapyStates(
        "Her younger brother was found to have ALK-positive lung cancer at 41 in 2022 and has taken alectinib ever since."));
    // a relative named later is no subject: the patient's own course stays hers
    assertEquals(List.of("alectinib PRESENT"), therapyStates(
        "She started alectinib in 2022 after an ALK-positive biopsy, some months after her brother's diagnosis."));
  }

  @Test
  void anEndocrineCourseStartedRightAfterAdjuvantChemotherapyIsAdjuvant() {
    assertEquals(Integer.valueOf(1), record("2026-02-01", "Breast cancer 2014: adjuvant EC x4 02/2014 - 04/2014, then "
        + "letrozole 06/2014 - 06/2019.\nMetastatic NSCLC: carboplatin/pemetrexed from 03/2025.").priorLines());
    // started a year after the adjuvant course ended, without a setting: a line
    assertEquals(Integer.valueOf(2), record("2026-02-01", "Adjuvant EC x4 02/2014 - 04/2014.\n"
        + "Letrozole 06/2015 - 06/2019 for bone recurrence.\nCarboplatin/pemetrexed from 03/2025.").priorLines());
  }

  @Test
  void aNewlyDiagnosedCancerDiscountsCoursesEndedLongBefore() {
    assertEquals(Integer.valueOf(0), record("2026-10-01",
        "Newly diagnosed AML. Remote follicular lymphoma treated with R-CHOP in 2015. During R-CHOP she needed G-CSF.").priorLines());
    // a course within the year is counted
    assertEquals(Integer.valueOf(1), record("2026-10-01",
        "Newly diagnosed metastatic NSCLC. Carboplatin/pemetrexed cycle 1 given 09/2026.").priorLines());
  }

  @Test
  void anAntiandrogenAgainstTheFlareIsNoLine() {
    assertEquals(Integer.valueOf(1), record("2026-06-01", "Goserelin started 01/2025 with bicalutamide cover; "
        + "abiraterone/prednisone 02/2025 - 05/2026, progression.").priorLines());
  }

  /** Each current condition as "name ASSERTION". */
  private static List<String> conditions(String text) {
    return record("2026-01-01", text).current(FactType.CONDITION)
        .map(f -> ((Finding.Condition) f.finding()).name() + " " + f.assertion()).toList();
  }

  @Test
  void aTestNamedBetweenAnInfectionAndItsNegativeResultKeepsTheNegation() {
    assertEquals(List.of("HIV ABSENT"), conditions("HIV 4th-generation Ag/Ab negative."));
    assertEquals(List.of("HIV ABSENT"), conditions("HIV screen 2024 negative."));
    assertEquals(List.of("hepatitis B ABSENT"), conditions("HBV DNA undetectable."));
    assertEquals(List.of("hepatitis C ABSENT"), conditions("HCV RNA PCR negative."));
    // a result of its own still stands
    assertEquals(List.of("HIV PRESENT", "hepatitis B ABSENT"), conditions("HIV positive, HBV DNA negative."));
  }

  /** Each current cancer diagnosis as "CODE ASSERTION". */
  private static List<String> cancers(PatientRecord r) {
    return r.current(FactType.DIAGNOSIS).filter(f -> ((Finding.Diagnosis) f.finding()).cancer() != null)
        .map(f -> ((Finding.Diagnosis) f.finding()).cancer() + " " + f.assertion()).distinct().toList();
  }

  @Test
  void aCancerDiagnosedYearsBeforeBesideAnotherCancerIsAnEarlierOne() {
    assertEquals(List.of("BREAST HISTORICAL", "NSCLC PRESENT"), cancers(record("2026-02-01",
        "Problem list:\n1. Right breast invasive ductal carcinoma, pT1b N0, ER 90% - dx 06/2014\n2. Lung adenocarcinoma, stage IVB.")));
    // the same cancer named again without that date is current
    assertEquals(List.of("BREAST PRESENT"), cancers(record("2026-02-01",
        "Right breast invasive ductal carcinoma - dx 06/2014.\nNow metastatic breast cancer to bone.")));
    // one cancer alone stays present however old its diagnosis
    assertEquals(List.of("BREAST PRESENT"), cancers(record("2026-02-01", "Right breast invasive ductal carcinoma - dx 06/2014.")));
    // a diagnosis two years before is recent
    assertEquals(List.of("BREAST PRESENT", "NSCLC PRESENT"), cancers(record("2026-02-01",
        "Right breast invasive ductal carcinoma - dx 06/2024.\nLung adenocarcinoma, stage IVB.")));
  }

  @Test
  void aPartnerIsAnotherPersonOnlyWhereTheSentenceSpeaksOfThem() {
    assertEquals(List.of("pregnancy FAMILY"), conditions("Social: his partner is 22 weeks pregnant."));
    assertEquals(List.of("NSCLC PRESENT"), cancers(record("2026-01-01",
        "He comes with his wife to discuss a newly diagnosed squamous cell lung carcinoma.")));
  }

  @Test
  void theReceptorsWrittenWithAnEarlierCancerAreItsOwn() {
    PatientRecord r = record("2026-02-01",
        "Problem list:\n1. Right breast invasive ductal carcinoma, pT1b N0, ER 90%, HER2 1+ - dx 06/2014\n2. Lung adenocarcinoma, PD-L1 TPS 40%.");
    assertEquals(List.of("ER HISTORICAL", "HER2 HISTORICAL", "PD-L1 TPS PRESENT"), r.current(FactType.BIOMARKER)
        .map(f -> ((Finding.Biomarker) f.finding()).name() + " " + f.assertion()).toList());
  }

  @Test
  void aPlannedNumberOfCyclesIsNoSignOfATherapyGiven() {
    assertEquals(List.of("nivolumab HYPOTHETICAL"), therapyStates("Assessment and plan:\nNivolumab for 4 cycles - consent at the next visit."));
    assertEquals(List.of("FOLFOX PRESENT"), therapyStates("Assessment and plan:\nFOLFOX 6 cycles completed, now surveillance."));
  }

  @Test
  void aReasonGivenForAPlanTellsOfAnotherCourse() {
    assertEquals(List.of("encorafenib HYPOTHETICAL", "binimetinib HYPOTHETICAL"),
        therapyStates("Assessment and plan:\nEncorafenib + binimetinib, as she relapsed 14 months after adjuvant therapy."));
    // without the reason's comma the course words are the plan's own
    assertEquals(List.of("encorafenib PRESENT", "binimetinib PRESENT"),
        therapyStates("Assessment and plan:\nEncorafenib + binimetinib since 03/2025, tolerating well."));
  }
}
