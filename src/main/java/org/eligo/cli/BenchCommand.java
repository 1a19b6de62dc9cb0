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
    subcommands = {BenchCommand.Extract.class, BenchCommand.Criteria.class, BenchCommand.Screen.class,
        BenchCommand.Search.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required (extract, criteria, screen, search)");
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
    @Option(names = "--top", defaultValue = "100", description = "first matches kept in full, with evidence (default ${DEFAULT-VALUE})") int top;
    @Option(names = "--query-only", description = "time only the screening through the candidate query (no run over every record, so nothing is checked)")
    boolean queryOnly;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (rounds < 1 || top < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds and --top must be at least 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      Problems problems = new Problems();
      org.eligo.app.Eligo eligo = new org.eligo.app.Eligo();
      List<org.eligo.criteria.Trial> list = eligo.trials(trials, problems);
      org.eligo.eval.ScreenBench bench = new org.eligo.eval.ScreenBench(eligo::shortlist, top, eligo.lexicons().cancers());
      boolean safe = true;
      try (org.eligo.index.PatientIndex idx = org.eligo.index.PatientIndex.openForReading(index)) {
        out.printf(Locale.ROOT, "%-12s %8s %11s %9s %14s %15s %12s %13s  %s%n", "trial", "criteria", "candidates", "patients", "candidates ms",
            "candidates CPU", "all ms", "peak heap MB", "dropped all INELIGIBLE, same top");
        for (org.eligo.criteria.Trial t : list) {
          bench.run(idx, t, 1, !queryOnly);
          org.eligo.eval.ScreenBench.Result r = bench.run(idx, t, rounds, !queryOnly);
          safe &= queryOnly || r.droppedIneligible() && r.sameTop();
          out.printf(Locale.ROOT, "%-12s %8d %11d %9d %14.1f %15.1f %12.1f %13d  %s%n", r.trialId(), r.criteriaUsed(), r.candidates(),
              r.patients(), r.candidateMillis(), r.candidateCpuMillis(), r.allMillis(), r.peakHeapBytes() / 1_000_000, queryOnly ? "not checked (--query-only)"
              : (r.droppedIneligible() ? "yes" : "NO") + ", " + (r.sameTop() ? "yes" : "NO"));
        }
      }
      out.printf(Locale.ROOT, "max heap allowed: %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
      int code = Output.report(problems, spec.commandLine().getErr());
      return safe ? code : 1;
    }
  }

  /** Latency of the search query mix on one index, warm. */
  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Warm latency of each query of the docs/SEARCH.md mix (parse, top hits, highlights): p50, p95, p99, CPU and peak heap.")
  static final class Search implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "an index made by eligo index") Path index;
    @Option(names = "--rounds", defaultValue = "20", description = "timed rounds over the mix (default ${DEFAULT-VALUE})") int rounds;
    @Option(names = "--warmup", defaultValue = "5", description = "untimed rounds first (default ${DEFAULT-VALUE})") int warmup;
    @Option(names = "--limit", defaultValue = "20", description = "hits per query, as search --limit (default ${DEFAULT-VALUE})") int limit;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (rounds < 1 || warmup < 0 || limit < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds and --limit must be at least 1 and --warmup at least 0");
      }
      PrintWriter out = spec.commandLine().getOut();
      org.eligo.eval.SearchBench.Result r;
      int patients;
      try (org.eligo.index.PatientIndex idx = org.eligo.index.PatientIndex.openForReading(index)) {
        patients = idx.size();
        r = org.eligo.eval.SearchBench.run(idx, org.eligo.eval.SearchBench.MIX, limit, warmup, rounds);
      }
      out.printf(Locale.ROOT, "%-72s %9s %10s %10s %10s%n", "query", "patients", "median ms", "max ms", "CPU ms");
      for (org.eligo.eval.SearchBench.QueryTime q : r.queries()) {
        out.printf(Locale.ROOT, "%-72s %9d %10.2f %10.2f %10.2f%n", q.query(), q.matches(), q.medianMillis(), q.maxMillis(), q.cpuMillis());
      }
      out.printf(Locale.ROOT, "%d searches on %d patients (%d queries x %d rounds after %d warm-up, top %d with highlights): "
          + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; process CPU %.2f ms per search%n", r.searches(), patients,
          r.queries().size(), rounds, warmup, limit, r.p50(), r.p95(), r.p99(), r.max(), r.cpuMillis());
      out.printf(Locale.ROOT, "peak heap in the timed rounds: %d MB (max heap allowed: %d MB)%n", r.peakHeapBytes() / 1_000_000,
          Runtime.getRuntime().maxMemory() / 1_000_000);
      return Main.OK;
    }
  }
}
