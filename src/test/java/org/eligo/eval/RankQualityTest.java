package org.eligo.eval;

import static org.eligo.eligibility.Status.ELIGIBLE;
import static org.eligo.eligibility.Status.INELIGIBLE;
import static org.eligo.eligibility.Status.UNDETERMINED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eligo.eligibility.Status;
import org.junit.jupiter.api.Test;

class RankQualityTest {
  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void ndcgDividesTheGradedGainOfTheRankingByThatOfTheGoldOrder() {
    Map<String, Status> gold = Map.of("A", INELIGIBLE, "B", ELIGIBLE, "C", UNDETERMINED);
    RankQuality q = RankQuality.of("T", List.of("A", "B", "C"), gold);
    double dcg = 0 / 1.0 + 2 / log2(3) + 1 / log2(4);
    double ideal = 2 / 1.0 + 1 / log2(3) + 0 / log2(4);
    assertEquals(dcg / ideal, q.ndcg10(), 1e-12);
    assertEquals(0.669672, q.ndcg10(), 1e-6);
    assertEquals(0.1, q.precision10(), 1e-12, "a list shorter than 10 still divides by 10");
    assertEquals(1.0, q.recall10(), 1e-12);
    assertEquals(1, q.eligible());
    assertEquals(1, q.undetermined());
    assertEquals(1.0, RankQuality.of("T", List.of("B", "C", "A"), gold).ndcg10(), 1e-12);
  }

  @Test
  void onlyTheTopTenCountForNdcgAndPrecisionAndTheTopFiftyForTheWiderRecall() {
    Map<String, Status> gold = new HashMap<>();
    List<String> ranking = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      String id = "P" + i;
      ranking.add(id);
      gold.put(id, i == 1 || i == 11 || i == 55 ? ELIGIBLE : INELIGIBLE);
    }
    RankQuality q = RankQuality.of("T", ranking, gold);
    assertEquals(0.1, q.precision10(), 1e-12);
    assertEquals(1.0 / 3, q.recall10(), 1e-12);
    assertEquals(2.0 / 3, q.recall50(), 1e-12);
    double ideal = 2 + 2 / log2(3) + 2 / log2(4);
    assertEquals(2 / ideal, q.ndcg10(), 1e-12);
  }

  @Test
  void aRankedPatientWithoutGoldGainsNothingAndIsCounted() {
    RankQuality q = RankQuality.of("T", List.of("X", "B"), Map.of("B", ELIGIBLE));
    assertEquals(1, q.unjudged());
    assertEquals(1 / log2(3), q.ndcg10(), 1e-12);
  }

  @Test
  void undefinedValuesAreNanAndTheMeanTakesOnlyTrialsWithAGoldEligiblePatient() {
    RankQuality none = RankQuality.of("N", List.of("A"), Map.of("A", INELIGIBLE));
    assertTrue(Double.isNaN(none.ndcg10()));
    assertTrue(Double.isNaN(none.recall10()));
    assertEquals(0.0, none.precision10());
    RankQuality undetermined = RankQuality.of("U", List.of("A"), Map.of("A", UNDETERMINED));
    assertEquals(1.0, undetermined.ndcg10(), 1e-12);
    RankQuality good = RankQuality.of("G", List.of("A", "B"), Map.of("A", ELIGIBLE, "B", INELIGIBLE));
    RankQuality bad = RankQuality.of("B", List.of("B", "A"), Map.of("A", ELIGIBLE, "B", INELIGIBLE));
    RankQuality.Mean m = RankQuality.mean(List.of(none, undetermined, good, bad));
    assertEquals(2, m.trials());
    assertEquals((1.0 + 1 / log2(3)) / 2, m.ndcg10(), 1e-12);
    assertEquals(0.1, m.precision10(), 1e-12);
    assertEquals(1.0, m.recall10(), 1e-12);
  }
}
