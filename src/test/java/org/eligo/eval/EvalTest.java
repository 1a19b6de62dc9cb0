package org.eligo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eligo.core.CharSpan;
import org.junit.jupiter.api.Test;

class EvalTest {
  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    Prf p = new Prf("x", 0, 0, 0).add(true, true).add(true, true).add(false, true).add(true, false);
    assertEquals(2, p.tp());
    assertEquals(1, p.fp());
    assertEquals(1, p.fn());
    assertEquals(2.0 / 3, p.precision(), 1e-12);
    assertEquals(2.0 / 3, p.f1(), 1e-12);
    assertEquals(0.0, new Prf("empty", 0, 0, 0).f1());
  }

  @Test
  void locatesAKitTargetIgnoringCaseOrByItsLongestRunOfWords() {
    assertEquals(new CharSpan(7, 12), NegexKit.locate("Denies COUGH today.", "cough"));
    String s = "No adenopathy present.";
    assertEquals(new CharSpan(0, 21), NegexKit.locate(s, "neck is supple.  No adenopathy present"));
    assertNull(NegexKit.locate("Nothing here.", "fever"));
  }

  @Test
  void goldBiomarkersWrittenAsAComparatorOrAnIhcScoreCompareAsEligoWritesThem() throws Exception {
    com.fasterxml.jackson.databind.JsonNode facts = new com.fasterxml.jackson.databind.ObjectMapper().readTree("["
        + "{\"type\":\"BIOMARKER\",\"name\":\"PD-L1 TPS\",\"value\":1,\"comparator\":\"<\",\"unit\":\"%\"},"
        + "{\"type\":\"BIOMARKER\",\"name\":\"ER\",\"value\":1,\"comparator\":\"<\",\"unit\":\"%\"},"
        + "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"1+\"},"
        + "{\"type\":\"BIOMARKER\",\"name\":\"PR\",\"value\":20,\"unit\":\"%\"}]");
    assertEquals(java.util.Set.of("PD-L1 TPS <1%", "ER negative", "HER2 negative", "PR positive"),
        FactAgreement.goldKeys(facts, "biomarkers"));
  }

  private static java.util.Set<String> gold(String kind, String... facts) throws Exception {
    return FactAgreement.goldKeys(new com.fasterxml.jackson.databind.ObjectMapper().readTree("[" + String.join(",", facts) + "]"), kind);
  }

  @Test
  void goldHer2ResultsCombineIntoOneStatusAsOnEligosSide() throws Exception {
    // IHC 1+ with FISH amplified is HER2-positive (ASCO/CAP), not "negative" and "amplified" apart.
    assertEquals(java.util.Set.of("HER2 positive"), gold("biomarkers",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"1+\",\"assay\":\"IHC 4B5\"}",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"amplified\",\"assay\":\"FISH\"}"));
    assertEquals(java.util.Set.of("HER2 negative"), gold("biomarkers",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"2+\",\"assay\":\"IHC\"}",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"ISH not amplified\"}"));
    assertEquals(java.util.Set.of("HER2 negative"), gold("biomarkers",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"2+ / ISH not amplified\"}"));
    assertEquals(java.util.Set.of(), gold("biomarkers", "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"pending\"}"));
    // The ISH result the gold gives in the detail of an IHC score counts with it.
    assertEquals(java.util.Set.of("HER2 negative"), gold("biomarkers",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"2+\",\"detail\":\"ISH not amplified, ratio 1.3\"}"));
    assertEquals(java.util.Set.of("HER2 positive"), gold("biomarkers",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"2+\",\"detail\":\"FISH amplified (ratio 2.8)\"}"));
    // IHC 2+ alone awaits ISH: no status; a superseded result is not read.
    assertEquals(java.util.Set.of(), gold("biomarkers",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"2+\"}",
        "{\"type\":\"BIOMARKER\",\"name\":\"HER2\",\"category\":\"3+\",\"current\":false}"));
  }

  @Test
  void goldVariantLeftNullWithAProteinChangeInItsHgvsIsThatChange() throws Exception {
    assertEquals(java.util.Set.of("BRCA2 S1982Rfs*22", "TERT altered", "EGFR negative", "KRAS G12C"), gold("variants",
        "{\"type\":\"VARIANT\",\"gene\":\"BRCA2\",\"variant\":null,\"hgvs\":\"c.5946delT p.(Ser1982Argfs*22)\"}",
        "{\"type\":\"VARIANT\",\"gene\":\"TERT\",\"variant\":null,\"hgvs\":\"c.-146C>T\"}",
        "{\"type\":\"VARIANT\",\"gene\":\"EGFR\",\"variant\":null,\"hgvs\":\"p.L858R\",\"assertion\":\"ABSENT\"}",
        "{\"type\":\"VARIANT\",\"gene\":\"KRAS\",\"variant\":\"G12C\",\"hgvs\":\"p.G13D\"}"));
  }

  @Test
  void goldFusionWrittenAsTheGeneAndACdnaChangeWrittenAsTheVariantReadAsFormatsNamesThem() throws Exception {
    assertEquals(java.util.Set.of("PML negative", "KMT2A fusion", "NPM1 altered"), gold("variants",
        "{\"type\":\"VARIANT\",\"gene\":\"PML::RARA\",\"variant\":\"fusion\",\"assertion\":\"ABSENT\"}",
        "{\"type\":\"VARIANT\",\"gene\":\"KMT2A::MLLT3\",\"variant\":\"fusion\"}",
        "{\"type\":\"VARIANT\",\"gene\":\"NPM1\",\"variant\":\"c.860_863dup (type A)\"}"));
  }

  @Test
  void eligosChangesInAGeneTheGoldWroteAsAlteredCountOnceAsThatGene() {
    java.util.Set<String> gold = java.util.Set.of("APC altered", "KRAS G13D", "KRAS altered", "EGFR negative");
    // APC: the gold names no change, so eligo's two changes are the gene altered, once; KRAS: the gold
    // names G13D itself, so eligo's G12C stays a change of its own; a negative is never folded in.
    assertEquals(java.util.Set.of("APC altered", "KRAS G12C", "EGFR negative", "TP53 R175H"), FactAgreement.asGoldNamesGenes(gold,
        java.util.Set.of("APC R1450*", "APC T1556Nfs*3", "KRAS G12C", "EGFR negative", "TP53 R175H")));
    // eligo already wrote the gene altered: its changes stay as they are
    assertEquals(java.util.Set.of("APC altered", "APC R1450*"), FactAgreement.asGoldNamesGenes(gold,
        java.util.Set.of("APC altered", "APC R1450*")));
  }

  @Test
  void aReceptorCategoryBelowOnePercentIsScoredAsNegative() {
    assertEquals("PR negative", FactAgreement.biomarkerKey("PR", null, "<1%"));
    assertEquals("ER negative", FactAgreement.biomarkerKey("ER", null, "< 1"));
    assertEquals("ER negative", FactAgreement.biomarkerKey("ER", 0.0, null));
    assertEquals("ER low", FactAgreement.biomarkerKey("ER", null, "low"));
  }
}
