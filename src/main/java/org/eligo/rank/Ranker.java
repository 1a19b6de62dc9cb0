package org.eligo.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Eligibility;
import org.eligo.eligibility.Evaluator;
import org.eligo.patient.PatientRecord;

/** Evaluates every candidate for a trial and ranks them: score descending, then patient id. */
public final class Ranker {
  private final Evaluator evaluator;
  private final Scorer scorer = new Scorer();

  public Ranker(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  public List<Match> rank(Trial trial, List<PatientRecord> candidates) {
    record Scored(Eligibility e, double score) {}
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (PatientRecord p : candidates) {
      Eligibility e = evaluator.evaluate(trial, p);
      scored.add(new Scored(e, scorer.score(e)));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.e().patientId()));
    List<Match> out = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      out.add(new Match(scored.get(i).e(), scored.get(i).score(), i + 1));
    }
    return out;
  }

  /**
   * The trials for one patient (a tumour board's view): the same verdicts and scores as {@link
   * #rank}, ordered ELIGIBLE, UNDETERMINED, INELIGIBLE, then by score descending and trial id.
   */
  public List<Match> trialsFor(PatientRecord patient, List<Trial> trials) {
    record Scored(Eligibility e, double score) {}
    List<Scored> scored = new ArrayList<>(trials.size());
    for (Trial t : trials) {
      Eligibility e = evaluator.evaluate(t, patient);
      scored.add(new Scored(e, scorer.score(e)));
    }
    scored.sort(Comparator.comparing((Scored s) -> s.e().status()).thenComparing(Comparator.comparingDouble(Scored::score).reversed())
        .thenComparing(s -> s.e().trialId()));
    List<Match> out = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      out.add(new Match(scored.get(i).e(), scored.get(i).score(), i + 1));
    }
    return out;
  }
}
