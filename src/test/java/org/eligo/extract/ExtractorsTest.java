package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.eligo.core.Note;
import org.eligo.lexicon.Lexicons;
import org.eligo.text.Document;
import org.eligo.text.Segmenter;
import org.junit.jupiter.api.Test;

class ExtractorsTest {
  private static final Lexicons LEX = Lexicons.load();
  private static final Segmenter SEGMENTER = new Segmenter(LEX.sections());
  private static final Extractors EXTRACTORS = new Extractors(LEX);

  static List<Mention> mentions(String text) {
    Document doc = SEGMENTER.segment(new Note("P1", "N1", LocalDate.of(2025, 1, 1), "molecular", text));
    return EXTRACTORS.extract(doc);
  }

  static List<Finding> findings(String text, FactType type) {
    return mentions(text).stream().map(Mention::finding).filter(f -> f.type() == type).toList();
  }

  static List<String> variants(String text) {
    return findings(text, FactType.VARIANT).stream().map(f -> {
      Finding.Variant v = (Finding.Variant) f;
      return v.gene() + " " + v.variant() + (v.partner() == null ? "" : " <" + v.partner());
    }).toList();
  }

  private static List<String> details(String text) {
    return findings(text, FactType.VARIANT).stream().map(f -> {
      Finding.Variant v = (Finding.Variant) f;
      return v.gene() + " " + v.variant() + " vaf=" + v.vaf() + " " + v.significance() + " " + v.origin();
    }).toList();
  }

  @Test
  void recordsVafSignificanceAndOriginBesideTheVariantTheyDescribe() {
    assertEquals(List.of("KRAS G12C vaf=31.0 null null"), details("KRAS c.34G>T (p.Gly12Cys), VAF 31%."));
    assertEquals(List.of("KRAS G12C vaf=23.0 pathogenic somatic", "ATM R337C vaf=48.0 VUS germline"),
        details("KRAS G12C (VAF 0.23, pathogenic, somatic); ATM R337C, variant of uncertain significance, germline, allele fraction 48%."));
    assertEquals(List.of("ATM R337C vaf=null VUS null"), details("VUS: ATM p.R337C"));
    assertEquals(List.of("TP53 R273H vaf=41.0 likely pathogenic null"), details("TP53 | p.R273H | likely pathogenic | VAF 41%"));
    assertEquals(List.of("BRCA2 null vaf=null null germline"), details("Germline BRCA2 mutation testing: negative."));
  }

  @Test
  void handsOnTheTokensOfSentencesWithAMentionReadAsWritten() {
    String text = "EGFR negative. Seen today.\nTMB .... 12 mut/Mb";
    Document doc = SEGMENTER.segment(new Note("P1", "N1", LocalDate.of(2025, 1, 1), "molecular", text));
    java.util.Map<org.eligo.core.CharSpan, org.eligo.lexicon.PhraseMatcher.Tokens> tokens = new java.util.HashMap<>();
    List<Mention> withTokens = EXTRACTORS.extract(doc, tokens);
    assertEquals(EXTRACTORS.extract(doc), withTokens);
    // "Seen today." has no mention; the TMB line's dot leader is blanked for the extractors, so its tokens are not of its raw text.
    assertEquals(java.util.Set.of(new org.eligo.core.CharSpan(0, 14)), tokens.keySet());
    assertEquals("EGFR negative.", tokens.get(new org.eligo.core.CharSpan(0, 14)).text());
  }

  @Test
  void readsDbSnpIdentifiersAfterAGene() {
    assertEquals(List.of("KRAS rs121913529"), variants("KRAS rs121913529 detected."));
  }

