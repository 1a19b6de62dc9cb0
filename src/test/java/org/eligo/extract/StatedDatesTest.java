package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatedDatesTest {
  private static final LocalDate NOTE = LocalDate.of(2026, 5, 1);

  private static LocalDate at(String sentence, String result) {
    return StatedDates.of(sentence, sentence.indexOf(result), NOTE);
  }

  @Test
  void aSentenceOpeningWithItsTimeDatesItsResults() {
    assertEquals(LocalDate.of(2021, 3, 1), at("In 03/2021 she was found to have a 2 cm tumour, ER 95%, PR 20%.", "PR"));
    assertEquals(LocalDate.of(2019, 1, 1), at("At diagnosis (2019): ER 80%, HER2 1+.", "HER2"));
    assertEquals(LocalDate.of(2020, 6, 14), at("On 6/14/2020 the core biopsy showed HER2 3+.", "HER2"));
  }

  @Test
  void aDiagnosisVerbBeforeTheDateDatesItsResults() {
    assertEquals(LocalDate.of(2018, 1, 1), at("She was diagnosed with stage II breast cancer in 2018, ER+/PR-.", "PR"));
    assertEquals(LocalDate.of(2022, 9, 1), at("Diagnosed 09/2022: HER2 0, ER 5%.", "ER"));
  }

  @Test
  void otherDatesAndLaterTimesLeaveTheNoteDate() {
    assertNull(at("CT 03/2026 stable; PD-L1 TPS 40%.", "PD-L1"), "a scan's date is not the stain's");
    assertNull(at("ER 70% and PR 5% on the biopsy.", "PR"), "no date");
    assertNull(at("In 09/2026 repeat biopsy planned; HER2 2+ today.", "HER2"), "after the note");
    assertNull(StatedDates.of("In 2020, ER 90%.", 0, NOTE), "nothing before the result");
    assertNull(StatedDates.of("In 2020, ER 90%.", 9, null), "an undated note");
  }

  private static LocalDate around(String sentence, String result) {
    int at = sentence.indexOf(result);
    return StatedDates.of(sentence, at, at + result.length(), NOTE);
  }

  @Test
  void aParenthesisDatesTheResultItFollowsOrHolds() {
    assertEquals(LocalDate.of(2024, 1, 1), around("PD-L1 60% (2024) -> 30% (2026 pleura).", "PD-L1 60%"));
    assertEquals(LocalDate.of(2019, 3, 1), around("HER2 1+ (03/2019, primary), now 3+.", "HER2 1+"));
    assertEquals(LocalDate.of(2018, 1, 1), around("HER2 3+ on the liver biopsy (the 2018 primary was HER2 1+).", "HER2 1+"));
    assertEquals(LocalDate.of(2022, 1, 1), around("ER 90% (2022, core biopsy)", "ER 90%"), "the date opens the parenthesis");
  }

  @Test
  void aParenthesisWithoutADateOrWithALaterOneLeavesTheNoteDate() {
    assertNull(around("PD-L1 60% (22C3) on the 2024 resection.", "PD-L1 60%"), "the parenthesis names the assay");
    assertNull(around("HER2 3+ (biopsy of 2024).", "HER2 3+"), "the date does not open the parenthesis");
    assertNull(around("ER 5% (09/2026 repeat).", "ER 5%"), "after the note");
    assertNull(around("HER2 3+ on the liver biopsy (2018 primary 1+, 2024 biopsy HER2 3+).", "HER2 3+)"), "two dates in the parenthesis");
    assertNull(around("Tumour (ER 90%) 2.1 cm.", "ER 90%"), "no date in the parenthesis");
  }
}
