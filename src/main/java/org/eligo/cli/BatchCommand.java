package org.eligo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.app.Batch;
import org.eligo.app.Eligo;
import org.eligo.core.Problem;
import org.eligo.eligibility.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligo batch}: a screening run over every trial of a folder ({@link Batch}); outputs per
 * trial in {@code OUT/<trialId>/}, {@code OUT/alerts.jsonl} and {@code OUT/run.json}. Progress on
 * stderr: a bar redrawn in place on a terminal, a line every few seconds otherwise, nothing with
 * {@code --quiet}. Exit 0, or 3 when a trial (or the previous run) was rejected.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "A screening run: every trial of a folder against an index, with reports and new-match alerts (docs/INTEGRATION.md).")
final class BatchCommand implements Callable<Integer> {
  @Option(names = "--trials", paramLabel = "DIR|FILE", required = true, description = "folder (or file) of trials: ClinicalTrials.gov v2 JSON, CTML")
  Path trials;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder")
  Path index;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder (created owner-only); pass the same one each run for alerts")
  Path out;

  @Option(names = "--previous", paramLabel = "DIR", description = "the output folder of the run to compare with (default: --out itself)")
  Path previous;

  @Option(names = "--details", paramLabel = "N", defaultValue = "100",
      description = "patients shown with every criterion and evidence in report.html (default ${DEFAULT-VALUE})")
  int details;

  @Option(names = "--quiet", description = "no progress on stderr")
  boolean quiet;

  @Spec CommandSpec spec;

  /** Seconds between progress lines when stderr is no terminal. */
  static final double PLAIN_EVERY = 5;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (details < 0) {
      err.println("eligo: --details must be 0 or more");
      return Main.USAGE;
    }
    if (!Files.exists(trials)) {
      err.println("eligo: error: trials folder not found: " + trials);
      return Main.FAILURE;
    }
    if (!Files.isDirectory(index)) {
      err.println("eligo: error: index folder not found: " + index);
      return Main.FAILURE;
    }
    if (previous != null && !Files.isDirectory(previous)) {
      err.println("eligo: error: previous-run folder not found: " + previous);
      return Main.FAILURE;
    }
    String unwritable = unwritable(out);
    if (unwritable != null) {
      err.println("eligo: error: cannot write the output folder " + out + ": " + unwritable);
      return Main.FAILURE;
    }
    Batch.Result r = new Batch(new Eligo()).run(new Batch.Options(trials, index, out, previous, Main.VERSION, details),
        quiet ? (d, t, e, s) -> {} : progress(err, System.console() != null));
    for (Problem p : r.problems()) {
      err.println("eligo: rejected " + p);
    }
    if (r.trials().isEmpty()) {
      err.println("eligo: no trial could be read from " + trials);
      return r.problems().isEmpty() ? Main.FAILURE : Main.REJECTED;
    }
    if (!quiet) {
      int eligible = r.trials().stream().mapToInt(t -> t.counts().get(Status.ELIGIBLE)).sum();
      err.printf(Locale.ROOT, "eligo: batch wrote %d trials to %s: %d eligible patient-trial pairs, %d alerts%n", r.trials().size(), out,
          eligible, r.alerts().size());
    }
    return r.problems().isEmpty() ? Main.OK : Main.REJECTED;
  }

  /** Why {@code dir} cannot take the run's files, or null when it can (a missing folder is made, owner-only). */
  private static String unwritable(Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        return "not a folder";
      }
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir.toAbsolutePath().getParent());
        Files.createDirectory(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
      }
      Path probe = Files.createTempFile(dir, ".eligo-probe-", ".tmp");
      Files.delete(probe);
      return null;
    } catch (java.nio.file.AccessDeniedException e) {
      return "permission denied";
    } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.NotDirectoryException e) {
      return "a file is in the way";
    } catch (IOException | SecurityException e) {
      return e.getClass().getSimpleName();
    }
  }

  /** A bar redrawn with a carriage return on a terminal; a plain line at most every few seconds (and the last) otherwise. */
  static Batch.Progress progress(PrintWriter err, boolean terminal) {
    double[] lastLine = {0};
    return (done, total, evaluations, seconds) -> {
      double rate = seconds > 0 ? evaluations / seconds : 0;
      if (terminal) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d trials, %,d patient-trial evaluations, %,.0f/s", "#".repeat(filled), " ".repeat(width - filled),
            done, total, evaluations, rate);
        if (done == total) {
          err.println();
        }
        err.flush();
      } else if (done == total || seconds - lastLine[0] >= PLAIN_EVERY) {
        lastLine[0] = seconds;
        err.printf(Locale.ROOT, "eligo: batch %d/%d trials, %d patient-trial evaluations, %.0f/s, %.1f s%n", done, total, evaluations, rate,
            seconds);
        err.flush();
      }
    };
  }
}
