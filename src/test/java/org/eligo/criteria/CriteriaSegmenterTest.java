package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.eligo.criteria.CriteriaSegmenter.Item;
import org.eligo.criteria.Criterion.Kind;
import org.junit.jupiter.api.Test;

class CriteriaSegmenterTest {
  private final CriteriaSegmenter segmenter = new CriteriaSegmenter();

  private static Item inc(int n, String text) {
    return new Item("I" + n, Kind.INCLUSION, text);
  }

  private static Item exc(int n, String text) {
    return new Item("E" + n, Kind.EXCLUSION, text);
  }

  @Test
  void splitsMarkdownBulletsUnderInclusionAndExclusionHeaders() {
    String text = """
        Inclusion Criteria:

        * Age >= 18 years
        * ECOG 0-1

        Exclusion Criteria:

        * Active brain metastases
        """;
    assertEquals(List.of(inc(1, "Age >= 18 years"), inc(2, "ECOG 0-1"), exc(1, "Active brain metastases")),
        segmenter.segment(text));
  }

  @Test
  void splitsItemsNumberedInsideOneLine() {
    String text = """
        Inclusion Criteria:
          -  1.Histologically confirmed adenocarcinoma 2.Stage IV 3.ECOG performance status of 0 or 1 5. Other text
        Exclusion Criteria:
          -  1.Age ≥80 years 2.Brain metastasis
          -  Platelets ≥ 1.5 x ULN and ECOG 0 or 1. 2. Not a list
        """;
    assertEquals(List.of(inc(1, "Histologically confirmed adenocarcinoma"), inc(2, "Stage IV"),
            inc(3, "ECOG performance status of 0 or 1 5. Other text"), exc(1, "Age ≥80 years"), exc(2, "Brain metastasis"),
            exc(3, "Platelets ≥ 1.5 x ULN and ECOG 0 or 1. 2. Not a list")),
        segmenter.segment(text));
  }

  @Test
  void readsKeyAndUpperCaseAndBareHeaders() {
    String text = """
        Key Inclusion Criteria
        - Stage IV NSCLC
        EXCLUSION:
        - Prior EGFR TKI
        INCLUSION CRITERIA
        - ECOG 0-1
        Key Exclusion Criteria:
        - Pregnancy
        """;
    assertEquals(List.of(inc(1, "Stage IV NSCLC"), exc(1, "Prior EGFR TKI"), inc(2, "ECOG 0-1"), exc(2, "Pregnancy")),
        segmenter.segment(text));
  }

  @Test
  void readsMustMeetSentencesAsHeaders() {
    String text = """
        Patients must meet all of the following criteria:
        1. Age 18 or older
        Subjects meeting any of the following criteria will be excluded:
        1. HIV infection
        """;
    assertEquals(List.of(inc(1, "Age 18 or older"), exc(1, "HIV infection")), segmenter.segment(text));
  }

  @Test
  void keepsTextAfterTheHeaderColonAsAnItem() {
    assertEquals(List.of(inc(1, "Age >= 18"), exc(1, "Pregnancy")),
        segmenter.segment("Inclusion Criteria: Age >= 18\nExclusion Criteria: Pregnancy"));
  }

  @Test
  void stripsNumberedParenthesisedLetteredAndSymbolBullets() {
    String text = """
        Inclusion Criteria:
          1. first
          2) second
          (3) third
          • fourth
          -  fifth
        """;
    assertEquals(List.of(inc(1, "first"), inc(2, "second"), inc(3, "third"), inc(4, "fourth"), inc(5, "fifth")),
        segmenter.segment(text));
  }

  @Test
  void joinsIndentedSubBulletsOntoTheirParent() {
    String text = """
        Inclusion Criteria:
          -  Adequate organ function:
               -  ANC >= 1500/mm3;
               -  Platelets >= 100000/mm3
          -  ECOG 0-1
        """;
    assertEquals(List.of(inc(1, "Adequate organ function: ANC >= 1500/mm3; Platelets >= 100000/mm3"), inc(2, "ECOG 0-1")),
        segmenter.segment(text));
  }

