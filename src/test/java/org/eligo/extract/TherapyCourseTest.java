package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eligo.extract.TherapyCourse.Response;
import org.junit.jupiter.api.Test;

class TherapyCourseTest {
  @Test
  void mergingKeepsTheEarliestStartTheLatestEndAndTheNewestLineAndResponse() {
    TherapyCourse older = new TherapyCourse(1, "2024-03", "2024-09", Response.PARTIAL_RESPONSE);
    TherapyCourse newer = new TherapyCourse(2, "2024-05", "2025-01", Response.PROGRESSION);
    assertEquals(new TherapyCourse(2, "2024-03", "2025-01", Response.PROGRESSION), older.then(newer));
    assertEquals(new TherapyCourse(2, "2024-03", "2024-09", Response.PARTIAL_RESPONSE),
        older.then(new TherapyCourse(2, null, null, null)), "what a later mention leaves out stays");
  }

  @Test
  void ofTwoDatesOfOnePeriodTheMorePreciseCounts() {
    TherapyCourse year = new TherapyCourse(null, "2021", "2022", null);
    assertEquals(new TherapyCourse(null, "2021-03", "2022-11-02", null), year.then(new TherapyCourse(null, "2021-03", "2022-11-02", null)));
    assertEquals(new TherapyCourse(null, "2021-03", "2022-11-02", null),
        new TherapyCourse(null, "2021-03", "2022-11-02", null).then(year));
  }

  @Test
  void aStartAfterTheKnownEndIsANewCourseWhoseEndReplacesTheOldOne() {
    TherapyCourse adjuvant = new TherapyCourse(null, null, "2021-09", null);
    assertEquals(new TherapyCourse(null, "2024-12-02", null, null), adjuvant.then(new TherapyCourse(null, "2024-12-02", null, null)));
    TherapyCourse current = new TherapyCourse(null, "2024-12-02", null, null);
    assertEquals(current, current.then(adjuvant), "an end before the known start belongs to an older course");
  }

  @Test
  void rejectsAnImpossibleLineOrAMalformedDate() {
    assertThrows(IllegalArgumentException.class, () -> new TherapyCourse(0, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new TherapyCourse(null, "03/2024", null, null));
    assertThrows(IllegalArgumentException.class, () -> new TherapyCourse(null, null, "2024-3", null));
  }
}
