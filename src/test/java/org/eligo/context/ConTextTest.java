package org.eligo.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class ConTextTest {
  private static final ConText CONTEXT = new ConText(Lexicons.load().cues());

  private static Assertion of(String sentence, String target) {
    int at = sentence.indexOf(target);
    return CONTEXT.assertion(sentence, new CharSpan(at, at + target.length()));
  }

  @Test
  void aCueHeadsAListAfterItsColonOrAfterAQualifierThatOpensWithAPreposition() {
    assertEquals(13, ConText.listAfter("Not detected: EGFR, ALK", 12));
    assertEquals(28, ConText.listAfter("Not detected in this sample: EGFR, ALK", 12));
    assertEquals(-1, ConText.listAfter("COMPLICATIONS: None POSTOPERATIVE DIAGNOSIS: 1) Hiatal hernia", 19));
    assertEquals(-1, ConText.listAfter("No change, see below: EGFR", 9));
  }

  @Test
  void readsTheSameWithTheTokensTheExtractorsCut() {
    Lexicons lex = Lexicons.load();
    String text = "No brain metastases. EGFR, ALK and ROS1 negative.\nPlan: start osimertinib.";
    org.eligo.text.Document doc = new org.eligo.text.Segmenter(lex.sections())
        .segment(new org.eligo.core.Note("P1", "N1", java.time.LocalDate.of(2025, 1, 1), "progress", text));
    java.util.Map<CharSpan, org.eligo.lexicon.PhraseMatcher.Tokens> tokens = new java.util.HashMap<>();
    java.util.List<org.eligo.extract.Mention> mentions = new org.eligo.extract.Extractors(lex).extract(doc, tokens);
    java.util.List<AssertedMention> shared = CONTEXT.annotate(doc, mentions, tokens);
    assertEquals(3, tokens.size());
    assertEquals(CONTEXT.annotate(doc, mentions), shared);
    assertEquals(java.util.List.of("brain metastases ABSENT", "EGFR ABSENT", "ALK ABSENT", "ROS1 ABSENT", "osimertinib HYPOTHETICAL"),
        shared.stream().map(a -> a.mention().evidence().text() + " " + a.assertion()).toList());
  }

  @Test
  void negatesForwardAndBackward() {
    assertEquals(Assertion.ABSENT, of("No evidence of brain metastases.", "brain metastases"));
    assertEquals(Assertion.ABSENT, of("EGFR, ALK and ROS1 negative.", "ALK"));
    assertEquals(Assertion.ABSENT, of("Patient denies chest pain.", "chest pain"));
    assertEquals(Assertion.ABSENT, of("Systemic therapy: none yet.", "Systemic therapy"));
    assertEquals(Assertion.ABSENT, of("Prior chemotherapy: none to date.", "chemotherapy"));
    assertEquals(Assertion.ABSENT, of("NRAS - no variant detected", "NRAS"));
    assertEquals(Assertion.HYPOTHETICAL, of("BRAF V600E IHC (VE1): not performed (insufficient tissue).", "BRAF V600E"));
    assertEquals(Assertion.HYPOTHETICAL, of("ALK FISH not done.", "ALK"));
    assertEquals(Assertion.ABSENT, of("ROS1 FISH (break-apart): negative for rearrangement", "ROS1"));
  }

  @Test
  void aPositiveResultStopsABackwardNegation() {
    assertEquals(Assertion.PRESENT, of("KRAS G12C detected, EGFR negative.", "KRAS G12C"));
    assertEquals(Assertion.ABSENT, of("KRAS G12C detected, EGFR negative.", "EGFR"));
  }

  @Test
  void aMentionThatStatesItsOwnPositiveResultIsNoPeerOfTheNextNegation() {
    Lexicons lex = Lexicons.load();
    String text = "Serologies: HIV positive, hepatitis B negative, HCV negative.";
    org.eligo.text.Document doc = new org.eligo.text.Segmenter(lex.sections())
        .segment(new org.eligo.core.Note("P1", "N1", java.time.LocalDate.of(2025, 1, 1), "progress", text));
    java.util.List<org.eligo.extract.Mention> mentions = new org.eligo.extract.Extractors(lex).extract(doc, new java.util.HashMap<>());
    assertEquals(java.util.List.of("HIV positive PRESENT", "hepatitis B ABSENT", "HCV ABSENT"),
        CONTEXT.annotate(doc, mentions).stream().map(a -> a.mention().evidence().text() + " " + a.assertion()).toList());
  }

  @Test
  void aGeneSymbolAfterADiagnosisTakesTheNegationItself() {
    Lexicons lex = Lexicons.load();
    String text = "Stage IV lung adenocarcinoma, EGFR negative.";
    org.eligo.text.Document doc = new org.eligo.text.Segmenter(lex.sections())
        .segment(new org.eligo.core.Note("P1", "N1", java.time.LocalDate.of(2025, 1, 1), "progress", text));
    java.util.List<org.eligo.extract.Mention> mentions = new org.eligo.extract.Extractors(lex).extract(doc, new java.util.HashMap<>());
    assertEquals(java.util.List.of("Stage IV PRESENT", "lung adenocarcinoma PRESENT", "EGFR ABSENT"),
        CONTEXT.annotate(doc, mentions).stream().map(a -> a.mention().evidence().text() + " " + a.assertion()).toList());
  }

  @Test
  void aSemicolonEndsTheScope() {
    assertEquals(Assertion.PRESENT, of("No ILD; rheumatoid arthritis on methotrexate.", "rheumatoid arthritis"));
  }

  @Test
  void marksFamilyHypotheticalPossibleAndHistorical() {
    assertEquals(Assertion.FAMILY, of("Mother with breast cancer.", "breast cancer"));
    assertEquals(Assertion.HYPOTHETICAL, of("If EGFR positive, would start osimertinib.", "osimertinib"));
    assertEquals(Assertion.POSSIBLE, of("Lesion suspicious for brain metastasis.", "brain metastasis"));
    assertEquals(Assertion.HISTORICAL, of("History of pneumonitis.", "pneumonitis"));
  }

  @Test
  void smokingHistoryWordsDoNotNegateOrDateTheRestOfTheSentence() {
    assertEquals(Assertion.PRESENT, of("52 yo F, never smoker, with lung adenocarcinoma.", "lung adenocarcinoma"));
    assertEquals(Assertion.PRESENT, of("60 yo F, former smoker, stage IV NSCLC.", "NSCLC"));
  }

  @Test
  void anAdjectivalCueReachesOnlyTheWordsRightAfterIt() {
    assertEquals(Assertion.PRESENT, of("67 yo M, former light smoker, stage IV NSCLC with liver mets.", "stage IV"));
    assertEquals(Assertion.PRESENT, of("67 yo M, former light smoker, stage IV NSCLC with liver mets.", "liver mets"));
    assertEquals(Assertion.HISTORICAL, of("Former pneumonitis, treated with steroids.", "pneumonitis"));
  }

  @Test
  void anInstructionCoversTheWholeListAfterIt() {
    String s = "Call for any weight gain over three pounds per day, any unusual rashes, nausea, vomiting, fever or severe calf pain.";
    assertEquals(Assertion.HYPOTHETICAL, of(s, "severe calf pain"));
  }

  @Test
  void pseudoTriggersDoNotNegate() {
    assertEquals(Assertion.PRESENT, of("No change in the liver metastases.", "liver metastases"));
  }
}
