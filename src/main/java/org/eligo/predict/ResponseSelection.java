package org.eligo.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The second pre-registered selection of the response model (docs/BENCHMARKS.md, "Second pre-registered selection
 * (working L2)"): the current model, the ridge logistic regression at {@link #LAMBDAS} on two TMB caps, the current
 * model averaged with XGBoost and the best ridge candidate averaged with XGBoost, each scored by stratified
 * {@value #FOLDS}-fold cross-validation repeated {@value #REPEATS} times on the training file only. The candidate of
 * highest mean AUC is chosen (a tie goes to the one listed first, the current model first). The first registration's
 * code (65 candidates, Tribuo AdaGradRDA) is at commit 7046928.
 */
public final class ResponseSelection {
  static final int FOLDS = 5;
  static final int REPEATS = 5;
  /** Fold seeds are this, +1, ... one per repeat. */
  static final long FOLD_SEED = 17;
  static final long TRAINER_SEED = 17;
  /** Ridge penalties, strongest (simplest) first. */
  static final double[] LAMBDAS = {1000, 100, 30, 10, 1, 0.1};
  /** The XGBoost model of the earlier comparison, on the current model's inputs. */
  public static final Gbm.Config GBM = new Gbm.Config(50, 2, 0.05);
  /** TMB ≤ 50 (the current inputs), then TMB ≤ 25; NLR ≤ 25, no interaction, no extras. */
  static final List<ResponseFeatures> RIDGE_FEATURES = List.of(new ResponseFeatures("cap50", "cap25", false, List.of()),
      new ResponseFeatures("cap25", "cap25", false, List.of()));

  /** A candidate: a logistic configuration, and whether its probability is averaged with {@link #GBM}'s. */
  public record Candidate(ResponseTrainer.Config config, boolean withGbm) {
    /** A short name: {@code current}, or {@code ridge-tmb50-lambda30}, with {@code +xgboost} for an averaged one. */
    public String id() {
      ResponseTrainer.Config c = config;
      String base = c.equals(current().config()) ? "current"
          : c.ridge() > 0 && c.features().nlr().equals("cap25") && !c.features().tmbByCancerType() && c.features().extras().isEmpty()
              ? "ridge-tmb" + c.features().tmb().substring(3) + "-lambda" + new java.math.BigDecimal(Double.toString(c.ridge())).stripTrailingZeros().toPlainString()
              : c.toString();
      return base + (withGbm ? "+xgboost" : "");
    }

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

  /**
   * Every score (the last is the best ridge candidate averaged with XGBoost), the current model's, the winner's,
   * and for information the winner's mean paired gain over the current model with its corrected standard error.
   */
  public record Outcome(List<Scored> scores, Scored current, Scored winner, double gain, double se) {}

  private ResponseSelection() {}

  /** The current model: TMB ≤ 50, NLR ≤ 25, no interaction, averaged AdaGrad lr 0.05, 10 epochs. */
  public static Candidate current() {
    return new Candidate(new ResponseTrainer.Config(RIDGE_FEATURES.get(0), 0.05, 10), false);
  }

  /**
   * The fixed candidates, in the registered order: the current model; ridge on TMB ≤ 50 at each of {@link #LAMBDAS};
   * ridge on TMB ≤ 25 at each; the current model averaged with XGBoost. The last candidate, the best ridge one
   * averaged with XGBoost, depends on the scores and is added by {@link #run}.
   */
  public static List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>();
    out.add(current());
    for (ResponseFeatures f : RIDGE_FEATURES) {
      for (double lambda : LAMBDAS) {
        out.add(new Candidate(ResponseTrainer.Config.ridge(f, lambda), false));
      }
    }
    out.add(new Candidate(current().config(), true));
    return List.copyOf(out);
  }

  /** Every candidate that can be named: the fixed ones, then each ridge one averaged with XGBoost. */
  public static List<Candidate> named() {
    List<Candidate> out = new ArrayList<>(candidates());
    candidates().stream().filter(c -> c.config().ridge() > 0).forEach(c -> out.add(new Candidate(c.config(), true)));
    return List.copyOf(out);
  }

  /** The candidate named {@code id} (see {@link Candidate#id()}); an unknown name lists the known ones. */
  public static Candidate byId(String id) {
    List<Candidate> all = named();
    return all.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new PredictException(
        "unknown candidate '" + id + "'; one of: " + String.join(", ", all.stream().map(Candidate::id).toList())));
  }

  /** Scores every fixed candidate on {@code train}'s complete rows, then the best ridge one with XGBoost, and applies the rule. */
  public static Outcome run(CohortTable train) {
    List<Scored> scores = new ArrayList<>();
    for (Candidate c : candidates()) {
      scores.add(new Scored(c, score(train, c)));
    }
    Candidate last = new Candidate(bestRidge(scores).candidate().config(), true);
    scores.add(new Scored(last, score(train, last)));
    return decide(scores);
  }

  /** The ridge candidate of highest mean AUC (a tie to the one listed first). */
  static Scored bestRidge(List<Scored> scores) {
    Scored best = null;
    for (Scored s : scores) {
      if (!s.candidate().withGbm() && s.candidate().config().ridge() > 0 && (best == null || s.mean() > best.mean())) {
        best = s;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no ridge candidate scored");
    }
    return best;
  }

  static double[] score(CohortTable train, Candidate c) {
    ResponseTrainer.Data d = ResponseTrainer.data(train, c.config().features());
    ResponseTrainer.Data base = c.withGbm() ? ResponseTrainer.data(train, current().config().features()) : null;
    if (base != null && !Arrays.equals(base.y(), d.y())) {
      throw new IllegalStateException("the logistic and XGBoost parts must read the same rows");
    }
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
   * The rule: the winner is the first of highest mean AUC. For information, with d the per-fold gains over the
   * current model (the first candidate) and s² their sample variance over the J folds, SE = sqrt((1/J + 1/(FOLDS - 1)) s²).
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
    return new Outcome(scores, current, winner, mean, Math.sqrt((1.0 / j + 1.0 / (FOLDS - 1)) * var));
  }
}
