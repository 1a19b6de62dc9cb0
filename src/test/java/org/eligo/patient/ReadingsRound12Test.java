package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.record;
import static org.eligo.patient.PatientPipelineTest.variantStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.patient.PatientRecord;
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
    // the label with a negative result: no brain metastasis (read since the eleventh session; before, nothing was read)
    assertEquals(List.of(MetStatus.ABSENT), brain("Brain: no mets on MRI."));
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

  // Readings added after blind set 15 was spent.

  @Test
  void anImmunostainNegativeForAGeneIsItsNegativeResult() {
    assertEquals(List.of("ROS1 null ABSENT"), variantStates("ROS1 (D4D6) immunohistochemistry: negative."));
  }

  @Test
  void aGeneTheAssayDidNotCoverGetsNoResult() {
    assertEquals(List.of("KRAS null ABSENT"), variantStates("DNA-only panel; KRAS wild type. Fusions not covered (ALK, ROS1 not assessed)."));
  }

  @Test
  void aFusionWithAnExonSuffixOrSpacedDashKeepsItsPartner() {
    assertEquals(List.of("ALK fusion PRESENT"), variantStates("EML4 exon 6b :: ALK exon 20 fusion detected."));
    assertEquals(List.of("RET fusion PRESENT"), variantStates("KIF5B - RET fusion detected by RNA NGS."));
    assertEquals("KIF5B", record("2026-01-01", "KIF5B - RET fusion detected by RNA NGS.").current(FactType.VARIANT)
        .map(f -> ((Finding.Variant) f.finding()).partner()).findFirst().orElseThrow());
  }

  @Test
  void negativeForHotspotVariantsAfterAGeneListNegatesEachGene() {
    assertEquals(List.of("NRAS null ABSENT", "HRAS null ABSENT"), variantStates("NRAS, HRAS: negative for hotspot variants."));
  }

  @Test
  void aNegativeFoundInTheListReachesEveryGeneAfterIt() {
    assertEquals(List.of("BRAF null ABSENT", "MET null ABSENT", "RET null ABSENT", "NTRK1 null ABSENT", "NTRK3 null ABSENT"),
        variantStates("No pathogenic alterations identified in BRAF, MET (incl. exon 14 splice sites), RET, NTRK1, NTRK3."));
  }

  @Test
  void noneInATableRowIsTheGenesNegativeResult() {
    assertEquals(List.of("PIK3CA null ABSENT"), variantStates("| PIK3CA | none | - |"));
  }

  @Test
  void anEarlierGradeInParenthesesIsHistorical() {
    PatientRecord r = record("2026-01-01", "Deconditioned after admission, ECOG 3 (previously ECOG 1 in clinic).");
    assertEquals(List.of(3), r.current(FactType.PERFORMANCE_STATUS).map(f -> ((Finding.PerformanceStatus) f.finding()).value()).toList());
  }

  @Test
  void brainLesionsCalledUntreatedOrLeftForATkiAreActive() {
    assertEquals(List.of(MetStatus.ACTIVE), brain("MRI brain: 6 mm enhancing focus, left occipital, compatible with new metastasis."));
    assertEquals(List.of(MetStatus.ACTIVE), brain("MRI head: three enhancing lesions, compatible with metastases. Radiosurgery deferred while on lorlatinib."));
  }

  @Test
  void aBrainScanReportsOwnNegativeIsNoBrainMetastasis() {
    PatientRecord r = record("2026-01-01", "MRI BRAIN WITH CONTRAST\nChronic small-vessel change. No enhancing lesion or metastasis.");
    assertEquals(List.of(MetStatus.ABSENT), r.facts(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding())
        .filter(m -> m.site().equals("brain")).map(Finding.Metastasis::status).distinct().toList());
    assertEquals(List.of(), brain("MRI BRAIN\nStable treated lesion. No new metastatic disease."
        .replace("Stable treated lesion", "Treated right frontal metastasis stable")).stream().filter(st -> st == MetStatus.ABSENT).toList());
  }

  @Test
  void aPlanClauseProposesItsDrugWhateverAnotherClauseSays() {
    assertEquals(0, record("2026-01-01", "Prior treatment: none.\nA/P: crizotinib 250 mg BID; entrectinib was considered but not chosen.").priorLines());
  }

  @Test
  void proposedOfferedDeclinedAndNextAreNotGiven() {
    assertEquals(List.of("trastuzumab deruxtecan HYPOTHETICAL"), PatientPipelineTest.therapyStates("Trastuzumab deruxtecan proposed."));
    assertEquals(List.of("FOLFIRI HYPOTHETICAL"), PatientPipelineTest.therapyStates("Next: FOLFIRI."));
    assertEquals(List.of("eribulin HYPOTHETICAL"), PatientPipelineTest.therapyStates("Offered eribulin; she will think about it."));
    assertEquals(List.of("capecitabine ABSENT"), PatientPipelineTest.therapyStates("Capecitabine declined by the patient."));
  }

  @Test
  void aCancerCalledUntreatedIsNoLineYet() {
    assertEquals(0, record("2026-01-01", "29F, untreated classical Hodgkin lymphoma, stage IIB.").priorLines());
    assertEquals(0, record("2026-01-01", "Metastatic urothelial carcinoma, untreated. ECOG 1.").priorLines());
  }

  @Test
  void neoadjAbbreviatedIsNeoadjuvant() {
    assertEquals(List.of("neoadjuvant"), record("2026-01-01", "Neoadj FOLFIRINOX x8 (finished 03/2025), then Whipple.")
        .current(FactType.THERAPY).map(f -> ((Finding.Therapy) f.finding())).filter(t -> "FOLFIRINOX".equals(t.drug()))
        .map(Finding.Therapy::setting).toList());
  }

  @Test
  void aCourseClosedByProgressionThenASemicolonIsItsOwnLine() {
    assertEquals(2, record("2026-01-01", "mCRPC: abiraterone (PD 2025); enzalutamide after that was stopped, PD.").priorLines());
  }

  @Test
  void aSiteBetweenMetastaticAndCaNamesTheCancer() {
    assertEquals(List.of("COLORECTAL"), record("2026-01-01", "58M, metastatic rectal ca, KRAS wild type.").current(FactType.DIAGNOSIS)
        .map(f -> ((Finding.Diagnosis) f.finding()).cancer()).filter(java.util.Objects::nonNull).toList());
    assertEquals(List.of("NSCLC"), record("2026-01-01", "Core biopsy: SqCC, lung primary.").current(FactType.DIAGNOSIS)
        .map(f -> ((Finding.Diagnosis) f.finding()).cancer()).filter(java.util.Objects::nonNull).toList());
    assertEquals(List.of("NSCLC"), record("2026-01-01", "Invasive adenocarcinoma, lepidic predominant.").current(FactType.DIAGNOSIS)
        .map(f -> ((Finding.Diagnosis) f.finding()).cancer()).filter(java.util.Objects::nonNull).toList());
  }

  @Test
  void aNeverSmokerIsNoNegationOfTheCancer() {
    assertEquals(List.of(org.eligo.core.Assertion.PRESENT), record("2026-01-01", "A never-smoking woman with lung adenocarcinoma.")
        .current(FactType.DIAGNOSIS).map(f -> f.assertion()).distinct().toList());
  }

  @Test
  void noTreatmentForACancerDeniesTheTreatmentNotTheCancer() {
    PatientRecord r = record("2026-01-01", "Resected melanoma, stage IIB. No treatment for melanoma other than excision.");
    assertEquals(List.of(org.eligo.core.Assertion.PRESENT), r.current(FactType.DIAGNOSIS)
        .filter(f -> ((Finding.Diagnosis) f.finding()).cancer() != null).map(f -> f.assertion()).distinct().toList());
    assertEquals(0, r.priorLines());
  }

  @Test
  void hepatitisSerologyWordsStandInAListOfNegativeInfections() {
    PatientRecord r = record("2026-01-01", "Screening: HIV, HBsAg, anti-HBc, HCV negative.");
    assertEquals(List.of(org.eligo.core.Assertion.ABSENT), r.current(FactType.CONDITION).map(f -> f.assertion()).distinct().toList());
  }

  @Test
  void aBareCombinedPositiveScoreIsPdl1s() {
    assertEquals(List.of("ER 0.0", "PR 0.0", "HER2 1+", "PD-L1 CPS 12.0"), PatientPipelineTest.biomarkers("2026-01-01", "ER 0, PR 0, HER2 1+; CPS 12."));
    assertEquals(List.of(), PatientPipelineTest.biomarkers("2026-01-01", "Plan: pembrolizumab with chemotherapy (CPS 12)."));
    assertEquals(List.of("MMR dMMR"), PatientPipelineTest.biomarkers("2026-01-01", "MMR proteins lost (MLH1/PMS2)."));
  }

  // Readings added after blind set 16 was spent.

  @Test
  void genesThatShowNoVariantsAreNegative() {
    assertEquals(List.of("EGFR null ABSENT", "ALK null ABSENT"), variantStates("EGFR and ALK showed no pathogenic variants."));
    assertEquals(List.of("MET exon 14 skipping ABSENT"), variantStates("MET exon 14 skipping transcripts not detected."));
  }

  @Test
  void aNegativeThatOpensATableRowCoversTheGenesOfTheRow() {
    assertEquals(List.of("FGFR2 null ABSENT", "IDH1 null ABSENT"),
        variantStates("Result        Genes\nNot detected  FGFR2, IDH1"));
  }

  @Test
  void aClusterOfDifferentiationNameIsAStainAndCopyLossIsALoss() {
    assertEquals(List.of(), variantStates("Flow cytometry: blasts CD34+, CD117+, HLA-DR+."));
    assertEquals(List.of("CDKN2A loss PRESENT"), variantStates("CDKN2A copy number loss."));
  }

  @Test
  void aReportsListOfLinkedTherapiesIsNoPlan() {
    PatientRecord r = record("2026-01-01", "Potential therapies (FDA-approved in other tumour types): larotrectinib, entrectinib.");
    assertEquals(null, r.priorLines());
    assertEquals(List.of("larotrectinib HYPOTHETICAL", "entrectinib HYPOTHETICAL"),
        PatientPipelineTest.therapyStates("Potential therapies (FDA-approved in other tumour types): larotrectinib, entrectinib."));
  }

  @Test
  void noSideEffectOnADrugSaysTheDrugWasGiven() {
    assertEquals(List.of("nivolumab PRESENT"), PatientPipelineTest.therapyStates("No colitis on nivolumab so far."));
    assertEquals(List.of("nivolumab ABSENT"), PatientPipelineTest.therapyStates("Did not go on nivolumab."));
  }

  @Test
  void aPlanDatedAfterItsNoteIsStillToCome() {
    assertEquals(List.of("FOLFIRINOX HYPOTHETICAL"), PatientPipelineTest.therapyStates("Plan: FOLFIRINOX, cycle 1 on 02/10/2026."));
    assertEquals(List.of("FOLFIRINOX PRESENT"), PatientPipelineTest.therapyStates("Plan: continue FOLFIRINOX, next CT 03/2026."));
  }

  @Test
  void theLastDoseDateEndsTheCourse() {
    assertEquals("2025-12", record("2026-01-01", "Adjuvant capecitabine x8; last capecitabine dose 12/2025.").current(FactType.THERAPY)
        .map(f -> (Finding.Therapy) f.finding()).filter(t -> t.course().endDate() != null).map(t -> t.course().endDate()).findFirst().orElseThrow());
  }

  @Test
  void brainMetastasesTreatedLaterInTheNoteAreTreated() {
    assertEquals(List.of(MetStatus.TREATED_STABLE),
        brain("Melanoma, stage IV M1d (left occipital brain met). Gamma knife 08/2026 to the occipital lesion; no new lesions since."));
    assertEquals(List.of(MetStatus.TREATED_STABLE), brain("Brain: 3 mets found 05/2026 -> WBRT 05/2026, stable since."));
    assertEquals(List.of(MetStatus.UNKNOWN), brain("MRI brain: 5 mm focus, suspicious for a small metastasis; repeat MRI vs SRS."));
  }

  @Test
  void anOrgansBiopsyShowingMetastaticCarcinomaIsAMetastasisThere() {
    assertEquals(List.of("liver ACTIVE"), record("2026-01-01", "Liver core biopsy 03/2026: metastatic adenocarcinoma, CK7+.")
        .current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding()).map(m -> m.site() + " " + m.status()).toList());
  }

  @Test
  void treatmentUnderAnEarlyStageLabelIsNoLine() {
    assertEquals(List.of("adjuvant"), record("2026-01-01", "Early-stage history: lumpectomy 2018, then docetaxel/cyclophosphamide x4.")
        .current(FactType.THERAPY).map(f -> (Finding.Therapy) f.finding()).filter(t -> "docetaxel".equals(t.drug()))
        .map(Finding.Therapy::setting).toList());
  }

  @Test
  void numberedItemsUnderALinesHeadingAreOneLineEach() {
    assertEquals(3, record("2026-01-01", "Lines of therapy:\n1. pembrolizumab/carboplatin/pemetrexed 2024\n"
        + "2. nivolumab 2025, stopped for colitis\n3. docetaxel 2026").priorLines());
  }

  @Test
  void conditioningBeforeAnAutologousTransplantIsNoLineEvenAcrossASemicolon() {
    assertEquals(1, record("2026-01-01", "VRd x4 (2024). Procedure: high-dose melphalan 200 mg/m2 (09/2024); autologous stem cell "
        + "infusion 09/2024. Lenalidomide maintenance since 12/2024.").priorLines());
  }

  @Test
  void aStartAfterTheDrugsPurposeDatesEveryDrugJoinedBeforeIt() {
    assertEquals(2, record("2026-01-01", "Enzalutamide/prednisone for metastatic castration-sensitive disease from 03/2023, PSA "
        + "progression 11/2025; cabazitaxel 12/2025-05/2026; now rising PSA.").priorLines());
  }

  @Test
  void aCancerMetastaticToAnOrganHasAMetastasisThere() {
    assertEquals(List.of("bone ACTIVE"), record("2026-01-01", "Prostate adenocarcinoma metastatic to bone, on ADT.")
        .current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding()).map(m -> m.site() + " " + m.status()).toList());
  }

  @Test
  void nothingToSuggestIsANegation() {
    assertEquals(List.of(org.eligo.core.Assertion.ABSENT), record("2026-01-01", "Counts normal; nothing to suggest myelodysplastic syndrome.")
        .current(FactType.DIAGNOSIS).filter(f -> "MDS".equals(((Finding.Diagnosis) f.finding()).cancer())).map(f -> f.assertion()).toList());
  }
}
