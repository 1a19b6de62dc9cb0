package org.eligo.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eligo.eligibility.Status;
import org.eligo.rank.Match;

/**
 * Status accuracy of screening results against gold, per trial and overall, with the confusion
 * counts and the list of disagreeing pairs. Pairs missing on either side are counted as errors.
 */
public final class StatusAccuracy {

  /** One trial's counts; {@code confusion[gold][predicted]} in {@link Status} order. */
  public record TrialScore(String trialId, int pairs, int correct, int[][] confusion) {
    public double accuracy() {
      return pairs == 0 ? 0 : (double) correct / pairs;
    }
  }

  /** A disagreement: gold and predicted (null when missing). */
  public record Miss(String trialId, String patientId, Status gold, Status predicted) {}

  private final Map<String, TrialScore> trials;
  private final List<Miss> misses;
  private final List<String> unscored;

  private StatusAccuracy(Map<String, TrialScore> trials, List<Miss> misses, List<String> unscored) {
    this.trials = trials;
    this.misses = misses;
    this.unscored = unscored;
  }

  public static StatusAccuracy of(Map<String, Status> gold, List<Match> predicted) {
    Map<String, Status> pred = new TreeMap<>();
    for (Match m : predicted) {
      pred.put(m.eligibility().trialId() + " " + m.eligibility().patientId(), m.eligibility().status());
    }
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, int[][]> confusion = new TreeMap<>();
    List<Miss> misses = new ArrayList<>();
    for (Map.Entry<String, Status> g : gold.entrySet()) {
      String[] key = g.getKey().split(" ", 2);
      Status p = pred.get(g.getKey());
      int[] c = counts.computeIfAbsent(key[0], k -> new int[2]);
      c[0]++;
      if (p == g.getValue()) {
        c[1]++;
      } else {
        misses.add(new Miss(key[0], key[1], g.getValue(), p));
      }
      if (p != null) {
        confusion.computeIfAbsent(key[0], k -> new int[3][3])[g.getValue().ordinal()][p.ordinal()]++;
      }
    }
    // A trial the gold says nothing about is not scored; a pair missing from a trial it covers is a miss.
    java.util.Set<String> unscored = new java.util.TreeSet<>();
    for (String k : pred.keySet()) {
      if (!gold.containsKey(k)) {
        String[] key = k.split(" ", 2);
        if (!counts.containsKey(key[0])) {
          unscored.add(key[0]);
          continue;
        }
        counts.get(key[0])[0]++;
        misses.add(new Miss(key[0], key[1], null, pred.get(k)));
      }
    }
    Map<String, TrialScore> trials = new TreeMap<>();
    counts.forEach((t, c) -> trials.put(t, new TrialScore(t, c[0], c[1], confusion.getOrDefault(t, new int[3][3]))));
    return new StatusAccuracy(trials, misses, List.copyOf(unscored));
  }

  /** Trials screened that the gold has no row for. */
  public List<String> unscored() {
    return unscored;
  }

  public List<TrialScore> trials() {
    return List.copyOf(trials.values());
  }

  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  public int pairs() {
    return trials.values().stream().mapToInt(TrialScore::pairs).sum();
  }

  public int correct() {
    return trials.values().stream().mapToInt(TrialScore::correct).sum();
  }

  /** Per gold status: how many pairs and how many right. */
  public Map<Status, int[]> byGoldStatus() {
    Map<Status, int[]> out = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      out.put(s, new int[2]);
    }
    for (TrialScore t : trials.values()) {
      for (Status g : Status.values()) {
        int row = 0;
        for (int p = 0; p < 3; p++) {
          row += t.confusion()[g.ordinal()][p];
        }
        out.get(g)[0] += row;
        out.get(g)[1] += t.confusion()[g.ordinal()][g.ordinal()];
      }
    }
    return out;
  }
}
