package org.eligo.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The pre-registered final selection of the response model (docs/BENCHMARKS.md): {@value #CANDIDATES} candidates
 * scored by stratified {@value #FOLDS}-fold cross-validation repeated {@value #REPEATS} times on the training
 * file only; the candidate of highest mean AUC replaces the current model only if its mean paired gain over the
 * folds exceeds twice the Nadeau-Bengio corrected standard error.
 */
public final class ResponseSelection {
  static final int FOLDS = 5;
  static final int REPEATS = 5;
  /** Fold seeds are this, +1, ... one per repeat. */
  static final long FOLD_SEED = 17;
  static final long TRAINER_SEED = 17;
  static final int CANDIDATES = 65;
  static final double[] L2 = {1, 10, 100};
  /** The XGBoost model of the earlier comparison, averaged with the current model in the last candidate. */
  static final Gbm.Config GBM = new Gbm.Config(50, 2, 0.05);

  /** A candidate: a logistic configuration, and whether its probability is averaged with {@link #GBM}'s. */
  public record Candidate(ResponseTrainer.Config config, boolean withGbm) {
    @Override
    public String toString() {
      return config + (withGbm ? ", averaged with " + GBM : "");
    }
  }

  /** A candidate's held-out AUC per fold, repeat by repeat. */
  public record Scored(Candidate candidate, double[] auc) {
    public double mean() {
      return Arrays.stream(auc).average().orElse(Double.NaN);
    }
  }

  /** The decision: every score, the current model's, the winner's, the mean paired gain, its corrected SE and whether the winner replaces the current model. */
  public record Outcome(List<Scored> scores, Scored current, Scored winner, double gain, double se, boolean replaces) {}

  private ResponseSelection() {}

  /** The current model: TMB ≤ 50, NLR ≤ 25, no interaction, averaged AdaGrad lr 0.05, 10 epochs. */
  public static Candidate current() {
    return new Candidate(new ResponseTrainer.Config(new ResponseFeatures(false, List.of()), 0.05, 10), false);
  }

  /** TMB encoding × NLR encoding × interaction × (no penalty, then L2 1, 10, 100), then the current model averaged with XGBoost; the current model first. */
  public static List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>();
    for (String tmb : ResponseFeatures.TMB_ENCODINGS) {
      for (String nlr : ResponseFeatures.NLR_ENCODINGS) {
        for (boolean interaction : new boolean[] {false, true}) {
          ResponseFeatures f = new ResponseFeatures(tmb, nlr, interaction, List.of());
          out.add(new Candidate(new ResponseTrainer.Config(f, 0.05, 10), false));
          for (double l2 : L2) {
            out.add(new Candidate(new ResponseTrainer.Config(f, 0.05, 10, l2), false));
          }
        }
      }
    }
    out.add(new Candidate(current().config(), true));
    return List.copyOf(out);
  }

  /** Scores every candidate on {@code train}'s complete rows and applies the rule. */
  public static Outcome run(CohortTable train, List<Candidate> candidates) {
    List<Scored> scores = new ArrayList<>();
    for (Candidate c : candidates) {
      scores.add(new Scored(c, score(train, c)));
    }
    return decide(scores);
  }

  static double[] score(CohortTable train, Candidate c) {
    ResponseTrainer.Data d = ResponseTrainer.data(train, c.config().features());
    ResponseTrainer.Data base = c.withGbm() ? ResponseTrainer.data(train, current().config().features()) : null;
    double[] auc = new double[REPEATS * FOLDS];
    for (int r = 0; r < REPEATS; r++) {
      int[] fold = ResponseTrainer.folds(d.y(), FOLDS, FOLD_SEED + r);
      for (int k = 0; k < FOLDS; k++) {
        List<Integer> tr = new ArrayList<>();
        List<Integer> te = new ArrayList<>();
        for (int i = 0; i < d.y().length; i++) {
          (fold[i] == k ? te : tr).add(i);
        }
        double[][] x = tr.stream().map(i -> d.x()[i]).toArray(double[][]::new);
        int[] y = tr.stream().mapToInt(i -> d.y()[i]).toArray();
        ResponseTrainer.Fit f = ResponseTrainer.fit(x, y, c.config().features().names(), c.config(), TRAINER_SEED);
        Model<Label> gbm = base == null ? null : Gbm.fit(base, tr, GBM, TRAINER_SEED);
        double[] s = new double[te.size()];
        int[] l = new int[te.size()];
        for (int t = 0; t < te.size(); t++) {
          int i = te.get(t);
          s[t] = f.probability(d.x()[i]);
          if (gbm != null) {
            s[t] = (s[t] + gbm.predict(Gbm.example(base, i)).getOutputScores().get("1").getScore()) / 2;
          }
          l[t] = d.y()[i];
        }
        auc[r * FOLDS + k] = Metrics.auc(s, l);
      }
    }
    return auc;
  }

  /**
   * The rule: the winner is the first of highest mean AUC; with d the per-fold gains over the current model (the
   * first candidate) and s² their sample variance over the J folds, SE = sqrt((1/J + 1/(FOLDS - 1)) s²); the winner
   * replaces the current model only if mean(d) > 2 SE.
   */
  static Outcome decide(List<Scored> scores) {
    Scored current = scores.get(0);
    Scored winner = current;
    for (Scored s : scores) {
      if (s.mean() > winner.mean()) {
        winner = s;
      }
    }
    int j = current.auc().length;
    double[] d = new double[j];
    for (int i = 0; i < j; i++) {
      d[i] = winner.auc()[i] - current.auc()[i];
    }
    double mean = Arrays.stream(d).average().orElse(0);
    double ss = 0;
    for (double x : d) {
      ss += (x - mean) * (x - mean);
    }
    double var = j > 1 ? ss / (j - 1) : 0;
    double se = Math.sqrt((1.0 / j + 1.0 / (FOLDS - 1)) * var);
    return new Outcome(scores, current, winner, mean, se, winner != current && mean > 2 * se);
  }
}
