package org.eligo.predict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.Tribuo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the response model, a logistic regression on standardised features (Tribuo's LinearSGDTrainer with averaged
 * AdaGrad, or eligo's {@link RidgeLogistic}), choosing among candidates by stratified k-fold cross-validated AUC on the
 * training rows only.
 */
public final class ResponseTrainer {
  static final String LABEL = "Response";
  private static final LabelFactory LABELS = new LabelFactory();

  private ResponseTrainer() {}

  /**
   * One candidate: feature encoding and how it is fitted. Ridge 0: Tribuo's averaged AdaGrad with the learning rate
   * and epochs, no penalty. Ridge lambda > 0: eligo's exact L2-penalised logistic regression ({@link RidgeLogistic},
   * Newton's method; learning rate and epochs unused, 0).
   */
  public record Config(ResponseFeatures features, double learningRate, int epochs, double ridge) {
    public Config {
      if (!(ridge >= 0) || Double.isInfinite(ridge)) {
        throw new PredictException("ridge penalty lambda must be a finite number >= 0, not " + ridge);
      }
    }

    public Config(ResponseFeatures features, double learningRate, int epochs) {
      this(features, learningRate, epochs, 0);
    }

    /** The L2-penalised logistic regression with penalty {@code lambda} (> 0) on standardised features. */
    public static Config ridge(ResponseFeatures features, double lambda) {
      if (!(lambda > 0)) {
        throw new PredictException("ridge penalty lambda must be > 0, not " + lambda);
      }
      return new Config(features, 0, 0, lambda);
    }

    @Override
    public String toString() {
      return ridge == 0 ? String.format(Locale.ROOT, "%s, averaged AdaGrad lr %s, %d epochs", features, learningRate, epochs)
          : String.format(Locale.ROOT, "%s, ridge logistic lambda %s", features, lambda());
    }

    private String lambda() {
      return ridge == Math.rint(ridge) ? Long.toString((long) ridge) : Double.toString(ridge);
    }
  }

  /** Rows with a 0/1 response and every input present, encoded. */
  record Data(double[][] x, int[] y, int skipped) {}

  static Data data(CohortTable table, ResponseFeatures features) {
    List<String> absent = new ArrayList<>(features.absentColumns(table));
    features.extras().stream().filter(c -> !table.columns().contains(c)).forEach(absent::add);
    if (!table.columns().contains(LABEL)) {
      absent.add(LABEL);
    }
    if (!absent.isEmpty()) {
      throw new PredictException(table.file() + ": no column " + String.join(", ", absent));
    }
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    int skipped = 0;
    for (CohortTable.Row r : table.rows()) {
      Double label = table.number(r, LABEL);
      if (label == null || (label != 0 && label != 1)) {
        throw new PredictException(table.file() + " line " + r.line() + " field " + LABEL + ": expected 0 or 1");
      }
      ResponseFeatures.Encoded e = features.encode(table, r);
      if (!e.missing().isEmpty()) {
        skipped++;
        continue;
      }
      xs.add(e.values());
      ys.add(label.intValue());
    }
    if (xs.isEmpty()) {
      throw new PredictException(table.file() + ": no row with a response and every input (" + String.join(", ", features.columns()) + ")");
    }
    return new Data(xs.toArray(new double[0][]), ys.stream().mapToInt(Integer::intValue).toArray(), skipped);
  }

  /** Standardisation, weights and bias of one fit, with the Tribuo trainer's description. */
  record Fit(double[] mean, double[] sd, double[] weight, double bias, String trainer) {
    double probability(double[] x) {
      double logit = bias;
      for (int j = 0; j < x.length; j++) {
        logit += weight[j] * (x[j] - mean[j]) / sd[j];
      }
      return 1 / (1 + Math.exp(-logit));
    }
  }

  static {
    // Tribuo reports every SGD run at INFO; eligo's output is its own tables.
    java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
  }

  /** An unpenalised fit with averaged AdaGrad. */
  static Fit fit(double[][] x, int[] y, List<String> names, double learningRate, int epochs, long seed) {
    return fit(x, y, names, new Config(null, learningRate, epochs), seed);
  }

  /**
   * A logistic regression on features standardised with the training rows' mean and standard deviation: by Tribuo
   * (ridge 0) or by {@link RidgeLogistic} (ridge > 0).
   */
  static Fit fit(double[][] x, int[] y, List<String> names, Config config, long seed) {
    int p = names.size();
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (double[] r : x) {
        s += r[j];
      }
      mean[j] = s / x.length;
      double v = 0;
      for (double[] r : x) {
        v += (r[j] - mean[j]) * (r[j] - mean[j]);
      }
      sd[j] = Math.sqrt(v / x.length);
      if (sd[j] == 0) {
        sd[j] = 1;
      }
    }
    String[] fnames = names.toArray(new String[0]);
    double[][] zs = new double[x.length][p];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < p; j++) {
        zs[i][j] = (x[i][j] - mean[j]) / sd[j];
      }
    }
    if (config.ridge() > 0) {
      RidgeLogistic.Fit r = RidgeLogistic.fit(zs, y, config.ridge());
      return new Fit(mean, sd, r.weight(), r.bias(), String.format(Locale.ROOT,
          "eligo RidgeLogistic (L2-penalised logistic regression by Newton's method, intercept unpenalised) lambda %s, %d Newton steps",
          config.ridge(), r.iterations()));
    }
    List<org.tribuo.Example<Label>> examples = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      examples.add(new ArrayExample<>(new Label(Integer.toString(y[i])), fnames, zs[i]));
    }
    MutableDataset<Label> ds = new MutableDataset<>(new ListDataSource<>(examples, LABELS,
        new SimpleDataSourceProvenance("eligo response rows", LABELS)));
    StochasticGradientOptimiser optimiser = new ParameterAveraging(new AdaGrad(config.learningRate(), 0.1));
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), optimiser, config.epochs(), -1, 1, seed);
    LinearSGDModel model = trainer.train(ds);
    DenseMatrix w = model.getWeightsCopy();
    int one = model.getOutputIDInfo().getID(new Label("1"));
    int zero = model.getOutputIDInfo().getID(new Label("0"));
    ImmutableFeatureMap fmap = model.getFeatureIDMap();
    double[] weight = new double[p];
    for (int j = 0; j < p; j++) {
      VariableInfo info = fmap.get(fnames[j]);
      if (info != null) {
        int id = fmap.getID(fnames[j]);
        weight[j] = w.get(one, id) - w.get(zero, id);
      }
    }
    double bias = w.get(one, fmap.size()) - w.get(zero, fmap.size());
    return new Fit(mean, sd, weight, bias, trainer.toString());
  }

  /** Fold of each row: each class shuffled with {@code seed} and dealt round-robin. */
  static int[] folds(int[] y, int folds, long seed) {
    int[] fold = new int[y.length];
    Random rnd = new Random(seed);
    for (int cls = 0; cls <= 1; cls++) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (y[i] == cls) {
          idx.add(i);
        }
      }
      Collections.shuffle(idx, rnd);
      for (int i = 0; i < idx.size(); i++) {
        fold[idx.get(i)] = i % folds;
      }
    }
    return fold;
  }

  /** The result of training: the model, the candidate it fits and the rows it was fitted on. */
  public record Trained(ResponseModel model, ResponseSelection.Candidate candidate, int rows, int skipped) {}

  /**
   * Fits {@code candidate} on every complete row of {@code table} (its XGBoost half, if any, on the same rows) and
   * records the provenance: training file name and SHA-256, seed, trainer, versions, the candidate and how it was
   * chosen ({@code selection}, e.g. the selection's CV AUCs).
   */
  public static Trained train(CohortTable table, String sha256, ResponseSelection.Candidate candidate, ObjectNode selection, long seed,
      String eligoVersion) {
    Config chosen = candidate.config();
    Data d = data(table, chosen.features());
    Fit f = fit(d.x(), d.y(), chosen.features().names(), chosen, seed);
    ResponseModel.Boosted boosted = null;
    String trainer = f.trainer();
    if (candidate.withGbm()) {
      ResponseFeatures gf = ResponseSelection.current().config().features();
      Data g = data(table, gf);
      if (!java.util.Arrays.equals(g.y(), d.y())) {
        throw new IllegalStateException("the logistic and XGBoost parts must read the same rows");
      }
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < g.y().length; i++) {
        all.add(i);
      }
      double[] mean = new double[gf.names().size()];
      for (double[] r : g.x()) {
        for (int j = 0; j < mean.length; j++) {
          mean[j] += r[j] / g.x().length;
        }
      }
      String desc = ResponseSelection.GBM + " on " + gf + " (Tribuo XGBoostClassificationTrainer, seed " + seed + ")";
      boosted = new ResponseModel.Boosted(Gbm.fit(g, all, ResponseSelection.GBM, seed), gf, mean, desc);
      trainer += "; averaged with " + desc;
    }
    ObjectNode prov = new ObjectMapper().createObjectNode();
    prov.put("eligoVersion", eligoVersion);
    prov.put("tribuoVersion", Tribuo.VERSION);
    ObjectNode tr = prov.putObject("training");
    tr.put("file", String.valueOf(table.file().getFileName()));
    tr.put("sha256", sha256);
    tr.put("rows", d.y().length);
    tr.put("responders", java.util.Arrays.stream(d.y()).sum());
    tr.put("skippedIncomplete", d.skipped());
    prov.put("seed", seed);
    prov.put("trainer", trainer);
    prov.put("candidate", candidate.id());
    prov.put("chosen", candidate.toString());
    if (chosen.ridge() > 0) {
      prov.put("ridgeLambda", chosen.ridge());
    }
    prov.set("selection", selection.deepCopy());
    ResponseModel model = new ResponseModel(chosen.features(), f.mean(), f.sd(), f.weight(), f.bias(), prov, boosted);
    return new Trained(model, candidate, d.y().length, d.skipped());
  }
}