  @Test
  void readsProteinChangesInEveryCommonNotation() {
    assertEquals(List.of("KRAS G12C"), variants("KRAS G12C mutation detected."));
    assertEquals(List.of("KRAS G12C"), variants("KRAS p.G12C identified."));
    assertEquals(List.of("KRAS G12C"), variants("KRAS p.Gly12Cys."));
    assertEquals(List.of("KRAS G12C"), variants("KRAS c.34G>T (p.Gly12Cys), VAF 31%."));
    assertEquals(List.of("BRAF V600K"), variants("BRAF p.Val600Lys detected."));
    assertEquals(List.of("EGFR L858R", "EGFR T790M"), variants("EGFR L858R and T790M mutations."));
  }

  @Test
  void readsExonEventsAndNamesEgfrExon19DeletionsByExon() {
    assertEquals(List.of("EGFR exon 19 deletion"), variants("EGFR exon 19 deletion."));
    assertEquals(List.of("EGFR exon 19 deletion"), variants("EGFR p.E746_A750del detected."));
    assertEquals(List.of("MET exon 14 skipping"), variants("MET exon 14 skipping mutation."));
    assertEquals(List.of("EGFR exon 20 insertion"), variants("EGFR exon 20 insertion."));
  }

  @Test
  void readsFusionsWithPartnersRearrangementsAndCopyNumber() {
    assertEquals(List.of("ALK fusion <EML4"), variants("EML4-ALK fusion detected by NGS."));
    assertEquals(List.of("ROS1 fusion <CD74"), variants("CD74-ROS1 fusion."));
    assertEquals(List.of("ALK fusion"), variants("ALK rearranged by FISH."));
    assertEquals(List.of("ALK fusion"), variants("ALK-positive NSCLC."));
    assertEquals(List.of("ERBB2 amplification"), variants("HER2 amplification by NGS."));
    assertEquals(List.of("CDKN2A loss"), variants("CDKN2A loss."));
  }

  @Test
  void namesEachGeneOfANegativePanelAtGeneLevel() {
    assertEquals(List.of("EGFR null", "ALK null", "ROS1 null"), variants("EGFR/ALK/ROS1 negative."));
  }

  @Test
  void anEventWrittenOnceAfterAGeneListBelongsToEveryGene() {
    assertEquals(List.of("ALK fusion", "ROS1 fusion", "RET fusion"), variants("ALK / ROS1 / RET fusions: not detected"));
  }

  @Test
  void readsChangesAfterAnExonNumberOrALabelInTabularReports() {
    assertEquals(List.of("EGFR L858R"), variants("EGFR       exon 21 L858R (c.2573T>G)          DETECTED"));
    assertEquals(List.of("KRAS G12C"), variants("KRAS mutation: G12C detected."));
  }

  @Test
  void readsFurtherChangesOfTheSameGene() {
    assertEquals(List.of("EGFR exon 19 deletion", "EGFR L858R"), variants("No EGFR exon 19 deletion or L858R detected."));
  }

  @Test
  void immunohistochemistryMarkersAreNotVariantsUnlessAChangeIsWritten() {
    assertEquals(List.of(), variants("TTF-1 positive, p40 negative."));
    assertEquals(List.of("ESR1 Y537S"), variants("ESR1 Y537S mutation detected."));
  }

  @Test
  void aDrugClassNamedAfterAVariantIsNotAVariant() {
    assertEquals(List.of(), variants("Never received a KRAS G12C inhibitor."));
  }

  @Test
  void ignoresGeneNamesOutsideResultStatements() {
    assertEquals(List.of(), variants("Panel covers EGFR and ALK."));
  }

