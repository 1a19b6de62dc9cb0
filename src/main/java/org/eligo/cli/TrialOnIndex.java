package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.index.PatientIndex;
import org.eligo.patient.PatientRecord;

/** The one trial of a file and every record of an index, for commands that study one trial over the index; null after saying why. */
final class TrialOnIndex {
  private TrialOnIndex() {}

  static Trial trial(Eligo eligo, Path file, Problems problems, PrintWriter err) {
    List<Trial> trials = eligo.trials(file, problems);
    if (trials.size() != 1) {
      Output.report(problems, err);
      err.println("eligo: error: " + file + ": one trial expected, read " + trials.size());
      return null;
    }
    return trials.get(0);
  }

  static List<PatientRecord> records(Path index, PrintWriter err) {
    List<PatientRecord> records;
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      records = idx.records();
    }
    if (records.isEmpty()) {
      err.println("eligo: error: index " + index + " holds no patients");
      return null;
    }
    return records;
  }
}
