package org.eligo.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Against Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3 (score, no continuity correction). */
class WilsonTest {
  private static void check(int x, int n, double lo, double hi) {
    Wilson w = Wilson.of(x, n);
    assertEquals(lo, w.lower(), 5e-5, x + "/" + n + " lower");
    assertEquals(hi, w.upper(), 5e-5, x + "/" + n + " upper");
  }

  @Test
  void matchesNewcombesPublishedIntervals() {
    check(81, 263, 0.2553, 0.3662);
    check(15, 148, 0.0624, 0.1605);
    check(0, 20, 0.0, 0.1611);
    check(1, 29, 0.0061, 0.1718);
  }

  @Test
  void allSuccessesReachOneAndNoneReachZero() {
    assertEquals(1.0, Wilson.of(10, 10).upper());
    assertEquals(0.0, Wilson.of(0, 10).lower());
    // 10/10: lower bound n / (n + z^2)
    assertEquals(10 / (10 + Wilson.Z95 * Wilson.Z95), Wilson.of(10, 10).lower(), 1e-12);
  }

  @Test
  void anEmptyGroupHasTheWholeInterval() {
    Wilson w = Wilson.of(0, 0);
    assertEquals(0.0, w.lower());
    assertEquals(1.0, w.upper());
  }

  @Test
  void refusesMoreSuccessesThanTrials() {
    assertEquals("need 0 <= successes <= n, got 3 of 2", assertThrows(IllegalArgumentException.class, () -> Wilson.of(3, 2)).getMessage());
  }
}
