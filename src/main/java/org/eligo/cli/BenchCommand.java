package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.core.Problems;
import org.eligo.eval.CriteriaBench;
import org.eligo.eval.ExtractBench;
import org.eligo.intake.NoteReader;
import org.eligo.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo bench}: speed measurements behind docs/BENCHMARKS.md (never timed unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Speed measurements.",
    subcommands = {BenchCommand.Extract.class, BenchCommand.Criteria.class, BenchCommand.Screen.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required (extract, criteria, screen)");
  }

  /** Extract pipeline throughput on a generated stream, against CoreNLP on its first part. */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "MB/s of the extract pipeline on a stream of notes made from seed notes, and of CoreNLP on its first part.")
  static final class Extract implements Callable<Integer> {
    @Option(names = "--notes", required = true, paramLabel = "FILE", description = "seed notes (JSON Lines)") Path notes;
    @Option(names = "--mb", defaultValue = "100", description = "MB of note text for eligo (default ${DEFAULT-VALUE})") double mb;
    @Option(names = "--corenlp-mb", defaultValue = "0.5", description = "MB of the same stream for CoreNLP; 0 skips it (default ${DEFAULT-VALUE})")
    double coreNlpMb;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Problems problems = new Problems();
      ExtractBench bench = new ExtractBench(ExtractBench.nonEmpty(NoteReader.read(notes, problems)), seed);
      ExtractBench.Result ours = bench.eligo(Lexicons.load(), (long) (mb * 1e6));
      print(out, ours);
      if (coreNlpMb > 0) {
        System.gc();
        ExtractBench.Result theirs = bench.coreNlp((long) (coreNlpMb * 1e6));
        print(out, theirs);
        out.printf(Locale.ROOT, "ratio eligo / CoreNLP: %.0fx wall, %.0fx CPU%n", ours.mbPerSecond() / theirs.mbPerSecond(),
            ours.mbPerCpuSecond() / theirs.mbPerCpuSecond());
      }
      out.printf(Locale.ROOT, "max heap allowed: %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
      return Output.report(problems, spec.commandLine().getErr());
    }

    private static void print(PrintWriter out, ExtractBench.Result r) {
      out.printf(Locale.ROOT, "%-50s %8.2f MB in %7.1f s wall = %8.4f MB/s; %7.1f s thread CPU = %8.4f MB per CPU-s; %d items, peak heap %d MB%n",
          r.what(), r.chars() / 1e6, r.seconds(), r.mbPerSecond(), r.cpuSeconds(), r.mbPerCpuSecond(), r.mentions(),
          r.peakHeapBytes() / 1_000_000);
    }
  }

  /** Warm parse time per trial file, without the parse cache, and whether every parse is the same. */
  @Command(name = "criteria", mixinStandardHelpOptions = true,
      description = "Warm time to read and parse each trial (no parse cache), and a digest of each parse to compare runs.")
  static final class Criteria implements Callable<Integer> {
    @Option(names = "--trials", required = true, paramLabel = "DIR|FILE", description = "ClinicalTrials.gov v2 JSON file or folder") Path trials;
    @Option(names = "--rounds", defaultValue = "20", description = "timed rounds over all trials (default ${DEFAULT-VALUE})") int rounds;
    @Option(names = "--warmup", defaultValue = "5", description = "untimed rounds first (default ${DEFAULT-VALUE})") int warmup;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (rounds < 1 || warmup < 0) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1 and --warmup at least 0");
      }
      if (!Files.exists(trials)) {
        spec.commandLine().getErr().printf("eligo: %s: no such file or folder%n", trials);
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      Problems problems = new Problems();
      List<Path> files = CriteriaBench.files(trials);
      CriteriaBench.Result r = new CriteriaBench(Lexicons.load()).run(files, warmup, rounds, problems);
      out.printf(Locale.ROOT, "%-24s %9s %10s %10s  %s%n", "trial file", "criteria", "mean ms", "max ms", "parse digest");
      for (CriteriaBench.TrialTime t : r.trials()) {
        out.printf(Locale.ROOT, "%-24s %9d %10.2f %10.2f  %s%s%n", t.file(), t.criteria(), t.meanMillis(), t.maxMillis(), t.digest(),
            t.stable() ? "" : "  CHANGED BETWEEN ROUNDS");
      }
      out.printf(Locale.ROOT, "%d trials, %d timed rounds after %d warm-up: mean %.2f ms per trial, slowest read %.2f ms%n",
          r.trials().size(), r.rounds(), warmup, r.meanMillis(), r.maxMillis());
      out.printf("parses identical in every round: %s; digest of all parses: %s (compare it between runs)%n",
          r.stable() ? "yes" : "NO", r.digest());
      int code = Output.report(problems, spec.commandLine().getErr());
      return r.stable() ? code : 1;
    }
  }

  /** Screening through the candidate query against evaluating every stored record, on one index. */
  @Command(name = "screen", mixinStandardHelpOptions = true,
      description = "Per trial, warm: candidates from the index query then exact evaluation, against exact evaluation of every record.")
  static final class Screen implements Callable<Integer> {
    @Option(names = "--trials", required = true, paramLabel = "DIR|FILE", description = "trials") Path trials;
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "an index made by eligo index") Path index;
    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds per trial after one warm-up (default ${DEFAULT-VALUE})") int rounds;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (rounds < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      Problems problems = new Problems();
      org.eligo.app.Eligo eligo = new org.eligo.app.Eligo();
      List<org.eligo.criteria.Trial> list = eligo.trials(trials, problems);
      org.eligo.eval.ScreenBench bench = new org.eligo.eval.ScreenBench(eligo::screen);
      boolean safe = true;
      try (org.eligo.index.PatientIndex idx = org.eligo.index.PatientIndex.openForReading(index)) {
        out.printf(Locale.ROOT, "%-12s %8s %11s %9s %14s %12s  %s%n", "trial", "criteria", "candidates", "patients", "candidates ms",
            "all ms", "dropped all INELIGIBLE");
        for (org.eligo.criteria.Trial t : list) {
          bench.run(idx, t, 1);
          org.eligo.eval.ScreenBench.Result r = bench.run(idx, t, rounds);
          safe &= r.droppedIneligible();
          out.printf(Locale.ROOT, "%-12s %8d %11d %9d %14.1f %12.1f  %s%n", r.trialId(), r.criteriaUsed(), r.candidates(), r.patients(),
              r.candidateMillis(), r.allMillis(), r.droppedIneligible() ? "yes" : "NO");
        }
      }
      out.printf(Locale.ROOT, "max heap allowed: %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
      int code = Output.report(problems, spec.commandLine().getErr());
      return safe ? code : 1;
    }
  }
}
