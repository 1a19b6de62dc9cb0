package org.eligo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eligo.app.AuditLog;
import org.eligo.app.Eligo;
import org.eligo.app.Ingest;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.index.PatientIndex;
import org.eligo.patient.Consolidator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligo index}: adds patients to an on-disk index, or replaces them ({@link Ingest}: in
 * parallel, the notes file streamed). A patient already in the index keeps its stored notes; new
 * notes are added (a note with a known noteId replaces the stored one) and the record is derived
 * again from all of them. Prints the time taken end to end and the rate.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Add or replace patients in an on-disk index, from notes (--notes, --patients) and/or FHIR R4 bundles (--fhir).")
final class IndexCommand implements Callable<Integer> {
  @ArgGroup(exclusive = false, multiplicity = "0..1") PatientInput input;

  @Option(names = "--fhir", paramLabel = "FILE", description = "a FHIR R4 bundle in JSON (repeatable)")
  List<Path> fhir = new ArrayList<>();

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder (created if missing)")
  Path index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (input == null && fhir.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--notes=FILE|DIR' or '--fhir=FILE'");
    }
    Problems problems = new Problems();
    long t0 = System.nanoTime();
    Eligo eligo = new Eligo();
    try (PatientIndex idx = PatientIndex.open(index, eligo.lexicons())) {
      Ingest.Result r = input == null ? new Ingest.Result(0, 0, 0, List.of(), List.of()) : write(eligo, idx, input, problems, err);
      if (!fhir.isEmpty()) {
        r = plus(r, fhir(eligo, idx, fhir, problems, err));
      }
      AuditLog.append(index, AuditLog.ids(AuditLog.entry("index").put("notes", r.notes()), "patients", r.patients()));
      double seconds = (System.nanoTime() - t0) / 1e9;
      int total = r.fresh() + r.replaced();
      err.printf(Locale.ROOT, "eligo: indexed %d patients (%d new, %d replaced) from %d notes into %s in %.1f s (%.0f patients/s)%n",
          total, r.fresh(), r.replaced(), r.notes(), index, seconds, total / seconds);
    }
    return Output.report(problems, err);
  }

  /**
   * The notes and resources of FHIR bundles into the index, in one run and one commit; a file
   * that cannot be read is a problem.
   */
  private static Ingest.Result fhir(Eligo eligo, PatientIndex idx, List<Path> files, Problems problems, PrintWriter err) {
    List<Note> notes = new ArrayList<>();
    for (Path file : files) {
      try {
        notes.addAll(eligo.fhir(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems));
      } catch (IOException | UncheckedIOException e) {
        problems.add(file.toString(), 0, null, "cannot read as UTF-8 text (" + e.getClass().getSimpleName() + ")");
      }
    }
    Ingest.Result r = notes.isEmpty() ? new Ingest.Result(0, 0, 0, List.of(), List.of())
        : new Ingest(eligo, idx, Runtime.getRuntime().availableProcessors()).run(notes, Map.of());
    Records.warn(r.disagreements(), err);
    return r;
  }

  private static Ingest.Result plus(Ingest.Result a, Ingest.Result b) {
    List<Consolidator.Disagreement> all = new ArrayList<>(a.disagreements());
    all.addAll(b.disagreements());
    List<String> patients = new ArrayList<>(a.patients());
    patients.addAll(b.patients());
    return new Ingest.Result(a.fresh() + b.fresh(), a.replaced() + b.replaced(), a.notes() + b.notes(), all, patients);
  }

  /** Indexes the notes and patients of {@code input} on one thread per core, commits, and prints the disagreements. */
  static Ingest.Result write(Eligo eligo, PatientIndex idx, PatientInput input, Problems problems, PrintWriter err) {
    Ingest.Result r = new Ingest(eligo, idx, Runtime.getRuntime().availableProcessors())
        .run(input.notes, eligo.patients(input.patients, problems), problems);
    Records.warn(r.disagreements(), err);
    return r;
  }
}
