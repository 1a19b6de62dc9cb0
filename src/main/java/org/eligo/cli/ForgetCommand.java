package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eligo.app.AuditLog;
import org.eligo.index.PatientIndex;
import org.eligo.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo forget}: removes a patient from the index completely (withdrawn consent). */
@Command(name = "forget", mixinStandardHelpOptions = true,
    description = "Remove a patient completely from an index (withdrawn consent): record, notes and every searchable value; "
        + "the index files are rewritten without them.")
final class ForgetCommand implements Callable<Integer> {
  @Option(names = "--patient", paramLabel = "ID", required = true, description = "patient id")
  String patient;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder")
  Path index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(index)) {
      err.println("eligo: error: index folder not found: " + index);
      return Main.FAILURE;
    }
    try (PatientIndex idx = PatientIndex.open(index, Lexicons.load())) {
      if (!idx.forget(patient)) {
        err.println("eligo: error: patient " + patient + " is not in the index " + index);
        return Main.FAILURE;
      }
    }
    AuditLog.append(index, AuditLog.ids(AuditLog.entry("forget"), "patients", java.util.List.of(patient)));
    err.println("eligo: patient " + patient + " removed from " + index);
    return Main.OK;
  }
}
