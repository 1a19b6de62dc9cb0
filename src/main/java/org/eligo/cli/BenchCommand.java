package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.core.Problems;
import org.eligo.eval.ExtractBench;
import org.eligo.intake.NoteReader;
import org.eligo.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo bench}: speed measurements behind docs/BENCHMARKS.md (never timed unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Speed measurements.",
    subcommands = {BenchCommand.Extract.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required (extract)");
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
        out.printf(Locale.ROOT, "ratio eligo / CoreNLP: %.0fx%n", ours.mbPerSecond() / theirs.mbPerSecond());
      }
      out.printf(Locale.ROOT, "max heap allowed: %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
      return Output.report(problems, spec.commandLine().getErr());
    }

    private static void print(PrintWriter out, ExtractBench.Result r) {
      out.printf(Locale.ROOT, "%-50s %8.2f MB in %7.1f s = %8.4f MB/s, %d items, peak heap %d MB%n", r.what(), r.chars() / 1e6,
          r.seconds(), r.mbPerSecond(), r.mentions(), r.peakHeapBytes() / 1_000_000);
    }
  }
}
