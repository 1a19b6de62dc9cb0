package org.eligo.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.patient.Consolidator;
import org.eligo.patient.PatientRecord;
import org.eligo.patient.RecordJson;
import org.eligo.report.Tables;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo extract}: the facts read from each patient's notes, with evidence. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Facts per patient, with evidence spans.")
final class ExtractCommand implements Callable<Integer> {
  @ArgGroup(exclusive = false, multiplicity = "1") PatientInput input;
  @Mixin Output output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems();
    Eligo eligo = new Eligo();
    List<PatientRecord> records = Records.build(eligo, input, problems, err);
    PrintWriter out = output.open(spec.commandLine().getOut());
    for (PatientRecord r : records) {
      if (output.format == Output.Format.jsonl) {
        out.println(RecordJson.write(r).toString());
      } else {
        Tables.extract(out, r);
      }
    }
    output.close(out);
    return Output.report(problems, err);
  }
}

/** Reads inputs and builds records, reporting disagreements between structured data and notes. */
final class Records {
  private Records() {}

  static List<PatientRecord> build(Eligo eligo, PatientInput input, Problems problems, PrintWriter err) {
    Eligo.Inputs in = eligo.read(input.notes, input.patients, problems);
    List<Consolidator.Disagreement> disagreements = new ArrayList<>();
    List<PatientRecord> records = eligo.records(in, disagreements);
    warn(disagreements, err);
    return records;
  }

  /** Structured data and notes disagreeing: values only, never note text. */
  static void warn(List<Consolidator.Disagreement> disagreements, PrintWriter err) {
    for (Consolidator.Disagreement d : disagreements) {
      err.println("eligo: warning: patient " + d.patientId() + ": " + d.field() + " in notes (" + d.notes()
          + ") disagrees with structured data (" + d.structured() + "); structured value used");
    }
  }
}