  @Test
  void readsPdl1ScoresWithAssayAndCategoricalForms() {
    assertEquals(List.of(new Finding.Biomarker("PD-L1 TPS", 80.0, null, "%", "22C3")),
        findings("PD-L1 TPS 80% (22C3).", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("PD-L1 TPS", 60.0, null, "%", null)),
        findings("PD-L1 tumor proportion score 60%.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("PD-L1 TPS", null, "<1%", "%", null)),
        findings("PD-L1 <1%.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("PD-L1 CPS", 12.0, null, null, null)),
        findings("PD-L1 CPS 12.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("PD-L1 TPS", 15.0, null, "%", "22C3")),
        findings("PD-L1 (22C3): TPS 15%", FactType.BIOMARKER));
  }

  @Test
  void readsHer2ByIhcAndIsh() {
    assertEquals(List.of(new Finding.Biomarker("HER2", null, "3+", null, "IHC")),
        findings("HER2 3+ by IHC.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("HER2", null, "2+", null, "IHC"), new Finding.Biomarker("HER2", null, "amplified", null, "ISH")),
        findings("HER2 IHC 2+, FISH amplified (ratio 2.6).", FactType.BIOMARKER));
  }

  @Test
  void readsHormoneReceptorsMsiAndMmr() {
    assertEquals(List.of(new Finding.Biomarker("ER", 0.0, "negative", "%", "IHC"), new Finding.Biomarker("PR", 0.0, "negative", "%", "IHC")),
        findings("ER 0%, PR 0%.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("ER", 95.0, "positive", "%", "IHC")),
        findings("ER positive (95%).", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("MSI", null, "MSI-H", null, null)), findings("Tumor is MSI-H.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("MSI", null, "MSS", null, null)), findings("Biomarkers: MSI stable.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("Ki-67", 30.0, null, "%", "IHC")), findings("Ki-67 index 30%.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("MMR", null, "dMMR", null, "IHC")),
        findings("Loss of MLH1 and PMS2 expression.", FactType.BIOMARKER));
  }

  @Test
  void readsEcogKpsAgeAndSex() {
    assertEquals(List.of(new Finding.PerformanceStatus("ECOG", 1)), findings("ECOG PS 1.", FactType.PERFORMANCE_STATUS));
    assertEquals(List.of(new Finding.PerformanceStatus("ECOG", 2)), findings("Performance status 2.", FactType.PERFORMANCE_STATUS));
    assertEquals(List.of(new Finding.PerformanceStatus("KPS", 80)), findings("KPS 80.", FactType.PERFORMANCE_STATUS));
    assertEquals(List.of(new Finding.Demographic(67, null), new Finding.Demographic(null, "female")),
        findings("67 yo F with NSCLC.", FactType.DEMOGRAPHIC));
    assertEquals(List.of(new Finding.Demographic(58, null), new Finding.Demographic(null, "male")),
        findings("58-year-old man.", FactType.DEMOGRAPHIC));
  }

  private static List<String> stages(String text) {
    return findings(text, FactType.DIAGNOSIS).stream().map(f -> ((Finding.Diagnosis) f).stage()).filter(x -> x != null).toList();
  }

  @Test
  void givesLungStageGroupsFromTnmAndStageFourFromM1ForAnyCancer() {
    assertEquals(List.of("IIIA"), stages("Lung adenocarcinoma, resected.\nPathology: pT2a pN2 M0."));
    assertEquals(List.of("IIIA"), stages("NSCLC, cT1cN2M0 on PET staging."));
    assertEquals(List.of("IVB"), stages("NSCLC. Staging cT4N3M1c."));
    assertEquals(List.of("IA1"), stages("Adenocarcinoma of the lung, pT1mi N0 M0."));
    assertEquals(List.of("IV"), stages("Breast cancer. cT2 N1 M1 (bone)."));
    // Breast T/N groups are not in the table, T2 N0 depends on the subdivision, Mx says nothing.
    assertEquals(List.of(), stages("Breast cancer, pT2 N1 M0."));
    assertEquals(List.of(), stages("NSCLC, pT2 N0 M0."));
    assertEquals(List.of(), stages("NSCLC, pT3 N1 Mx."));
    // The group the author wrote beside the TNM stands, even where the table would differ.
    assertEquals(List.of("IIIB"), stages("NSCLC. Stage IIIB (cT3N3M0)."));
  }

  @Test
  void readsCancerStageAndMetastaticStatus() {
    assertEquals(List.of(new Finding.Diagnosis("NSCLC", "adenocarcinoma", null), new Finding.Diagnosis(null, null, "IVA")),
        findings("Lung adenocarcinoma, stage IVA.", FactType.DIAGNOSIS));
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.TREATED_STABLE)),
        findings("S/p SRS to 2 brain mets, stable on MRI.", FactType.METASTASIS));
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.ACTIVE)),
        findings("New untreated brain metastases.", FactType.METASTASIS));
  }

