package org.eligo.eval;

/** Precision, recall and F1 of one label from true-positive, false-positive and false-negative counts. */
public record Prf(String label, int tp, int fp, int fn) {
  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count for " + label);
    }
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Counts one decision: gold and predicted say whether the label holds. */
  public Prf add(boolean gold, boolean predicted) {
    return new Prf(label, tp + (gold && predicted ? 1 : 0), fp + (!gold && predicted ? 1 : 0), fn + (gold && !predicted ? 1 : 0));
  }
}
