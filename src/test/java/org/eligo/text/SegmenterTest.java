package org.eligo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eligo.core.Note;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static final Segmenter SEGMENTER = new Segmenter(Lexicons.load().sections());

  private static List<String> sentences(String text) {
    Document d = SEGMENTER.segment(new Note("P1", "N1", LocalDate.of(2025, 1, 1), "progress", text));
    return d.sentences().stream().map(d::text).toList();
  }

  private static List<String> rules(String block) {
    List<int[]> spans = new ArrayList<>();
    new SentenceSplitter(null).split(block, 0, block.length(), spans);
    return spans.stream().map(s -> block.substring(s[0], s[1])).toList();
  }

  @Test
  void splitsAtAPeriodBeforeACapitalOrADigit() {
    assertEquals(List.of("EGFR negative.", "ALK positive by FISH.", "2 cycles given."),
        rules("EGFR negative. ALK positive by FISH. 2 cycles given."));
    assertEquals(List.of("Is it progression?", "(Unclear.)", "Repeat CT!"), rules("Is it progression? (Unclear.) Repeat CT!"));
  }

  @Test
  void keepsAbbreviationsDecimalsAndInitialsInsideTheSentence() {
    assertEquals(List.of("Seen by Dr. Lee vs. Dr. Kim, incl. PET; ANC 1.5 e.g. stable."),
        rules("Seen by Dr. Lee vs. Dr. Kim, incl. PET; ANC 1.5 e.g. stable."));
    assertEquals(List.of("KRAS p. G12C noted."), rules("KRAS p. G12C noted."));
    assertEquals(List.of("Prednisone x6 wks.", "Completed adjuvant trastuzumab."),
        rules("Prednisone x6 wks. Completed adjuvant trastuzumab."));
  }

  @Test
  void leavesALowerCaseContinuationToTheModelAndKeepsItWithoutOne() {
    assertEquals(List.of("Approx. two weeks ago."), rules("Approx. two weeks ago."));
    assertEquals(List.of("Scan negative. pt tolerating well."), rules("Scan negative. pt tolerating well."));
    assertEquals(List.of("Scan negative.", "pt tolerating well."), sentences("Scan negative. pt tolerating well."));
  }

  @Test
  void headersBulletsAndTableRowsMakeTheirOwnUnits() {
    Document d = SEGMENTER.segment(new Note("P1", "N1", LocalDate.of(2025, 1, 1), "progress",
        "Family History:\nMother with breast cancer\nGENE | RESULT\nEGFR | negative\n- ECOG 1\n- on osimertinib"));
    assertEquals(List.of("Mother with breast cancer", "GENE | RESULT", "EGFR | negative", "- ECOG 1", "- on osimertinib"),
        d.sentences().stream().map(d::text).toList());
    assertEquals("FAMILY_HISTORY", d.sentences().get(0).section());
  }

  @Test
  void aLineStartingInLowerCaseContinuesTheSentenceAbove() {
    assertEquals(List.of("Biopsy showed adenocarcinoma with\nacinar pattern."),
        sentences("Biopsy showed adenocarcinoma with\nacinar pattern."));
  }

  @Test
  void emptyAndBlankNotesHaveNoSentences() {
    assertEquals(List.of(), sentences(""));
    assertEquals(List.of(), sentences(" \n\n \t"));
    assertEquals(List.of("."), sentences(". "));
  }

  @Test
  void anInlineHeaderCoversItsLineUntilTheNextLabelOrBlankLine() {
    Document d = SEGMENTER.segment(new Note("P1", "N1", LocalDate.of(2025, 1, 1), "progress",
        "Assessment:\nStage IV NSCLC.\nFHx: father - gastric cancer at 70.\nSister with breast cancer.\nMother: ovarian cancer.\n"
            + "PS: ECOG 0.\nFamily History: aunt - colon cancer.\n\nPD-L1 TPS 80%."));
    assertEquals(List.of("ASSESSMENT_PLAN", "FAMILY_HISTORY", "FAMILY_HISTORY", "FAMILY_HISTORY", "ASSESSMENT_PLAN", "FAMILY_HISTORY",
        "ASSESSMENT_PLAN"), d.sentences().stream().map(s -> s.section()).toList());
    assertEquals("PS: ECOG 0.", d.text(d.sentences().get(4)));
  }

  @Test
  void aFamilyHistoryListEndsAtALabelThatIsNotARelative() {
    Document d = SEGMENTER.segment(new Note("P1", "N1", LocalDate.of(2025, 1, 1), "consult",
        "Family History:\n - Mother: ovarian cancer, BRCA1 carrier.\nMaternal aunt: breast cancer.\n"
            + "Germline testing (multigene panel, resulted 06/22/2026):\n No pathogenic variants in BRCA2 or PALB2."));
    assertEquals(List.of("FAMILY_HISTORY", "FAMILY_HISTORY", "NONE", "NONE"), d.sentences().stream().map(s -> s.section()).toList());
  }
}
