package org.eligo.eval;

import java.util.List;
import java.util.Map;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Status;
import org.eligo.index.CandidateQuery;
import org.eligo.index.PatientIndex;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.eligo.rank.Match;
import org.eligo.rank.Ranker;

/**
 * One trial screened two ways on the same index, warm: candidates from {@link CandidateQuery}
 * then exact evaluation and ranking, against exact evaluation of every stored record. Each keeps
 * the first matches in full and every patient's status (as a coordinator's screen does at
 * scale); the bench checks that every patient the query left out is INELIGIBLE in the full run
 * and that both runs rank the same ELIGIBLE and UNDETERMINED first matches.
 */
public final class ScreenBench {
  /**
   * Times are medians over the rounds, in milliseconds; {@code candidateCpuMillis} is the CPU
   * time the whole process used meanwhile (every thread, JIT and GC included), which a loaded
   * machine does not stretch as it stretches wall time; the heap's peak over all rounds.
   */
  public record Result(String trialId, int criteriaUsed, int candidates, int patients, double candidateMillis,
      double candidateCpuMillis, double allMillis, boolean droppedIneligible, boolean sameTop, long peakHeapBytes) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /** A trial's screening of the patients of an index that a query matches, its first {@code top} matches kept in full. */
  public interface Screening {
    Ranker.Shortlist screen(Trial trial, PatientIndex index, Query q, int top);
  }

  private final Screening screen;
  private final int top;
  private final org.eligo.lexicon.Cancers cancers;

  public ScreenBench(Screening screen, int top, org.eligo.lexicon.Cancers cancers) {
    this.screen = screen;
    this.top = top;
    this.cancers = cancers;
  }

  public Result run(PatientIndex index, Trial trial, int rounds) {
    return run(index, trial, rounds, true);
  }

  /**
   * Without {@code everyRecord} only the screening through the query is timed: every record is
   * not evaluated, so its time is NaN and nothing is checked (both checks come out false).
   */
  public Result run(PatientIndex index, Trial trial, int rounds, boolean everyRecord) {
    CandidateQuery.Candidates q = CandidateQuery.of(trial, cancers);
    Ranker.Shortlist viaQuery = null;
    Ranker.Shortlist full = null;
    double[] withQuery = new double[rounds];
    double[] withQueryCpu = new double[rounds];
    double[] withAll = new double[rounds];
    HeapPeak.reset();
    for (int r = 0; r < rounds; r++) {
      long cpu = OS.getProcessCpuTime();
      long start = System.nanoTime();
      viaQuery = screen.screen(trial, index, q.query(), top);
      withQuery[r] = (System.nanoTime() - start) / 1e6;
      withQueryCpu[r] = (OS.getProcessCpuTime() - cpu) / 1e6;
      if (everyRecord) {
        start = System.nanoTime();
        full = screen.screen(trial, index, new MatchAllDocsQuery(), top);
        withAll[r] = (System.nanoTime() - start) / 1e6;
      }
    }
    Map<String, Status> kept = viaQuery.statuses();
    if (!everyRecord) {
      return new Result(trial.id(), q.criteriaUsed(), kept.size(), index.size(), median(withQuery), median(withQueryCpu), Double.NaN,
          false, false, HeapPeak.bytes());
    }
    boolean safe = full.statuses().entrySet().stream().allMatch(e -> kept.containsKey(e.getKey()) || e.getValue() == Status.INELIGIBLE);
    // INELIGIBLE scores lowest, so the ELIGIBLE and UNDETERMINED of both shortlists are the same matches
    boolean sameTop = possible(viaQuery).equals(possible(full));
    return new Result(trial.id(), q.criteriaUsed(), kept.size(), full.statuses().size(), median(withQuery), median(withQueryCpu), median(withAll), safe,
        sameTop, HeapPeak.bytes());
  }

  private static List<Match> possible(Ranker.Shortlist s) {
    return s.top().stream().filter(m -> m.eligibility().status() != Status.INELIGIBLE).toList();
  }

  static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
