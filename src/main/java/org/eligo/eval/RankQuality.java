package org.eligo.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eligo.eligibility.Status;

/**
 * How well one trial's ranking puts the gold-eligible patients first. Graded gain per patient:
 * gold ELIGIBLE 2, UNDETERMINED 1, INELIGIBLE (or no gold row) 0. NDCG@10 is DCG@10 = Σ gain_i /
 * log2(i + 1) over ranks i = 1..10, divided by the same sum over the gold gains sorted best
 * first; P@10 is the gold-ELIGIBLE share of the top 10 (a list shorter than 10 still divides by
 * 10); recall@k the share of the gold-ELIGIBLE patients ranked in the top k. A value that would
 * divide by zero (no positive gain, no gold ELIGIBLE) is NaN.
 */
public record RankQuality(String trialId, int ranked, int eligible, int undetermined, int unjudged,
    double ndcg10, double precision10, double recall10, double recall50) {

  /** {@code ranking} is patient ids best first; {@code gold} the trial's gold status per patient. */
  public static RankQuality of(String trialId, List<String> ranking, Map<String, Status> gold) {
    int eligible = (int) gold.values().stream().filter(s -> s == Status.ELIGIBLE).count();
    int undetermined = (int) gold.values().stream().filter(s -> s == Status.UNDETERMINED).count();
    int unjudged = (int) ranking.stream().filter(p -> !gold.containsKey(p)).count();
    List<Integer> ideal = gold.values().stream().map(RankQuality::gain).sorted(Comparator.reverseOrder()).toList();
    double idcg = dcg(ideal);
    double ndcg = idcg == 0 ? Double.NaN : dcg(ranking.stream().map(p -> gain(gold.get(p))).toList()) / idcg;
    int top10 = eligibleIn(ranking, gold, 10);
    return new RankQuality(trialId, ranking.size(), eligible, undetermined, unjudged, ndcg, top10 / 10.0,
        eligible == 0 ? Double.NaN : (double) top10 / eligible,
        eligible == 0 ? Double.NaN : (double) eligibleIn(ranking, gold, 50) / eligible);
  }

  static int gain(Status s) {
    return s == Status.ELIGIBLE ? 2 : s == Status.UNDETERMINED ? 1 : 0;
  }

  private static double dcg(List<Integer> gains) {
    double sum = 0;
    for (int i = 0; i < Math.min(10, gains.size()); i++) {
      sum += gains.get(i) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }

  private static int eligibleIn(List<String> ranking, Map<String, Status> gold, int k) {
    return (int) ranking.stream().limit(k).filter(p -> gold.get(p) == Status.ELIGIBLE).count();
  }

  /** Macro means of the trials with at least one gold-ELIGIBLE patient. */
  public record Mean(int trials, double ndcg10, double precision10, double recall10, double recall50) {}

  public static Mean mean(List<RankQuality> trials) {
    List<RankQuality> scored = trials.stream().filter(t -> t.eligible() > 0).toList();
    return new Mean(scored.size(), avg(scored, RankQuality::ndcg10), avg(scored, RankQuality::precision10),
        avg(scored, RankQuality::recall10), avg(scored, RankQuality::recall50));
  }

  private static double avg(List<RankQuality> trials, java.util.function.ToDoubleFunction<RankQuality> f) {
    return trials.stream().mapToDouble(f).average().orElse(Double.NaN);
  }
}
