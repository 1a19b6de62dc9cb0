package org.eligo.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Status;
import org.eligo.index.CandidateQuery;
import org.eligo.index.PatientIndex;
import org.eligo.patient.PatientRecord;
import java.util.function.BiFunction;
import org.eligo.rank.Match;

/**
 * One trial screened two ways on the same index, warm: candidates from {@link CandidateQuery}
 * then exact evaluation and ranking, against exact evaluation of every stored record. Checks
 * that every patient the query left out is INELIGIBLE in the full run.
 */
public final class ScreenBench {
  /** Times are medians over the rounds, in milliseconds. */
  public record Result(String trialId, int criteriaUsed, int candidates, int patients, double candidateMillis, double allMillis,
      boolean droppedIneligible) {}

  private final BiFunction<Trial, List<PatientRecord>, List<Match>> screen;

  /** {@code screen} evaluates and ranks the given records for a trial, as {@code eligo screen} does. */
  public ScreenBench(BiFunction<Trial, List<PatientRecord>, List<Match>> screen) {
    this.screen = screen;
  }

  public Result run(PatientIndex index, Trial trial, int rounds) {
    CandidateQuery.Candidates q = CandidateQuery.of(trial);
    List<Match> viaQuery = null;
    List<Match> full = null;
    double[] withQuery = new double[rounds];
    double[] withAll = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      viaQuery = screen.apply(trial, index.records(q.query()));
      withQuery[r] = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      full = screen.apply(trial, index.records());
      withAll[r] = (System.nanoTime() - start) / 1e6;
    }
    Set<String> kept = viaQuery.stream().map(m -> m.eligibility().patientId()).collect(Collectors.toSet());
    Map<String, Match> byPatient = full.stream().collect(Collectors.toMap(m -> m.eligibility().patientId(), Function.identity()));
    boolean safe = byPatient.values().stream()
        .allMatch(m -> kept.contains(m.eligibility().patientId()) || m.eligibility().status() == Status.INELIGIBLE);
    return new Result(trial.id(), q.criteriaUsed(), viaQuery.size(), full.size(), median(withQuery), median(withAll), safe);
  }

  static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
