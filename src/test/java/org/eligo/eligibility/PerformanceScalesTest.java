package org.eligo.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PerformanceScalesTest {
  @Test
  void convertsEveryKarnofskyBandToItsEcogGrade() {
    int[][] table = {{100, 0}, {90, 0}, {80, 1}, {70, 1}, {60, 2}, {50, 2}, {40, 3}, {30, 3}, {20, 4}, {10, 4}, {0, 5}};
    for (int[] row : table) {
      assertEquals(row[1], PerformanceScales.ecogFromKps(row[0]), "KPS " + row[0]);
    }
    assertThrows(IllegalArgumentException.class, () -> PerformanceScales.ecogFromKps(110));
  }
}
