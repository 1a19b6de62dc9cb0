package org.eligo.patient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eligo.context.AssertedMention;
import org.eligo.context.ConText;
import org.eligo.core.Note;
import org.eligo.extract.Extractors;
import org.eligo.extract.FhirFacts;
import org.eligo.extract.Mention;
import org.eligo.intake.FhirBundles;
import org.eligo.intake.PatientInfo;
import org.eligo.lexicon.Lexicons;
import org.eligo.text.Document;
import org.eligo.text.Segmenter;

/** Notes and structured demographics to one {@link PatientRecord} per patient. Thread-safe. */
public final class PatientPipeline {
  private final Segmenter segmenter;
  private final Extractors extractors;
  private final ConText context;
  private final FhirFacts fhir;
  private final Consolidator consolidator;

  public PatientPipeline(Lexicons lexicons) {
    this.consolidator = new Consolidator(lexicons.drugs()::parts);
    this.segmenter = new Segmenter(lexicons.sections());
    this.extractors = new Extractors(lexicons);
    this.context = new ConText(lexicons.cues());
    this.fhir = new FhirFacts(lexicons);
  }

  /**
   * Records for every patient that has notes or structured data, ordered by patient id. Notes
   * of a patient are read oldest first (undated first), so evidence comes in note order.
   */
  public List<PatientRecord> build(List<Note> notes, Map<String, PatientInfo> patients, List<Consolidator.Disagreement> disagreements) {
    Map<String, List<Note>> byPatient = new TreeMap<>();
    for (Note n : notes) {
      byPatient.computeIfAbsent(n.patientId(), k -> new ArrayList<>()).add(n);
    }
    for (String id : patients.keySet()) {
      byPatient.computeIfAbsent(id, k -> new ArrayList<>());
    }
    List<Map.Entry<String, List<Note>>> entries = new ArrayList<>(byPatient.entrySet());
    Map<String, PatientRecord> out = Collections.synchronizedMap(new LinkedHashMap<>());
    List<Consolidator.Disagreement> found = Collections.synchronizedList(new ArrayList<>());
    entries.parallelStream().forEach(e -> out.put(e.getKey(), recordOf(e.getKey(), e.getValue(), patients.get(e.getKey()), found)));
    found.sort(Comparator.comparing(Consolidator.Disagreement::patientId).thenComparing(Consolidator.Disagreement::field));
    disagreements.addAll(found);
    return byPatient.keySet().stream().map(out::get).toList();
  }

  /** The record of one patient from its notes in any order: they are read oldest first (undated first). */
  public PatientRecord recordOf(String patientId, List<Note> notes, PatientInfo info, List<Consolidator.Disagreement> disagreements) {
    List<Note> list = new ArrayList<>(notes);
    list.sort(Comparator.comparing(Note::date, Comparator.nullsFirst(Comparator.naturalOrder())));
    return record(patientId, list, info, disagreements);
  }

  /** The record of one patient from its notes, already in reading order. */
  private PatientRecord record(String patientId, List<Note> notes, PatientInfo info, List<Consolidator.Disagreement> disagreements) {
    List<AssertedMention> asserted = new ArrayList<>();
    for (Note n : notes) {
      if (PatientInfo.isInfo(n)) {
        continue; // stored demographics, used below
      }
      if (FhirBundles.isResource(n)) {
        // A FHIR resource states its facts and their assertion itself: no text processing.
        fhir.mentions(n).forEach(m -> asserted.add(new AssertedMention(m, m.intrinsic(), null)));
        continue;
      }
      Document doc = segmenter.segment(n);
      Map<org.eligo.core.CharSpan, org.eligo.lexicon.PhraseMatcher.Tokens> tokens = new java.util.HashMap<>();
      List<Mention> mentions = extractors.extract(doc, tokens);
      asserted.addAll(context.annotate(doc, mentions, tokens));
    }
    PatientInfo structured = info != null ? info
        : PatientInfo.stored(notes).or(() -> fhir.patientInfo(patientId, notes)).orElse(null);
    return consolidator.consolidate(patientId, notes, asserted, structured, disagreements);
  }

}
