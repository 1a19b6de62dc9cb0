package org.eligo.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.criteria.Trials;
import org.eligo.eligibility.Evaluator;
import org.eligo.extract.FhirFacts;
import org.eligo.intake.FhirBundles;
import org.eligo.intake.NoteReader;
import org.eligo.intake.PatientInfo;
import org.eligo.intake.PatientReader;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.Consolidator;
import org.eligo.patient.PatientPipeline;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import org.eligo.rank.Ranker;

/**
 * The pipeline, built once: lexicons, models, extraction, criteria parsing, evaluation and
 * ranking. Entry points call this; nothing here prints.
 */
public final class Eligo {
  private final Lexicons lexicons;
  private final PatientPipeline patients;
  private final Evaluator evaluator;
  private final Ranker ranker;
  private final Trials trials;
  private final FhirFacts fhir;

  public Eligo() {
    this.lexicons = Lexicons.load();
    this.patients = new PatientPipeline(lexicons);
    this.evaluator = new Evaluator(lexicons.cancers(), lexicons.drugs()::parts);
    this.ranker = new Ranker(evaluator);
    this.trials = new Trials(lexicons);
    this.fhir = new FhirFacts(lexicons);
  }

  public Lexicons lexicons() {
    return lexicons;
  }

  /** Notes and optional structured patients read from files; bad records go to {@code problems}. */
  public record Inputs(List<Note> notes, Map<String, PatientInfo> patients) {}

  public Inputs read(Path notes, Path patientsFile, Problems problems) {
    List<Note> n = NoteReader.read(notes, problems);
    return new Inputs(n, patients(patientsFile, problems));
  }

  /** Structured patients by id ({@code file} may be null: none). */
  public Map<String, PatientInfo> patients(Path file, Problems problems) {
    return file == null ? Map.of() : PatientReader.read(file, problems);
  }

  /**
   * The notes of a FHIR R4 bundle (JSON {@code text} of {@code file}): report texts as notes,
   * other resources stored as resource notes. Bad entries go to {@code problems}; a bundle that
   * gives no note at all gets a problem saying so.
   */
  public List<Note> fhir(String file, String text, Problems problems) {
    Problems found = new Problems();
    List<Note> notes = fhir.notes(file, FhirBundles.read(file, text, found), found);
    if (notes.isEmpty() && found.isEmpty()) {
      found.add(file, 0, "entry", "no entry eligo reads (Patient, Condition, Observation, MedicationStatement, "
          + "MedicationAdministration, DiagnosticReport)");
    }
    // Entries are reported in file order, whether HAPI or the mapping turned them down.
    found.list().stream().sorted(java.util.Comparator.comparingLong(org.eligo.core.Problem::line)).forEach(problems::add);
    return notes;
  }

  /** One patient's record from its notes in any order. Thread-safe. */
  public PatientRecord record(String patientId, List<Note> notes, PatientInfo info, List<Consolidator.Disagreement> disagreements) {
    return patients.recordOf(patientId, notes, info, disagreements);
  }

  public List<PatientRecord> records(Inputs in, List<Consolidator.Disagreement> disagreements) {
    return patients.build(in.notes(), in.patients(), disagreements);
  }

  public List<Trial> trials(Path fileOrDir, Problems problems) {
    return trials.read(fileOrDir, problems);
  }

  public List<Match> screen(Trial trial, List<PatientRecord> candidates) {
    return ranker.rank(trial, candidates);
  }

  /**
   * The same screening of the patients of {@code index} that {@code q} matches, each record
   * evaluated as it is read (on every core) and never all held at once.
   */
  public List<Match> screen(Trial trial, org.eligo.index.PatientIndex index, org.apache.lucene.search.Query q) {
    return ranker.rank(trial, each -> index.forEachRecord(q, each));
  }

  /** The same screening kept short: the first {@code limit} matches in full and every patient's status. */
  public org.eligo.rank.Ranker.Shortlist shortlist(Trial trial, org.eligo.index.PatientIndex index, org.apache.lucene.search.Query q,
      int limit) {
    return ranker.shortlist(trial, each -> index.forEachRecord(q, each), limit);
  }

  /** Patient → trials: ELIGIBLE first, then UNDETERMINED, then INELIGIBLE. */
  public List<Match> match(PatientRecord patient, List<Trial> trials) {
    return ranker.trialsFor(patient, trials);
  }
}
