package org.eligo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eligo.app.AuditLog;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.index.PatientIndex;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import org.eligo.report.ScreenJson;
import org.eligo.report.Tables;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo screen}: each trial's patients ranked, with a verdict and evidence per criterion. */
@Command(name = "screen", mixinStandardHelpOptions = true, description = "Trial → ranked patients with verdicts and evidence.")
final class ScreenCommand implements Callable<Integer> {
  @Option(names = "--trials", paramLabel = "DIR|FILE", required = true, description = "ClinicalTrials.gov v2 JSON file or folder")
  Path trials;

  @ArgGroup(exclusive = true, multiplicity = "1") Source source;

  static final class Source {
    @Option(names = "--index", paramLabel = "DIR", required = true, description = "screen the patients of this index")
    Path index;

    @ArgGroup(exclusive = false) PatientInput input;
  }

  @Mixin Output output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems();
    Eligo eligo = new Eligo();
    List<Trial> list = eligo.trials(trials, problems);
    List<Trial> sorted = list.stream().sorted(Comparator.comparing(Trial::id)).toList();
    List<PatientRecord> records = source.index != null ? fromIndex(source.index) : viaTemporaryIndex(eligo, problems, err);
    if (source.index != null) {
      AuditLog.append(source.index, AuditLog.ids(AuditLog.ids(AuditLog.entry("screen"), "trials", sorted.stream().map(Trial::id).toList()),
          "patients", records.stream().map(PatientRecord::patientId).toList()));
    }
    PrintWriter out = output.open(spec.commandLine().getOut());
    for (Trial t : sorted) {
      List<Match> matches = eligo.screen(t, records);
      if (output.format == Output.Format.jsonl) {
        matches.forEach(m -> out.println(ScreenJson.line(m).toString()));
      } else {
        Tables.screen(out, t, matches);
      }
    }
    output.close(out);
    if (sorted.isEmpty()) {
      err.println("eligo: no trial could be read from " + trials);
      Output.report(problems, err);
      return Main.REJECTED;
    }
    return Output.report(problems, err);
  }

  private static List<PatientRecord> fromIndex(Path dir) {
    try (PatientIndex idx = PatientIndex.openForReading(dir)) {
      return idx.records();
    }
  }

  /** Without --index the notes go through a private temporary index, removed afterwards. */
  private List<PatientRecord> viaTemporaryIndex(Eligo eligo, Problems problems, PrintWriter err) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("eligo-index-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary index", e);
    }
    try {
      try (PatientIndex idx = PatientIndex.open(tmp, eligo.lexicons())) {
        IndexCommand.write(eligo, idx, source.input, problems, err);
        return idx.records();
      }
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: the folder is private to this user
    }
  }
}
