package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteDatesTest {
  private static List<String> dates(String text) {
    return NoteDates.find(text).stream()
        .map(d -> d.range() ? d.first() + ".." + (d.last() == null ? "open" : d.last()) : d.first()).toList();
  }

  @Test
  void normalisesEachWrittenFormToIsoAsPreciseAsWritten() {
    assertEquals(List.of("2024-03"), dates("started 03/2024"));
    assertEquals(List.of("2024-03"), dates("started 3/2024"));
    assertEquals(List.of("2024-05-12"), dates("stopped 5/12/24"));
    assertEquals(List.of("1998-05-12"), dates("stopped 5/12/98"));
    assertEquals(List.of("2023-07-12"), dates("starting 07/12/2023"));
    assertEquals(List.of("2023-06"), dates("diagnosed in June 2023"));
    assertEquals(List.of("2023-01-05"), dates("on Jan 5, 2023"));
    assertEquals(List.of("2023-09"), dates("Sept. 2023"));
    assertEquals(List.of("2021"), dates("since 2021"));
    assertEquals(List.of("2024-03-14"), dates("2024-03-14"));
  }

  @Test
  void readsRangesAndOpenRanges() {
    assertEquals(List.of("2023-12..2024-03"), dates("x4 cycles 12/2023-03/2024, then"));
    assertEquals(List.of("2021-09..2022-08"), dates("from 09/2021 through 08/2022"));
    assertEquals(List.of("2025-02..2025-04"), dates("from 02/2025 to 04/2025"));
    assertEquals(List.of("2024-11..open"), dates("11/2024-present"));
    assertEquals(List.of("2019..2020"), dates("(2019-2020)"));
  }

  @Test
  void readsNoDateWhereNoneIsWrittenOrTheYearIsMissing() {
    assertEquals(List.of(), dates("MRI 6/10, SRS scheduled 4/22"));
    assertEquals(List.of(), dates("1/19 lymph nodes, ratio 3.1"));
    assertEquals(List.of(), dates("capecitabine 2000 mg bid"));
    assertEquals(List.of(), dates("13/2024 and 02/30/2024 and 2024-13"));
    assertEquals(List.of(), dates(""));
  }
}
