package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.app.AuditLog;
import org.eligo.app.Eligo;
import org.eligo.app.Ingest;
import org.eligo.core.Problems;
import org.eligo.index.PatientIndex;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligo index}: adds patients to an on-disk index, or replaces them ({@link Ingest}: in
 * parallel, the notes file streamed). A patient already in the index keeps its stored notes; new
 * notes are added (a note with a known noteId replaces the stored one) and the record is derived
 * again from all of them. Prints the time taken end to end and the rate.
 */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Add or replace patients in an on-disk index.")
final class IndexCommand implements Callable<Integer> {
  @ArgGroup(exclusive = false, multiplicity = "1") PatientInput input;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder (created if missing)")
  Path index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems();
    long t0 = System.nanoTime();
    Eligo eligo = new Eligo();
    try (PatientIndex idx = PatientIndex.open(index, eligo.lexicons())) {
      Ingest.Result r = write(eligo, idx, input, problems, err);
      AuditLog.append(index, AuditLog.ids(AuditLog.entry("index").put("notes", r.notes()), "patients", r.patients()));
      double seconds = (System.nanoTime() - t0) / 1e9;
      int total = r.fresh() + r.replaced();
      err.printf(Locale.ROOT, "eligo: indexed %d patients (%d new, %d replaced) from %d notes into %s in %.1f s (%.0f patients/s)%n",
          total, r.fresh(), r.replaced(), r.notes(), index, seconds, total / seconds);
    }
    return Output.report(problems, err);
  }

  /** Indexes the notes and patients of {@code input} on one thread per core, commits, and prints the disagreements. */
  static Ingest.Result write(Eligo eligo, PatientIndex idx, PatientInput input, Problems problems, PrintWriter err) {
    Ingest.Result r = new Ingest(eligo, idx, Runtime.getRuntime().availableProcessors())
        .run(input.notes, eligo.patients(input.patients, problems), problems);
    Records.warn(r.disagreements(), err);
    return r;
  }
}
