package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Status;
import org.eligo.eval.StatusAccuracy;
import org.eligo.eval.StatusGold;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo eval}: the measurements behind docs/BENCHMARKS.md. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure eligo against gold data.",
    subcommands = {EvalCommand.Status.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "an evaluation is required (status)");
  }

  /** Screening status accuracy per trial against a gold TSV. */
  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Status accuracy of screening against gold (trialId, patientId, status TSV).")
  static final class Status implements Callable<Integer> {
    @Option(names = "--trials", required = true, paramLabel = "DIR|FILE") Path trials;
    @ArgGroup(exclusive = false, multiplicity = "1") PatientInput input;
    @Option(names = "--gold", required = true, paramLabel = "TSV") Path gold;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Problems problems = new Problems();
      long start = System.nanoTime();
      Eligo eligo = new Eligo();
      List<Trial> ts = eligo.trials(trials, problems);
      List<PatientRecord> records = Records.build(eligo, input, problems, err);
      List<Match> all = new ArrayList<>();
      for (Trial t : ts) {
        all.addAll(eligo.screen(t, records));
      }
      Map<String, org.eligo.eligibility.Status> goldMap = StatusGold.read(gold, problems);
      StatusAccuracy acc = StatusAccuracy.of(goldMap, all);
      out.printf(Locale.ROOT, "%-12s %6s %8s %9s%n", "trial", "pairs", "correct", "accuracy");
      for (StatusAccuracy.TrialScore s : acc.trials()) {
        out.printf(Locale.ROOT, "%-12s %6d %8d %9.3f%n", s.trialId(), s.pairs(), s.correct(), s.accuracy());
      }
      out.printf(Locale.ROOT, "%-12s %6d %8d %9.3f%n", "all", acc.pairs(), acc.correct(),
          acc.pairs() == 0 ? 0.0 : (double) acc.correct() / acc.pairs());
      acc.byGoldStatus().forEach((s, c) -> out.printf(Locale.ROOT, "  gold %-12s %4d pairs, %4d right%n", s, c[0], c[1]));
      if (!acc.misses().isEmpty()) {
        out.println("disagreements (trial, patient, gold → eligo: deciding criteria):");
        Map<String, Match> byKey = new java.util.HashMap<>();
        all.forEach(m -> byKey.put(m.eligibility().trialId() + " " + m.eligibility().patientId(), m));
        acc.misses().stream().sorted(Comparator.comparing(StatusAccuracy.Miss::trialId).thenComparing(StatusAccuracy.Miss::patientId))
            .forEach(x -> {
              Match m = byKey.get(x.trialId() + " " + x.patientId());
              out.printf(Locale.ROOT, "  %s %s %s → %s: %s%n", x.trialId(), x.patientId(), x.gold(), x.predicted(),
                  m == null ? "" : org.eligo.report.Tables.deciding(m));
            });
      }
      err.printf(Locale.ROOT, "eligo: evaluated %d pairs in %.1f s%n", all.size(), (System.nanoTime() - start) / 1e9);
      return Output.report(problems, err);
    }
  }
}
