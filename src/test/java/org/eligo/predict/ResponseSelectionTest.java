package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(65, c.size());
    assertEquals(ResponseSelection.current(), c.get(0));
    assertEquals(65, c.stream().distinct().count());
    assertEquals(16, c.stream().filter(x -> x.config().l2() == 100).count());
    assertEquals(32, c.stream().filter(x -> x.config().features().tmbByCancerType()).count());
    assertTrue(c.get(64).withGbm());
    assertEquals("capped TMB/NLR, averaged AdaGrad lr 0.05, 10 epochs, averaged with XGBoost 50 trees, depth 2, eta 0.05", c.get(64).toString());
    assertEquals("TMB <= 25, NLR ln(1 + min(x, 25)) + TMB x cancer type, AdaGradRDA lr 0.05 L2 10.0, 10 epochs", c.get(30).toString());
  }

  @Test
  void aSteadyGainAboveTwiceTheCorrectedErrorReplacesTheCurrentModel() {
    // gains .02 .04 .02 .04: mean .03, s² = .0004/3, SE = sqrt((1/4 + 1/4) s²) = .00816
    ResponseSelection.Outcome o = ResponseSelection.decide(List.of(scored(0, .70, .70, .70, .70), scored(1, .72, .74, .72, .74),
        scored(2, .60, .80, .60, .80)));
    assertEquals(1, o.scores().indexOf(o.winner()));
    assertEquals(0.03, o.gain(), 1e-12);
    assertEquals(Math.sqrt(0.5 * 0.0004 / 3), o.se(), 1e-12);
    assertTrue(o.replaces());
  }

  @Test
  void aNoisyGainOrNoneKeepsTheCurrentModel() {
    // gains -.04 .06 -.04 .06: mean .01, SE = sqrt(.5 * .01/3) = .0408
    ResponseSelection.Outcome o = ResponseSelection.decide(List.of(scored(0, .70, .70, .70, .70), scored(1, .66, .76, .66, .76)));
    assertEquals(0.01, o.gain(), 1e-12);
    assertFalse(o.replaces());
    ResponseSelection.Outcome tie = ResponseSelection.decide(List.of(scored(0, .70, .72), scored(1, .72, .70)));
    assertEquals(tie.current(), tie.winner());
    assertFalse(tie.replaces());
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
    ResponseTrainer.Config c = new ResponseTrainer.Config(f, 0.05, 10, 10);
    ResponseModel m = ResponseTrainer.train(t, "abc", List.of(c), 2, 7, "9.9").model();
    Path file = dir.resolve("m.json");
    Files.write(file, m.toJson());
    ResponseModel back = ResponseModel.read(file, "9.9");
    assertEquals(f, back.features());
    assertEquals(m.predict(t, melanoma).probability(), back.predict(t, melanoma).probability(), 1e-12);
  }
}
