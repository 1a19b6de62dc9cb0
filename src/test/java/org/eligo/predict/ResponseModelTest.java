package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseModelTest {
  static final String HEADER = "SAMPLE_ID\tTMB\tSystemic_therapy_history\tAlbumin\tNLR\tAge\tCancerType\tDrug\tResponse\n";

  /** 40 rows: responders have high TMB; albumin, NLR and age vary without signal. */
  static Path cohort(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 40; i++) {
      int y = i % 2;
      double tmb = y == 1 ? 12 + (i % 7) : 2 + (i % 5);
      sb.append("s").append(i).append('\t').append(tmb).append('\t').append(i % 3 == 0 ? 1 : 0).append('\t')
          .append(3.5 + (i % 4) * 0.1).append('\t').append(2 + i % 6).append('\t').append(50 + i).append('\t')
          .append(i % 4 == 0 ? "Melanoma" : "NSCLC").append('\t').append(i % 2).append('\t').append(y).append('\n');
    }
    Path f = dir.resolve("train.tsv");
    Files.writeString(f, sb);
    return f;
  }

  static final ResponseTrainer.Config CONFIG = new ResponseTrainer.Config(new ResponseFeatures(false, List.of()), 0.5, 20);

  static ResponseTrainer.Trained train(CohortTable t, ResponseTrainer.Config c) {
    return ResponseTrainer.train(t, "abc", new ResponseSelection.Candidate(c, false), new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode(), 7, "9.9");
  }

  @Test
  void anAveragedModelSavesItsXgboostHalfAndExplainsByItsLogisticHalf(@TempDir Path dir) throws Exception {
    CohortTable t = CohortTable.read(cohort(dir));
    ResponseSelection.Candidate c = ResponseSelection.byId("ridge-tmb25-lambda30+xgboost");
    ResponseTrainer.Trained tr = ResponseTrainer.train(t, "abc", c, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("rule", "r"), 7, "9.9");
    Path m = dir.resolve("m.json");
    Files.write(m, tr.model().toJson());
    ResponseModel back = ResponseModel.read(m, "9.9");
    ResponseTrainer.Data d = ResponseTrainer.data(t, c.config().features());
    ResponseTrainer.Fit logistic = ResponseTrainer.fit(d.x(), d.y(), c.config().features().names(), c.config(), 7);
    ResponseTrainer.Data g = ResponseTrainer.data(t, ResponseSelection.current().config().features());
    org.tribuo.Model<org.tribuo.classification.Label> gbm = Gbm.fit(g, java.util.stream.IntStream.range(0, 40).boxed().toList(), ResponseSelection.GBM, 7);
    for (int i = 0; i < 40; i++) {
      ResponseModel.Prediction p = back.predict(t, t.rows().get(i));
      double xgb = gbm.predict(Gbm.example(g, i)).getOutputScores().get("1").getScore();
      assertEquals(logistic.probability(d.x()[i]), p.logistic(), 1e-9);
      assertEquals(xgb, p.boosted(), 1e-6);
      assertEquals((p.logistic() + p.boosted()) / 2, p.probability(), 1e-12);
      double logit = Math.log(p.logistic() / (1 - p.logistic()));
      assertEquals(logit - logistic.bias(), p.explanation().stream().mapToDouble(ResponseModel.Contribution::contribution).sum(), 1e-9,
          "the explanation adds up to the logistic half's log-odds");
    }
    assertEquals("ridge-tmb25-lambda30+xgboost", back.provenance().path("candidate").asText());
    assertEquals(30.0, back.provenance().path("ridgeLambda").asDouble());
    assertTrue(back.provenance().path("trainer").asText().contains("RidgeLogistic"), back.provenance().toString());
    assertTrue(back.provenance().path("trainer").asText().contains("XGBoost 50 trees, depth 2, eta 0.05"), back.provenance().toString());
    String broken = Files.readString(m).replaceFirst("\"tribuoModel\" : \"[^\"]*\"", "\"tribuoModel\" : \"AAAA\"");
    Files.writeString(m, broken);
    assertEquals(m + " field xgboost.tribuoModel: not a Tribuo model", assertThrows(PredictException.class, () -> ResponseModel.read(m, "9.9")).getMessage());
  }

  @Test
  void foldsAreStratifiedAndSeeded() {
    int[] y = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
    int[] f = ResponseTrainer.folds(y, 2, 3);
    int pos0 = 0;
    int neg0 = 0;
    for (int i = 0; i < y.length; i++) {
      if (f[i] == 0) {
        if (y[i] == 1) {
          pos0++;
        } else {
          neg0++;
        }
      }
    }
    assertEquals(2, pos0);
    assertEquals(3, neg0);
    assertEquals(java.util.Arrays.toString(f), java.util.Arrays.toString(ResponseTrainer.folds(y, 2, 3)));
  }

  @Test
  void savedModelReadsBackAndScoresAsTrained(@TempDir Path dir) throws Exception {
    CohortTable t = CohortTable.read(cohort(dir));
    ResponseTrainer.Trained tr = train(t, CONFIG);
    ResponseTrainer.Data d = ResponseTrainer.data(t, CONFIG.features());
    ResponseTrainer.Fit fit = ResponseTrainer.fit(d.x(), d.y(), CONFIG.features().names(), CONFIG, 7);
    Path m = dir.resolve("m.json");
    Files.write(m, tr.model().toJson());
    ResponseModel back = ResponseModel.read(m, "9.9");
    for (int i = 0; i < t.rows().size(); i++) {
      assertEquals(fit.probability(d.x()[i]), back.predict(t, t.rows().get(i)).probability(), 1e-9);
    }
    // TMB carries the signal: the model ranks the training rows well and TMB pushes responders up
    double[] p = new double[d.y().length];
    for (int i = 0; i < p.length; i++) {
      p[i] = fit.probability(d.x()[i]);
    }
    assertTrue(Metrics.auc(p, d.y()) > 0.95);
    ResponseModel.Prediction responder = back.predict(t, t.rows().get(1));
    assertEquals("TMB", responder.explanation().get(0).feature());
    assertTrue(responder.explanation().get(0).contribution() > 0);
    assertEquals("abc", back.provenance().path("training").path("sha256").asText());
    assertEquals(7, back.provenance().path("seed").asInt());
    assertEquals("4.3.2", back.provenance().path("tribuoVersion").asText());
    assertEquals(40, back.provenance().path("training").path("rows").asInt());
  }

  @Test
  void missingInputsAreNamedAndLowerTheConfidence(@TempDir Path dir) throws Exception {
    CohortTable t = CohortTable.read(cohort(dir));
    ResponseModel model = train(t, CONFIG).model();
    Path c = dir.resolve("c.tsv");
    Files.writeString(c, HEADER + "x\t10\t1\t\t3\t60\tNSCLC\t0\t\ny\t10\t1\t4\t3\t60\tNSCLC\t0\t\n");
    CohortTable ct = CohortTable.read(c);
    ResponseModel.Prediction partial = model.predict(ct, ct.rows().get(0));
    ResponseModel.Prediction full = model.predict(ct, ct.rows().get(1));
    assertEquals(List.of("Albumin"), partial.missing());
    assertEquals(List.of(), full.missing());
    assertEquals(1.0, full.confidence(), 1e-12);
    assertTrue(partial.confidence() < 1.0 && partial.confidence() > 0.0, "confidence " + partial.confidence());
  }

  @Test
  void aModelOfAnotherVersionIsRefusedByName(@TempDir Path dir) throws Exception {
    CohortTable t = CohortTable.read(cohort(dir));
    Path m = dir.resolve("m.json");
    Files.write(m, train(t, CONFIG).model().toJson());
    PredictException e = assertThrows(PredictException.class, () -> ResponseModel.read(m, "1.0"));
    assertEquals(m + ": written by eligo 9.9 (model format 2); this is eligo 1.0 (model format 2): train it again with"
        + " 'eligo predict response --train TSV --save MODEL'", e.getMessage());
    Path junk = dir.resolve("junk.json");
    Files.writeString(junk, "{\"a\":1}");
    assertEquals(junk + " field format: not an eligo-response-model file",
        assertThrows(PredictException.class, () -> ResponseModel.read(junk, "1.0")).getMessage());
  }

  @Test
  void badCellsAndLabelsNameFileLineAndField(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, HEADER + "a\t10\t1\t4\t3\t60\tNSCLC\t0\t2\n");
    assertEquals(f + " line 2 field Response: expected 0 or 1", assertThrows(PredictException.class,
        () -> ResponseTrainer.data(CohortTable.read(f), CONFIG.features())).getMessage());
    Files.writeString(f, HEADER + "a\tten\t1\t4\t3\t60\tNSCLC\t0\t1\n");
    assertEquals(f + " line 2 field TMB: not a number", assertThrows(PredictException.class,
        () -> ResponseTrainer.data(CohortTable.read(f), CONFIG.features())).getMessage());
    Files.writeString(f, "SAMPLE_ID\tTMB\tResponse\na\t1\t1\n");
    assertEquals(f + ": no column Systemic_therapy_history, Albumin, NLR, Age, CancerType", assertThrows(PredictException.class,
        () -> ResponseTrainer.data(CohortTable.read(f), CONFIG.features())).getMessage());
    Files.writeString(f, HEADER + "a\t1\t1\n");
    assertEquals(f + " line 2: 3 cells, the header has 9", assertThrows(PredictException.class, () -> CohortTable.read(f)).getMessage());
  }
}
