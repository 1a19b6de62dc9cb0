package org.eligo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eligo.eval.SynthCohort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo synth}: a synthetic cohort for load tests (never for accuracy claims). */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = "Write a synthetic cohort for load tests (never for accuracy claims): DIR/patients.jsonl and DIR/notes.jsonl, "
        + "notes grouped by patient; the same seed and count give the same bytes.")
final class SynthCommand implements Callable<Integer> {
  @Option(names = "--patients", paramLabel = "N", required = true, description = "number of patients (at least 1)")
  int patients;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for patients.jsonl and notes.jsonl (created; files readable by their owner only)")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (patients < 1) {
      throw new ParameterException(spec.commandLine(), "--patients must be at least 1, got " + patients);
    }
    PrintWriter err = spec.commandLine().getErr();
    Path patientsFile = out.resolve("patients.jsonl");
    Path notesFile = out.resolve("notes.jsonl");
    SynthCohort.Written w;
    try (Writer p = Output.privateFile(patientsFile); Writer n = Output.privateFile(notesFile)) {
      w = new SynthCohort(seed).write(patients, p, n);
    } catch (IOException e) {
      err.println("eligo: error: cannot write the cohort to " + out + ": " + e.getClass().getSimpleName());
      return Main.FAILURE;
    }
    err.printf("eligo: wrote %d synthetic patients and %d notes to %s (load tests only, never accuracy)%n", w.patients(), w.notes(), out);
    return Main.OK;
  }
}
