package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseSelectionTest {
  private static ResponseSelection.Scored scored(int i, double... auc) {
    return new ResponseSelection.Scored(ResponseSelection.candidates().get(i), auc);
  }

  @Test
  void theCandidateSetIsThePreRegisteredOneWithTheCurrentModelFirst() {
    List<ResponseSelection.Candidate> c = ResponseSelection.candidates();
    assertEquals(14, c.size());
    assertEquals(ResponseSelection.current(), c.get(0));
    assertEquals(14, c.stream().distinct().count());
    assertEquals(12, c.stream().filter(x -> x.config().ridge() > 0).count());
    assertEquals(List.of(1000.0, 100.0, 30.0, 10.0, 1.0, 0.1), c.subList(1, 7).stream().map(x -> x.config().ridge()).toList());
    assertEquals("capped TMB/NLR, ridge logistic lambda 1000", c.get(1).toString());
    assertEquals("TMB <= 25, NLR <= 25, ridge logistic lambda 0.1", c.get(12).toString());
    assertTrue(c.get(13).withGbm());
    assertEquals("capped TMB/NLR, averaged AdaGrad lr 0.05, 10 epochs, averaged with XGBoost 50 trees, depth 2, eta 0.05", c.get(13).toString());
  }

  @Test
  void theHighestMeanIsChosenATieGoesToTheFirstListed() {
    // gains .02 .04 .02 .04 of candidate 1: mean .03, s² = .0004/3, SE = sqrt((1/4 + 1/4) s²) = .00816
    ResponseSelection.Outcome o = ResponseSelection.decide(List.of(scored(0, .70, .70, .70, .70), scored(1, .72, .74, .72, .74),
        scored(2, .60, .80, .60, .80)));
    assertEquals(1, o.scores().indexOf(o.winner()));
    assertEquals(0.03, o.gain(), 1e-12);
    assertEquals(Math.sqrt(0.5 * 0.0004 / 3), o.se(), 1e-12);
    ResponseSelection.Outcome noisy = ResponseSelection.decide(List.of(scored(0, .70, .70, .70, .70), scored(1, .66, .76, .66, .76)));
    assertEquals(1, noisy.scores().indexOf(noisy.winner()), "a noisy gain is still chosen: the rule is the highest mean");
    ResponseSelection.Outcome tie = ResponseSelection.decide(List.of(scored(0, .70, .72), scored(1, .72, .70)));
    assertEquals(tie.current(), tie.winner());
  }

  @Test
  void theBestRidgeCandidateSkipsTheCurrentModelAndTheAveragedOnes() {
    List<ResponseSelection.Scored> s = List.of(scored(0, .90), scored(1, .60), scored(2, .70), scored(8, .70), scored(13, .95));
    assertEquals(s.get(2), ResponseSelection.bestRidge(s));
  }

  @Test
  void candidatesAreNamedAndAnUnknownNameListsTheKnownOnes() {
    assertEquals(26, ResponseSelection.named().size());
    assertEquals(26, ResponseSelection.named().stream().map(ResponseSelection.Candidate::id).distinct().count());
    assertEquals("current", ResponseSelection.current().id());
    assertEquals(ResponseSelection.candidates().get(13), ResponseSelection.byId("current+xgboost"));
    assertEquals(ResponseSelection.candidates().get(12), ResponseSelection.byId("ridge-tmb25-lambda0.1"));
    assertEquals(ResponseSelection.candidates().get(1), ResponseSelection.byId("ridge-tmb50-lambda1000"));
    PredictException e = assertThrows(PredictException.class, () -> ResponseSelection.byId("ridge-tmb25-lambda31"));
    assertTrue(e.getMessage().startsWith("unknown candidate 'ridge-tmb25-lambda31'; one of: current, ridge-tmb50-lambda1000, "), e.getMessage());
    assertTrue(e.getMessage().endsWith(", ridge-tmb25-lambda0.1+xgboost"), e.getMessage());
  }

  @Test
  void aNegativeOrZeroPenaltyIsRefusedWithItsValue() {
    ResponseFeatures f = new ResponseFeatures(false, List.of());
    assertEquals("ridge penalty lambda must be > 0, not -1.0",
        assertThrows(PredictException.class, () -> ResponseTrainer.Config.ridge(f, -1)).getMessage());
    assertEquals("ridge penalty lambda must be > 0, not 0.0",
        assertThrows(PredictException.class, () -> ResponseTrainer.Config.ridge(f, 0)).getMessage());
    assertEquals("ridge penalty lambda must be a finite number >= 0, not NaN",
        assertThrows(PredictException.class, () -> new ResponseTrainer.Config(f, 0, 0, Double.NaN)).getMessage());
  }

  @Test
  void onTheTrainingFileTheRidgeWeightsShrinkAsLambdaGrows() {
    Path train = Path.of("../shared/benchmarks/response-icb/Chowell_train.tsv");
    assumeTrue(Files.isRegularFile(train), "../shared/benchmarks/response-icb is absent: the training-file ridge check is skipped");
    CohortTable t = CohortTable.read(train);
    ResponseFeatures f = new ResponseFeatures(false, List.of());
    ResponseTrainer.Data d = ResponseTrainer.data(t, f);
    double prev = Double.POSITIVE_INFINITY;
    double[] first = null;
    for (double lambda : new double[] {0.1, 1, 10, 100, 1000}) {
      double[] w = ResponseTrainer.fit(d.x(), d.y(), f.names(), ResponseTrainer.Config.ridge(f, lambda), 17).weight();
      double norm = Math.sqrt(java.util.Arrays.stream(w).map(v -> v * v).sum());
      assertTrue(norm < prev, "lambda " + lambda + ": |w| " + norm + " not below " + prev);
      prev = norm;
      first = first == null ? w : first;
    }
    assertTrue(prev < 0.2 * Math.sqrt(java.util.Arrays.stream(first).map(v -> v * v).sum()), "lambda 1000 shrinks |w| below a fifth of lambda 0.1's");
  }

  @Test
  void theInteractionAndCapsEncodeAsRegisteredAndSurviveTheModelFile(@TempDir Path dir) throws Exception {
    CohortTable t = CohortTable.read(ResponseModelTest.cohort(dir));
    ResponseFeatures f = new ResponseFeatures("cap25", "log25", true, List.of());
    CohortTable.Row melanoma = t.rows().get(0);
    double[] v = f.encode(t, melanoma).values();
    assertEquals(f.names().size(), v.length);
    assertEquals(2.0, v[0]);
    assertEquals(Math.log1p(2), v[3], 1e-12);
    assertEquals(2.0, v[f.names().indexOf("TMB*CancerType=Melanoma")]);
    assertEquals(0.0, v[f.names().indexOf("TMB*CancerType=NSCLC")]);
    assertEquals("TMB", f.input(f.names().indexOf("TMB*CancerType=NSCLC")));
    ResponseTrainer.Config c = ResponseTrainer.Config.ridge(f, 10);
    ResponseModel m = ResponseModelTest.train(t, c).model();
    Path file = dir.resolve("m.json");
    Files.write(file, m.toJson());
    ResponseModel back = ResponseModel.read(file, "9.9");
    assertEquals(f, back.features());
    assertEquals(m.predict(t, melanoma).probability(), back.predict(t, melanoma).probability(), 1e-12);
  }
}
