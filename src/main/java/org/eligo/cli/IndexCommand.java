package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.eligo.app.Eligo;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.index.PatientIndex;
import org.eligo.intake.PatientInfo;
import org.eligo.patient.Consolidator;
import org.eligo.patient.PatientRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligo index}: adds patients to an on-disk index, or replaces them. A patient already in
 * the index keeps its stored notes; new notes are added (a note with a known noteId replaces the
 * stored one) and the record is derived again from all of them.
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
    Eligo eligo = new Eligo();
    Eligo.Inputs in = eligo.read(input.notes, input.patients, problems);
    try (PatientIndex idx = PatientIndex.open(index, eligo.lexicons())) {
      int[] counts = write(eligo, idx, in, err);
      err.printf("eligo: indexed %d patients (%d new, %d replaced) from %d notes into %s%n",
          counts[0] + counts[1], counts[0], counts[1], in.notes().size(), index);
    }
    return Output.report(problems, err);
  }

  /** Merges new notes with stored ones, re-derives and writes; returns {new, replaced}. */
  static int[] write(Eligo eligo, PatientIndex idx, Eligo.Inputs in, PrintWriter err) {
    Map<String, Map<String, Note>> byPatient = new TreeMap<>();
    for (Note n : in.notes()) {
      byPatient.computeIfAbsent(n.patientId(), k -> new LinkedHashMap<>()).put(n.noteId(), n);
    }
    in.patients().keySet().forEach(id -> byPatient.computeIfAbsent(id, k -> new LinkedHashMap<>()));
    int fresh = 0;
    int replaced = 0;
    List<Note> all = new ArrayList<>();
    for (Map.Entry<String, Map<String, Note>> e : byPatient.entrySet()) {
      List<Note> stored = idx.notes(e.getKey());
      if (stored.isEmpty()) {
        fresh++;
      } else {
        replaced++;
      }
      Map<String, Note> merged = new LinkedHashMap<>();
      stored.forEach(n -> merged.put(n.noteId(), n));
      merged.putAll(e.getValue());
      all.addAll(merged.values());
    }
    Map<String, PatientInfo> info = in.patients();
    List<Consolidator.Disagreement> disagreements = new ArrayList<>();
    List<PatientRecord> records = eligo.records(new Eligo.Inputs(all, info), disagreements);
    Map<String, List<Note>> notesOf = new TreeMap<>();
    all.forEach(n -> notesOf.computeIfAbsent(n.patientId(), k -> new ArrayList<>()).add(n));
    for (PatientRecord r : records) {
      idx.put(r, notesOf.getOrDefault(r.patientId(), List.of()));
    }
    idx.commit();
    Records.warn(disagreements, err);
    return new int[] {fresh, replaced};
  }
}
