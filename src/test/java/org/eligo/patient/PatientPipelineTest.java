package org.eligo.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eligo.core.Assertion;
import org.eligo.core.Note;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.intake.PatientInfo;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class PatientPipelineTest {
  static final PatientPipeline PIPELINE = new PatientPipeline(Lexicons.load());

  static PatientRecord record(String... datedTexts) {
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < datedTexts.length; i += 2) {
      notes.add(new Note("P1", "P1-N" + (i / 2 + 1), LocalDate.parse(datedTexts[i]), "progress", datedTexts[i + 1]));
    }
    return PIPELINE.build(notes, Map.of(), new ArrayList<>()).get(0);
  }

  static List<Fact> facts(PatientRecord r, FactType t) {
    return r.facts(t).toList();
  }

  @Test
  void newestDatedResultIsCurrentAndTheOlderOneIsKept() {
    PatientRecord r = record("2025-01-10", "PD-L1 TPS 10%. ECOG 1.", "2025-06-02", "Repeat biopsy: PD-L1 TPS 60%. ECOG 2.");
    List<Fact> pdl1 = facts(r, FactType.BIOMARKER);
    assertEquals(2, pdl1.size());
    Fact old = pdl1.stream().filter(f -> ((Finding.Biomarker) f.finding()).value() == 10.0).findFirst().orElseThrow();
    Fact now = pdl1.stream().filter(f -> ((Finding.Biomarker) f.finding()).value() == 60.0).findFirst().orElseThrow();
    assertFalse(old.current());
    assertTrue(now.current());
    assertEquals(LocalDate.parse("2025-06-02"), now.date());
    assertEquals(List.of(new Finding.PerformanceStatus("ECOG", 2)), r.current(FactType.PERFORMANCE_STATUS).map(Fact::finding).toList());
  }

  @Test
  void disagreeingValuesInOneNoteAreResolvedByTheNotesLastWord() {
    PatientRecord r = record("2025-06-10", "An outside biopsy showed PD-L1 of 40% on a small sample. Our core biopsy: PD-L1 TPS 75%.");
    List<Fact> current = r.current(FactType.BIOMARKER).toList();
    assertEquals(1, current.size());
    assertEquals(75.0, ((Finding.Biomarker) current.get(0).finding()).value());
    assertTrue(current.get(0).conflict(), "the disagreement stays visible");
  }

  @Test
  void mentionsOfOneClaimMergeWithAllTheirEvidenceInNoteOrder() {
    PatientRecord r = record("2025-01-10", "KRAS G12C detected.", "2025-03-01", "Known KRAS G12C NSCLC.");
    List<Fact> v = facts(r, FactType.VARIANT);
    assertEquals(1, v.size());
    assertEquals(List.of("P1-N1", "P1-N2"), v.get(0).evidence().stream().map(e -> e.noteId()).toList());
  }

  @Test
  void familyHistorySectionAndPlansNeverBecomeThePatientsOwnFacts() {
    PatientRecord r = record("2025-01-10", "Family History:\nFather with BRAF V600E melanoma.\n\nPlan: if EGFR positive, will start osimertinib.");
    assertEquals(Assertion.FAMILY, facts(r, FactType.VARIANT).stream()
        .filter(f -> ((Finding.Variant) f.finding()).gene().equals("BRAF")).findFirst().orElseThrow().assertion());
    assertEquals(Assertion.HYPOTHETICAL, facts(r, FactType.THERAPY).get(0).assertion());
    assertEquals(0, r.priorLines()); // a plan, nothing given
  }

  @Test
  void negatedBrainMetastasesBecomeStatusAbsent() {
    PatientRecord r = record("2025-01-10", "MRI brain: no intracranial metastatic disease.");
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.ABSENT)), facts(r, FactType.METASTASIS).stream().map(Fact::finding).toList());
  }

  @Test
  void countsRegimensNotDrugsAsPriorLines() {
    PatientRecord r = record("2025-01-10", "Received carboplatin/pemetrexed/pembrolizumab x4 cycles.\nThen pembrolizumab maintenance.",
        "2025-06-01", "Progressed on docetaxel.");
    assertEquals(2, r.priorLines());
  }

  @Test
  void aTherapyNamedInThePlanWithoutSignOfBeingGivenIsHypothetical() {
    PatientRecord r = record("2025-01-10", "HPI: No prior systemic therapy.\n\nA/P:\nMSI-H mCRC, first line: pembrolizumab.");
    assertEquals(Assertion.HYPOTHETICAL, facts(r, FactType.THERAPY).stream()
        .filter(f -> "pembrolizumab".equals(((Finding.Therapy) f.finding()).drug())).findFirst().orElseThrow().assertion());
    assertEquals(0, r.priorLines());
    PatientRecord given = record("2025-01-10", "A/P:\nContinue osimertinib, tolerating well.");
    assertEquals(1, given.priorLines());
  }

  @Test
  void aFirstLinePlanOrNoTreatmentForMetastaticDiseaseMeansNoPriorLine() {
    assertEquals(0, record("2025-01-10", "Adjuvant AC-T completed 2024. Metastatic recurrence.\nA/P: candidate for first-line pembrolizumab + chemotherapy.")
        .priorLines());
    assertEquals(0, record("2025-01-10", "Adjuvant AC-T completed 2024. No treatment for metastatic disease yet.").priorLines());
    assertEquals(0, record("2025-01-10", "Bone mets. No treatment started yet for metastatic disease.").priorLines());
    assertEquals(null, record("2025-01-10", "Metastatic recurrence.\nA/P: if progression, second-line docetaxel.").priorLines());
    assertEquals(1, record("2025-01-10", "A/P: first-line carboplatin/pemetrexed.", "2025-03-01",
        "On carboplatin/pemetrexed since 01/2025, tolerating well.").priorLines());
  }

  @Test
  void aGeneLevelMentionBesideANamedVariantOrAFusionPartnerJoinsThatVariant() {
    PatientRecord r = record("2025-01-10", "FUSION DETECTED: EML4::ALK (EML4 exon 6 :: ALK exon 20).\nTP53: p.R273H (VAF 18%).\n"
        + "Comment: ALK fusion with TP53 co-mutation.\nNo alterations in EGFR.", "2025-02-01", "KRAS mutated per outside report.");
    List<String> variants = facts(r, FactType.VARIANT).stream().filter(f -> f.assertion() == Assertion.PRESENT)
        .map(f -> ((Finding.Variant) f.finding()).gene() + " " + ((Finding.Variant) f.finding()).variant()).sorted().toList();
    assertEquals(List.of("ALK fusion", "KRAS null", "TP53 R273H"), variants);
    Fact tp53 = facts(r, FactType.VARIANT).stream().filter(f -> "TP53".equals(((Finding.Variant) f.finding()).gene())).findFirst().orElseThrow();
    assertEquals(List.of("TP53: p.R273H", "TP53"), tp53.evidence().stream().map(e -> e.text()).toList());
  }

  @Test
  void aDrugGivenForAnotherDiseaseIsNoCancerLineWhereItsPurposeGoesUnsaid() {
    PatientRecord r = record("2025-01-10", "PMH: rheumatoid arthritis on methotrexate 15 mg weekly.\nNo systemic cancer therapy yet.",
        "2025-02-01", "RA flaring; continuing methotrexate.");
    assertEquals(0, r.priorLines());
  }

  @Test
  void newlyDiagnosedMeansNoPriorTherapyAndAdjuvantTherapyIsNoLine() {
    assertEquals(0, record("2025-01-10", "52 yo F with newly diagnosed lung adenocarcinoma.").priorLines());
    assertEquals(0, record("2025-01-10", "Adjuvant FOLFOX x6 completed 2023. Metastatic recurrence, no treatment yet.").priorLines());
    assertEquals(null, record("2025-01-10", "Adjuvant FOLFOX x6 completed 2023. Now metastatic recurrence.").priorLines(),
        "adjuvant therapy alone says nothing about therapy for advanced disease");
  }

  @Test
  void methotrexateForArthritisIsNotCancerTherapy() {
    PatientRecord r = record("2025-01-10", "PMH:\nRheumatoid arthritis on methotrexate 15 mg weekly.");
    Finding.Therapy t = (Finding.Therapy) facts(r, FactType.THERAPY).get(0).finding();
    assertEquals(Finding.Therapy.NON_CANCER, t.setting());
    assertEquals(null, r.priorLines());
  }

  @Test
  void aNegatedGeneListDoesNotReachASpecificVariantBeforeIt() {
    PatientRecord r = record("2025-01-10", "NGS: EGFR exon 19 del, MET amplification, KRAS wild-type.");
    assertEquals(List.of("EGFR exon 19 deletion PRESENT", "MET amplification PRESENT", "KRAS null ABSENT"), facts(r, FactType.VARIANT).stream()
        .map(f -> ((Finding.Variant) f.finding()).gene() + " " + ((Finding.Variant) f.finding()).variant() + " " + f.assertion()).toList());
  }

  @Test
  void aMeasurementKeepsItsValueBesideANegatedPanel() {
    PatientRecord r = record("2025-01-10", "Stage IV NSCLC, PD-L1 TPS 70%, KRAS G12D (not G12C), EGFR/ALK negative.");
    Fact pdl1 = facts(r, FactType.BIOMARKER).get(0);
    assertEquals(Assertion.PRESENT, pdl1.assertion());
    assertEquals(70.0, ((Finding.Biomarker) pdl1.finding()).value());
    assertEquals(List.of("KRAS G12D PRESENT", "EGFR null ABSENT", "ALK null ABSENT"), facts(r, FactType.VARIANT).stream()
        .map(f -> ((Finding.Variant) f.finding()).gene() + " " + ((Finding.Variant) f.finding()).variant() + " " + f.assertion()).toList());
  }

  @Test
  void readsReportTablesAndNegativeListsAsReportsWriteThem() {
    PatientRecord r = record("2025-01-10", "RESULTS\nPOSITIVE | EGFR | exon 19 deletion, VAF 41%\nnegative | KRAS | no mutation\n"
        + "Not detected: BRAF (incl. exons 11/15), ALK, ROS1 fusions; MET exon 14 skipping\nKRAS codons 12/13/61 wild-type. NTRK1-3: negative.");
    List<String> got = facts(r, FactType.VARIANT).stream()
        .map(f -> ((Finding.Variant) f.finding()).gene() + " " + ((Finding.Variant) f.finding()).variant() + " " + f.assertion()).sorted().toList();
    assertEquals(List.of("ALK fusion ABSENT", "BRAF null ABSENT", "EGFR exon 19 deletion PRESENT", "KRAS null ABSENT",
        "MET exon 14 skipping ABSENT", "NTRK1 null ABSENT", "NTRK2 null ABSENT", "NTRK3 null ABSENT", "ROS1 fusion ABSENT"), got);
  }

  @Test
  void structuredDemographicsWinAndADisagreementIsReported() {
    Note n = new Note("P1", "N1", LocalDate.parse("2025-05-01"), "progress", "70 yo M with NSCLC.");
    PatientInfo info = new PatientInfo("P1", LocalDate.parse("1960-03-01"), "female", null, null, "patients.jsonl:1");
    List<Consolidator.Disagreement> d = new ArrayList<>();
    PatientRecord r = PIPELINE.build(List.of(n), Map.of("P1", info), d).get(0);
    List<Finding> current = r.current(FactType.DEMOGRAPHIC).map(Fact::finding).toList();
    assertEquals(List.of(new Finding.Demographic(null, "female"), new Finding.Demographic(65, null)), current);
    assertEquals(List.of(new Consolidator.Disagreement("P1", "age", "65", "70"),
        new Consolidator.Disagreement("P1", "sex", "female", "male")), d);
  }

  @Test
  void recordSurvivesAJsonRoundTrip() {
    PatientRecord r = record("2025-01-10", "67 yo F. EML4-ALK fusion. PD-L1 <1%. ECOG 0. s/p SRS to brain mets, stable.");
    assertEquals(r, RecordJson.read(RecordJson.write(r)));
  }

  /** Each current therapy fact that names a drug as "drug ASSERTION". */
  static List<String> therapyStates(String text) {
    return record("2026-01-01", text).current(FactType.THERAPY)
        .filter(f -> ((Finding.Therapy) f.finding()).drug() != null)
        .map(f -> ((Finding.Therapy) f.finding()).drug() + " " + f.assertion()).toList();
  }

  /** Each current biomarker fact as "NAME value-or-category", from notes given as date, text, date, text... */
  static List<String> biomarkers(String... datedTexts) {
    return record(datedTexts).current(FactType.BIOMARKER).map(f -> {
      Finding.Biomarker b = (Finding.Biomarker) f.finding();
      return b.name() + " " + (b.value() != null ? b.value() : b.category());
    }).toList();
  }

  /** The brain metastasis statuses of one note's record, each once. */
  static List<MetStatus> brain(String text) {
    return record("2026-01-01", text).current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding())
        .filter(m -> m.site().equals("brain")).map(Finding.Metastasis::status).distinct().toList();
  }

  /** The metastatic sites of one note's record. */
  static List<String> sites(String text) {
    return record("2026-01-01", text).current(FactType.METASTASIS).map(f -> ((Finding.Metastasis) f.finding()).site()).toList();
  }

  /** Each current systemic therapy with a line as "drug line". */
  static List<String> lines(String text) {
    return record("2026-11-18", text).current(FactType.THERAPY).map(f -> (Finding.Therapy) f.finding())
        .filter(t -> t.course().line() != null).map(t -> t.drug() + " " + t.course().line()).toList();
  }

  /** Each current variant fact as "GENE variant ASSERTION". */
  static List<String> variantStates(String text) {
    return record("2026-01-01", text).current(FactType.VARIANT).map(f -> {
      Finding.Variant v = (Finding.Variant) f.finding();
      return v.gene() + " " + v.variant() + " " + f.assertion();
    }).toList();
  }

  @Test
  void aNegationFillingTheResultSlotAfterALabelAnswersTheLabel() {
    assertEquals(List.of("KRAS null ABSENT", "BRAF null ABSENT", "MET null ABSENT"),
        variantStates("KRAS, BRAF, MET: no reportable variants."));
    assertEquals(List.of("ERBB2 null ABSENT"), variantStates("| ERBB2 | No variant / amplification | - |"));
    assertEquals(List.of("ALK fusion ABSENT", "ROS1 fusion ABSENT"), variantStates("ALK / ROS1 fusions ........ none"));
    assertEquals(List.of("EGFR null ABSENT", "BRAF null ABSENT"),
        variantStates("EGFR / BRAF ....... no pathogenic variants"));
    assertEquals(List.of("EGFR null ABSENT", "MET null ABSENT"),
        variantStates("Pertinent negatives: EGFR, MET (exon 14, amplification): no alteration."));
  }

  @Test
  void oneSentenceMayNameSeveralCoursesByTheirDatesOutcomesOrNumbers() {
    assertEquals(2, record("2026-03-18", "NSCLC on cabozantinib since 10/2025 (second line, after carboplatin/pemetrexed/pembrolizumab "
        + "02/2025-09/2025).").priorLines());
    assertEquals(2, record("2026-06-30", "NSCLC previously treated with entrectinib (progressed 07/2025) and carboplatin/pemetrexed "
        + "(08/2025-05/2026, progressed).").priorLines());
    assertEquals(2, record("2026-10-20", "Lines to date: (1) carboplatin/pemetrexed/pembrolizumab, PD 09/2025; (2) cabozantinib, PD.")
        .priorLines());
    assertEquals(1, record("2026-09-01", "Metastatic pancreatic cancer: mFOLFIRINOX x8 (11/2025-03/2026), PR -> olaparib maintenance "
        + "from 04/2026.").priorLines());
    assertEquals(1, record("2026-09-01", "Metastatic NSCLC: carboplatin, pemetrexed and pembrolizumab from 02/2025, PD 09/2025.")
        .priorLines());
  }

  @Test
  void aDrugNotGivenOrOnlyIntendedIsNoLineAndRadioiodineForGravesDiseaseIsNoCancerTherapy() {
    assertEquals(0, record("2026-10-28", "Metastatic breast cancer, no treatment yet for metastatic disease. Pertuzumab not given (insurance).")
        .priorLines());
    assertEquals(0, record("2026-05-19", "Metastatic TNBC. Plan: pembrolizumab + chemotherapy is the intended regimen.").priorLines());
    assertEquals(null, record("2026-05-19", "Metastatic TNBC. PMH: Graves' disease treated with radioactive iodine 2015.").priorLines());
  }

  @Test
  void aListCueWithAQualifierBeforeItsColonNegatesTheWholeList() {
    assertEquals(List.of("EGFR null ABSENT", "ALK fusion ABSENT", "MET exon 14 skipping ABSENT"),
        variantStates("Not detected in this sample: EGFR mutations, ALK fusions, MET exon 14 skipping."));
  }

  @Test
  void genesJoinedToANegativeResultByAVerbAreAbsentButALaterChangeIsNot() {
    assertEquals(List.of("EGFR null ABSENT", "KRAS null ABSENT", "MET null ABSENT", "ERBB2 amplification ABSENT"),
        variantStates("EGFR, KRAS and MET (including exon 14 skipping) are negative for pathogenic variants, there is no ERBB2 amplification."));
    assertEquals(List.of("KRAS G12C PRESENT", "EGFR null ABSENT"),
        variantStates("KRAS G12C detected; EGFR was negative for mutations."));
  }

  @Test
  void aChangeThatNamesItsGeneIsReadWithoutTheGeneAndASiblingGeneAfterASlashToo() {
    assertEquals(List.of("EGFR T790M ABSENT"), variantStates("T790M not detected."));
    assertEquals(List.of("BRAF V600E PRESENT"), variantStates("Rebiopsy: p.V600E present."));
    assertEquals(List.of(), variantStates("G12C inhibitors were discussed."));
    assertEquals(List.of("BRCA1 null ABSENT", "BRCA2 null ABSENT"), variantStates("BRCA1/2 germline negative on a 30-gene panel."));
    assertEquals(List.of("CDKN2A loss PRESENT", "CDKN2B loss PRESENT"), variantStates("- CDKN2A/B loss"));
    assertEquals(List.of("ESR1 null ABSENT"), variantStates("ctDNA: ESR1 no mutation."));
  }

  @Test
  void anAmplifiedHer2IsTheReceptorsIshResultButAnAmplifiedErbb2IsAVariant() {
    assertEquals(List.of(), variantStates("HR-negative, HER2-amplified breast cancer."));
    assertEquals(List.of(), variantStates("Result: HER2 AMPLIFIED (ASCO/CAP group 1)."));
    assertEquals(List.of("ERBB2 amplification PRESENT"), variantStates("Lung adenocarcinoma with HER2 amplification on NGS."));
    assertEquals(List.of("ERBB2 amplification PRESENT"), variantStates("MSS, ERBB2-amplified rectal cancer."));
    assertEquals(List.of("APC R1450* PRESENT"), variantStates("| APC | c.4348C>T | p.Arg1450* | 45.0% |"));
  }

  @Test
  void aLabelAnsweredWithNoAndAChangeDeniesOnlyThatChange() {
    assertEquals(List.of("EGFR T790M ABSENT"), variantStates("EGFR: no T790M detected."));
    assertEquals(List.of("MET exon 14 skipping ABSENT"), variantStates("| MET | No exon 14 skipping; no amplification |"));
    assertEquals(List.of("EGFR L858R PRESENT"), variantStates("EGFR: L858R detected; no T790M."));
  }

  @Test
  void aResultSlotThatNamesAFindingIsNotANegationOfTheLabel() {
    assertEquals(List.of("KRAS G12C PRESENT", "TP53 R273H PRESENT", "CDKN2A loss PRESENT"),
        variantStates("| KRAS | Mutated | G12C (c.34G>T) | 18% |\n| TP53 | Mutated | p.R273H | 44% |\n| CDKN2A | Loss | homozygous deletion | - |"));
    assertEquals(List.of("EGFR null PRESENT"), variantStates("EGFR mutation: no TKI given yet."));
  }

  static String brain(PatientRecord r) {
    return r.current(FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding()).filter(m -> m.site().equals("brain"))
        .map(m -> m.status().name()).findFirst().orElse("none");
  }

  @Test
  void aMetastasisInALobeIsInTheBrainAndNoNewLesionsDoNotUndoATreatedOne() {
    assertEquals("TREATED_STABLE", brain(record("2026-06-16", "IMPRESSION: 1. Treated right frontal metastasis, decreased in size. "
        + "2. No new intracranial metastases.")));
    assertEquals("ACTIVE", brain(record("2026-03-17", "MRI shows two small brain metastases. We will not treat the brain lesions with SRS upfront.")));
    assertEquals("ABSENT", brain(record("2026-04-09", "Brain MRI 03/2026: normal.")));
    assertEquals("none", brain(record("2026-04-09", "Bone scan: temporal bone metastasis.")));
  }

  @Test
  void aWishIsNoHypothesis() {
    PatientRecord r = record("2026-11-12", "Up less than she would like, resting in the afternoon - ECOG 2.");
    assertEquals(List.of(Assertion.PRESENT), facts(r, FactType.PERFORMANCE_STATUS).stream().map(Fact::assertion).toList());
    PatientRecord screened = record("2026-11-12", "She would like to be screened for the PD-L1-high study.");
    assertEquals(List.of(Assertion.HYPOTHETICAL), facts(screened, FactType.BIOMARKER).stream().map(Fact::assertion).toList());
  }

  @Test
  void aPlanItemThatOpensWithAnOrderProposesTheTherapy() {
    PatientRecord r = record("2026-07-21", "No systemic cancer tx yet.\nPlan: start alectinib 600 mg BID after SRS.");
    assertEquals(List.of(Assertion.HYPOTHETICAL),
        r.current(FactType.THERAPY).filter(f -> "alectinib".equals(((Finding.Therapy) f.finding()).drug())).map(Fact::assertion).toList());
    assertEquals(0, r.priorLines());
  }

  @Test
  void eachItemOfATreatmentListIsARegimenEvenInOneSentence() {
    PatientRecord r = record("2026-06-16", "Tx:\n crizotinib 5/23 -> 11/25 (PR, then PD)\n carbo/pem x4 12/25-3/26 -> pem maint -> PD 6/9/26");
    assertEquals(2, r.priorLines());
  }

  @Test
  void brainMetastasesAwaitingOrWithheldTreatmentAreActive() {
    assertEquals("ACTIVE", brain(record("2026-07-21", "4 brain mets (largest 2.3 cm, symptomatic - seizure), liver mets.")));
    assertEquals("ACTIVE", brain(record("2026-07-21", "New brain metastases.\nSRS scheduled 7/28 for R parietal lesion.")));
    assertEquals("ACTIVE", brain(record("2026-07-08",
        "Brain mets small & asymptomatic: no SRS for now, MRI brain q8 weeks; if CNS progression -> SRS.")));
    assertEquals("TREATED_STABLE", brain(record("2026-07-08", "Brain metastases s/p SRS 01/2026, stable on MRI.")));
  }

  @Test
  void drugsAReportNamesAsApprovedOptionsAreNotGiven() {
    PatientRecord r = record("2026-09-29",
        "Interpretation: RET fusion-positive NSCLC. Selective RET inhibitors (selpercatinib, pralsetinib) are approved for this indication.");
    assertEquals(List.of(Assertion.HYPOTHETICAL, Assertion.HYPOTHETICAL), r.current(FactType.THERAPY).map(Fact::assertion).toList());
    assertEquals(0, r.priorLines()); // options named, nothing given
  }

  @Test
  void anInlineFamilyHistoryHeaderCoversOnlyItsOwnLineAndItsRelatives() {
    PatientRecord r = record("2026-10-20", "FH: father - melanoma at 58,\nMother with breast cancer.\nNo prior systemic therapy.\nECOG 0.");
    assertEquals(List.of(Assertion.FAMILY, Assertion.FAMILY), r.current(FactType.DIAGNOSIS).map(Fact::assertion).toList());
    assertEquals(List.of(Assertion.PRESENT), r.current(FactType.PERFORMANCE_STATUS).map(Fact::assertion).toList());
    assertEquals(0, r.priorLines());
  }

  @Test
  void aDrugGivenAroundSurgeryAndNamedAgainWithoutASettingIsNoLine() {
    PatientRecord r = record("2025-12-02", "Adjuvant capecitabine 10/2024 - 06/2025.\nRecurrence ~5 months after finishing capecitabine.");
    assertEquals(null, r.priorLines());
  }

  @Test
  void reportLayoutsOfGenesAndTheirResults() {
    assertEquals(List.of("EGFR exon 20 insertion PRESENT", "TP53 C176F PRESENT"), variantStates(
        "  Gene   Exon  Variant                          VAF\n  EGFR   20    p.D770_N771insSVD (in-frame ins) 33%\n"
            + "  TP53   5     p.C176F                          30%"));
    assertEquals(List.of("ERBB2 exon 20 insertion PRESENT"),
        variantStates("- ERBB2 (HER2) exon 20 insertion: c.2313_2324dup, p.(Tyr772_Ala775dup) [YVMA], VAF 28%"));
    assertEquals(List.of("EGFR null ABSENT", "KRAS null ABSENT", "NTRK1 null ABSENT", "NTRK2 null ABSENT", "NTRK3 null ABSENT"),
        variantStates("- EGFR, KRAS, NTRK: no alterations detected"));
    assertEquals(List.of(), variantStates("NTRK fusion detected."));
  }

  @Test
  void negatedResultsBehindMethodsAndListedChanges() {
    assertEquals(List.of("EGFR exon 19 deletion ABSENT", "EGFR L858R ABSENT"),
        variantStates("Classical sensitizing EGFR mutations (exon 19 deletion, L858R): NOT detected."));
    assertEquals(List.of("ROS1 null ABSENT"), variantStates("ROS1 break-apart FISH: negative (3% of nuclei)."));
    assertEquals(List.of("EGFR null ABSENT"), variantStates("EGFR mutation analysis (real-time PCR, exons 18-21): no mutation detected."));
    assertEquals(List.of("MET null ABSENT"), variantStates("| MET ex14 / amp | not detected |"));
    assertEquals(List.of("EGFR exon 19 deletion PRESENT", "MET amplification PRESENT", "KRAS null ABSENT"),
        variantStates("EGFR exon 19 del, MET amplification, KRAS wild-type"));
  }

  @Test
  void aDifferentCancerListedInPastHistoryIsAPriorMalignancy() {
    PatientRecord r = record("2025-10-07", "Metastatic melanoma, BRAF V600E.\n\nPMH: prostate ca s/p prostatectomy 2012, HTN.");
    assertEquals(List.of("MELANOMA PRESENT", "PROSTATE HISTORICAL"), r.current(FactType.DIAGNOSIS)
        .filter(f -> ((Finding.Diagnosis) f.finding()).cancer() != null)
        .map(f -> ((Finding.Diagnosis) f.finding()).cancer() + " " + f.assertion()).toList());
  }
}
