package org.eligo.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A gradient-boosting comparison for the response model: Tribuo's XGBoost on the LORIS inputs
 * (TMB ≤ 50, prior systemic therapy, albumin, NLR ≤ 25, age ≤ 85, cancer-type indicators),
 * its trees, depth and learning rate chosen by stratified k-fold AUC on the training file only
 * (the folds of {@link ResponseTrainer}), then refitted on every training row. A measurement
 * beside the logistic model, not a saved model.
 */
public final class Gbm {
  private static final LabelFactory LABELS = new LabelFactory();
  private static final ResponseFeatures FEATURES = new ResponseFeatures(false, List.of());

  /** One candidate: trees, maximum depth, learning rate (eta). */
  public record Config(int trees, int depth, double eta) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "XGBoost %d trees, depth %d, eta %s", trees, depth, eta);
    }
  }

  public record Scored(Config config, double auc) {}

  /** The candidates' CV AUCs, the chosen one and its fit on the whole training file. */
  public record Chosen(List<Scored> scores, Config best, Model<Label> model) {
    /**
     * The probability of a response for a cohort row, or null when a numeric input is missing; a
     * cancer type outside the training types sets no indicator (as LORIS gives it no term).
     */
    public Double probability(CohortTable table, CohortTable.Row row) {
      ResponseFeatures.Encoded e = FEATURES.encode(table, row);
      if (e.missing().stream().anyMatch(m -> !m.equals("CancerType"))) {
        return null;
      }
      double[] v = e.values().clone();
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.isNaN(v[i]) ? 0 : v[i];
      }
      ArrayExample<Label> x = new ArrayExample<>(LABELS.getUnknownOutput(), FEATURES.names().toArray(new String[0]), v);
      return model.predict(x).getOutputScores().get("1").getScore();
    }
  }

  private Gbm() {}

  /** Trees {50, 150} × depth {2, 3} × eta {0.05, 0.2}. */
  public static List<Config> grid() {
    List<Config> g = new ArrayList<>();
    for (int trees : new int[] {50, 150}) {
      for (int depth : new int[] {2, 3}) {
        for (double eta : new double[] {0.05, 0.2}) {
          g.add(new Config(trees, depth, eta));
        }
      }
    }
    return g;
  }

  public static Chosen select(CohortTable train, List<Config> grid, int folds, long seed) {
    ResponseTrainer.Data d = ResponseTrainer.data(train, FEATURES);
    int[] fold = ResponseTrainer.folds(d.y(), folds, seed);
    List<Scored> scores = new ArrayList<>();
    Scored best = null;
    for (Config c : grid) {
      double sum = 0;
      for (int k = 0; k < folds; k++) {
        List<Integer> tr = new ArrayList<>();
        List<Integer> te = new ArrayList<>();
        for (int i = 0; i < d.y().length; i++) {
          (fold[i] == k ? te : tr).add(i);
        }
        Model<Label> m = fit(d, tr, c, seed);
        double[] s = new double[te.size()];
        int[] l = new int[te.size()];
        for (int t = 0; t < te.size(); t++) {
          s[t] = m.predict(example(d, te.get(t))).getOutputScores().get("1").getScore();
          l[t] = d.y()[te.get(t)];
        }
        sum += Metrics.auc(s, l);
      }
      Scored sc = new Scored(c, sum / folds);
      scores.add(sc);
      if (best == null || sc.auc() > best.auc()) {
        best = sc;
      }
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < d.y().length; i++) {
      all.add(i);
    }
    return new Chosen(scores, best.config(), fit(d, all, best.config(), seed));
  }

  static ArrayExample<Label> example(ResponseTrainer.Data d, int i) {
    return new ArrayExample<>(new Label(Integer.toString(d.y()[i])), FEATURES.names().toArray(new String[0]), d.x()[i]);
  }

  static Model<Label> fit(ResponseTrainer.Data d, List<Integer> rows, Config c, long seed) {
    List<org.tribuo.Example<Label>> ex = new ArrayList<>();
    rows.forEach(i -> ex.add(example(d, i)));
    MutableDataset<Label> ds = new MutableDataset<>(new ListDataSource<>(ex, LABELS, new SimpleDataSourceProvenance("eligo response rows", LABELS)));
    // trees, eta, gamma 0, depth, min child weight 1, no row or column subsampling, lambda 1, alpha 0, one thread
    return new XGBoostClassificationTrainer(c.trees(), c.eta(), 0, c.depth(), 1, 1, 1, 1, 0, 1, true, seed).train(ds);
  }
}
