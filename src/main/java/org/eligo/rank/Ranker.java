package org.eligo.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Eligibility;
import org.eligo.eligibility.Evaluator;
import org.eligo.eligibility.Status;
import org.eligo.patient.PatientRecord;

/** Evaluates every candidate for a trial and ranks them: score descending, then patient id. */
public final class Ranker {
  private final Evaluator evaluator;
  private final Scorer scorer = new Scorer();

  public Ranker(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  public List<Match> rank(Trial trial, List<PatientRecord> candidates) {
    return rank(trial, candidates::forEach);
  }

  /**
   * The same ranking of the records {@code source} hands over, each evaluated as it comes and
   * then let go; the source may hand them over from several threads at once, in any order.
   */
  public List<Match> rank(Trial trial, Consumer<Consumer<PatientRecord>> source) {
    record Scored(Eligibility e, double score) {}
    Queue<Scored> queue = new ConcurrentLinkedQueue<>();
    source.accept(p -> {
      Eligibility e = evaluator.evaluate(trial, p);
      queue.add(new Scored(e, scorer.score(e)));
    });
    List<Scored> scored = new ArrayList<>(queue);
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.e().patientId()));
    List<Match> out = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      out.add(new Match(scored.get(i).e(), scored.get(i).score(), i + 1));
    }
    return out;
  }

  /** The first matches of a ranking in full, and the status of every patient ranked. */
  public record Shortlist(List<Match> top, Map<String, Status> statuses) {}

  /**
   * The first {@code limit} matches of {@link #rank} (the patients a coordinator is shown), and
   * every patient's status, without holding every patient's evaluation: each one is let go
   * unless it is among the best so far.
   */
  public Shortlist shortlist(Trial trial, Consumer<Consumer<PatientRecord>> source, int limit) {
    record Scored(Eligibility e, double score) {}
    // the worst kept first: lower score, then the later patient id
    Comparator<Scored> worstFirst = Comparator.comparingDouble(Scored::score).thenComparing(s -> s.e().patientId(), Comparator.reverseOrder());
    PriorityQueue<Scored> best = new PriorityQueue<>(worstFirst);
    Map<String, Status> statuses = new ConcurrentHashMap<>();
    source.accept(p -> {
      Eligibility e = evaluator.evaluate(trial, p);
      statuses.put(e.patientId(), e.status());
      Scored s = new Scored(e, scorer.score(e));
      synchronized (best) {
        if (best.size() < limit) {
          best.add(s);
        } else if (limit > 0 && worstFirst.compare(s, best.peek()) > 0) {
          best.poll();
          best.add(s);
        }
      }
    });
    List<Scored> kept = new ArrayList<>(best);
    kept.sort(worstFirst.reversed());
    List<Match> top = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      top.add(new Match(kept.get(i).e(), kept.get(i).score(), i + 1));
    }
    return new Shortlist(top, statuses);
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
