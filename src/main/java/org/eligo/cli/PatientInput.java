package org.eligo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where patient data comes from: notes and optional structured demographics. */
final class PatientInput {
  @Option(names = "--notes", paramLabel = "FILE|DIR", required = true,
      description = "notes as JSON Lines, or a folder of <patientId>__<noteId>.txt files")
  Path notes;

  @Option(names = "--patients", paramLabel = "FILE", description = "structured patients (JSON Lines or CSV)")
  Path patients;
}
