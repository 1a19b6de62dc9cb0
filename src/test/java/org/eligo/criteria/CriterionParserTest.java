package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate.AllOf;
import org.eligo.criteria.Predicate.AnyOf;
import org.eligo.criteria.Predicate.Not;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class CriterionParserTest {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());

  /** No treatment of any kind of the cancer: an anticancer drug, surgery or radiotherapy (a found one left open). */
  private static final Predicate NO_TREATMENT = new Not(new Predicate.Qualified(new AnyOf(List.of(
      new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy", "targeted therapy", "endocrine therapy", "immune checkpoint inhibitor",
          "antibody-drug conjugate", "bispecific antibody", "cellular therapy", "radiopharmaceutical", "cytokine", "oncolytic virus",
          "hypomethylating agent", "immunomodulatory drug", "anti-CD20 antibody", "anti-CD38 antibody", "HER2-directed",
          "somatostatin analogue"), null, null),
      new Predicate.PriorProcedure("surgery", null, null),
      new Predicate.PriorProcedure("radiation", null, null))), "that it treated this cancer", false));

  private static Criterion inclusion(String text) {
    return PARSER.parse("I1", Kind.INCLUSION, text);
  }

  private static Criterion exclusion(String text) {
    return PARSER.parse("E1", Kind.EXCLUSION, text);
  }

  private static Predicate in(String text) {
    Criterion c = inclusion(text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate ex(String text) {
    Criterion c = exclusion(text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate age(Integer min, Integer max) {
    return new Predicate.Age(min, max);
  }

  private static Predicate dx(String... codes) {
    return new Predicate.Diagnosis(Set.of(codes), Set.of());
  }

  private static Predicate stage(String min) {
    return new Predicate.Stage(min);
  }

  private static Predicate variant(String gene, String... variants) {
    return new Predicate.Variant(gene, Set.of(variants));
  }

  private static Predicate marker(String name, String status) {
    return new Predicate.Biomarker(name, null, null, status);
  }

  private static Predicate ecog(int min, int max) {
    return new Predicate.PerformanceStatus("ECOG", min, max);
  }

  private static Predicate brain(String... statuses) {
    return new Predicate.Metastasis("brain", Set.of(statuses));
  }

  private static Predicate classes(String... classes) {
    return new Predicate.PriorTherapy(Set.of(), Set.of(classes), null, null);
  }

  private static Predicate lines(Integer min, Integer max) {
    return new Predicate.PriorTherapy(Set.of(), Set.of(), min, max);
  }

  private static Predicate condition(String name) {
    return new Predicate.Condition(name);
  }

  private static Predicate all(Predicate... parts) {
    return new AllOf(List.of(parts));
  }

  private static Predicate any(Predicate... parts) {
    return new AnyOf(List.of(parts));
  }

  // ---- age and sex

  @Test
  void readsAgeMinimumInItsCommonWordings() {
    for (String text : List.of("Age ≥ 18 years", "Age \\>= 18 years", "at least 18 years of age", "18 years or older",
        "Adults aged 18 years or older.", "Patients must be over 18 years old")) {
      assertEquals(age(18, null), in(text), text);
    }
  }

  @Test
  void readsAgeRangeFromDashAndBetween() {
    assertEquals(age(18, 75), in("aged 18-75"));
    assertEquals(age(18, 75), in("Age between 18 and 75 years"));
  }

  @Test
  void readsStrictUpperAgeAsTheYearBelow() {
    assertEquals(age(null, 74), in("Age < 75 years"));
  }

  @Test
  void readsAgeOutsideARangeAsEitherBound() {
    assertEquals(any(age(21, null), age(null, 1)), ex("age > 21 or less than 2"));
  }

  @Test
  void anInclusionThatASuspectedDiagnosisMeetsIsWidenedByIt() {
    // "primary or metastatic" leaves no stage out: no stage minimum of 0, which would ask for a recorded stage
    Criterion any = inclusion("Known or suspected primary or metastatic breast cancer.");
    assertEquals(new Predicate.Qualified(dx("BREAST"), "a suspected diagnosis", true), any.predicate());
    assertEquals("partly represented: 'primary or metastatic' leaves no stage out", any.reason());
    assertTrue(inclusion("Known breast cancer").computable());
    assertTrue(exclusion("Known or suspected brain metastases").computable());
  }

  @Test
  void ignoresYearsThatMeasureTimeRatherThanAge() {
    assertFalse(inclusion("Disease-free for at least 5 years").computable());
    assertFalse(inclusion("Graft preserved > 2 years").computable());
  }

  @Test
  void readsYearsRightAfterThePersonAsAge() {
    assertEquals(all(new Predicate.Sex("male"), age(18, 50)), in("Male 18-50 years"));
  }

  @Test
  void readsTwoAgeRangesAsAlternatives() {
    assertEquals(any(age(13, 17), age(18, 20)), in("Age 13-17 years or 18-20 years"));
  }

  @Test
  void readsFemalePatientsAndWomenAsSex() {
    assertEquals(new Predicate.Sex("female"), in("Female patients"));
    assertEquals(new Predicate.Sex("female"), in("women"));
    assertEquals(all(new Predicate.Sex("male"), age(18, null)), in("Male, aged 18 years or older"));
  }

  @Test
  void ignoresSexWhenBothAreNamed() {
    assertEquals(age(18, null), in("Male or female, aged 18 years or older."));
  }

  // ---- diagnosis and stage

  @Test
  void readsCancerTermsAsDiagnosis() {
    assertEquals(dx("NSCLC"), in("Histologically or cytologically confirmed NSCLC"));
    assertEquals(dx("BREAST"), in("breast cancer"));
    assertEquals(dx("MELANOMA"), in("melanoma"));
  }

  @Test
  void readsSharedWordsOfTwoOrgansAsOneDiagnosisWithItsHistology() {
    assertEquals(new Predicate.Diagnosis(Set.of("COLORECTAL"), Set.of("adenocarcinoma")),
        in("adenocarcinoma of the colon or rectum"));
  }

  @Test
  void readsLocallyAdvancedOrMetastaticAsStageIIIB() {
    assertEquals(all(stage("IIIB"), dx("NSCLC")), in("locally advanced or metastatic NSCLC"));
  }

  @Test
  void readsMetastaticAndStageIvAsStageIv() {
    assertEquals(all(stage("IV"), dx("COLORECTAL")), in("Metastatic colorectal cancer"));
    assertEquals(stage("IV"), in("Stage IV disease"));
  }

  @Test
  void readsUnresectableStageIiiOrIvAsStageIii() {
    assertEquals(all(stage("III"), dx("MELANOMA")), in("Unresectable stage III or IV melanoma"));
  }

  @Test
  void readsLocallyRecurrentInoperableOrMetastaticAsStageIIIB() {
    assertEquals(all(stage("IIIB"), dx("BREAST")), in("Locally recurrent inoperable or metastatic breast cancer"));
  }

  @Test
  void readsAStageRangeBesideItsCancer() {
    assertEquals(all(stage("I"), new Not(stage("IV")), dx("BREAST")), in("Stage I-III breast cancer"));
  }

  @Test
  void readsNewlyDiagnosedBrainMetastasesAsActive() {
    // a recurrence is not a first diagnosis: DiseaseSetting holds which one it is (see the setting tests below)
    assertEquals(brain("ACTIVE"), ex("Newly diagnosed brain metastases"));
  }

  @Test
  void readsEarlyStageDefinedByARangeInBracketsAsThatRange() {
    assertEquals(all(dx("NSCLC"), stage("I"), new Not(stage("III"))), in("Clinical NSCLC early stage (stage I-II)."));
    assertEquals(all(setting("early"), dx("BREAST")), in("early breast cancer"), "no range defines it: the setting");
  }

  @Test
  void readsRangesThatFollowOneAnotherAsOneRange() {
    assertEquals(all(new Not(stage("IIIB")), dx("BREAST")), in("Stage 0 or stage I-IIIA breast cancer"));
  }

  // ---- variants

  @Test
  void readsKrasG12cWithOrWithoutProteinPrefix() {
    assertEquals(variant("KRAS", "G12C"), in("KRAS p.G12C mutation"));
    assertEquals(variant("KRAS", "G12C"), in("KRAS G12C"));
  }

  @Test
  void readsEgfrExonEventsAndProteinChangesTogether() {
    assertEquals(variant("EGFR", "exon 19 deletion", "L858R"), in("EGFR exon 19 deletion or exon 21 L858R mutation"));
  }

  @Test
  void readsEgfrSensitizingMutationAsItsNamedSet() {
    // the uncommon sensitizing mutations (G719X, L861Q, S768I) are sensitizing too; "common" names the two classic ones
    assertEquals(variant("EGFR", "exon 19 deletion", "L858R", "G719A", "G719C", "G719S", "L861Q", "S768I"), in("EGFR sensitizing mutation"));
    assertEquals(variant("EGFR", "exon 19 deletion", "L858R"), in("one of the two common EGFR mutations"));
    assertEquals(variant("EGFR", "exon 19 deletion", "L858R"), in("Documented activating EGFR mutation (exon 19 deletion or L858R)"));
  }

  @Test
  void readsAlkRearrangementPositiveAndFusionAsFusion() {
    assertEquals(variant("ALK", "fusion"), in("ALK rearrangement"));
    assertEquals(variant("ALK", "fusion"), in("ALK-positive tumor"));
    assertEquals(variant("ALK", "fusion"), in("ALK fusion"));
  }

  @Test
  void readsBrafV600ListsAndTheCodonSet() {
    assertEquals(variant("BRAF", "V600E", "V600K"), in("BRAF V600E or V600K mutation"));
    assertEquals(variant("BRAF", "V600E", "V600K"), in("BRAF V600E/K mutation"));
    assertEquals(variant("BRAF", "V600E", "V600K", "V600D", "V600R"), in("BRAF V600 mutation"));
  }

  @Test
  void readsHer2AmplificationAsAnErbb2Variant() {
    assertEquals(variant("ERBB2", "amplification"), in("HER2 amplification"));
  }

  @Test
  void readsKnownDriverAlterationsInAnExclusionAsAlternatives() {
    assertEquals(any(variant("EGFR"), variant("ALK", "fusion")), ex("Known EGFR mutation or ALK rearrangement"));
    assertEquals(any(variant("EGFR", "exon 19 deletion", "L858R", "G719A", "G719C", "G719S", "L861Q", "S768I"), variant("ALK", "fusion")),
        ex("EGFR sensitizing mutation or ALK translocation"));
  }

  @Test
  void negatesAlterationsListedAfterNoInAnInclusion() {
    assertEquals(all(new Not(variant("EGFR")), new Not(variant("ALK"))), in("No EGFR or ALK alteration"));
  }

  @Test
  void readsNeitherNorAsBothNegated() {
    assertEquals(all(new Not(variant("EGFR", "exon 19 deletion", "L858R", "G719A", "G719C", "G719S", "L861Q", "S768I")), new Not(variant("ALK", "fusion"))),
        in("The tumour carries neither a sensitizing EGFR mutation nor an ALK rearrangement"));
    assertEquals(all(new Not(variant("EGFR")), new Not(variant("ALK"))), in("No EGFR mutation or an ALK alteration"));
    // the kind never flips the predicate: the exclusion excludes the patient with neither
    assertEquals(all(new Not(variant("EGFR")), new Not(variant("ALK"))), ex("Neither EGFR nor ALK alteration"));
  }

  @Test
  void readsWildTypeAsNoAlteration() {
    assertEquals(new Not(variant("KRAS")), in("KRAS wild-type"));
  }

  @Test
  void readsABareHotspotAsItsGene() {
    assertEquals(variant("EGFR", "T790M"), ex("Primary T790M mutation-positive patient."));
  }

  // ---- biomarkers

  @Test
  void readsPdl1TpsThresholdsInTheirWordings() {
    Predicate tps50 = new Predicate.Biomarker("PD-L1 TPS", 50.0, null, null);
    assertEquals(tps50, in("PD-L1 tumor proportion score (TPS) ≥ 50%"));
    assertEquals(tps50, in("PD-L1 TPS of at least 50%"));
    assertEquals(tps50, in("PD-L1 TPS greater than or equal to 50%"));
    assertEquals(new Predicate.Biomarker("PD-L1 TPS", 1.0, null, null), in("PD-L1 expression ≥1%"));
  }

  @Test
  void readsCpsAsPdl1Cps() {
    assertEquals(new Predicate.Biomarker("PD-L1 CPS", 10.0, null, null), in("CPS ≥ 10"));
  }

  @Test
  void readsStrictBiomarkerBoundsAsTheNextValue() {
    assertEquals(new Predicate.Biomarker("PD-L1 TPS", null, Math.nextDown(1.0), null), in("PD-L1 TPS < 1%"));
  }

  @Test
  void readsHer2StatusAsACategory() {
    assertEquals(marker("HER2", "positive"), in("HER2-positive (IHC 3+ or ISH+)"));
    assertEquals(marker("HER2", "negative"), in("HER2-negative"));
  }

  @Test
  void readsHormoneReceptorNegativesAndTripleNegative() {
    assertEquals(all(marker("ER", "negative"), marker("PR", "negative")), in("ER-negative and PR-negative"));
    assertEquals(all(marker("ER", "negative"), marker("PR", "negative"), marker("HER2", "negative")), in("triple-negative"));
    assertEquals(all(any(marker("ER", "positive"), marker("PR", "positive")), marker("HER2", "negative")), in("HR+/HER2-"));
  }

  @Test
  void readsMsiHighOrMismatchRepairDeficiencyAsAlternatives() {
    assertEquals(any(marker("MSI", "MSI-H"), marker("MMR", "dMMR")), in("MSI-H or dMMR"));
  }

  // ---- performance status

  @Test
  void readsEcogInItsWordings() {
    assertEquals(ecog(0, 1), in("ECOG performance status 0-1"));
    assertEquals(ecog(0, 1), in("ECOG PS ≤ 1"));
    assertEquals(ecog(0, 2), in("ECOG 0, 1 or 2"));
    assertEquals(ecog(0, 1), in("Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1."));
    assertEquals(ecog(0, 1), in("Performance status < 2"));
  }

  @Test
  void readsKarnofskyAsKpsUpToOneHundred() {
    assertEquals(new Predicate.PerformanceStatus("KPS", 70, 100), in("Karnofsky ≥ 70"));
  }

  // ---- metastases

  @Test
  void readsActiveBrainMetastasesInTheirWordings() {
    assertEquals(brain("ACTIVE"), ex("Active brain metastases"));
    assertEquals(brain("ACTIVE"), ex("Untreated or symptomatic CNS metastases"));
    assertEquals(brain("ACTIVE"), ex("Known active central nervous system metastases"));
  }

  @Test
  void readsAnExclusionThatAllowsTreatedStableMetastasesAsActiveOnly() {
    assertEquals(brain("ACTIVE"), ex("Brain metastases, unless treated and stable for at least 4 weeks"));
    Criterion c = exclusion("Active brain metastases. Patients with treated, stable brain metastases are eligible.");
    assertEquals(brain("ACTIVE"), c.predicate());
    assertNull(c.reason());
  }

  @Test
  void readsLeptomeningealDiseaseAsAMetastasisInAnyStatus() {
    assertEquals(new Predicate.Metastasis("leptomeningeal", Set.of("ACTIVE", "TREATED_STABLE")), ex("Leptomeningeal disease"));
  }

  @Test
  void readsBrainMetastasesWithoutStatusAsAnyStatus() {
    assertEquals(brain("ACTIVE", "TREATED_STABLE"), ex("Brain metastases"));
  }

  // ---- prior therapy

  @Test
  void readsAtLeastOnePriorLineAsAMinimum() {
    assertEquals(lines(1, null), in("At least one prior systemic therapy"));
    // progression said before the count is read too: on the last line given (see EvaluatorTest)
    assertEquals(all(lines(1, null), new Predicate.TherapyResponse(Set.of(), Set.of(), Set.of("PROGRESSION"), true)),
        in("Progressed on or after ≥1 prior line of therapy"));
    assertEquals(lines(null, 2), in("No more than 2 prior lines of systemic therapy"));
  }

  @Test
  void readsTreatmentNaiveWordingsAsNoPriorLine() {
    assertEquals(lines(null, 0), in("Treatment-naive"));
    assertEquals(lines(null, 0), in("Previously untreated"));
    Criterion c = inclusion("No prior systemic therapy for advanced/metastatic disease");
    assertEquals(lines(null, 0), c.predicate());
    assertEquals(null, c.reason(), "lines are counted for advanced disease only, so the setting is represented");
  }

  @Test
  void limitsADrugClassToTheAdvancedSettingAndReadsAnAdjuvantAllowance() {
    Criterion c = inclusion("No prior chemotherapy for metastatic breast cancer. Chemotherapy in the adjuvant setting is permitted "
        + "if completed at least 6 months before recurrence.");
    assertEquals(new Predicate.Not(new Predicate.PriorTherapy(null, Set.of("chemotherapy"), null, null, true)), c.predicate());
    assertEquals("partly represented: adjuvant or neoadjuvant therapy allowed (it never counts for advanced disease); its condition "
        + "is not checked: 'Chemotherapy in the adjuvant setting is permitted if completed at least 6 months before recurrence'", c.reason());
  }

  @Test
  void anAdjuvantAllowanceWithoutAnAdvancedSettingRequirementIsNotComputable() {
    assertEquals(false, inclusion("Adjuvant chemotherapy is permitted.").computable());
  }

  @Test
  void twoClassWordsInARowNameDrugsOfBothClasses() {
    assertEquals(classes("HER2-directed+antibody-drug conjugate"),
        ex("Previous treatment with an anti-HER2 antibody-drug conjugate."));
  }

  @Test
  void readsPriorDrugClassesInAnExclusion() {
    assertEquals(classes("KRAS G12C inhibitor"), ex("Prior treatment with a KRAS G12C inhibitor"));
    assertEquals(classes("EGFR TKI"), ex("Prior EGFR TKI"));
    assertEquals(classes("EGFR TKI"), ex("Any prior treatment with an EGFR tyrosine kinase inhibitor (e.g., erlotinib or gefitinib)."));
  }

  @Test
  void expandsASharedHeadWordIntoBothClasses() {
    assertEquals(classes("BRAF inhibitor", "MEK inhibitor"), ex("Prior BRAF or MEK inhibitor"));
    assertEquals(classes("PD-1 inhibitor", "PD-L1 inhibitor", "CTLA-4 inhibitor"),
        ex("Prior therapy with an anti-PD-1, anti-PD-L1 or anti-CTLA-4 antibody."));
  }

  @Test
  void readsTwoRequiredPriorTherapiesAsBoth() {
    assertEquals(all(new Predicate.PriorTherapy(Set.of("trastuzumab"), Set.of(), null, null), classes("taxane")),
        in("Previously treated with trastuzumab and a taxane"));
  }

  @Test
  void negatesAPriorClassInAnInclusion() {
    assertEquals(new Not(classes("chemotherapy")), in("No prior chemotherapy"));
    assertEquals(new Not(classes("chemotherapy")), in("Chemotherapy-naive"));
  }

  @Test
  void readsAPriorTherapyWashoutAsAWindowOnTheTherapy() {
    assertEquals(new Predicate.Within(classes("chemotherapy"), 4, "weeks"), ex("Chemotherapy within 4 weeks before the first dose"));
    assertEquals(new Not(new Predicate.Within(classes("chemotherapy"), 28, "days")), in("No chemotherapy within 28 days prior to enrolment"));
  }

  @Test
  void readsARecentConditionAsAWindowOnTheCondition() {
    assertEquals(new Predicate.Within(condition("myocardial infarction"), 6, "months"), ex("Myocardial infarction within 6 months"));
  }

  @Test
  void readsCurrentOrPriorAndOrRelatedAsTheWholeOfWhatFollows() {
    assertEquals(new Predicate.Within(condition("pregnancy"), 12, "months"), ex("Any concurrent or prior pregnancy within previous twelve months."));
    assertEquals(condition("dementia"), in("Identified as having Alzheimer's or related dementia"));
    assertEquals("not yet computable: text not understood ('concurrent'); understood only: Condition[name=pregnancy]",
        exclusion("Concurrent pregnancy").reason());
  }

  @Test
  void leavesAnUnknownTwoLetterAcronymBesideTheCoreNotComputable() {
    assertEquals("not yet computable: text not understood ('pc'); understood only: Stage[minStage=IIIB]",
        inclusion("Locally advanced or metastatic PC").reason());
    assertEquals("not yet computable: text not understood ('op'); understood only: "
            + new Predicate.PriorTherapy(Set.of(), Set.of(), 1, null), exclusion("Patients previously treated with OP,").reason());
    // capitals that are words or roman numerals are no acronym
    assertEquals(all(stage("II"), new Not(stage("IV"))), in("Stage II OR III"));
  }

  @Test
  void leavesAColonOrARectalCancerBesideAnotherCancerNotComputable() {
    // lexicons/cancers.tsv holds colon and rectum as one cancer, COLORECTAL; alone it is narrowed
    // (aSiteOrGradeTheLexiconDoesNotHoldNarrowsTheDiagnosis), in one diagnosis with another cancer it stays a gap
    assertEquals("not yet computable: colon or rectum only (the lexicon holds colorectal cancer as one); understood only: DIAGNOSIS",
        inclusion("Colon cancer or melanoma").reason());
    assertEquals(dx("COLORECTAL"), in("Colon or rectal cancer diagnosed by endoscopic biopsy histopathology;"));
    assertEquals(all(stage("IV"), new Predicate.Diagnosis(Set.of("COLORECTAL"), Set.of("adenocarcinoma"))),
        in("Pathologically documented metastatic adenocarcinoma of the colon or rectum."));
  }

  @Test
  void readsALookBackInYearsRightAfterAConditionAsAWindowOnIt() {
    Predicate seizure = new Predicate.Within(condition("seizure disorder"), 1, "years");
    assertEquals(seizure, ex("Seizure within the last year"));
    assertEquals(seizure, ex("a history of seizure condition within the last year"));
    assertEquals(seizure, ex("Seizures within the past 1 year"));
    assertEquals(any(new Predicate.Within(condition("myocardial infarction"), 1, "years"), new Predicate.Within(condition("stroke"), 1, "years")),
        ex("Myocardial infarction or stroke within 1 year prior to enrollment"));
    assertEquals(new Predicate.Within(condition("myocardial infarction"), 1, "months"), ex("Myocardial infarction in the past month"));
  }

  @Test
  void leavesALookBackInYearsAfterOtherWordsOffTheCondition() {
    // The window may time the treatment, not the disease, which stays with the patient for years.
    Criterion c = exclusion("Active autoimmune disease that needed systemic treatment within the past 2 years");
    assertEquals(new Predicate.TreatedCondition("autoimmune disease", Set.of(), false, 2), c.predicate());
    assertEquals("partly represented: needing systemic treatment: read from immunosuppressive or disease-modifying drugs in the records, given within the past 2 years", c.reason());
  }

  @Test
  void leavesAWindowNotComputableWhenAnotherPartSharesItsClause() {
    Criterion c = exclusion("Chemotherapy or ECOG 2 within 4 weeks");
    assertFalse(c.computable());
    assertTrue(c.reason().startsWith("not yet computable: prior therapy within a time window (within 4 weeks)"), c.reason());
  }

  @Test
  void readsAPeriodAfterTheLastDoseBesideContraceptionAsNoWindow() {
    Criterion c = exclusion("Pregnant women, or women unwilling to use contraception for 7 months after the last dose");
    assertEquals(condition("pregnancy"), c.predicate());
  }

  @Test
  void readsAPeriodAfterTheLastDoseOfATherapyAsAWindowOnIt() {
    assertEquals(new Predicate.Within(classes("platinum"), 8, "weeks"), in("Randomized ≤8 weeks after last dose of platinum"));
  }

  // ---- measurable disease

  @Test
  void readsMeasurableDiseaseWithItsResponseCriteria() {
    assertEquals(new Predicate.MeasurableDisease("RECIST 1.1", false), in("Measurable disease per RECIST v1.1"));
    assertEquals(new Predicate.MeasurableDisease("RECIST 1.1", true),
        in("Patients with measurable or evaluable disease per Response Evaluation Criteria In Solid Tumors (RECIST) version 1.1."));
    assertEquals(new Predicate.MeasurableDisease("RECIST 1.1", false), in("According to RECIST 1.1, at least one measurable lesion"));
    assertEquals(new Predicate.MeasurableDisease(null, false), in("At least one measurable lesion"));
    assertEquals(new Predicate.MeasurableDisease("RANO", false), in("Measurable disease by RANO criteria"));
  }

  @Test
  void readsACountOfLinesThatHeldOneClass() {
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of("platinum"), 2, null),
        inclusion("At least 2 prior platinum-containing regimens").predicate());
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), null, 1),
        inclusion("No more than 1 prior line of chemotherapy").predicate());
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of(), 2, null), inclusion("At least 2 prior lines of therapy").predicate());
  }

  // ---- conditions

  @Test
  void readsPneumonitisAndInterstitialLungDiseaseAsAlternatives() {
    assertEquals(any(condition("pneumonitis"), condition("interstitial lung disease")),
        ex("History of (non-infectious) pneumonitis / interstitial lung disease"));
  }

  @Test
  void readsAutoimmuneDiseaseAndNotesItsLookBack() {
    Criterion c = exclusion("Active autoimmune disease requiring systemic treatment in the past 2 years");
    assertEquals(new Predicate.TreatedCondition("autoimmune disease", Set.of(), false, 2), c.predicate());
    assertEquals("partly represented: needing systemic treatment: read from immunosuppressive or disease-modifying drugs in the records, given within the past 2 years", c.reason());
  }

  @Test
  void readsInfectionsAndTheHepatitisEllipsis() {
    assertEquals(condition("HIV"), ex("Known HIV infection"));
    assertEquals(any(condition("hepatitis B"), condition("hepatitis C")), ex("Active hepatitis B or C"));
  }

  @Test
  void readsPregnancyAndBreastFeedingAsConditionsNotAsSex() {
    assertEquals(any(condition("pregnancy"), condition("breast-feeding")), ex("Pregnant or breast-feeding women"));
  }

  @Test
  void dropsExceptionsFromAnExclusion() {
    Criterion c = exclusion("Active autoimmune disease, except vitiligo or type 1 diabetes");
    assertEquals(condition("autoimmune disease"), c.predicate());
    assertEquals("partly represented: exception not represented: except vitiligo or type 1 diabetes", c.reason());
  }

  // ---- administrative

  @Test
  void readsScreeningVisitItemsAsAdministrative() {
    assertEquals(new Predicate.Administrative("informed consent"), in("Signed informed consent"));
    assertEquals(new Predicate.Administrative("contraception"), in("Willing to use highly effective contraception"));
    assertEquals(new Predicate.Administrative("compliance"), in("Willing and able to comply with study procedures"));
    assertEquals(new Predicate.Administrative("life expectancy"), in("Life expectancy ≥ 12 weeks"));
    assertEquals(new Predicate.Administrative("ability to swallow"), in("Able to swallow tablets"));
  }

  @Test
  void readsLanguageQuestionnairesPhoneAndLegalCapacityAsAdministrative() {
    assertEquals(new Predicate.Administrative("residence"), in("Reside within the United States but outside of Florida"));
    assertEquals(new Predicate.Administrative("residence"), in("Patients living within 50 miles of the study site"));
    assertEquals(new Predicate.Administrative("compliance"), in("Accessible for treatment and follow-up."));
    Predicate ability = new Predicate.Administrative("physical ability checked at the visit");
    assertEquals(ability, in("Capacity to walk at least 2 city blocks on a flat surface"));
    assertEquals(ability, ex("Inability to tolerate lying supine, relatively motionless for up to 1 hour"));
    assertEquals(ability, in("Able to lie flat for 30 minutes"));
    assertEquals(new Predicate.Administrative("language"), in("Speaks English"));
    assertEquals(new Predicate.Administrative("language"), ex("Non-English speaking"));
    assertEquals(new Predicate.Administrative("language"), in("Patients who can communicate in Mandarin or Taiwanese."));
    assertEquals(new Predicate.Administrative("language"), ex("insufficient knowledge of the German language"));
    assertEquals(new Predicate.Administrative("questionnaires"), in("Willing to complete short surveys"));
    assertEquals(new Predicate.Administrative("access to phone or internet"), ex("do not have access to the internet"));
    assertEquals(new Predicate.Administrative("legal capacity"), ex("Person subject to a legal protection measure;"));
    assertEquals(new Predicate.Administrative("legal capacity"),
        ex("Patients not able to understand the character and individual consequences of the trial"));
  }

  @Test
  void readsWillingnessAndRefusalAsAdministrativeOnlyWhenNothingElseIsAgreedTo() {
    assertEquals(new Predicate.Administrative("willingness to take part"), in("Willing to watch the videos"));
    assertEquals(new Predicate.Administrative("willingness to take part"), ex("Refusal of the patients to take part in the trial"));
    assertEquals(new Predicate.Administrative("contraception"), in("Agree to use effective contraception"));
  }

  @Test
  void readsPregnancyPlansAsAdministrativeAndNursingBesidePregnancyAsBreastFeeding() {
    Predicate either = new AnyOf(List.of(new Predicate.Condition("pregnancy"), new Predicate.Condition("breast-feeding")));
    Criterion planned = exclusion("Pregnant or breastfeeding, or planning to become pregnant within 2 months after the last dose of panitumumab.");
    assertEquals(either, planned.predicate());
    assertEquals("partly represented: plans to become pregnant or father a child is confirmed at the screening visit", planned.reason());
    assertEquals(either, ex("Pregnant or breastfeeding, or expecting to conceive within the projected duration of the study."));
    assertEquals(new Predicate.Administrative("contraception, plans to become pregnant or father a child"),
        ex("Female of childbearing potential, who possibly plans to become pregnant any time after enrollment into this study."));
    assertEquals(either, ex("Pregnant or nursing females"));
    assertEquals(either, ex("Pregnancy and/or nursing"));
    // "nursing" elsewhere is no breast-feeding
    assertFalse(exclusion("Pregnant women or nursing home residents").computable());
  }

  @Test
  void readsParticipationInAnotherStudyAsAdministrative() {
    Predicate other = new Predicate.Administrative("participation in another study");
    assertEquals(other, ex("Participation in another investigational drug study in the prior 4 weeks"));
    assertEquals(other, ex("participation at another study"));
    assertEquals(other, ex("Participation in competing interventional trial on cancer treatment"));
    // a washout of an investigational drug is what was given, not where the patient takes part
    Criterion washout = exclusion("Patients who have received other study drug treatment within 4 weeks prior to the first administration");
    assertFalse(washout.computable());
    assertEquals("not yet computable: other investigational treatment or study", washout.reason());
  }

  @Test
  void readsASampleTheStudyNeedsAsAdministrative() {
    Predicate tissue = new Predicate.Administrative("tissue sample availability");
    assertEquals(tissue, in("Patients must be able to provide blood samples or tissue samples for NGS (Next Generation Sequencing) testing."));
    // how the sample was obtained is no procedure criterion
    assertEquals(tissue, in("Sufficient surgical tissue samples are available for testing;"));
    assertEquals(tissue, in("Availability of surgical/bioptic material within 6 months from enrolment"));
    assertEquals(tissue, in("Tissue from the resected primary tumour is available for biomarker analysis."));
    assertEquals(tissue, in("Provides a tumour tissue sample for biomarker analysis."));
    assertEquals(tissue, ex("Subjects who do not have malignant tissue available and accessible"));
    assertEquals(tissue, in("Patients from whom it is possible to collect blood samples"));
    // beside a criterion of its own the sample stays a gap, and a result on a sample is no availability
    assertFalse(inclusion("Sufficient surgical tissue samples and a prior radical prostatectomy").computable());
    assertEquals(new AllOf(List.of(dx("NSCLC"), variant("EGFR"))), in("NSCLC with an EGFR mutation found on a tumour tissue sample"));
  }

  @Test
  void readsStudyDataOnFileAsAdministrative() {
    Predicate data = new Predicate.Administrative("study data or follow-up on file");
    assertEquals(data, in("have at least 4 years of follow-up"));
    assertEquals(data, in("have completed data of tumor location, histological type, behavioral characteristics or TNM staging"));
    assertEquals(data, in("Complete sample information, including sample number, gender, age and clinical molecular diagnostic information, etc.;"));
  }

  @Test
  void readsOrganFunctionWithoutLimitsAsAdministrative() {
    Predicate organs = new Predicate.Administrative("organ function, limits left to the protocol (screening laboratory tests)");
    assertEquals(organs, in("Adequate organ function."));
    assertEquals(organs, in("Adequate organ function as indicated in protocol"));
    assertEquals(organs, in("An adequate bone marrow, liver function and kidney function"));
    assertEquals(organs, in("Adequate baseline organ system function."));
    // a limit written in the criterion is the criterion's, and stays a laboratory threshold
    Criterion psa = inclusion("Normal renal function with PSA below 4 ng/mL");
    assertFalse(psa.computable());
  }

  @Test
  void readsANegativePregnancyTestAtScreeningAsAdministrativeNotPregnancy() {
    assertEquals(new Predicate.Administrative("pregnancy test"), in("Negative pregnancy test at screening"));
  }

  @Test
  void readsMeasurementsTiedToTheScreeningVisitAsAdministrative() {
    assertEquals(new Predicate.Administrative("screening measurement"),
        in("Adequate organ function as defined by laboratory values at screening"));
    // a measurement eligo has a predicate for is kept, tied to the visit
    assertEquals(new Predicate.AtScreening(new Predicate.Measurement("QTc", ">", 470, "ms")), ex("QTcF > 470 ms on screening ECG"));
  }

  @Test
  void readsLimitsOnCardiacPulmonaryAndProstateMeasurements() {
    assertEquals(new Predicate.Measurement("LVEF", "≥", 50, "%"), in("LVEF >= 50%"));
    assertEquals(new Predicate.Measurement("LVEF", "≥", 45, "%"), in("LVEF of at least 45% by echocardiogram or MUGA"));
    assertEquals(new Predicate.Measurement("LVEF", "≥", 50, "%"), in("Ejection fraction ≥ 50%"));
    assertEquals(new Predicate.Measurement("QTc", ">", 470, "ms"), ex("Mean QTcF interval > 470 ms"));
    assertEquals(new Predicate.AtScreening(new Predicate.Measurement("QTc", ">", 470, "ms")), ex("QTcF>470 msec during the screening period."));
    assertEquals(all(new Predicate.Measurement("FEV1", ">", 60, "%"), new Predicate.Measurement("DLCO", ">", 60, "%")),
        in("Both forced expiratory volume in one second (FEV1) and diffusion capacity of carbon monoxide (DLCO)>60%"));
    assertEquals(any(new Predicate.Measurement("FEV1", "<", 40, "%"), new Predicate.Measurement("DLCO", "<", 40, "%")),
        ex("FEV1 or DLCO < 40% of predicted"));
    assertEquals(new Predicate.Measurement("prostate volume", ">", 50, "mL"), ex("Prostate size larger than 50 ml"));
    assertEquals(new Predicate.AtScreening(new Predicate.Measurement("LVEF", "≥", 50, "%")),
        in("Left ventricular ejection fraction ≥ 50% within 28 days before randomization."));
  }

  @Test
  void readsAChildPughClassAsTheRangeOfItsScore() {
    Predicate atMost6 = new Predicate.Measurement("Child-Pugh score", "≤", 6, "points");
    Predicate atLeast7 = new Predicate.Measurement("Child-Pugh score", "≥", 7, "points");
    Predicate hcc = new Predicate.Diagnosis(Set.of("HEPATOCELLULAR"), Set.of("hepatocellular carcinoma"));
    assertEquals(all(atMost6, hcc), in("Patients with child A Hepatocellular carcinoma."));
    assertEquals(all(new Predicate.Measurement("Child-Pugh score", "≥", 10, "points"), hcc), ex("Patients with child C Hepatocellular carcinoma."));
    assertEquals(new Predicate.Measurement("Child-Pugh score", "≤", 9, "points"), in("Child-Pugh class A or B"));
    assertEquals(all(atLeast7, new Predicate.Measurement("Child-Pugh score", "≤", 9, "points")), in("Child Pugh B"));
    assertEquals(all(condition("hepatic impairment"), atLeast7), ex("Liver dysfunction, child pugh B or worse"));
    // "child" followed by a word is no class
    assertEquals("not yet computable: text not understood ('child'); understood only: Age[min=5, max=null]",
        inclusion("Child aged 5 or older").reason());
  }

  @Test
  void leavesAMeasurementWithTwoLimitsOrOfAnotherQuantityNotComputable() {
    assertEquals("not yet computable: cardiac measurement", exclusion("QTc > 450 ms for men or > 470 ms for women").reason());
    // "Prostate volume < 60 cc (if MRI and TRUS have conflicting values, ...)": read since round 22 (ReadingsRound22Test)
    assertFalse(exclusion("LVEF below the lower limit of normal").computable());
  }

  // ---- honesty

  @Test
  void leavesLaboratoryThresholdsOfAnalytesNotInTheLexiconNotComputable() {
    Criterion c = inclusion("INR ≤ 1.5 × ULN");
    assertFalse(c.computable());
    assertEquals("LAB", c.category());
    assertEquals("not yet computable: laboratory threshold", c.reason());
  }

  @Test
  void readsMeasurableDiseaseAsAConjunct() {
    assertEquals(all(stage("IV"), dx("NSCLC"), new Predicate.MeasurableDisease("RECIST 1.1", false)),
        in("Stage IV NSCLC with measurable disease per RECIST 1.1"));
  }

  @Test
  void leavesACriterionWithAnUnrepresentableConjunctNotComputable() {
    Criterion c = inclusion("Stage IV NSCLC with a lesion amenable to biopsy");
    assertFalse(c.computable());
    assertEquals("not yet computable: surgery, radiotherapy or procedure; understood only: STAGE, DIAGNOSIS", c.reason());
  }

  @Test
  void readsReadingCommunicationAndEarlierParticipationAsScreeningItems() {
    assertEquals(new Predicate.Administrative("language"), in("Ability to read"));
    assertEquals(new Predicate.Administrative("language"), ex("Inability to read or write"));
    assertEquals(new Predicate.Administrative("legal capacity"), ex("inability to understand patient information"));
    assertEquals(new Predicate.Administrative("legal capacity"),
        in("Ability of subject to understand character and individual consequences of the clinical trial"));
    assertEquals(new Predicate.Administrative("communication and cooperation with the study team"),
        ex("Patient who cannot communicate reliably with the investigator"));
    assertEquals(new Predicate.Administrative("communication and cooperation with the study team"),
        ex("Patient who is unlikely to cooperate with the requirements of the study"));
    assertEquals(new Predicate.Administrative("earlier participation in this study"), ex("Patient who participated already in this study."));
    // "will be included in this study" is no earlier participation; the laparotomy is the visit's to confirm
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "undergoing laparotomy"),
        in("Patients undergoing laparotomy for benign and malignant diagnoses will be included in this study"));
  }

  // ---- prior surgery and radiotherapy

  private static Predicate procedure(String kind, String name, String detail) {
    return new Predicate.PriorProcedure(kind, name, detail);
  }

  @Test
  void readsPriorRadiotherapyWithItsSiteAsAPriorProcedure() {
    assertEquals(procedure("radiation", null, "to the prostate"), ex("Previous radiotherapy to the prostate"));
    assertEquals(procedure("radiation", null, "pelvic"), ex("Prior history of pelvic radiation therapy"));
    assertEquals(procedure("radiation", null, "of pelvis"), ex("previous radiation of pelvis"));
    assertEquals(procedure("radiation", null, "in the head and neck region"), ex("Previous radiotherapy in the head and neck region"));
    assertEquals(procedure("radiation", null, "pelvic"), ex("History of pelvic irradiation"));
    assertEquals(procedure("radiation", null, null), ex("Prior radiotherapy"));
    assertEquals(procedure("surgery", null, "involving the cecum or rectum"), ex("Patients who have undergone surgery involving the cecum or rectum."));
  }

  @Test
  void readsANamedProcedureAndSurgeryWithinAWindow() {
    assertEquals(procedure("surgery", "prostatectomy", null), in("Prior radical prostatectomy"));
    assertEquals(new Predicate.Within(procedure("surgery", null, null), 6, "months"), ex("Any surgery during last 6 month"));
    assertEquals(any(new Predicate.Within(procedure("radiation", null, null), 4, "weeks"),
        new Predicate.Within(new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), null, null), 4, "weeks")),
        ex("Radiation or chemotherapy within 4 weeks of enrollment"));
    assertEquals(new Predicate.Not(procedure("radiation", null, null)), in("No prior radiotherapy"));
  }

  @Test
  void readsAHypersensitivityToNamedAgentsWhenItIsAllTheCriterionSays() {
    assertEquals(new Predicate.Hypersensitivity("mebendazole"), ex("Allergy to mebendazole."));
    assertEquals(new Predicate.Hypersensitivity("FDG, fluciclovine, or iodine-based contrast agents"),
        ex("Known allergy to FDG, fluciclovine, or iodine-based contrast agents"));
    assertEquals(new Predicate.Hypersensitivity("18F-Fluciclovine"), ex("Patients with a history of drug hypersensitivity to 18F-Fluciclovine."));
    assertEquals(new Predicate.Hypersensitivity("active substance or to any of the excipients"),
        ex("Hypersensitivity to the active substance or to any of the excipients."));
    assertEquals(new Predicate.Hypersensitivity("compounds of similar chemical or biologic composition to liposomal bupivacaine"),
        ex("History of allergic reactions attributed to compounds of similar chemical or biologic composition to liposomal bupivacaine."));
    // (a contraindication to exercise testing is fitness for a study procedure: fitnessForATreatmentOrProcedureIsDecidedAtTheVisit)
    for (String text : List.of("Hypersensitivity to pembrolizumab that required discontinuation",
        "Inability to tolerate diet through routine oral routes and/or patients with strict nutritional restrictions, allergies, and/or dietary preferences.")) {
      Criterion c = exclusion(text);
      assertEquals("not yet computable: drug hypersensitivity or contraindication", c.reason(), text);
    }
    assertEquals(new Predicate.Condition("pneumonitis"), ex("Hypersensitivity pneumonitis"));
  }

  @Test
  void readsASurgicalProcedureAndTheShareOfBoneMarrowIrradiated() {
    assertEquals(new Predicate.Within(procedure("surgery", null, "major"), 28, "days"),
        ex("Major surgical procedure within 28 days prior to Day 1"));
    assertEquals(procedure("radiation", null, "to >25% of bone marrow"), ex("Prior radiotherapy to >25% of bone marrow"));
    assertEquals(new Predicate.Within(procedure("radiation", null, "to more than 30% of the bone marrow"), 4, "weeks"),
        ex("Radiotherapy to more than 30% of the bone marrow within 4 weeks"));
    assertEquals(new Predicate.Within(procedure("surgery", null, null), 1, "months"), ex("Any surgery within prior month"));
    assertEquals(procedure("surgery", "thoracotomy", null), ex("Patients with previous thoracotomy"));
    // Without a receipt cue or a window it may be a plan: no reading.
    assertFalse(exclusion("Radiotherapy to the pelvis").computable());
  }

  @Test
  void readsADeniedProcedureWhatItCameAfterAndASiteSharedByAList() {
    assertEquals(new Predicate.Not(procedure("surgery", null, "radical after neoadjuvant therapy")),
        in("no radical surgery after neoadjuvant therapy"));
    assertEquals(new Predicate.Not(procedure("surgery", null, null)), in("Patients with no surgery"));
    // "no" before a plan denies the plan, not a receipt
    assertFalse(exclusion("No surgery planned").computable());
    assertEquals(any(procedure("surgery", "pleurodesis", "in the affected hemithorax"), procedure("surgery", "thoracotomy", "in the affected hemithorax")),
        ex("Patients with previous pleurodesis or thoracotomy in the affected hemithorax."));
    assertEquals(any(procedure("radiation", null, "to the pelvis"), procedure("surgery", null, "to the pelvis")),
        ex("Prior radiotherapy or surgery to the pelvis"));
    // a systemic therapy in the list takes no site
    assertEquals(any(classes("chemotherapy"), procedure("radiation", null, "to the pelvis")), ex("Prior chemotherapy or radiotherapy to the pelvis"));
    assertEquals(all(any(procedure("surgery", "cryoablation", null), procedure("radiation", "brachytherapy", null)), dx("PROSTATE")),
        ex("History of cryotherapy or brachytherapy for prostate cancer"));
  }

  @Test
  void leavesAProcedureAmongTherapiesNotComputable() {
    assertFalse(exclusion("Previous chemotherapy including cetuximab or radiation therapy").computable());
  }

  @Test
  void eachOfSeveralWindowsTimesThePartRightBesideIt() {
    Predicate major = new Predicate.Within(procedure("surgery", null, "major"), 4, "weeks");
    Predicate minor = new Predicate.Within(procedure("surgery", null, "minor"), 2, "weeks");
    assertEquals(any(major, minor), ex("4 weeks from major surgery or 2 weeks from minor surgery"));
    assertEquals(any(major, minor), ex("\u2264 4 weeks from major surgery or \u2264 2 weeks from minor surgery."));
    assertEquals(any(new Predicate.Within(procedure("radiation", null, null), 2, "weeks"),
            new Predicate.Within(classes("chemotherapy"), 3, "weeks")),
        ex("Radiotherapy within 2 weeks or chemotherapy within 3 weeks before the first dose"));
    // A window with words between it and its part: left as before.
    assertFalse(exclusion("4 weeks from major surgery or minor surgery performed 2 weeks before").computable());
  }

  @Test
  void leavesStageWordingNoRuleReadNotComputable() {
    // ("stage > II" is read now: aStageComparedWithABoundIsItsMinimumOrNotTheStageAboveIt)
    Criterion c = exclusion("Clinical NSCLC stage> IV");
    assertFalse(c.computable());
    assertTrue(c.reason().contains("stage wording not read"), c.reason());
  }

  @Test
  void readsARecurrenceOfANamedCancerWithoutAStageAsItsSetting() {
    assertEquals(all(setting("recurrent"), new Predicate.Diagnosis(Set.of("PROSTATE"), Set.of("adenocarcinoma"))),
        ex("Recurrent prostate adenocarcinoma"));
    // With a stage part "recurrent" is read as locally recurrent disease (IIIB).
    assertEquals(all(stage("IIIB"), new Predicate.Diagnosis(Set.of("BREAST"), Set.of())), in("Recurrent or metastatic breast cancer"));
  }

  @Test
  void defersVitalSignsAndBodyMeasurementsToTheScreeningVisit() {
    Predicate vital = new Predicate.Administrative("vital sign or body measurement taken at screening");
    assertEquals(vital, in("BMI \u2264 40 kg/m2"));
    assertEquals(vital, in("Body mass index (BMI) >18 <28"));
    assertEquals(vital, ex("BMI under 18.5"));
    assertEquals(vital, ex("Systolic blood pressure <90 mmHg and/or heart rate <60 bpm"));
    // A loss of weight over months is history the records may hold, not a measurement of the visit.
    assertFalse(exclusion("Weight loss 15% or more past 6 months").computable());
    // Beside a condition, the measurement is a conjunct the parse cannot hold.
    assertFalse(exclusion("Hypertension with blood pressure > 150/100 mmHg").computable());
  }

  @Test
  void defersWhatTheInvestigatorsOpinionDecides() {
    assertEquals(new Predicate.Administrative("investigator judgement (psychiatric illness)"),
        ex("Major medical or psychiatric illness which, in the investigator's opinion, would prevent completion of treatment"));
    assertEquals(new Predicate.Administrative("investigator judgement"),
        ex("Any other life-threatening illness or organ system dysfunction, which in the opinion of the investigator would compromise patient safety"));
    assertEquals(new Predicate.Administrative("investigator judgement"),
        ex("Any clinically significant condition that in the opinion of the investigator would interfere with the study"));
    // "Clinically significant" alone: the condition is necessary and its significance judged, so it is read narrowed
    // (present: UNKNOWN; never mentioned: not met); with a part that is no condition it stays open.
    assertEquals(new Predicate.Qualified(new Predicate.Condition("cardiovascular disease"), "clinically significant, as the investigator judges",
        false), ex("Clinically significant cardiac disease"));
    Criterion significant = exclusion("Clinically significant cardiac disease or prior chemotherapy within 4 weeks");
    assertFalse(significant.computable());
    assertTrue(significant.reason().contains("clinically significant (left to the investigator)"), significant.reason());
    assertFalse(exclusion("Prior chemotherapy or any condition that in the investigator's opinion precludes participation").computable());
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "inability to tolerate imaging procedures, investigator judgement"),
        ex("Inability to tolerate imaging procedures in the opinion of an investigator or treating physician."));
  }

  @Test
  void defersPlannedOrFeasibleProceduresAndTreatmentsToTheScreeningVisit() {
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "scheduled for radical cystectomy"),
        ex("Scheduled for radical cystectomy within the next 30 days"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "eligible for surgical resection"), in("must be eligible for surgical resection"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "indication for radical prostatectomy"), in("indication for radical prostatectomy"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "able to undergo surgery"), in("Able to undergo surgery"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "contraindication to magnetic resonance imaging"),
        ex("Contraindication to magnetic resonance imaging (MRI)"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "mri contraindications"), ex("Patients with MRI contraindications"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "folfirinox"), in("Planning to receive modified FOLFIRINOX"));
  }

  @Test
  void aPlanTakesInTheListItNamesWhatItLeavesOutAndAParenthesisAboutIt() {
    Criterion listed = inclusion("indication for radical hysterectomy and/or pelvic-/para-aortic (sentinel-node) lymphadenectomy for cervical cancer");
    assertEquals(dx("CERVICAL"), listed.predicate());
    assertEquals("partly represented: " + PlanRule.WHAT
        + "indication for radical hysterectomy and/or pelvic-/para-aortic (sentinel-node) lymphadenectomy is confirmed at the screening visit",
        listed.reason());
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "referral to definitive radiotherapy or chemoradiotherapy or multimodality treatment"),
        in("referral to definitive radiotherapy or chemoradiotherapy or multimodality treatment"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "will undergo surgical lung resection other than lobectomy"),
        ex("Patients who will undergo surgical lung resection other than lobectomy."));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "scheduled to receive anti-cancer therapy (radiation therapy is permitted)"),
        in("Scheduled to receive anti-cancer therapy (radiation therapy is permitted)"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "planned standard of care exam under anesthesia with oropharyngeal surgical biopsy"),
        in("Planned standard of care exam under anesthesia with oropharyngeal surgical biopsy"));
    assertEquals(new Predicate.Administrative(PlanRule.WHAT + "will require multiorgan resection"), ex("Cancer that will require multiorgan resection"));
    // A parenthesis with a number or a stage is a requirement of its own, not part of the plan.
    assertEquals(ecog(0, 1), in("Candidates for chemotherapy (ECOG 0-1)"));
    assertEquals(all(stage("I"), new Predicate.Not(stage("IV"))), in("Candidates for surgery (stage I to III)"));
  }

  @Test
  void keepsAPlanBesideTheCancerOfAnInclusionAsANoteAndOfAnExclusionAsAGap() {
    Criterion c = inclusion("Breast cancer, planned surgery");
    assertEquals(dx("BREAST"), c.predicate());
    assertTrue(c.reason().contains(PlanRule.WHAT + "planned surgery is confirmed at the screening visit"), c.reason());
    Criterion e = exclusion("Breast cancer, planned surgery");
    assertFalse(e.computable());
    assertTrue(e.reason().startsWith("not yet computable: " + PlanRule.WHAT + "planned surgery"), e.reason());
  }

  @Test
  void readsOtherMalignancyHistoryWithAnUntreatedException() {
    Criterion c = exclusion("History of another malignancy within 3 years, except basal cell carcinoma of the skin");
    assertEquals(new Predicate.OtherMalignancy(3, false, Set.of("BCC"), false), c.predicate());
    assertEquals("OTHER_MALIGNANCY", c.category());
  }

  @Test
  void leavesTextWithUnrecognisedContentNotComputable() {
    Criterion c = exclusion("Women with known anomalies of the fascia");
    assertFalse(c.computable());
    assertTrue(c.reason().startsWith("not yet computable: text not understood ('anomalies fascia')"), c.reason());
  }

  @Test
  void leavesACoreBesideOneUnknownWordNotComputable() {
    // ("soft tissue sarcoma of the thigh" was one too; since round 16 the site is read, aSiteAfterTheCancerReadIsThatCancersSite;
    // so was "secondary myelofibrosis", since round 17 narrowed by "secondary", NarrowingsTest; and "Active CNS leukemia.",
    // since round 20 CNS involvement, ReadingsRound20Test)
    for (String text : List.of("Patients with a myxoid soft tissue sarcoma",
        "secondary liver cancer", "Presence of pelvic LN metastasis")) {
      Criterion c = exclusion(text);
      assertFalse(c.computable(), text);
      assertTrue(c.reason().startsWith("not yet computable: text not understood"), c.reason());
    }
  }

  @Test
  void toleratesWordsThatOnlySayHowAFindingWasEstablished() {
    assertEquals(stage("IV"), ex("Presence of distant metastases (UICC stage IVC)"));
    assertEquals(new Not(new Predicate.Metastasis("bone", Set.of("ACTIVE", "TREATED_STABLE"))),
        ex("No bone metastases confirmed by pathological examination"));
  }

  @Test
  void readsGeneralComorbiditiesOfTheConditionLexicon() {
    assertEquals(condition("bleeding disorder"), ex("Hemorrhagic diatheses"));
    assertEquals(condition("psychiatric illness"), ex("psychiatric disease"));
    assertEquals(condition("urinary tract infection"), ex("Patients with active urinary tract infection"));
    assertEquals(new Not(condition("psychiatric illness")), in("No mental illness."));
    assertEquals(any(new Predicate.Within(condition("gastrointestinal fistula"), 28, "days"),
            new Predicate.Within(condition("gastrointestinal perforation"), 28, "days")),
        ex("History of abdominal fistula or gastrointestinal perforation within 28 days prior to Day 1"));
  }

  @Test
  void leavesAQualifiedCoreNotComputable() {
    Criterion c = exclusion("Severe psychiatric illness");
    assertFalse(c.computable());
    assertEquals("not yet computable: qualifier not represented ('severe'); understood only: Condition[name=psychiatric illness]", c.reason());
  }

  @Test
  void defersSymptomAndAssessmentScoresTakenAtTheVisit() {
    Predicate score = new Predicate.Administrative("symptom or assessment score at screening");
    assertEquals(score, ex("MoCa score <20"));
    assertEquals(score, in("International Prostate symptom score (IPSS) 20 or less"));
    assertEquals(score, in("American Society of Anesthesia (ASA) score<=2"));
    assertEquals(score, in("self-reporting experiencing pain at least half of the days in the past 4 weeks"));
  }

  @Test
  void readsABiopsyThatConfirmedTheDiagnosisAsHowItWasMade() {
    assertEquals(dx("PROSTATE"), in("Pathologically confirmed prostate cancer on previous biopsy"));
    assertEquals(dx("COLORECTAL"), in("Colon or rectal cancer diagnosed by endoscopic biopsy histopathology;"));
    assertEquals(condition("dialysis"), ex("Dialysis"));
  }

  @Test
  void leavesATherapyOfANamedCancerAndAnAdjuvantOnlySettingNotComputable() {
    // (a treatment of no stated kind is any treatment: aTreatmentOfTheCancerOfNoStatedKindIsAnyTreatmentLeftOpenWhenOneIsFound)
    Criterion c = exclusion("previous definitive prostate cancer therapy");
    assertFalse(c.computable());
    assertTrue(c.reason().startsWith("not yet computable: treatment of a cancer, kind not stated"), c.reason());
    // (an allowed number of lines is at most that many: anAllowedNumberOfLinesIsAtMostThatMany)
    // (a (neo)adjuvant setting alone narrows its therapy: aNeoadjuvantOrAdjuvantSettingAloneNarrowsItsTherapy)
  }

  @Test
  void anAllowedNumberOfLinesIsAtMostThatMany() {
    Criterion allowed = inclusion("One previous line of chemotherapy for advanced/metastatic disease is allowed in addition to endocrine therapy.");
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), null, 1), allowed.predicate());
    assertEquals("partly represented: allowed, not required: at most 1 line", allowed.reason());
    Criterion upTo = inclusion("Up to 2 prior lines of therapy for advanced disease are allowed");
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of(), null, 2), upTo.predicate());
    assertEquals("partly represented: allowed, not required: at most 2 lines", upTo.reason());
    // a stage written before the count is the patient's, not the setting of the lines: the allowance stays open
    assertTrue(inclusion("Stage IV disease with one prior line of chemotherapy is allowed").reason()
        .startsWith("not yet computable: permissive statement"));
    // time is no count of lines
    Criterion weeks = inclusion("May be enrolled up to 4 weeks after treatment initiation.");
    assertFalse(weeks.computable());
    assertFalse(weeks.reason().contains("PriorTherapy"), weeks.reason());
  }

  @Test
  void aCourseAboutToStartIsAPlanNotATherapyReceived() {
    Criterion c = inclusion("Patients planning to start treatment with cabozantinib therapy for renal cancer.");
    assertEquals(dx("RENAL"), c.predicate());
    assertEquals("partly represented: planned or feasible procedure or treatment: cabozantinib is confirmed at the screening visit", c.reason());
    Criterion will = inclusion("Male patients with prostate cancer who will start treatment with enzalutamide");
    assertEquals(all(new Predicate.Sex("male"), dx("PROSTATE")), will.predicate());
    assertEquals(new Predicate.Administrative("planned or feasible procedure or treatment: cabozantinib"),
        ex("Patients planning to start treatment with cabozantinib"));
    assertEquals(new Predicate.PriorTherapy(Set.of("cabozantinib"), Set.of(), null, null), in("Previous treatment with cabozantinib"));
  }

  @Test
  void aCompletedCourseIsNarrowerThanOneReceived() {
    Predicate two = new Predicate.PriorTherapy(Set.of(), Set.of("platinum"), 2, null);
    assertEquals(new Predicate.Qualified(two, "completed", false), in("Completion of ≥2 previous platinum-containing regimens"));
    assertEquals(new Predicate.Qualified(two, "completed", false), in("Must have completed at least 2 previous platinum-containing regimens"));
    assertEquals(two, in("Received ≥2 previous platinum-containing regimens"));
  }

  @Test
  void readsEssentialThrombocytosisAndTheStagesOfPrimaryMyelofibrosisAsMpn() {
    assertEquals(any(new Predicate.Diagnosis(Set.of("MPN"), Set.of("essential thrombocythemia")),
            new Predicate.Diagnosis(Set.of("MPN"), Set.of("myelofibrosis"))),
        in("Diagnosis of essential thrombocytosis, prefibrotic myelofibrosis or overt myelofibrosis according to WHO 2016 criteria"));
  }

  @Test
  void dropsWhatAnAsideOfAnInclusionAllows() {
    Criterion c = inclusion("Histological diagnosis of metastatic breast cancer (patients with treated and clinically stable brain "
        + "metastasis are acceptable)");
    assertEquals(all(stage("IV"), dx("BREAST")), c.predicate());
    assertTrue(c.reason().contains("allowed, not required: patients with treated and clinically stable brain"), c.reason());
  }

  @Test
  void readsAStageRangeAloneAsItsMinimumAndNotTheStageAfterItsMaximum() {
    assertEquals(all(stage("I"), new Not(stage("IV"))), in("Stage I-III"));
    assertEquals(all(stage("II"), new Not(stage("IIIB"))), in("Stage II-IIIA"));
    // "early stage (stage I-II)" is read since the range in brackets defines it (readsEarlyStageDefinedByARangeInBracketsAsThatRange)
  }

  @Test
  void leavesUnknownTextNotComputableWithAGuess() {
    Criterion c = inclusion("Subjective benefit from the device");
    assertFalse(c.computable());
    assertEquals("OTHER", c.category());
    assertEquals("not yet computable: no criterion concept recognised", c.reason());
  }

  @Test
  void leavesAPermissiveInclusionNotComputable() {
    Criterion c = inclusion("Patients with treated, stable brain metastases are eligible");
    assertFalse(c.computable());
    assertTrue(c.reason().startsWith("not yet computable: permissive statement"), c.reason());
  }

  @Test
  void combinesDiagnosisStageAndVariantOfOneSentence() {
    assertEquals(all(stage("IV"), dx("NSCLC"), variant("KRAS", "G12C")),
        in("Stage IV NSCLC with a KRAS G12C mutation"));
  }

  @Test
  void combinesDiagnosisWithANegatedDriverAlteration() {
    assertEquals(all(dx("NSCLC"), new Not(variant("EGFR")), new Not(variant("ALK"))),
        in("NSCLC without EGFR or ALK alterations"));
  }

  @Test
  void keepsTheIdKindAndExactText() {
    Criterion c = PARSER.parse("E7", Kind.EXCLUSION, "  Active brain metastases  ");
    assertEquals("E7", c.id());
    assertEquals(Kind.EXCLUSION, c.kind());
    assertEquals("  Active brain metastases  ", c.text());
    assertEquals("METASTASIS", c.category());
  }

  @Test
  void labsTiedToScreeningOrTheDaysBeforeDosingAreConfirmedThen() {
    Predicate anc = new Predicate.Lab("ANC", "≥", 1.5, "10^9/L", null);
    assertEquals(new Predicate.AtScreening(anc), in("Adequate marrow function at screening: ANC ≥ 1.5 × 10^9/L."));
    assertEquals(new Predicate.AtScreening(anc), in("Within 7 days before the first dose: ANC ≥ 1,500/µL."));
    assertEquals(anc, in("ANC ≥ 1.5 × 10^9/L."));
    // Anything beside the measurements keeps the criterion computable as written.
    assertEquals("AllOf", in("At screening, ANC ≥ 1.5 × 10^9/L and ECOG 0-1.").getClass().getSimpleName());
  }

  @Test
  void anInclusionKeepsTheCancerItRequiresWhenTheRestIsNotUnderstood() {
    Criterion c = inclusion("Documented multiple myeloma with measurable disease by serum M-protein or urine light chains.");
    assertFalse(c.computable());
    assertEquals(dx("MYELOMA"), c.required());
    assertEquals(null, exclusion("Documented multiple myeloma with measurable disease by serum M-protein.").required());
  }

  @Test
  void anOrInsideAStageListOrItsTnmDefinitionOffersNoAlternativeToWhatIsRequired() {
    Criterion c = inclusion("Newly diagnosed cutaneous melanoma that has been completely resected, of pathological stage IIB or IIC "
        + "(T3b, T4a or T4b, N0, M0; AJCC 8th edition), with a negative sentinel lymph node biopsy.");
    assertFalse(c.computable());
    assertEquals(all(setting("newly diagnosed"), new Predicate.Diagnosis(Set.of("MELANOMA"), Set.of("cutaneous melanoma")), stage("IIB"),
        new Not(stage("III"))), c.required());
    // an "or" outside what was read may open an alternative to it: only the cancer is required
    assertEquals(dx("MELANOMA"), inclusion("Melanoma of stage IIB or IIC that has been resected, or that the investigator judges to be "
        + "at high risk of recurrence.").required());
  }

  @Test
  void aRequirementForSomePatientsOnlyBindsThoseItNames() {
    Predicate msi = new Predicate.AnyOf(List.of(new Predicate.Biomarker("MSI", null, null, "MSI-H"), new Predicate.Biomarker("MMR", null, null, "dMMR")));
    Predicate p = in("Tumours that are MSI-H or dMMR must also have been treated with an anti-PD-1 antibody.");
    assertEquals(new Predicate.AnyOf(List.of(new Predicate.Not(msi),
        new Predicate.PriorTherapy(Set.of(), Set.of("PD-1 inhibitor"), null, null, false))), p);
    // "Patients must ..." binds everyone.
    assertEquals(new Predicate.PerformanceStatus("ECOG", 0, 1), in("Patients must have an ECOG performance status of 0 or 1."));
  }

  @Test
  void anticancerTreatmentStartedOrNotStartedIsAnyTreatmentOfTheCancer() {
    // a drug, surgery or radiotherapy in any setting (a found one left open), not only lines for advanced disease
    assertEquals(DiagnosisRule.ANY_TREATMENT, ex("have started anti-cancer treatment"));
    assertEquals(NO_TREATMENT, in("Patient who has not received specific treatment for neoplasms;"));
    assertEquals(NO_TREATMENT, in("Patients have not yet started treatment"));
    // the wordings read before keep their line counts
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of(), null, 0, false), in("Patients who have not received any prior anticancer therapy"));
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of(), 1, null, false), ex("Prior anticancer treatment"));
  }

  // ---- other malignancy

  private static Predicate other(Integer years, boolean active, boolean treated, String... exceptions) {
    return new Predicate.OtherMalignancy(years, active, Set.of(exceptions), treated);
  }

  @Test
  void readsAnotherMalignancyWithItsLookBack() {
    assertEquals(other(3, false, false), ex("Prior malignancy diagnosed within the last 3 years"));
    assertEquals(other(null, false, false), ex("Another primary cancer."));
    assertEquals(other(2, false, false), ex("Previous or concurrent cancer within 24 months before registration"));
    assertEquals(other(null, true, false), ex("Concomitant second malignancy"));
  }

  @Test
  void readsTheUsualExceptionsOfAnotherMalignancy() {
    assertEquals(other(5, false, true, "BCC", "CSCC", "CIS"),
        ex("Additional malignancy within the past 5 years, except curatively treated basal or squamous cell carcinoma of the skin"
            + " and carcinoma in situ of any organ"));
    assertEquals(other(null, true, false, "BCC", "CSCC"), ex("Active second malignancy other than non-melanoma skin cancer"));
    assertEquals(other(3, false, true, "CIS of BREAST", "CIS of CERVICAL"),
        ex("Other cancer in the past 3 years with the exception of resected ductal carcinoma in situ or carcinoma in situ of the cervix"));
    assertEquals(other(5, true, true, "BCC", "CSCC", "CIS"),
        ex("A known additional malignancy that is progressing or has required active treatment within the past 5 years. "
            + "Skin basal cell carcinoma, cutaneous squamous cell carcinoma or in situ cancers that have undergone potentially curative"
            + " therapy are not excluded."));
  }

  @Test
  void leavesAnotherMalignancyNotComputableWhenAPartOfItIsNotHeld() {
    for (String text : List.of(
        "Other malignancy unless disease-free for at least 5 years",
        "Other malignancy diagnosed within 6 months or treated within 2 years",
        "History of malignancy within the past 5 years")) {
      Criterion c = exclusion(text);
      assertFalse(c.computable(), text);
      assertTrue(c.reason().contains("other malignancy"), c.reason());
    }
    // in an inclusion a malignancy "other than" one names the trial's own cancer: any cancer but that one
    assertEquals(all(dx("HEME", "SOLID"), new Predicate.Not(new Predicate.Diagnosis(Set.of("BCC"), Set.of("basal cell carcinoma")))),
        in("Histologically confirmed malignancy other than basal cell carcinoma"));
  }

  @Test
  void aNarrowerSecondCancerIsQualifiedByWhatNarrowsIt() {
    // records do not tell an invasive second cancer, or one that needed systemic treatment, from any other: a second
    // cancer found is left open, none found stands
    assertEquals(new Predicate.Qualified(other(3, false, false), "invasive", false), ex("Other invasive malignancy within 3 years"));
    assertEquals(new Predicate.Qualified(other(2, false, false), "requiring chemotherapy", false),
        ex("Another malignancy requiring chemotherapy within 2 years"));
    assertEquals(new Predicate.Qualified(other(1, true, false), "requiring systemic treatment", false),
        ex("Other active malignancy requiring systemic treatment <=12 months prior to enrollment"));
    assertEquals(new Predicate.Qualified(other(null, false, false), "treated with chemotherapy", false),
        ex("history of other malignancy treated with chemotherapy"));
    // a judgement or an outlook is no such qualifier
    assertEquals(new Predicate.Administrative("judged to interfere with the study or taking part in it"),
        ex("Second malignancy that in the investigator's opinion would interfere with the study"));
    Criterion incurable = exclusion("Other malignancy that is incurable");
    assertFalse(incurable.computable());
    assertEquals("not yet computable: other malignancy", incurable.reason());
  }

  @Test
  void aSecondCancerBesideANamedCancerIsNotRead() {
    Criterion c = exclusion("Bone metastases from another malignancy than prostate cancer");
    assertFalse(c.computable());
  }

  @Test
  void aDefectOfHaemostasisIsABleedingDisorder() {
    assertEquals(all(new Predicate.Sex("female"), condition("bleeding disorder")), ex("women with known defects of the hemostasis"));
    assertEquals(condition("bleeding disorder"), ex("Known haemostatic disorder"));
  }

  @Test
  void readsAConditionWhoseHeadNounIsSharedWithTheNextOne() {
    assertEquals(any(condition("hepatic impairment"), condition("renal impairment")), ex("Patients with hepatic or renal dysfunction."));
    assertEquals(all(new Predicate.Lab("albumin", "<", 3.0, "g/dL", null), new Not(condition("hepatic impairment")),
        new Not(condition("renal impairment"))), ex("Serum albumin below 30 g/L without liver or renal dysfunction"));
    assertEquals(any(condition("hypertension"), condition("renal impairment")), ex("hypertension or renal dysfunction"));
  }

  @Test
  void twoJoinedWordsBeforeAConditionTermMakeATermWithItsLastWord() {
    Predicate anySct = any(condition("stem cell transplant"), condition("allogeneic stem cell transplant"));
    assertEquals(any(condition("organ transplant"), condition("stem cell transplant"), condition("allogeneic stem cell transplant")),
        ex("Solid organ or bone marrow transplantation"));
    // one joined word still makes the term when two do not ("with hepatic dysfunction" is no term)
    assertEquals(any(condition("hepatic impairment"), condition("renal impairment")), ex("Patients with hepatic or renal dysfunction"));
    assertEquals(anySct, ex("Patients who have received a bone marrow transplant will not be eligible."));
  }

  @Test
  void aStemCellTransplantOfUnstatedKindIsAnyOfThem() {
    Predicate anySct = any(condition("stem cell transplant"), condition("allogeneic stem cell transplant"));
    assertEquals(anySct, ex("Prior HSCT"));
    assertEquals(condition("autologous stem cell transplant"), ex("Prior autologous stem cell transplant"));
    assertEquals(condition("allogeneic stem cell transplant"), ex("History of allogeneic bone marrow transplant"));
    assertEquals(new Predicate.Within(anySct, 6, "months"), ex("History of HSCT within 6 months"));
    assertEquals(all(new Not(condition("stem cell transplant")), new Not(condition("allogeneic stem cell transplant"))),
        in("No prior bone marrow transplant"));
  }

  @Test
  void aPluralCancerNounIsReadAsItsSingular() {
    assertEquals(new Predicate.Diagnosis(Set.of("HEAD_AND_NECK"), Set.of("nasopharyngeal carcinoma")), ex("Nasopharyngeal Carcinomas"));
    assertEquals(dx("NSCLC"), in("Non-small cell lung cancers"));
    assertEquals(dx("LEUKEMIA", "LYMPHOMA"), in("Patients with lymphomas or leukemias"));
    assertEquals(dx("SOLID"), in("Solid tumours"));
  }

  @Test
  void eachListedCancerNameTakesTheSharedLastWords() {
    assertEquals(all(new Predicate.Sex("female"), dx("OVARIAN")), in("women with ovarian, primary peritoneal, or fallopian tube cancer"));
    assertEquals(dx("OVARIAN"), in("Ovarian, fallopian tube or primary peritoneal cancer"));
    assertEquals(dx("BREAST", "OVARIAN"), in("breast or ovarian cancer"));
    // "epithelial" before "carcinoma" restates it (epithelialBeforeACarcinomaRestatesIt); "serous" narrows it
    assertFalse(inclusion("Histologically or pathologically confirmed diagnosis of serous carcinoma of the ovary.").computable());
  }

  @Test
  void readsTheRegistryAgeAndSexFields() {
    assertEquals(age(18, 99), in("Minimum Age: 18 Years Maximum Age: 99 Years Sex: All Gender Based: No"));
    assertEquals(age(18, null), in("Minimum age 18 years"));
    assertEquals(age(null, 75), in("Maximum age 75 years"));
    assertEquals(new Predicate.Sex("female"), in("Sex: Female"));
    assertEquals(lines(2, null), in("A minimum of 2 prior lines of therapy"));
  }

  @Test
  void theSiteOfCareOrARegistryIsStudyLogistics() {
    Predicate site = new Predicate.Administrative("site of care or registry");
    assertEquals(site, in("under treatment at one of the participating sites."));
    assertEquals(site, in("Participant in the SURVIVE registry"));
    assertEquals(site, in("Treated at Memorial Sloan Kettering Cancer Center"));
    Criterion c = inclusion("Diagnosis of AML scheduled to undergo HSCT at University of Southern California (USC)");
    assertEquals(dx("AML"), c.predicate());
    assertTrue(c.reason().endsWith("site of care or registry is confirmed at the screening visit"), c.reason());
    assertEquals(new Predicate.Diagnosis(Set.of("PANCREATIC"), Set.of("ductal adenocarcinoma")),
        in("Planning to undergo surgical resection of PDAC at MGH."));
    // an acronym after "at" that names a limit, a test or a scale, or does not end its clause, is no site
    assertEquals("not yet computable: laboratory threshold", inclusion("Creatinine at ULN or below").reason());
    assertEquals("not yet computable: text not understood ('mri'); understood only: Metastasis[site=brain, statuses=[ACTIVE, TREATED_STABLE]]",
        exclusion("Brain metastases at MRI").reason());
    assertEquals(new Predicate.PerformanceStatus("ECOG", 0, 1), in("ECOG at PS 0-1"));
  }

  @Test
  void aWindowAfterCommaOrMayBindTheLastAlternativeOnly() {
    // round 21: the last alternative is timed; the one before ", or" stands at any time, narrowed by the window it may have
    assertEquals(any(new Predicate.Qualified(condition("allogeneic stem cell transplant"),
                "within the last 12 weeks if the window times it too", false),
            new Predicate.Within(condition("autologous stem cell transplant"), 12, "weeks")),
        ex("Any prior allogeneic stem cell transplant, or an autologous transplant within 12 weeks before randomization."));
    assertEquals(any(new Predicate.Within(condition("myocardial infarction"), 6, "months"), new Predicate.Within(condition("unstable angina"), 6, "months")),
        ex("Myocardial infarction or unstable angina within 6 months"));
  }

  @Test
  void aidsInCapitalsIsHivTheWordAidsIsNot() {
    assertEquals(condition("HIV"), ex("Known HIV(+) or has been diagnosed with AIDS"));
    assertFalse(exclusion("Patient uses walking aids").computable());
  }

  @Test
  void aStatusWordBeforeAnotherConceptAndTheSiteMasksOnlyItselfAndTheSite() {
    Criterion c = exclusion("Unstable spinal cord compression/brain metastases.");
    assertFalse(c.computable());
    // spinal cord compression is a condition now; whether "unstable" qualifies it too is not held
    assertEquals("not yet computable: status word before another concept ('unstable'); understood only: METASTASIS, CONDITION",
        c.reason());
    assertEquals(brain("ACTIVE"), ex("Active, untreated or symptomatic brain metastases"));
  }

  @Test
  void aGradeInsideACancerTermTheDiagnosisCannotHoldNarrowsIt() {
    assertEquals(new Predicate.Qualified(dx("GLIOMA"), "low-grade", false), ex("Previous low-grade glioma."));
    assertEquals(new Predicate.Qualified(dx("GLIOMA"), "high grade", false), in("High grade glioma"));
    assertEquals(new Predicate.Diagnosis(Set.of("OVARIAN"), Set.of("low-grade serous carcinoma")), in("Low-grade serous ovarian carcinoma"));
  }

  @Test
  void aStageListEndingAtIvaOrIvbIsItsMinimumAndAtMostItsMaximum() {
    Predicate hnscc = new Predicate.Diagnosis(Set.of("HEAD_AND_NECK"), Set.of("squamous cell carcinoma"));
    assertEquals(all(stage("III"), new Predicate.StageAtMost("IVB"), hnscc), in("Stage III, IVA or IVB head and neck squamous cell carcinoma"));
    assertEquals(all(stage("III"), new Predicate.StageAtMost("IVB"), hnscc), in("Stage III, IVA or IVB HNSCC according to UICC and AJCC guidelines"));
    assertEquals(all(stage("IVA"), new Predicate.StageAtMost("IVA"), hnscc),
        in("Histologically confirmed stage IVa squamous cell carcinoma of the oral cavity."));
    assertEquals(all(stage("II"), new Predicate.StageAtMost("IVB"), dx("CERVICAL")), in("Stage II-IVB cervical cancer"));
    // no upper bound: stage IVC is the last substage
    assertEquals(stage("IVA"), in("Stage IVA-IVC"));
    // "or metastatic" takes the bound away, as before
    assertEquals(all(stage("IIIB"), dx("NSCLC")), in("Stage IIIB-IVA or metastatic NSCLC"));
  }

  @Test
  void readsACnsMetastasisWithItsAbbreviationInParentheses() {
    assertEquals(brain("ACTIVE"), ex("Symptomatic central nervous system (CNS) metastasis"));
  }

  @Test
  void histologyAndCytologySayHowADiagnosisWasMade() {
    assertEquals(new Predicate.Diagnosis(Set.of("ESOPHAGEAL"), Set.of("squamous cell carcinoma")),
        in("Esophageal squamous cell carcinoma confirmed by cytology or histology"));
    assertEquals(new Predicate.Diagnosis(Set.of("HEAD_AND_NECK"), Set.of("squamous cell carcinoma")),
        in("Squamous cell carcinoma of the oral cavity"));
  }

  @Test
  void previouslyUntreatedBesideNewlyDiagnosedMeansNoTreatmentOfAnyKind() {
    assertEquals(new AllOf(List.of(new Predicate.DiseaseSetting("newly diagnosed"), NO_TREATMENT,
            new Predicate.Diagnosis(Set.of("HEAD_AND_NECK"), Set.of("squamous cell carcinoma")))),
        in("Newly diagnosed, previously untreated squamous cell carcinoma of the oral cavity"));
    assertEquals(lines(null, 0), in("Previously untreated"));
  }

  @Test
  void earlyOrMetastaticLeavesStageThreeOutAndIsNoMinimum() {
    Criterion c = inclusion("Early or metastatic breast cancer");
    assertFalse(c.computable());
    assertTrue(c.reason().contains("stage with an upper bound (Early)"), c.reason());
    assertEquals(all(stage("IIIB"), dx("NSCLC")), in("Locally advanced or metastatic NSCLC"));
  }

  @Test
  void hivWithADetectableViralLoadIsQualifiedByIt() {
    Predicate detectable = any(
        new Predicate.Qualified(condition("HIV"), "a detectable viral load", false),
        new Predicate.Qualified(condition("hepatitis B"), "a detectable viral load", false));
    assertEquals(detectable, ex("Known HIV infection or hepatitis B infection (with a detectable viral load)."));
    assertEquals(any(
            new Predicate.Qualified(condition("HIV"), "a detectable viral load", false),
            new Predicate.Qualified(condition("hepatitis B"), "a detectable viral load", false),
            new Predicate.Qualified(condition("hepatitis C"), "a detectable viral load", false)),
        ex("Known HIV infection or known hepatitis B or hepatitis C infection (with a detectable viral load)."));
    // a hepatitis named after the viral load is not qualified by it
    assertEquals(any(new Predicate.Qualified(condition("HIV"), "a detectable viral load", false), condition("hepatitis B")),
        ex("HIV infection with a detectable viral load, or active hepatitis B"));
    assertEquals(condition("HIV"), ex("Known HIV infection"));
    assertEquals(condition("HIV"), ex("HIV infection with an undetectable viral load"));
  }

  @Test
  void anActiveInfectionWithWordsThatNarrowItIsQualifiedByThem() {
    assertEquals(new Predicate.Qualified(condition("active infection"), "uncontrolled serious", false),
        ex("Active, uncontrolled serious infection."));
    assertEquals(new Predicate.Qualified(condition("active infection"), "serious", false), ex("Patient with any serious active infection"));
    assertEquals(new Predicate.Qualified(condition("active infection"), "requiring systemic therapy", false),
        ex("Active infection requiring systemic therapy."));
    assertEquals(condition("active infection"), ex("Active infection"));
  }

  @Test
  void aSuspectedDiagnosisRightBeforeTheCancerWidensIt() {
    Predicate breast = new Predicate.Qualified(dx("BREAST"), "a suspected diagnosis", true);
    assertEquals(breast, in("Known or suspected breast cancer"));
    assertEquals(new Predicate.Qualified(dx("OVARIAN"), "a suspected diagnosis", true),
        in("Patients with (suspicion of) primary or recurrent EOC with an indication for surgery, chemotherapy and/or immunotherapy."));
    // a suspicion of something else leaves the criterion a gap
    Criterion brain = inclusion("Breast cancer with known or suspected brain metastases");
    assertFalse(brain.computable());
    assertTrue(brain.reason().startsWith("not yet computable: a suspected diagnosis qualifies"), brain.reason());
  }

  @Test
  void aGleasonScoreIsAMeasurementByItsRangeOrLimit() {
    Predicate sixToSeven = all(new Predicate.Measurement("Gleason score", "\u2265", 6, "points"),
        new Predicate.Measurement("Gleason score", "\u2264", 7, "points"));
    assertEquals(sixToSeven, in("Gleason 6-7 cancer"));
    assertEquals(new Predicate.Measurement("Gleason score", "\u2264", 7, "points"), in("Gleason score \u2264 7"));
    assertEquals(all(new Predicate.Measurement("Gleason score", "\u2265", 8, "points"), dx("PROSTATE")),
        in("Gleason score of 8 or higher prostate cancer"));
    assertEquals(new Predicate.Measurement("Gleason score", "\u2265", 8, "points"), in("Gleason sum 8-10"));
    // the patterns may decide ("3+4" against "4+3"): not read
    assertFalse(inclusion("Gleason score 7 (3+4)").computable());
  }

  @Test
  void aResponseToTheLastCourseOfAClassIsATherapyResponse() {
    Predicate last = new Predicate.TherapyResponse(Set.of(), Set.of("platinum"), Set.of("COMPLETE_RESPONSE", "PARTIAL_RESPONSE"), true);
    assertEquals(last, in("Complete response (CR) or partial response (PR) achieved with last platinum-based chemotherapy regimen as "
        + "determined by investigator"));
    assertEquals(last, in("Partial or complete response to the most recent platinum-based regimen"));
    // after a cue of receipt ("prior") the response is left over, as before
    assertFalse(inclusion("Complete response to prior platinum-based chemotherapy").computable());
  }

  @Test
  void aFusionOrAMutationIsAnyAlterationAndTheLaboratoryIsNoThreshold() {
    assertEquals(variant("RET"), in("A RET gene alteration (fusion or activating mutation) detected in tumour tissue by a qualified laboratory."));
    assertEquals(variant("ALK", "fusion"), in("ALK fusion identified by a CLIA-certified (or equivalently accredited) laboratory."));
    assertEquals(variant("ALK", "fusion"), in("ALK rearrangement shown on tumour tissue by IHC, FISH or next-generation sequencing."));
    Criterion labs = inclusion("Adequate laboratory values.");
    assertFalse(labs.computable());
    assertTrue(labs.reason().contains("laboratory threshold"), labs.reason());
  }

  @Test
  void anEnumerationOfTheTrialsOwnCancersThatEndsWithOtherIsNoSecondCancer() {
    assertEquals(all(stage("IIIB"), dx("NSCLC", "SOLID", "THYROID")), in("Locally advanced or metastatic solid tumour, including "
        + "non-small cell lung cancer, medullary or other thyroid cancer and any other solid tumour, that is not amenable to "
        + "curative surgery or radiotherapy."));
    assertEquals(dx("SOLID"), in("Breast or other solid tumours."));
    Criterion second = inclusion("No other malignancy within 5 years.");
    assertFalse(second.computable(), "an inclusion about a second cancer stays a gap");
  }

  @Test
  void cancersAfterAnExceptionAreRuledOut() {
    assertEquals(all(dx("SOLID"), new Predicate.Not(dx("BREAST"))), in("Any solid tumour except breast cancer."));
    assertEquals(all(stage("IIIB"), dx("SOLID"), new Predicate.Not(dx("LYMPHOMA"))), in("Advanced solid tumour (excluding lymphoma)."));
  }

  @Test
  void notACandidateForCurativeTreatmentBesideAStageBelowIvNeedsTheJudgement() {
    Predicate notCurable = new Predicate.NotCurable("curative surgery or definitive chemoradiation");
    assertEquals(all(dx("NSCLC"), any(stage("IV"), all(stage("IIIB"), notCurable))),
        in("Pathologically documented NSCLC of stage IIIB, IIIC or IV (AJCC 8th edition) that is not a candidate for curative "
            + "surgery or definitive chemoradiation."));
    assertEquals(all(stage("IV"), dx("NSCLC")), in("Stage IV NSCLC not amenable to curative therapy."));
    // "locally advanced" already says the disease is past curative treatment
    assertEquals(all(stage("IIIB"), dx("NSCLC")), in("Locally advanced or metastatic NSCLC not amenable to curative surgery or radiotherapy."));
    Criterion alone = inclusion("NSCLC not amenable to curative surgery.");
    assertFalse(alone.computable());
    assertTrue(alone.reason().contains("not a candidate for curative surgery without a stage"), alone.reason());
  }

  @Test
  void spinalCordCompressionBesideActiveBrainMetastasesIsAConditionAndAnticonvulsantsMarkActivity() {
    assertEquals(any(condition("spinal cord compression"), brain("ACTIVE")),
        ex("Spinal cord compression or clinically active brain metastases, meaning lesions that are untreated, symptomatic, or need "
            + "corticosteroids or anticonvulsants to control symptoms. Participants with treated brain metastases that are clinically "
            + "stable and no longer need steroids may enrol."));
  }

  @Test
  void anAntibodyDrugConjugateCarryingATopoisomeraseIPayloadIsOneClassAndTheListGoesOn() {
    assertEquals(classes("TROP2-directed", "antibody-drug conjugate+topoisomerase I payload"),
        ex("Previous treatment with an antibody-drug conjugate carrying a topoisomerase I inhibitor payload (for example trastuzumab "
            + "deruxtecan or sacituzumab govitecan), or with any TROP2-directed agent."));
    assertEquals(new Predicate.PriorTherapy(Set.of("docetaxel"), Set.of("antibody-drug conjugate+topoisomerase I payload"), null, null),
        ex("Previous treatment with an ADC with a topoisomerase I inhibitor payload, or with docetaxel."));
    assertEquals(classes("topoisomerase inhibitor"), ex("Prior treatment with a topoisomerase I inhibitor."));
  }

  @Test
  void anInclusionOfAMalignancyOtherThanNamedCancersIsAnyCancerButThose() {
    Predicate papillary = new Predicate.Diagnosis(Set.of("THYROID"), Set.of("papillary carcinoma"));
    assertEquals(all(dx("HEME", "SOLID"), new Predicate.Not(any(dx("MELANOMA"), papillary)), stage("IIIB")),
        in("Histologically confirmed malignancy other than melanoma or papillary thyroid cancer, locally advanced/unresectable or metastatic."));
    assertEquals(all(dx("SOLID"), new Predicate.Not(papillary)), in("Solid tumour other than papillary thyroid cancer."));
    assertFalse(inclusion("No malignancy other than non-melanoma skin cancer.").computable(), "a negated one is a second cancer");
    assertFalse(inclusion("History of malignancy other than breast cancer.").computable(), "a history is a second cancer");
    assertFalse(exclusion("Malignancy other than breast cancer within 5 years.").computable());
  }

  @Test
  void aSemicolonListThatEndsWithOrIsEitherOr() {
    assertEquals(any(variant("EGFR"), variant("ALK", "fusion"), variant("MET", "amplification")),
        ex("The tumour carries another known oncogenic driver besides RET: an EGFR mutation; an ALK fusion; or MET amplification."));
    Criterion and = inclusion("ECOG 0-1; adequate organ function.");
    assertFalse(and.computable(), "semicolons without a closing 'or' keep their old reading");
  }

  @Test
  void aWindowBeforeOrAnyEarlierTimesOnlyWhatPrecedesIt() {
    assertEquals(any(new Predicate.Within(new Predicate.PriorTherapy(Set.of("lapatinib"), Set.of(), null, null), 6, "months"),
            new Predicate.PriorTherapy(Set.of("neratinib"), Set.of("HER2 TKI"), null, null)),
        ex("Lapatinib within 6 months of enrolment, or any prior treatment with neratinib or a HER2 tyrosine kinase inhibitor."));
    // "another" HER2 TKI means one other than those named: lapatinib, named apart under its window, is left out of the
    // class, which no predicate says, so a course of the class found is left open
    assertEquals(any(new Predicate.Within(new Predicate.PriorTherapy(Set.of("lapatinib"), Set.of(), null, null), 6, "months"),
            new Predicate.PriorTherapy(Set.of("neratinib"), Set.of(), null, null),
            new Predicate.Qualified(new Predicate.PriorTherapy(Set.of(), Set.of("HER2 TKI"), null, null), "other than lapatinib", false)),
        ex("Lapatinib within 6 months of enrolment, or any prior treatment with neratinib or another HER2 tyrosine kinase inhibitor."));
  }

  @Test
  void anotherMemberOfAClassAfterItsNamedMembersIsTheWholeClass() {
    // the members named in the class's own list are the criterion's either way
    assertEquals(new Predicate.PriorTherapy(Set.of("neratinib", "tucatinib"), Set.of("HER2 TKI"), null, null),
        ex("Earlier neratinib, tucatinib or another HER2-directed tyrosine kinase inhibitor."));
    assertEquals(new Predicate.PriorTherapy(Set.of("daratumumab"), Set.of("anti-CD38 antibody"), null, null),
        ex("Prior daratumumab or any other anti-CD38 monoclonal antibody."));
    // an example in brackets is no member named apart
    assertEquals(new Predicate.PriorTherapy(Set.of("capecitabine"), Set.of("fluoropyrimidine"), null, null, true),
        ex("Previous capecitabine or another fluoropyrimidine (e.g. 5-fluorouracil) for metastatic disease."));
  }

  @Test
  void aSettingAfterTheLastItemOfATherapyListIsSaidOfEveryItem() {
    assertEquals(new Predicate.PriorTherapy(Set.of("capecitabine"), Set.of("fluoropyrimidine"), null, null, true),
        ex("Previous capecitabine or other fluoropyrimidine for metastatic disease. Adjuvant capecitabine is allowed."));
  }

  @Test
  void anExcludedAdvancedTherapyWhoseAdjuvantUseIsAllowedAfterAnIntervalExcludesItInsideTheInterval() {
    Predicate advanced = new Predicate.PriorTherapy(Set.of("capecitabine"), Set.of("fluoropyrimidine"), null, null, true);
    Predicate any = new Predicate.PriorTherapy(Set.of("capecitabine"), Set.of("fluoropyrimidine"), null, null, false);
    assertEquals(any(advanced, new Predicate.Within(any, 12, "months")),
        ex("Previous capecitabine or other fluoropyrimidine (for example 5-fluorouracil) for metastatic disease. Capecitabine given"
            + " only as adjuvant therapy is allowed if it was finished at least 12 months before study start."));
    assertEquals(any(new Predicate.PriorTherapy(Set.of("oxaliplatin"), Set.of(), null, null, true),
            new Predicate.Within(new Predicate.PriorTherapy(Set.of("oxaliplatin"), Set.of(), null, null, false), 6, "months")),
        ex("Prior oxaliplatin for advanced disease; adjuvant oxaliplatin is permitted if completed more than 6 months before enrolment."));
    // an allowance without an interval adds nothing
    assertEquals(new Predicate.PriorTherapy(Set.of("oxaliplatin"), Set.of(), null, null, true),
        ex("Prior oxaliplatin for advanced disease. Adjuvant oxaliplatin is allowed."));
  }

  @Test
  void brainMetastasesNarrowedBySymptomsOrNeedsAreQualified() {
    assertEquals(new Predicate.Qualified(brain("ACTIVE"), "lesions that are symptomatic; that need corticosteroids", false),
        ex("Brain metastases that are symptomatic or that need corticosteroids to control symptoms. Treated, stable lesions are allowed."));
    assertEquals(new Predicate.Qualified(brain("ACTIVE", "TREATED_STABLE"), "lesions symptomatic", false),
        ex("Symptomatic brain metastases."));
    assertEquals(new Predicate.Qualified(brain("ACTIVE"), "lesions that are judged to need immediate local therapy (surgery or radiotherapy)",
            false),
        ex("Brain metastases that are judged to need immediate local therapy (surgery or radiotherapy). Untreated brain metastases that"
            + " do not need immediate local therapy, and treated lesions that are stable, are allowed."));
    // beside "untreated" or "active", symptoms are one sign of activity, which the status holds
    assertEquals(brain("ACTIVE"), ex("Active (untreated or symptomatic) brain metastases."));
  }

  @Test
  void aPerformanceRangePerAgeBandIsOneAlternativePerBand() {
    assertEquals(any(all(age(70, null), ecog(0, 1)), all(age(18, 69), ecog(0, 2))),
        in("ECOG performance status of 0 to 1 for patients aged 70 years or older; or 0-2 for patients aged 18 to 69 years."));
  }

  @Test
  void theLanskyScaleHoldsOnlyInItsAgeBand() {
    assertEquals(any(all(age(17, null), ecog(0, 2)), all(age(12, 16), new Predicate.PerformanceStatus("Lansky", 40, 100))),
        in("ECOG performance status 0, 1 or 2 (Lansky ≥ 40% for patients aged 12 to 16)."));
    Criterion alone = inclusion("Lansky ≥ 50% for patients aged 12 to 16.");
    assertFalse(alone.computable());
    assertTrue(alone.reason().contains("Lansky"), alone.reason());
  }

  @Test
  void aHistologyWrittenAfterTheCancerQualifiesItAndItsExampleIsAnIllustration() {
    Predicate nonSquamous = new Predicate.Diagnosis(Set.of("NSCLC"), Set.of("non-squamous carcinoma"));
    assertEquals(new Predicate.AllOf(List.of(stage("IV"), nonSquamous)),
        in("Stage IV non-small cell lung cancer of non-squamous histology (for example adenocarcinoma), confirmed on histology or cytology."));
    assertEquals(new Predicate.AllOf(List.of(stage("IV"), dx("NSCLC"))), in("Stage IV NSCLC (e.g. adenocarcinoma or large cell carcinoma)."));
  }

  @Test
  void fluoropyrimidinesAreAClassAndRecurredIsProgression() {
    Predicate fp = new Predicate.PriorTherapy(Set.of(), Set.of("fluoropyrimidine"), null, null, false);
    assertEquals(fp, in("Prior fluoropyrimidine-based chemotherapy."));
    assertEquals(new Predicate.AllOf(List.of(fp, new Predicate.PriorTherapy(Set.of("oxaliplatin"), Set.of(), null, null, false))),
        in("Disease that progressed or recurred after a fluoropyrimidine and oxaliplatin."));
  }

  @Test
  void aTissueSampleFromAnAdvancedSiteIsASampleNotAStage() {
    assertEquals(new Predicate.Administrative("tissue sample availability"),
        in("Tumour tissue from an unresectable or metastatic site is available for PD-L1 testing."));
  }

  @Test
  void aQualifierWithItsSynonymInBracketsMakesTheTermBothMake() {
    assertEquals(new Predicate.Diagnosis(Set.of("MELANOMA"), Set.of("uveal melanoma")), ex("Ocular (uveal) melanoma."));
    Criterion unknown = exclusion("Ocular (nodular) melanoma.");
    assertFalse(unknown.computable(), "terms of different histologies are no synonyms");
  }

  @Test
  void theAnnArborSystemNamesAStage() {
    assertEquals(stage("III"), in("Ann Arbor stage III or stage IV disease."));
  }

  @Test
  void theHepatitisBSurfaceAntigenIsHepatitisB() {
    assertEquals(any(condition("HIV"), condition("hepatitis B"), condition("hepatitis C")),
        ex("Known HIV infection, positive hepatitis B surface antigen, or known or suspected active hepatitis C."));
    assertEquals(any(condition("hepatitis B"), condition("hepatitis C"), condition("HIV")),
        ex("Positive test for hepatitis B surface antigen or hepatitis C virus RNA, or known HIV infection or AIDS."));
  }

  @Test
  void aLaterSentenceThatLetsPatientsBackInIsAnException() {
    Criterion c = exclusion("Active, known or suspected autoimmune disease. Vitiligo, type 1 diabetes, hypothyroidism needing only "
        + "hormone replacement, or psoriasis not needing systemic treatment do not exclude.");
    assertEquals(new Predicate.TreatedCondition("autoimmune disease", Set.of("vitiligo", "type 1 diabetes"), true, null), c.predicate());
    assertEquals("partly represented: a condition treated only by hormone replacement or topically does not count (read from the drugs "
        + "in the records); type 1 diabetes, vitiligo do not count", c.reason());
    assertEquals("partly represented: exception not represented: Asthma that is well controlled is allowed.",
        exclusion("Active autoimmune disease. Asthma that is well controlled is allowed.").reason());
    assertEquals(classes("selective RET inhibitor"), ex("Previous treatment with a selective RET inhibitor. Earlier multikinase inhibitors "
        + "with RET activity (for example cabozantinib or vandetanib) are allowed."));
    assertEquals(brain("ACTIVE"), ex("Active (untreated or progressing) brain metastases. Previously treated lesions that are stable are allowed."));
    assertEquals("partly represented: needing systemic treatment: read from immunosuppressive or disease-modifying drugs in the records, given within the past 2 years",
        exclusion("Active autoimmune disease that needed systemic treatment within the past 2 years.").reason());
  }

  @Test
  void aRelapseSoonAfterAdjuvantTherapyIsAnotherWayIn() {
    Predicate relapse = new Predicate.EarlyRelapse(Set.of(), Set.of("chemotherapy"), 6, "months");
    Predicate inMetastaticSetting = new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), null, null, true);
    assertEquals(any(all(inMetastaticSetting, new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), 1, 2), stage("IV")), relapse),
        in("Treated with chemotherapy in the metastatic setting, with 1 or 2 prior lines of chemotherapy for metastatic disease, "
            + "or disease that recurred during adjuvant chemotherapy or within 6 months after completing it."));
    assertEquals(new Predicate.EarlyRelapse(Set.of("trastuzumab"), Set.of(), 12, "months"),
        in("Disease that relapsed during adjuvant trastuzumab or within 12 months after completing it."));
    assertFalse(inclusion("Disease that recurred during adjuvant therapy or within 6 months after completing it.").computable(),
        "'therapy' names no class");
  }

  @Test
  void anExatecanDerivativePayloadIsTheDeruxtecanConjugates() {
    assertEquals(classes("antibody-drug conjugate+exatecan-derivative payload"),
        ex("Previous treatment with an antibody-drug conjugate whose payload is an exatecan derivative (a topoisomerase I inhibitor), "
            + "such as trastuzumab deruxtecan."));
  }

  @Test
  void whoseViewASuitabilityIsAndNeedingAreReadLikeTheirPlainForms() {
    Predicate hrPositive = any(marker("ER", "positive"), marker("PR", "positive"));
    Criterion c = inclusion("Hormone receptor-positive disease must have been treated with at least one endocrine therapy and no "
        + "longer be considered suitable for endocrine treatment.");
    assertEquals(any(new Predicate.Not(hrPositive), classes("endocrine therapy")), c.predicate());
    assertEquals("partly represented: planned or feasible procedure or treatment: considered suitable for endocrine treatment is "
        + "confirmed at the screening visit", c.reason());
    assertEquals(any(condition("spinal cord compression"), brain("ACTIVE")),
        ex("Spinal cord compression or clinically active central nervous system metastases (untreated or symptomatic, or needing "
            + "steroids or anticonvulsants). Treated brain metastases that are clinically inactive are allowed."));
  }

  @Test
  void anAgentAimedAtAnotherCoInhibitoryReceptorIsACtla4OrLag3Inhibitor() {
    Predicate checkpoint = new Predicate.PriorTherapy(Set.of("pd-l2 inhibitor"),
        Set.of("CTLA-4 inhibitor", "LAG-3 inhibitor", "PD-1 inhibitor", "PD-L1 inhibitor"), null, null);
    assertEquals(checkpoint, ex("Any earlier treatment with an anti-PD-1, anti-PD-L1 or anti-PD-L2 agent, or with an agent aimed at "
        + "another co-inhibitory T-cell receptor (for example CTLA-4)."));
    Criterion stimulatory = exclusion("Earlier therapy with an anti-PD-1, anti-PD-L1 or anti-PD-L2 agent, or with an agent aimed at "
        + "another stimulatory or co-inhibitory T-cell receptor (for example CTLA-4, OX-40 or CD137).");
    assertEquals(checkpoint, stimulatory.predicate());
    assertEquals("partly represented: agents aimed at stimulatory T-cell receptors not represented", stimulatory.reason());
  }

  @Test
  void aSelectiveRetInhibitorIsNotAMultikinaseInhibitorWithRetActivity() {
    assertEquals(classes("selective RET inhibitor"), ex("Previous treatment with a selective RET inhibitor."));
    assertEquals(classes("RET TKI"), ex("Previous treatment with a RET inhibitor."));
  }

  @Test
  void aSettingAfterTheLastAlternativeIsSaidOfAllAndMayFollowAnExampleInBrackets() {
    Predicate advanced = new Predicate.PriorTherapy(Set.of("capecitabine"), Set.of("fluoropyrimidine"), null, null, true);
    assertEquals(advanced, ex("Previous capecitabine or other fluoropyrimidine for metastatic disease."));
    assertEquals(advanced, ex("Previous capecitabine or other fluoropyrimidine (for example 5-fluorouracil) for metastatic disease."));
    assertEquals(new Predicate.PriorTherapy(Set.of("docetaxel", "pemetrexed"), Set.of(), null, null, false),
        ex("Prior docetaxel for metastatic disease or pemetrexed."), "a setting before the last alternative binds its own item only");
  }

  private static Predicate setting(String name) {
    return new Predicate.DiseaseSetting(name);
  }

  @Test
  void aStageWordWithNoBoundEligoCouldStateIsTheDiseaseSettingWhenNoOtherStageWordingIsThere() {
    assertEquals(all(setting("localized"), dx("PROSTATE")), in("patients with localized prostate cancer"));
    assertEquals(all(setting("early"), dx("BREAST")), in("early breast cancer"));
    assertEquals(all(setting("early"), dx("NSCLC")), in("early-stage NSCLC"));
    assertEquals(all(setting("locally advanced"), dx("BREAST")), in("Locally advanced breast cancer"));
    assertEquals(all(setting("resectable"), new Predicate.Diagnosis(Set.of("PANCREATIC"), Set.of("adenocarcinoma"))),
        in("Resectable pancreatic adenocarcinoma"));
    assertEquals(setting("resectable"), in("Curative operation is possible"));
    assertEquals(all(any(setting("localized"), setting("locally advanced")), dx("PROSTATE")),
        in("Localized or locally advanced prostate cancer"));
    assertEquals(all(new Not(stage("IV")), dx("PROSTATE")), in("non-metastatic castration-resistant prostate cancer"),
        "non-metastatic is not stage IV, which the records can tell");
    // beside other stage wording the bound stays a gap, as before
    assertFalse(inclusion("Histological diagnosis of early or metastatic breast cancer").computable());
    assertEquals(all(stage("III"), new Predicate.StageAtMost("IVB"), new Predicate.Diagnosis(Set.of("HEAD_AND_NECK"), Set.of("squamous cell carcinoma"))),
        in("Stage III, IVA or IVB HNSCC"));
  }

  @Test
  void replacementTherapyThatDoesNotCountAsSystemicTreatmentLeavesOutTheConditionsTreatedByHormoneReplacement() {
    Criterion c = exclusion("Active autoimmune disease that needed systemic treatment within the past 2 years. Replacement therapy "
        + "(for example thyroxine, insulin or physiological corticosteroid replacement) does not count as systemic treatment.");
    assertEquals(new Predicate.TreatedCondition("autoimmune disease", Set.of("autoimmune thyroiditis", "type 1 diabetes", "Addison disease"), false, 2),
        c.predicate());
    assertEquals("partly represented: needing systemic treatment: read from immunosuppressive or disease-modifying drugs in the records, given within the past 2 years; replacement therapy is no systemic "
        + "treatment: autoimmune thyroiditis, type 1 diabetes, Addison disease do not count", c.reason());
    assertEquals(new Predicate.ConditionOtherThan("autoimmune disease", Set.of("autoimmune thyroiditis", "type 1 diabetes", "Addison disease")),
        exclusion("Active autoimmune disease. Replacement therapy (for example thyroxine or insulin) does not count as systemic "
            + "treatment.").predicate());
    assertFalse(exclusion("Active autoimmune disease or interstitial lung disease. Replacement therapy does not count as systemic "
        + "treatment.").computable(), "beside another concept the exception has nothing to attach to");
  }

  @Test
  void aRadiationDoseAfterTheProcedureIsADetailLikeItsSite() {
    assertEquals(new Predicate.Within(procedure("radiation", null, "thoracic of more than 30 gy"), 6, "months"),
        ex("Thoracic radiotherapy of more than 30 Gy within 6 months before the first dose."));
  }

  @Test
  void aParpInhibitorByItsFullName() {
    assertEquals(classes("PARP inhibitor"), ex("Prior treatment with a poly ADP-ribose polymerase inhibitor"));
  }

  @Test
  void newlyDiagnosedAndRecurrentBesideADiagnosisAreItsSettingUnlessTheyAreAlternatives() {
    assertEquals(setting("newly diagnosed"), in("newly diagnosed"));
    assertEquals(all(new Predicate.Sex("female"), setting("newly diagnosed"), dx("OVARIAN")),
        in("women with newly diagnosed with ovarian, primary peritoneal, or fallopian tube cancer"));
    assertEquals(all(setting("recurrent"), dx("OVARIAN")), in("Patients with recurrent ovarian cancer"));
    Criterion any = inclusion("Newly diagnosed or recurrent glioblastoma");
    assertEquals(new Predicate.Diagnosis(Set.of("GLIOBLASTOMA"), Set.of("glioblastoma")), any.predicate());
    assertEquals("partly represented: 'Newly diagnosed or recurrent' leaves no setting out", any.reason());
    assertEquals(new Predicate.Qualified(dx("OVARIAN"), "a suspected diagnosis", true),
        in("Patients with (suspicion of) primary or recurrent EOC"), "primary or recurrent is no setting");
    assertEquals(new AllOf(List.of(NO_TREATMENT, new Predicate.Diagnosis(Set.of("HEAD_AND_NECK"), Set.of("squamous cell carcinoma")))),
        in("Newly diagnosed or previously untreated squamous cell carcinoma of the oral cavity"), "untreated of any kind");
    assertEquals(all(setting("newly diagnosed"), new Predicate.Diagnosis(Set.of("GLIOBLASTOMA"), Set.of("glioblastoma"))),
        in("Patients with newly diagnosed, histologically confirmed glioblastoma"));
    // said of something other than the cancer: no setting, and the qualifier leaves the criterion not computable
    assertTrue(exclusion("Newly diagnosed hypertension").reason().startsWith("not yet computable: qualifier not represented ('newly diagnosed')"));
    assertFalse(inclusion("Breast cancer patients with recurrent urinary tract infections").reason().contains("STAGE"),
        "recurrent is said of the infections, not the cancer");
  }

  @Test
  void aLesionDescribedByItsSizeOrTheImagingItIsSeenOnOrOutsideEarlierRadiotherapy() {
    assertEquals(new Predicate.Lesion("index lesion", null, ">", 0.5, "cm3", null, false), in("Index lesion(s) greater than 0.5 cm3"));
    assertEquals(new Predicate.Lesion("index lesion", null, null, null, null, "MRI", false), in("Visible index lesion(s) on MRI"));
    assertEquals(new Predicate.Lesion("lesion", null, "≥", 15.0, "mm", "CT", false), in("At least one lesion ≥ 15 mm on CT"));
    assertEquals(new Predicate.Lesion("measurable lesion", "RECIST 1.1", null, null, null, null, true),
        in("According to RECIST1.1 criteria, there is at least 1 measurable lesion that has not been previously irradiated."));
    assertEquals(new Predicate.MeasurableDisease(null, false), in("At least one measurable lesion"), "no size, imaging or irradiation: as before");
    assertFalse(inclusion("Visible lesion").computable(), "neither size nor imaging");
    assertFalse(inclusion("At least one extracranial target lesion that is measurable by RECIST 1.1 and has not been irradiated.").computable());
  }

  @Test
  void whereTheTumourLiesWhenThatIsAllTheCriterionSays() {
    assertEquals(new Predicate.TumourSite(Set.of("cerebellum", "brain stem", "midline"), false),
        ex("Tumors of the cerebellum, brain stem or midline"));
    assertEquals(new Predicate.TumourSite(Set.of("cerebellum"), false), ex("Tumors involving the cerebellum"));
    assertEquals(new Predicate.TumourSite(Set.of("prostate gland"), true), in("Tumour confined to the prostate gland"));
    assertFalse(exclusion("Tumors in other parts").computable());
    assertFalse(exclusion("Tumor enhancement involving both hemispheres").computable());
  }

  @Test
  void aCriterionThatOnlyRestatesTheOthersIsAdministrative() {
    Predicate restates = new Predicate.Administrative("restates the other criteria");
    assertEquals(restates, ex("does not meet the above criteria"));
    assertEquals(restates, ex("Patients do not meet the age;"));
    assertEquals(restates, ex("Patients not meeting the inclusion criteria"));
  }

  @Test
  void anAnticancerTherapyGivenNowIsCurrentTherapyNotAPriorOne() {
    assertEquals(new Predicate.CurrentTherapy(Set.of(), Set.of("chemotherapy")), in("receiving chemotherapy"));
    assertEquals(new Predicate.CurrentTherapy(Set.of(), Set.of("chemotherapy")), ex("Concurrent chemotherapy"));
    assertEquals(new Predicate.CurrentTherapy(Set.of("trastuzumab"), Set.of()), ex("Patients currently receiving trastuzumab"));
    assertEquals(new Predicate.PriorTherapy(Set.of("osimertinib"), Set.of(), null, null), in("Progression on osimertinib"));
    assertFalse(exclusion("Concurrent use of corticosteroids").computable(), "a concomitant medication, not an anticancer therapy");
  }

  @Test
  void withOrWithoutSomethingEndingItsClauseChangesNothing() {
    Predicate chemo = new Predicate.CurrentTherapy(Set.of(), Set.of("chemotherapy"));
    assertEquals(all(new Predicate.Diagnosis(Set.of("GLIOBLASTOMA"), Set.of("glioblastoma")), chemo),
        in("Glioblastoma, receiving chemotherapy with or without TTfields."));
    assertFalse(inclusion("Glioblastoma, receiving chemotherapy with TTfields.").computable(), "with alone: TTfields required, not read");
    // An alternative after the optional part would be read as required: left alone.
    assertFalse(inclusion("Prior surgery with or without radiation or TTfields").computable());
  }

  @Test
  void epithelialBeforeACarcinomaRestatesIt() {
    assertEquals(dx("OVARIAN"), in("Histologically or pathologically confirmed diagnosis of epithelial carcinoma of the ovary."));
    assertEquals(in("ovarian carcinoma"), in("epithelial ovarian carcinoma"));
    assertFalse(inclusion("breast cancer with epithelial hyperplasia").computable(), "not before a carcinoma: left");
  }

  @Test
  void testsIsTheWrappingWordTestInThePlural() {
    assertEquals(new Predicate.Lab("hemoglobin", "≥", 9, "g/dL", null), in("Blood tests: hemoglobin ≥ 9 g/dL"));
  }

  @Test
  void aCriterionSayingBothSexesQualifyIsAdministrative() {
    Predicate any = new Predicate.Administrative("any sex");
    for (String text : List.of("Male and female", "Males and females.", "men or women", "Female and male patients", "Both sexes")) {
      assertEquals(any, in(text), text);
    }
    assertEquals(all(age(18, null), dx("BLADDER")), in("Male or female patients aged 18 or over with bladder cancer"),
        "beside other parts both sexes restrict nothing, as before");
  }

  @Test
  void gradeFourBesideGlioblastomaRestatesIt() {
    Predicate gbm = new Predicate.Diagnosis(Set.of("GLIOBLASTOMA"), Set.of("glioblastoma"));
    assertEquals(all(gbm, new Predicate.CurrentTherapy(Set.of(), Set.of("chemotherapy"))),
        in("Grade IV Glioblastoma, receiving chemotherapy with or without TTfields."));
    assertEquals(gbm, in("Glioblastoma (WHO grade 4)"));
    assertEquals(new Predicate.Qualified(dx("GLIOMA"), "tumour Grade III", false), in("Grade III glioma"),
        "a grade beside another glioma narrows it (since round 20 read as a qualifier, ReadingsRound20Test)");
  }

  @Test
  void aBiopsyOrTheResectedTumourSaysHowTheDiagnosisWasMade() {
    assertEquals(dx("BREAST"),
        in("Histologically proven breast cancer confirmed by biopsy or pathological examination of the resected tumor."));
    assertFalse(inclusion("Breast cancer with the resected tumor available").computable());
  }

  @Test
  void invasiveOrInSituTogetherLeaveNoOneOut() {
    assertEquals(dx("BREAST"), in("Histologically confirmed invasive or in-situ carcinoma of the breast"));
    assertEquals(dx("BREAST"), in("in situ or invasive breast cancer"));
    assertFalse(inclusion("invasive bladder cancer").computable(), "invasive alone narrows");
  }

  @Test
  void aClassWrittenOutBeforeItsAbbreviationInBracketsIsTheClassOfTheAbbreviation() {
    assertEquals(classes("PARP inhibitor"), ex("Prior treatment with a poly (ADP-ribose) polymerase (PARP) inhibitor"));
    assertEquals(classes("mTOR inhibitor"), ex("Prior therapy with a mammalian target of rapamycin (mTOR) inhibitor"));
    assertEquals(classes("EGFR TKI"), ex("Previous epidermal growth factor receptor (EGFR) tyrosine kinase inhibitor"));
    // Words before the bracket that do not spell the abbreviation are not its written-out form: left over.
    assertFalse(exclusion("Prior treatment with a novel (PARP) inhibitor").computable());
  }

  @Test
  void immunosuppressiveTreatmentGivenNowIsCurrentTherapyWithImmunosuppressantsOrCorticosteroids() {
    Predicate now = new Predicate.CurrentTherapy(Set.of(), Set.of("corticosteroid", "immunosuppressant"));
    assertEquals(now, ex("Receiving immune suppressive treatment."));
    assertEquals(now, ex("Current immunosuppressive therapy"));
    assertEquals(now, ex("Patients currently on immunosuppressants"));
    // Without a sign that it is given now nothing is read, as before.
    assertFalse(exclusion("Immunosuppressive treatment").computable());
    assertFalse(exclusion("Concurrent use of corticosteroids").computable());
  }

  @Test
  void aConditionJudgedToStandInTheWayOfTakingPartIsDecidedAtTheVisit() {
    String judged = "judged to interfere with the study or taking part in it";
    assertEquals(new Predicate.Administrative(judged + " (psychiatric illness)"),
        ex("Psychiatric illness that would preclude study participation"));
    assertEquals(new Predicate.Administrative(judged + " (psychiatric illness)"),
        ex("Psychiatric illness that would limit compliance with study requirements"));
    assertEquals(new Predicate.Administrative(judged + " (dementia)"),
        ex("Inability to comply with study procedures due to dementia"));
    assertEquals(new Predicate.Administrative(judged + " (psychiatric illness)"),
        ex("Inability to give informed consent because of a psychiatric disorder"));
    assertEquals(new Predicate.Administrative(judged), ex("Any disorder that could affect the completion of the study"));
    // Without the judgement the condition is the criterion, as before.
    assertEquals(new Predicate.Condition("psychiatric illness"), ex("Psychiatric illness"));
    // (a second cancer weighed so is the investigator's to judge too)
    assertEquals(new Predicate.Administrative(judged),
        ex("Second malignancy that in the investigator's opinion would interfere with the study"));
    // The judgement weighs the condition before it, not a list of conditions ahead of that one.
    assertFalse(exclusion("Uncontrolled illness including active infection, heart failure, or psychiatric illness that would "
        + "limit compliance with study requirements").computable());
    // What affects a study drug is no judgement of taking part.
    assertFalse(exclusion("Disease that may affect the study drug absorption").computable());
  }

  @Test
  void fitnessForATreatmentOrProcedureIsDecidedAtTheVisit() {
    String plan = "planned or feasible procedure or treatment: ";
    assertEquals(new Predicate.Administrative(plan + "unable to receive chemotherapy"), ex("Unable to receive chemotherapy"));
    assertEquals(new Predicate.Administrative(plan + "contraindication to exercise testing"), ex("Contraindication to exercise testing"));
    assertEquals(new Predicate.Administrative(plan + "high surgical risk"), ex("High surgical risk"));
    assertEquals(new Predicate.Administrative(plan + "radiotherapy with cisplatin feasible (no contra-indications)"),
        in("Radiotherapy with cisplatin feasible (no contra-indications)"));
    assertEquals(new Predicate.Administrative(plan + "preclude a laparoscopic approach"), ex("Adhesions that preclude a laparoscopic approach"));
    // Pacemakers and claustrophobia beside a contraindication to MRI are examples of it.
    assertEquals(new Predicate.Administrative(plan + "contraindications to mri"),
        ex("Pacemakers, claustrophobia or other contraindications to MRI"));
    assertFalse(exclusion("Pacemakers or claustrophobia").computable());
  }

  @Test
  void dataOrSamplesTheStudyNeedsOnFileAreScreeningItems() {
    assertEquals(new Predicate.Administrative("study data or follow-up on file"), in("Have valid KRAS and BRAF results"));
    assertEquals(new Predicate.Administrative("study data or follow-up on file, tissue sample availability"),
        in("Have tumour specimens and valid MSI data"));
    assertEquals(new Predicate.Administrative("compliance"), in("Willing and physically able to participate in the exercise sessions"));
    assertEquals(new Predicate.Administrative("symptom or assessment score at screening"),
        in("Patients must report pain for at least 4 weeks before screening"));
  }

  @Test
  void aTreatmentOfTheCancerOfNoStatedKindIsAnyTreatmentLeftOpenWhenOneIsFound() {
    Predicate any = new Predicate.Qualified(new AnyOf(List.of(
        new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy", "targeted therapy", "endocrine therapy", "immune checkpoint inhibitor",
            "antibody-drug conjugate", "bispecific antibody", "cellular therapy", "radiopharmaceutical", "cytokine", "oncolytic virus",
            "hypomethylating agent", "immunomodulatory drug", "anti-CD20 antibody", "anti-CD38 antibody", "HER2-directed",
            "somatostatin analogue"), null, null),
        new Predicate.PriorProcedure("surgery", null, null),
        new Predicate.PriorProcedure("radiation", null, null))), "that it treated this cancer", false);
    assertEquals(new AllOf(List.of(any, dx("PROSTATE"))), ex("Previous treatment of prostate cancer"));
    assertEquals(new AllOf(List.of(dx("PROSTATE"), any)), ex("Prior prostate cancer therapy"));
    assertEquals(new AllOf(List.of(new Not(any), dx("PROSTATE"))), in("No other treatment of prostate cancer"));
    // A kind named before the treatment is read as that kind, or left open.
    assertEquals(new AllOf(List.of(new Predicate.PriorTherapy(Set.of(), Set.of(), 1, null), dx("PROSTATE"))),
        ex("Prior systemic treatment for prostate cancer"));
    assertEquals("not yet computable: treatment of a cancer, kind not stated; understood only: DIAGNOSIS",
        exclusion("Curative treatment of breast cancer").reason());
  }

  @Test
  void aNeoadjuvantOrAdjuvantSettingAloneNarrowsItsTherapy() {
    Predicate chemo = new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy"), null, null);
    String neo = "given in the neoadjuvant setting";
    assertEquals(new AnyOf(List.of(new Predicate.Qualified(chemo, neo, false),
            new Predicate.Qualified(new Predicate.PriorProcedure("radiation", null, null), neo, false))),
        ex("History of neoadjuvant chemotherapy or radiotherapy"));
    assertEquals(new Not(new Predicate.Qualified(chemo, "given in the adjuvant setting", false)), in("No prior adjuvant chemotherapy"));
    // Beside an advanced setting it widens instead, and is noted as before.
    assertEquals(chemo, ex("Prior chemotherapy for metastatic disease or as adjuvant therapy"));
  }

  @Test
  void aStageComparedWithABoundIsItsMinimumOrNotTheStageAboveIt() {
    assertEquals(new AllOf(List.of(dx("NSCLC"), new Predicate.Stage("III"))), ex("NSCLC stage > II"));
    assertEquals(new AllOf(List.of(new Predicate.Stage("IIIB"), dx("NSCLC"))), in("Stage >= IIIB NSCLC"));
    assertEquals(new AllOf(List.of(new Predicate.Stage("IIIB"), dx("NSCLC"))), in("Stage greater than IIIA NSCLC"));
    assertEquals(new AllOf(List.of(new Not(new Predicate.Stage("III")), dx("BREAST"))), in("Stage less than III breast cancer"));
    assertEquals(new AllOf(List.of(new Not(new Predicate.Stage("III")), dx("BREAST"))), in("Stage \u2264 II breast cancer"));
    assertFalse(inclusion("Stage > IV breast cancer").computable(), "nothing lies above stage IV");
  }

  @Test
  void untreatedBeforeACancerIsNoTreatmentOfAnyKind() {
    assertEquals(new AllOf(List.of(NO_TREATMENT, dx("COLORECTAL"))), in("Untreated colorectal cancer"));
    assertEquals(new AllOf(List.of(NO_TREATMENT, dx("PROSTATE"))), in("Newly diagnosed or previously untreated prostate cancer"));
    // "previously untreated" alone stays the count of lines it was before.
    assertEquals(new AllOf(List.of(new Predicate.PriorTherapy(Set.of(), Set.of(), null, 0), dx("PROSTATE"))),
        in("Previously untreated prostate cancer"));
  }

  @Test
  void aSiteOrGradeTheLexiconDoesNotHoldNarrowsTheDiagnosis() {
    Predicate crc = new Predicate.Diagnosis(Set.of("COLORECTAL"), Set.of("adenocarcinoma"));
    assertEquals(new Predicate.Qualified(crc, "of the colon, not the rectum", false), in("Colon adenocarcinoma"));
    assertEquals(new Predicate.Qualified(dx("COLORECTAL"), "of the rectum, not the colon", false), in("Rectal cancer"));
    assertEquals(dx("COLORECTAL"), in("Colon or rectal cancer"), "both sites are the lexicon's cancer");
    assertEquals(new Predicate.Qualified(dx("GLIOMA"), "low-grade", false), ex("History of low-grade glioma"));
  }

  @Test
  void theReasonGivenForAnExclusionIsNoFurtherCriterion() {
    assertEquals(new Predicate.Condition("pregnancy"), ex("Pregnant women are excluded from this study because the study drug may harm "
        + "the fetus. Because of a potential risk to nursing infants, breastfeeding should be discontinued during treatment."));
    assertEquals(brain("ACTIVE", "TREATED_STABLE"), ex("Patients with known brain metastases should be excluded from this clinical trial "
        + "because of their poor prognosis and progressive neurologic dysfunction"));
  }

  @Test
  void theNyhaClassBesideHeartFailureNarrowsIt() {
    Predicate hf = condition("heart failure");
    assertEquals(new Predicate.Qualified(hf, "NYHA class III or IV", false), ex("Heart failure NYHA class III or IV"));
    assertEquals(new Predicate.Qualified(hf, "New York Heart Association class III or IV", false),
        ex("Congestive heart failure (New York Heart Association class III or IV)"));
    assertEquals(new Predicate.Qualified(hf, "NYHA class >= 3", false), ex("NYHA class >= 3"), "a class alone is heart failure's");
    // In an inclusion a class alone may describe a heart without failure.
    assertEquals("not yet computable: cardiac measurement", inclusion("NYHA class I-II").reason());
  }
  @Test
  void ntrkNamedAsAFamilyIsEachOfItsThreeGenes() {
    assertEquals(new AnyOf(List.of(variant("ALK", "fusion"), variant("NTRK1", "fusion"), variant("NTRK2", "fusion"), variant("NTRK3", "fusion"))),
        ex("An ALK or NTRK fusion."));
    assertEquals(new AnyOf(List.of(variant("NTRK1", "fusion"), variant("NTRK2", "fusion"), variant("NTRK3", "fusion"))),
        in("Documented NTRK1-3 gene fusion."));
  }

  @Test
  void standardTherapyFailedIsALineReceivedNarrowedByItsBeingTheStandardOneAndItsAlternativesWidenIt() {
    // a line received meets it only if it was the cancer's standard therapy and it failed: never MET from the records,
    // NOT_MET with no line received and no alternative written; with the alternatives beside it, UNKNOWN either way
    Predicate received = new Predicate.Qualified(new Predicate.PriorTherapy(null, null, 1, null),
        "the therapy received being the standard therapy of the cancer, and its failure", false);
    assertEquals(new Predicate.Qualified(received, "or standard therapy not tolerated or not appropriate", true),
        in("Standard therapy has failed, is not tolerated, or is judged by the investigator not to be appropriate."));
    assertEquals(received, in("Standard treatments have failed."));
  }

  @Test
  void aBrainOrCentralNervousSystemTumourIsTheCnsCancerAboveGlioma() {
    assertEquals(dx("CNS"), ex("Any prior central nervous system malignancy"));
    assertEquals(dx("CNS"), ex("a history of brain cancer."));
    assertEquals(dx("GLIOMA"), in("Glioma"), "glioma keeps its own code below CNS");
  }

  @Test
  void conditionsSharingTheirHeadAfterACommaAndOrAreEachATerm() {
    assertEquals(new AnyOf(List.of(condition("retrocochlear disorder"), condition("central auditory disorder"))),
        ex("Patient presents with retrocochlear, or central auditory disorder."));
    assertEquals(new AnyOf(List.of(condition("cognitive impairment"), condition("psychiatric illness"))),
        ex("Known history of cognitive or psychologic impairment."));
  }

  @Test
  void aConditionsOwnInitialsInBracketsAreItsAbbreviationAndEitherSideIsAnySide() {
    // "(CHL)" had been read as classical Hodgkin lymphoma
    assertEquals(condition("conductive hearing loss"), in("Unilateral and/or bilateral conductive hearing loss (CHL)"));
    assertEquals(condition("COPD"), ex("chronic obstructive pulmonary disease (COPD)"));
  }

  @Test
  void aSecondCancerWithUnlistedExceptionsOrOfAnotherLineageIsNarrowed() {
    assertEquals(new Predicate.Qualified(new Predicate.OtherMalignancy(2, false, Set.of(), false), "non-myeloid, exceptions not listed", false),
        ex("Have other non-myeloid malignancy within 2 years of entry (with exceptions)."));
    assertEquals(new Predicate.Qualified(new Predicate.OtherMalignancy(5, false, Set.of(), false), "exceptions not listed", false),
        ex("Other malignancy within 5 years (with exceptions)"));
    assertEquals(new Predicate.Qualified(new Predicate.OtherMalignancy(3, false, Set.of(), false), "non-hematologic", false),
        ex("Other non-hematologic malignancy within 3 years"));
    assertEquals("not yet computable: other malignancy", exclusion("Other malignancy within 3 years, with the exceptions listed below").reason());
  }

  @Test
  void aSurgeryDefinedAfterIeKeepsItsWindow() {
    Criterion c = exclusion("Any surgery, i.e., invasive procedure performed in the operating room with any level of anesthesia, within prior month.");
    assertEquals(new Predicate.Within(procedure("surgery", null, null), 1, "months"), c.predicate());
    assertEquals("partly represented: surgery defined as invasive procedure performed in the operating room with any level of anesthesia",
        c.reason());
  }

  @Test
  void aProcedureSaidToBeCarriedOutWithinAWindowWasReceivedThen() {
    assertEquals(new Predicate.Within(procedure("radiation", null, "local"), 1, "weeks"), ex("Local radiation therapy is carried out within 1 week"));
    assertEquals(new Predicate.Within(procedure("surgery", null, "major"), 4, "weeks"), ex("Major surgery was performed within 4 weeks"));
    assertEquals("not yet computable: surgery, radiotherapy or procedure", inclusion("Surgery is planned within 4 weeks").reason());
  }

  @Test
  void whatHappensDuringTheStudyAfterAWindowIsNotScreened() {
    Criterion c = exclusion("Surgery within 2 weeks of entry into the study or during the study period");
    assertEquals(new Predicate.Within(procedure("surgery", null, null), 2, "weeks"), c.predicate());
    assertEquals("partly represented: events during the study are not screened", c.reason());
  }

  @Test
  void aDrugOrClassANumberedLineIncludedIsReceivedInThatLine() {
    String line = "given in the first-line treatment";
    assertEquals(new AnyOf(List.of(new Predicate.Qualified(classes("VEGF inhibitor"), line, false),
            new Predicate.Qualified(classes("mTOR inhibitor"), line, false))),
        in("Whose first-line treatment included at least one anti-angiogenic agent (tyrosine kinase inhibitor or monoclonal antibodies) "
            + "and / or an mTOR inhibitor;"));
    assertEquals(new Predicate.Qualified(new Predicate.PriorTherapy(Set.of("bevacizumab"), Set.of(), null, null), line, false),
        in("first-line treatment included bevacizumab"));
  }

  @Test
  void aTreatmentAConditionNeededIsNotDroppedFromIt() {
    assertEquals("not yet computable: treatment a condition needed; understood only: CONDITION",
        exclusion("radiation pneumonitis requiring hormonal therapy").reason());
  }

  @Test
  void aRiskGroupBeforeACancerNarrowsItAndWithoutOneIsAGap() {
    assertEquals(new Predicate.Qualified(dx("PROSTATE"), "intermediate- or high-risk", false),
        in("Pathologically confirmed intermediate- or high-risk prostate cancer"));
    assertEquals(new Predicate.Qualified(dx("MDS"), "high-risk", false), in("High-risk myelodysplastic syndrome"));
    assertEquals("not yet computable: risk group (high risk)", inclusion("High risk neuroblastoma").reason());
  }

  @Test
  void aStageReachedAtDiagnosisIsNarrowedByWhen() {
    assertEquals(new Predicate.Qualified(stage("IV"), "reached on initial presentation", false), ex("metastasis on initial presentation"));
    assertEquals(new Predicate.Qualified(stage("IV"), "reached at the time of diagnosis", false), in("metastatic disease at the time of diagnosis"));
    assertEquals(age(18, null), in("Age 18 or older at diagnosis"), "an age at diagnosis is read as before");
  }

  @Test
  void aCancerThatSaysWhomAnAlternativeIsForIsNotDemanded() {
    assertNull(inclusion("At least one measurable lesion by RECIST 1.1, or by RANO for primary central nervous system tumours.").required());
    assertEquals(dx("MYELOMA"), inclusion("At least 1 previous line of therapy for multiple myeloma, with a partial response or better to at "
        + "least one earlier regimen.").required(), "the cancer a therapy was for is still demanded");
  }

  @Test
  void newConditionTermsOfRound16() {
    assertEquals(condition("organ transplant"), ex("Any history of organ tissue transplantation"));
    assertEquals(new AnyOf(List.of(condition("vascular disease"), condition("coronary artery disease"))),
        ex("Patients with vascular disorders or ischemic heart disease. -"));
  }

  @Test
  void aFirstPrimaryCancerMeansNoOtherCancerBeforeIt() {
    assertEquals(new Not(new Predicate.OtherMalignancy(null, false, Set.of(), false)), in("first primary cancer diagnosis"));
  }

  @Test
  void aSiteAfterTheCancerReadIsThatCancersSite() {
    assertEquals(new AllOf(List.of(dx("SARCOMA"), new Predicate.TumourSite(Set.of("thigh"), false))),
        in("Patients with a soft tissue sarcoma of the thigh"));
    assertEquals(dx("LEUKEMIA"), in("Leukemia in the past"), "only 'of the' or 'arising in the' names a site");
  }

  @Test
  void aFullTnmInBracketsAfterAStageGroupDefinesIt() {
    Criterion c = inclusion("TNM stage I-II (T1-4N0M0) colorectal cancer cases");
    assertEquals(new AllOf(List.of(stage("I"), new Not(stage("III")), dx("COLORECTAL"))), c.predicate());
    assertEquals("partly represented: the TNM categories in brackets read as the stage group's definition", c.reason());
    assertEquals("not yet computable: text not understood ('t1-2'); understood only: AllOf[parts=[Stage[minStage=IIIA], "
        + "Not[part=Stage[minStage=IIIB]], Diagnosis[cancers=[NSCLC], histologies=[]]]]", inclusion("stage IIIA (T1-2 N2) NSCLC").reason(),
        "without an M category the brackets may narrow the group");
  }

  @Test
  void invasionGlossedByAStageInBracketsIsTheStages() {
    assertEquals(new AllOf(List.of(new Not(stage("IIIB")), new Predicate.Diagnosis(Set.of("BREAST"), Set.of("adenocarcinoma")))),
        in("Diagnosis of non-invasive (stage 0) or invasive (stage 1, 2 and 3A) breast adenocarcinoma"));
  }

  @Test
  void aHyphenatedWordListedBeforeSharedWordsNamesItsCancer() {
    // "non-small" had been cut to "small": the NSCLC alternative was lost
    assertEquals(new AnyOf(List.of(dx("NSCLC"), new Predicate.Diagnosis(Set.of("SCLC"), Set.of("small cell carcinoma")))),
        in("non-small cell or small cell lung cancer"));
    assertEquals(new Predicate.Diagnosis(Set.of("OVARIAN"), Set.of("endometrioid carcinoma")), in("endometrioid ovarian cancer"));
  }

  @Test
  void cancersTheBracketSaysTheCancerIncludesAreNoAlternativesOfAnyHistology() {
    assertEquals(new Predicate.Diagnosis(Set.of("OVARIAN"), Set.of("serous carcinoma")),
        in("serous ovarian cancer (including primary peritoneal cancer)"));
    assertEquals(dx("OVARIAN"), in("ovarian cancer (including primary peritoneal and fallopian tube cancer)"));
  }
  @Test
  void aClinicallySignificantConditionIsThatConditionNarrowedByTheInvestigatorsJudgement() {
    assertEquals(new Predicate.Qualified(new Predicate.Condition("corneal disease"), "clinically significant, as the investigator judges", false),
        ex("Clinically significant corneal disease."));
  }
}