  @Test
  void aNegativeBrainMriIsABrainMetastasisMentionAssertedAbsentByItsOwnWords() {
    List<Mention> m = mentions("MRI brain 07/2025 negative for metastases.").stream()
        .filter(x -> x.finding().type() == FactType.METASTASIS).toList();
    assertEquals(1, m.size());
    assertEquals(org.eligo.core.Assertion.ABSENT, m.get(0).intrinsic());
    assertEquals("MRI brain 07/2025 negative for metastases", m.get(0).evidence().text());
  }

  @Test
  void aTreatedLesionOnBrainMriIsATreatedStableMetastasis() {
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.TREATED_STABLE)),
        findings("MRI brain 06/17/2025: the treated right parietal lesion has decreased to 3 mm; no new lesions.", FactType.METASTASIS));
  }

  @Test
  void readsZeroScoresAssayClonesAndAPartialResponseArrowIsNoReceptor() {
    assertEquals(List.of(new Finding.Biomarker("HER2", null, "0", null, "IHC")), findings("HER2 (4B5): 0 (negative)", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("ER", 0.0, "negative", "%", "IHC"), new Finding.Biomarker("PR", 0.0, "negative", "%", "IHC"),
        new Finding.Biomarker("HER2", null, "2+", null, "IHC"), new Finding.Biomarker("HER2", null, "not amplified", null, "ISH")),
        findings("ER 0, PR 0, HER2 2+/FISH neg.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("ER", 95.0, "positive", "%", "IHC")), findings("ER (SP1): 95%", FactType.BIOMARKER));
    assertEquals(List.of(), findings("mFOLFIRINOX x8, PR -> olaparib maintenance.", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Biomarker("ER", 0.5, "negative", "%", "IHC")), findings("ER 0.5%", FactType.BIOMARKER));
  }

  @Test
  void aCdnaChangeTakesTheProteinChangeWrittenAfterItOrStaysAsItsHgvs() {
    assertEquals(List.of(new Finding.Variant("KRAS", "G12C", "c.34G>T p.(Gly12Cys)", null, 19.0, null, null)),
        findings("KRAS c.34G>T p.(Gly12Cys) ......... VAF 19%", FactType.VARIANT));
    assertEquals(List.of(new Finding.Variant("EGFR", "L858R", "c.2573T>G (p.Leu858Arg)", null)),
        findings("EGFR c.2573T>G p.Leu858Arg (exon 21)", FactType.VARIANT));
    assertEquals(List.of(new Finding.Variant("BRCA1", "E23Vfs*17", "c.68_69delAG (p.Glu23Valfs*17)", null, null, "pathogenic", null)),
        findings("BRCA1 c.68_69delAG (p.Glu23Valfs*17) - PATHOGENIC", FactType.VARIANT));
    assertEquals(List.of(new Finding.Variant("MSH2", null, "c.942+3A>T", null, null, "pathogenic", "germline")),
        findings("MSH2 c.942+3A>T, pathogenic, germline.", FactType.VARIANT));
    assertEquals(List.of(new Finding.Variant("ATM", null, "c.1234A>G", null, null, "VUS", null)),
        findings("ATM c.1234A>G, VUS.", FactType.VARIANT));
  }

  @Test
  void theGeneSymbolErbb2InAResultListIsAGenomicFindingButHer2AloneIsTheReceptor() {
    assertEquals(List.of("EGFR null", "ALK null", "ERBB2 null"), variants("No alterations detected in: EGFR, ALK, ERBB2."));
    assertEquals(List.of("KRAS null"), variants("KRAS, HER2: not detected."));
  }

  @Test
  void brainMetastasesWithoutStatusAreActiveInANoteThatWithholdsBrainTreatment() {
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.ACTIVE)),
        findings("Stage IVB with small asymptomatic brain metastases. Osimertinib is CNS-penetrant, so no upfront SRS.", FactType.METASTASIS));
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.UNKNOWN)),
        findings("Stage IVB with small asymptomatic brain metastases. Rad onc to see.", FactType.METASTASIS));
  }

  @Test
  void lesionsFoundOnABrainScanAreBrainMetastases() {
    List<Mention> m = mentions("MRI brain 2/20/26 - two NEW enhancing lesions (L frontal 7 mm), no edema.").stream()
        .filter(x -> x.finding().type() == FactType.METASTASIS).toList();
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.ACTIVE)), m.stream().map(Mention::finding).toList());
    assertEquals("MRI brain 2/20/26 - two NEW enhancing lesions", m.get(0).evidence().text());
    assertEquals(List.of(new Finding.Metastasis("brain", MetStatus.UNKNOWN)),
        findings("Brain MRI: 3 punctate enhancing foci.", FactType.METASTASIS));
    assertEquals(List.of(), findings("MRI brain: no enhancing lesions.", FactType.METASTASIS).stream()
        .filter(f -> ((Finding.Metastasis) f).status() != MetStatus.ABSENT).toList());
  }

  @Test
  void readsValuesAcrossTheDotLeadersOfAReportTable() {
    List<Mention> m = mentions("TMB ....................... 11.2 mut/Mb").stream()
        .filter(x -> x.finding().type() == FactType.BIOMARKER).toList();
    assertEquals(List.of(new Finding.Biomarker("TMB", 11.2, null, "mut/Mb", null)), m.stream().map(Mention::finding).toList());
    assertEquals("TMB ....................... 11.2 mut/Mb", m.get(0).evidence().text());
    assertEquals(List.of(new Finding.Biomarker("TMB", 41.0, null, "mut/Mb", null)),
        findings("TMB: 41 mutations/megabase (high)", FactType.BIOMARKER));
    assertEquals(List.of(new Finding.Variant("CDKN2A", "loss", null, null)),
        findings("CDKN2A ............................ homozygous deletion (loss)", FactType.VARIANT));
  }

  @Test
  void readsLabPanelsInCanonicalUnitsWithTheStatedUpperLimit() {
    assertEquals(List.of(new Finding.Lab("WBC", 6.2, "10^9/L", null), new Finding.Lab("hemoglobin", 11.8, "g/dL", null),
        new Finding.Lab("platelets", 210.0, "10^9/L", null), new Finding.Lab("ANC", 4.1, "10^9/L", null),
        new Finding.Lab("creatinine", 0.9, "mg/dL", null), new Finding.Lab("AST", 22.0, "U/L", null)),
        findings("Labs: WBC 6.2, Hgb 11.8, Plt 210, ANC 4.1, Cr 0.9, AST 22.", FactType.LAB));
    assertEquals(List.of(new Finding.Lab("ANC", 1.5, "10^9/L", null), new Finding.Lab("creatinine", 1.131, "mg/dL", null)),
        findings("ANC 1,500/uL; creatinine 100 umol/L.", FactType.LAB));
    assertEquals(List.of(new Finding.Lab("AST", 120.0, "U/L", null), new Finding.Lab("bilirubin", 1.4, "mg/dL", 1.1)),
        findings("AST 3x ULN, T bili 1.4 (ULN 1.1).", FactType.LAB));
    assertEquals(List.of(), findings("CR after 4 cycles.", FactType.LAB), "CR is a complete response, not creatinine");
  }

  @Test
  void evidenceSpansCoverTheExactCharactersOfTheNote() {
    String text = "HPI: 64 yo M.\nMolecular: KRAS G12C detected.";
    Mention m = mentions(text).stream().filter(x -> x.finding().type() == FactType.VARIANT).findFirst().orElseThrow();
    assertEquals("KRAS G12C", m.evidence().text());
    assertEquals(text.substring(m.span().start(), m.span().end()), m.evidence().text());
  }

  @Test
  void readsGeneralComorbiditiesOfTheConditionLexiconWithTheirGroup() {
    List<String> found = findings("PMH: hypertension, bipolar disorder and a bleeding diathesis.", FactType.CONDITION).stream()
        .map(f -> ((Finding.Condition) f).name() + "/" + ((Finding.Condition) f).group()).toList();
    assertEquals(List.of("hypertension/cardiovascular disease", "bipolar disorder/psychiatric illness",
        "bleeding disorder/bleeding disorder"), found);
  }

  @Test
  void frameshiftsKeepTheirNewResidueAndStopCodon() {
    assertEquals(List.of("BRCA1 E23Vfs*17"), variants("Germline BRCA1 c.68_69delAG (p.Glu23Valfs*17), pathogenic."));
    assertEquals(List.of("BRCA2 S1982fs*22"), variants("BRCA2 p.S1982fs*22 (c.5946delT), VAF 58%."));
    assertEquals(List.of("MSH6 F1088Lfs*5"), variants("MSH6 c.3261dupC (p.Phe1088LeufsTer5), pathogenic."));
    assertEquals(List.of("ARID1A frameshift", "PTEN loss"), variants("ARID1A frameshift; PTEN loss."));
  }

  @Test
  void aGeneAfterAntiNamesADrugClassNotAFinding() {
    assertEquals(List.of("KRAS null"), variants("KRAS mutant -> no anti-EGFR therapy."));
  }

  @Test
  void anAmplificationOfAGeneOtherwiseReadAsAnImmunostainIsGenomic() {
    assertEquals(List.of("AR amplification"), variants("AR amplification"));
    assertEquals(List.of(), variants("AR positive (90%)."));
  }

  @Test
  void aGenePanelsErbb2ResultIsNotTheReceptorStatus() {
    assertEquals(List.of(), findings("ERBB2 ........ negative", FactType.BIOMARKER));
    assertEquals(List.of("ERBB2 null"), variants("ERBB2 ........ negative"));
    assertEquals(1, findings("HER2 negative by IHC (1+).", FactType.BIOMARKER).size());
  }

  @Test
  void aBareHistologyBesideAPrimarySiteNamesTheCancer() {
    assertEquals(List.of(new Finding.Diagnosis("COLORECTAL", "adenocarcinoma", null)),
        findings("Adenocarcinoma, cecum/ascending colon, poorly differentiated", FactType.DIAGNOSIS));
    assertEquals(List.of(new Finding.Diagnosis("NSCLC", "squamous cell carcinoma", null)), findings("Known lung SCC.", FactType.DIAGNOSIS));
    assertEquals(List.of(new Finding.Diagnosis("COLORECTAL", null, null)), findings("Obstructing cecal ca.", FactType.DIAGNOSIS));
    assertEquals(List.of(new Finding.Diagnosis("COLORECTAL", "adenocarcinoma", null)),
        findings("Liver bx: metastatic adenocarcinoma, colorectal primary.", FactType.DIAGNOSIS));
    // Where a metastasis was found is not its primary; a tumour marker is no cancer.
    assertEquals(List.of(), findings("Lung bx: metastatic adenocarcinoma.", FactType.DIAGNOSIS));
    assertEquals(List.of(), findings("CA 19-9 of 250; pancreas protocol CT.", FactType.DIAGNOSIS));
  }

  @Test
  void everyPrimarySiteOpensTheSiteGate() throws Exception {
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("lexicons/cancer_sites.tsv"))) {
      if (line.startsWith("#") || line.startsWith("site\t") || line.isBlank()) {
        continue;
      }
      String site = line.split("\t")[0].toLowerCase(java.util.Locale.ROOT);
      assertEquals(true, java.util.Arrays.stream(DiagnosisExtractor.SITE_WORDS).anyMatch(site::contains), site);
    }
  }
}
