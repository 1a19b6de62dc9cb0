package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.predict.IraeCohort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo eval toxicity}: cross-validated AUC of an irAE logistic regression on pre-treatment features. */
@Command(name = "toxicity", mixinStandardHelpOptions = true,
    description = "Repeated stratified cross-validated AUC of a Tribuo logistic regression predicting any irAE (Sayer et al. NSCLC table).")
final class EvalToxicity implements Callable<Integer> {
  @Option(names = "--file", paramLabel = "CSV", defaultValue = "../shared/benchmarks/toxicity-irae/combined.data.csv",
      description = "default ${DEFAULT-VALUE}") Path file;
  @Option(names = "--folds", defaultValue = "5", description = "default ${DEFAULT-VALUE}") int folds;
  @Option(names = "--repeats", defaultValue = "20", description = "default ${DEFAULT-VALUE}") int repeats;
  @Option(names = "--seed", defaultValue = "17", description = "default ${DEFAULT-VALUE}") long seed;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (folds < 2 || repeats < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2 and --repeats at least 1");
    }
    IraeCohort.Data d = IraeCohort.read(file);
    double[] auc = IraeCohort.crossValidatedAuc(d, folds, repeats, seed);
    double mean = Arrays.stream(auc).average().orElse(Double.NaN);
    double sd = Math.sqrt(Arrays.stream(auc).map(a -> (a - mean) * (a - mean)).sum() / Math.max(1, auc.length - 1));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d patients (%d with an irAE), %d skipped for a missing value; %d features: %s%n", d.y().length,
        Arrays.stream(d.y()).sum(), d.skipped(), IraeCohort.FEATURES.size(), String.join(", ", IraeCohort.FEATURES));
    out.printf(Locale.ROOT, "logistic regression, %d-fold CV x %d repeats (seed %d): AUC %.3f ± %.3f (min %.3f, max %.3f)%n", folds, repeats,
        seed, mean, sd, Arrays.stream(auc).min().orElse(Double.NaN), Arrays.stream(auc).max().orElse(Double.NaN));
    out.println(mean < 0.55 ? "no usable signal: held-out AUC near (or below) chance" : "");
    out.flush();
    return Main.OK;
  }
}
