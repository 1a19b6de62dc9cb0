package org.eligo.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Rank and calibration measures of probabilities against 0/1 outcomes. */
public final class Metrics {
  private Metrics() {}

  /** One reliability bin: predictions in [lo, hi), their count, mean prediction and observed event rate. */
  public record Bin(double lo, double hi, int n, double meanPredicted, double observed) {}

  /**
   * Area under the ROC curve as the Mann-Whitney statistic: the share of (positive, negative) pairs the
   * score orders correctly, ties counting one half (computed from mid-ranks). NaN when either class is empty.
   */
  public static double auc(double[] scores, int[] labels) {
    check(scores, labels);
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double[] rank = new double[n];
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double mid = (i + j) / 2.0 + 1.0;
      for (int k = i; k <= j; k++) {
        rank[order[k]] = mid;
      }
      i = j + 1;
    }
    long pos = 0;
    double rankSum = 0;
    for (int i = 0; i < n; i++) {
      if (labels[i] == 1) {
        pos++;
        rankSum += rank[i];
      }
    }
    long neg = n - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /** Mean squared difference between probability and outcome. */
  public static double brier(double[] probabilities, int[] labels) {
    check(probabilities, labels);
    double s = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double d = probabilities[i] - labels[i];
      s += d * d;
    }
    return probabilities.length == 0 ? Double.NaN : s / probabilities.length;
  }

  /** {@code bins} equal-width bins over [0, 1] (1.0 falls in the last); empty bins are left out. */
  public static List<Bin> reliability(double[] probabilities, int[] labels, int bins) {
    check(probabilities, labels);
    int[] n = new int[bins];
    double[] sumP = new double[bins];
    int[] events = new int[bins];
    for (int i = 0; i < probabilities.length; i++) {
      int b = Math.min(bins - 1, (int) Math.floor(probabilities[i] * bins));
      n[b]++;
      sumP[b] += probabilities[i];
      events[b] += labels[i];
    }
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (n[b] > 0) {
        out.add(new Bin((double) b / bins, (double) (b + 1) / bins, n[b], sumP[b] / n[b], (double) events[b] / n[b]));
      }
    }
    return out;
  }

  private static void check(double[] scores, int[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
    }
    for (int l : labels) {
      if (l != 0 && l != 1) {
        throw new IllegalArgumentException("label " + l + " is not 0 or 1");
      }
    }
  }
}
