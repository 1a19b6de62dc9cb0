package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DemographicGateTest {
  @Test
  void aDigitRightBeforeACapitalMOrFOpensTheGate() {
    assertEquals(true, DemographicExtractor.digitThenSex("61F rectal adeno"));
    assertEquals(true, DemographicExtractor.digitThenSex("HPI: 70M ex-smoker"));
    assertEquals(false, DemographicExtractor.digitThenSex("61 F"));
    assertEquals(false, DemographicExtractor.digitThenSex("61f"));
    assertEquals(false, DemographicExtractor.digitThenSex("M61"));
    assertEquals(false, DemographicExtractor.digitThenSex(""));
  }

  @Test
  void theCompactPatternNeverMatchesWhereTheGateIsShut() {
    Random random = new Random(7);
    String alphabet = "0123456789MFmf :,;\tHPIa";
    int matched = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      boolean matches = DemographicExtractor.COMPACT.matcher(s).lookingAt();
      if (matches) {
        matched++;
        assertEquals(true, DemographicExtractor.digitThenSex(s), s);
      }
    }
    assertEquals(547, matched, "matches among the random strings");
  }
}
