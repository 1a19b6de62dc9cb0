package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void aucIsTheShareOfCorrectlyOrderedPairs() {
    // positives 0.35 and 0.8 against negatives 0.1 and 0.4: 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3 of 4
    assertEquals(0.75, Metrics.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}), 1e-12);
  }

  @Test
  void tiesCountOneHalf() {
    // pairs: (0.5 vs 0.5) tie = 0.5, (0.5 vs 0.2) = 1, (0.9 vs 0.5) = 1, (0.9 vs 0.2) = 1 -> 3.5 of 4
    assertEquals(0.875, Metrics.auc(new double[] {0.5, 0.2, 0.5, 0.9}, new int[] {0, 0, 1, 1}), 1e-12);
    assertEquals(0.5, Metrics.auc(new double[] {0.3, 0.3}, new int[] {1, 0}), 1e-12);
  }

  @Test
  void aucOfOneClassIsNaNAndLabelsMustBeBinary() {
    assertTrue(Double.isNaN(Metrics.auc(new double[] {0.1, 0.2}, new int[] {1, 1})));
    assertThrows(IllegalArgumentException.class, () -> Metrics.auc(new double[] {0.1}, new int[] {2}));
    assertThrows(IllegalArgumentException.class, () -> Metrics.auc(new double[] {0.1}, new int[] {0, 1}));
  }

  @Test
  void brierIsTheMeanSquaredError() {
    assertEquals(0.025, Metrics.brier(new double[] {0.2, 0.9}, new int[] {0, 1}), 1e-12);
  }

  @Test
  void reliabilityBinsCountMeanPredictionAndEventRate() {
    List<Metrics.Bin> bins = Metrics.reliability(new double[] {0.05, 0.15, 0.55, 0.65, 1.0}, new int[] {0, 1, 1, 0, 1}, 2);
    assertEquals(List.of(new Metrics.Bin(0.0, 0.5, 2, 0.1, 0.5), new Metrics.Bin(0.5, 1.0, 3, 2.2 / 3, 2.0 / 3)).toString(), bins.toString());
  }
}
