package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IraeCohortTest {
  private static final Path IRAE = Path.of("../shared/benchmarks/toxicity-irae/combined.data.csv");

  @Test
  void splitsQuotedCellsWithCommasAndDoubledQuotes() {
    assertEquals(List.of("1", "fatigue, body aches", "", "say \"no\"", "NA"), IraeCohort.split("1,\"fatigue, body aches\",,\"say \"\"no\"\"\",NA"));
  }

  @Test
  void readsOutcomeAndTopCodedAgeAndNamesBadCells(@TempDir Path dir) throws Exception {
    String header = String.join(",", IraeCohort.FEATURES) + ",irAE.1_pos_neg\n";
    String ones = "1,".repeat(IraeCohort.FEATURES.size() - 1);
    Path f = dir.resolve("t.csv");
    Files.writeString(f, header + "89+," + ones + "\"positive\"\n" + "NA," + ones + "negative\n" + "70," + ones + "negative\n");
    IraeCohort.Data d = IraeCohort.read(f);
    assertEquals(2, d.y().length);
    assertEquals(1, d.skipped());
    assertEquals(89.0, d.x()[0][0]);
    assertEquals(1, d.y()[0]);
    assertEquals(0, d.y()[1]);
    Files.writeString(f, header + "old," + ones + "negative\n");
    assertEquals(f + " line 2 field Age.at.diagnosis: not a number", assertThrows(PredictException.class, () -> IraeCohort.read(f)).getMessage());
  }

  @Test
  void theSharedSetHoldsNoUsableSignal() {
    assumeTrue(Files.isRegularFile(IRAE), "../shared/benchmarks/toxicity-irae is absent: the irAE cross-validation is skipped");
    IraeCohort.Data d = IraeCohort.read(IRAE);
    assertEquals(354, d.y().length);
    assertEquals(152, java.util.Arrays.stream(d.y()).sum());
    double[] auc = IraeCohort.crossValidatedAuc(d, 5, 3, 17);
    for (double a : auc) {
      assertEquals(0.5, a, 0.08);
    }
  }
}
