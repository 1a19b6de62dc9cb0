package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eligo.app.AuditLog;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.index.PatientIndex;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import org.eligo.report.ScreenJson;
import org.eligo.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo match}: one patient's trials ranked, ELIGIBLE first, with the verdicts of {@code screen}. */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = "Patient → ranked trials (ELIGIBLE, then UNDETERMINED, then INELIGIBLE), in the line format of screen.")
final class MatchCommand implements Callable<Integer> {
  @Option(names = "--patient", paramLabel = "ID", required = true, description = "patient id in the index")
  String patient;

  @Option(names = "--trials", paramLabel = "DIR|FILE", required = true, description = "ClinicalTrials.gov v2 JSON or CTML file or folder")
  Path trials;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder")
  Path index;

  @Mixin Output output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(index)) {
      err.println("eligo: error: index folder not found: " + index);
      return Main.FAILURE;
    }
    Eligo eligo = new Eligo();
    Optional<PatientRecord> record;
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      record = idx.record(patient);
    }
    if (record.isEmpty()) {
      err.println("eligo: error: patient " + patient + " is not in the index " + index);
      return Main.FAILURE;
    }
    Problems problems = new Problems();
    List<Trial> list = eligo.trials(trials, problems);
    if (list.isEmpty()) {
      err.println("eligo: no trial could be read from " + trials);
      Output.report(problems, err);
      return Main.REJECTED;
    }
    List<Match> matches = eligo.match(record.get(), list);
    AuditLog.append(index, AuditLog.ids(AuditLog.ids(AuditLog.entry("match"), "trials", list.stream().map(Trial::id).toList()), "patients",
        List.of(patient)));
    PrintWriter out = output.open(spec.commandLine().getOut());
    if (output.format == Output.Format.jsonl) {
      matches.forEach(m -> out.println(ScreenJson.line(m).toString()));
    } else {
      Map<String, Trial> byId = list.stream().collect(Collectors.toMap(Trial::id, Function.identity(), (a, b) -> a));
      Tables.match(out, patient, matches, byId);
    }
    output.close(out);
    return Output.report(problems, err);
  }
}
