package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GbmTest {
  static final String HEADER = "SAMPLE_ID\tTMB\tSystemic_therapy_history\tAlbumin\tNLR\tAge\tCancerType\tResponse\n";

  /** Responders have TMB 20-26, the others 2-6: any tree splits them. */
  static CohortTable separable(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 40; i++) {
      int y = i % 2;
      sb.append("s").append(i).append('\t').append(y == 1 ? 20 + i % 7 : 2 + i % 5).append("\t0\t4.0\t3\t60\t")
          .append(i % 4 < 2 ? "Melanoma" : "NSCLC").append('\t').append(y).append('\n');
    }
    Path f = dir.resolve("t.tsv");
    Files.writeString(f, sb);
    return CohortTable.read(f);
  }

  @Test
  void crossValidationScoresEveryCandidateOnTheTrainingFileAndKeepsTheBest(@TempDir Path dir) throws Exception {
    List<Gbm.Config> grid = List.of(new Gbm.Config(5, 1, 0.3), new Gbm.Config(10, 2, 0.3));
    Gbm.Chosen c = Gbm.select(separable(dir), grid, 4, 17);
    assertEquals(grid, c.scores().stream().map(Gbm.Scored::config).toList());
    for (Gbm.Scored s : c.scores()) {
      assertEquals(1.0, s.auc(), 1e-12, s.toString());
    }
    assertEquals(grid.get(0), c.best());
  }

  @Test
  void aRowIsScoredWithItsNumericInputsAndAnUnknownCancerTypeSetsNoIndicator(@TempDir Path dir) throws Exception {
    Gbm.Chosen c = Gbm.select(separable(dir), List.of(new Gbm.Config(10, 1, 0.3)), 2, 17);
    Path f = dir.resolve("c.tsv");
    Files.writeString(f, HEADER + "hi\t24\t0\t4.0\t3\t60\tGlioma\t\nlo\t3\t0\t4.0\t3\t60\tNSCLC\t\nnone\t\t0\t4.0\t3\t60\tNSCLC\t\n");
    CohortTable t = CohortTable.read(f);
    double hi = c.probability(t, t.rows().get(0));
    double lo = c.probability(t, t.rows().get(1));
    assertTrue(hi > 0.5 && lo < 0.5, hi + " " + lo);
    assertNull(c.probability(t, t.rows().get(2)));
  }
}
