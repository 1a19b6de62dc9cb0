package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.predict.CohortTable;
import org.eligo.predict.ResponseSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo eval response-selection}: the second pre-registered selection's repeated-CV AUCs on the training file, and the candidate it chooses. */
@Command(name = "response-selection", mixinStandardHelpOptions = true,
    description = "Repeated stratified 5-fold CV (5 repeats) of the pre-registered response-model candidates on the training file only; the highest mean AUC is chosen.")
final class EvalResponseSelection implements Callable<Integer> {
  @Option(names = "--train", paramLabel = "TSV", defaultValue = "../shared/benchmarks/response-icb/Chowell_train.tsv",
      description = "training file (default ${DEFAULT-VALUE})") Path train;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ResponseSelection.Outcome o = ResponseSelection.run(CohortTable.read(train));
    PrintWriter out = spec.commandLine().getOut();
    print(out, o);
    out.flush();
    return 0;
  }

  /** The selection's table: each candidate's CV AUC, its SD over the folds, its gain over the current model, and the choice. */
  static void print(PrintWriter out, ResponseSelection.Outcome o) {
    out.printf(Locale.ROOT, "%-8s %-8s %-8s  %s%n", "CV AUC", "sd", "vs cur.", "candidate");
    for (ResponseSelection.Scored s : o.scores()) {
      double m = s.mean();
      double sd = Math.sqrt(Arrays.stream(s.auc()).map(a -> (a - m) * (a - m)).sum() / (s.auc().length - 1));
      out.printf(Locale.ROOT, "%.4f   %.4f   %+.4f  %s%s%n", m, sd, m - o.current().mean(), s.candidate(),
          s == o.winner() ? "  <- highest" : s == o.current() ? "  <- current" : "");
    }
    out.printf(Locale.ROOT, "current %.4f, highest %.4f: chosen %s (paired gain %.4f, corrected SE %.4f, for information)%n",
        o.current().mean(), o.winner().mean(), o.winner().candidate(), o.gain(), o.se());
  }
}
