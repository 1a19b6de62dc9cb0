package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RidgeLogisticTest {
  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  @Test
  void withoutPenaltyOneBinaryFeatureGivesTheTwoGroupsLogOdds() {
    // x = 0: 1 responder of 4; x = 1: 3 of 4. MLE: b = ln(1/3), b + w = ln 3, so w = 2 ln 3.
    double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
    int[] y = {1, 0, 0, 0, 1, 1, 1, 0};
    RidgeLogistic.Fit f = RidgeLogistic.fit(x, y, 0);
    assertEquals(Math.log(1.0 / 3), f.bias(), 1e-9);
    assertEquals(2 * Math.log(3), f.weight()[0], 1e-9);
  }

  @Test
  void separableDataStaysFiniteWithAPenaltyAndSatisfiesTheStationaryCondition() {
    // x symmetric about 0 and y = 1 exactly when x > 0: by symmetry b = 0, and the gradient in w vanishes where
    // sum (p_i - y_i) x_i + lambda w = 0, i.e. with lambda 1: w = 4 sigma(-2w) + 2 sigma(-w).
    double[][] x = {{-2}, {-1}, {1}, {2}};
    int[] y = {0, 0, 1, 1};
    RidgeLogistic.Fit f = RidgeLogistic.fit(x, y, 1);
    double w = f.weight()[0];
    assertEquals(0, f.bias(), 1e-9);
    assertTrue(w > 0 && w < 10, "finite positive weight, got " + w);
    assertEquals(4 * RidgeLogistic.sigmoid(-2 * w) + 2 * RidgeLogistic.sigmoid(-w), w, 1e-9);
    PredictException e = assertThrows(PredictException.class, () -> RidgeLogistic.fit(x, y, 0));
    assertTrue(e.getMessage().contains("lambda"), e.getMessage());
  }

  @Test
  void aLargerPenaltyShrinksTheWeightsTowardsTheBaseRate() {
    // 3 responders of 8: with a huge lambda w -> 0 and the intercept -> logit(3/8).
    double[][] x = {{0, 1}, {0, 2}, {0, 3}, {0, 1}, {1, 2}, {1, 3}, {1, 1}, {1, 2}};
    int[] y = {1, 0, 0, 0, 1, 1, 0, 0};
    double prev = Double.POSITIVE_INFINITY;
    for (double lambda : new double[] {0.1, 1, 10, 100}) {
      RidgeLogistic.Fit f = RidgeLogistic.fit(x, y, lambda);
      double norm = Math.hypot(f.weight()[0], f.weight()[1]);
      assertTrue(norm < prev, "lambda " + lambda + ": |w| " + norm + " not below " + prev);
      prev = norm;
    }
    RidgeLogistic.Fit big = RidgeLogistic.fit(x, y, 1e9);
    assertEquals(0, big.weight()[0], 1e-8);
    assertEquals(0, big.weight()[1], 1e-8);
    assertEquals(logit(3.0 / 8), big.bias(), 1e-6);
  }

  @Test
  void aNegativeOrNonNumericPenaltyIsRefused() {
    double[][] x = {{0}, {1}};
    int[] y = {0, 1};
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      PredictException e = assertThrows(PredictException.class, () -> RidgeLogistic.fit(x, y, bad));
      assertTrue(e.getMessage().contains("lambda must be a finite number >= 0"), e.getMessage());
    }
  }
}