  @Test
  void joinsLetteredItemsUnderANumberedItemAsSubItems() {
    String text = """
        Exclusion Criteria:
        1. Any of the following cardiac conditions
        a. myocardial infarction within 6 months
        b. heart failure
        2. Pregnancy
        """;
    assertEquals(List.of(exc(1, "Any of the following cardiac conditions: myocardial infarction within 6 months; heart failure"),
        exc(2, "Pregnancy")), segmenter.segment(text));
  }

  @Test
  void joinsAnUnbulletedContinuationLineToTheBulletAbove() {
    String text = """
        Inclusion Criteria:
          -  Histologically confirmed non-small cell lung cancer
        that is locally advanced or metastatic
          -  ECOG 0-1
        """;
    assertEquals(List.of(inc(1, "Histologically confirmed non-small cell lung cancer that is locally advanced or metastatic"),
        inc(2, "ECOG 0-1")), segmenter.segment(text));
  }

  @Test
  void readsUnbulletedLinesAsSeparateItems() {
    String text = "Inclusion Criteria:\nAge >= 18\nECOG 0-1\n\nExclusion Criteria:\nPregnancy\n";
    assertEquals(List.of(inc(1, "Age >= 18"), inc(2, "ECOG 0-1"), exc(1, "Pregnancy")), segmenter.segment(text));
  }

  @Test
  void treatsItemsBeforeAnyHeaderAsInclusions() {
    assertEquals(List.of(inc(1, "Age >= 18"), exc(1, "Pregnancy")),
        segmenter.segment("- Age >= 18\nExclusion Criteria:\n- Pregnancy"));
  }

  @Test
  void dropsGroupCaptionsAboveBullets() {
    String text = """
        Inclusion Criteria:
        For patients in cohort A:
        - KRAS G12C mutation
        - ECOG 0-1
        """;
    assertEquals(List.of(inc(1, "KRAS G12C mutation"), inc(2, "ECOG 0-1")), segmenter.segment(text));
  }

  @Test
  void keepsInclusionSentencesThatMerelyStartWithTheWordInclusion() {
    assertEquals(List.of(inc(1, "Inclusion in another trial is not allowed")),
        segmenter.segment("Inclusion in another trial is not allowed"));
  }

  @Test
  void givesNoItemsForBlankText() {
    assertEquals(List.of(), segmenter.segment("\n  \n"));
    assertEquals(List.of(), segmenter.segment("Inclusion Criteria:\n\nExclusion Criteria:\n"));
  }

  @Test
  void rejectsAnItemWithBlankTextNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Item("I4", Kind.INCLUSION, " "));
    assertEquals("item I4 has blank text", e.getMessage());
  }

  @Test
  void readsAWrappedNotIncludedSentenceAsAnExclusionHeader() {
    String text = """
        Exclusion Criteria:
        Patients will not be included in the study if one or more of the following criteria
        applies:
          -  Patient is pregnant
          -  Patient is breast feeding
        """;
    assertEquals(List.of(exc(1, "Patient is pregnant"), exc(2, "Patient is breast feeding")), segmenter.segment(text));
  }

  @Test
  void readsAHeaderAfterALeadingCriteriaLabel() {
    assertEquals(List.of(inc(1, "Male or female patients"), exc(1, "Pregnancy")),
        segmenter.segment("Criteria: Inclusion Criteria: Male or female patients\nExclusion Criteria:\n- Pregnancy"));
  }

  @Test
  void dropsBulletsWithoutWords() {
    assertEquals(List.of(inc(1, "Age 18 or older"), inc(2, "ECOG 0-1")),
        segmenter.segment("Inclusion Criteria:\n  -  Age 18 or older\n  -\n  -  ECOG 0-1"));
  }
}
