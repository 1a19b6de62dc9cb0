package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LorisTest {
  @Test
  void publishedPanCancerFormula() {
    // S = 0.0371*10 - 0.8775 + 0.5382*4 - 0.033*3 + 0.0049*60 + 0.0008 (NSCLC) - 2.0886 = -0.2465
    assertEquals(1 / (1 + Math.exp(0.2465)), Loris.score(10, 1, 4, 3, 60, "NSCLC"), 1e-12);
    assertEquals(0.43868515503580224, Loris.score(10, 1, 4, 3, 60, "NSCLC"), 1e-12);
  }

  @Test
  void tmbNlrAndAgeAreCapped() {
    assertEquals(Loris.score(50, 0, 3.5, 25, 85, "Pancreatic"), Loris.score(80, 0, 3.5, 40, 90, "Pancreatic"), 0);
    assertEquals(0.531134664882331, Loris.score(80, 0, 3.5, 40, 90, "Pancreatic"), 1e-12);
  }

  @Test
  void aMissingInputGivesNoScore(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.tsv");
    Files.writeString(f, "SAMPLE_ID\tTMB\tSystemic_therapy_history\tAlbumin\tNLR\tAge\tCancerType\n"
        + "a\t10\t1\t4\t3\t60\tNSCLC\n"
        + "b\t10\t1\t\t3\t60\tNSCLC\n");
    CohortTable t = CohortTable.read(f);
    assertEquals(0.43868515503580224, Loris.score(t, t.rows().get(0)), 1e-12);
    assertNull(Loris.score(t, t.rows().get(1)));
  }
}
