package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CourseWordsTest {
  @Test
  void cutsAGapAsTheTokenPatternDoes() {
    assertEquals(List.of("x4", "##/##", "->", "pd", ",", "w/", "carboplatin/pemetrexed", "c1d1", "her2+", "(", "a–b", ")"),
        CourseReader.words(" x4 ##/## -> PD, w/ carboplatin/pemetrexed\tC1D1 HER2+ (a\u2013b)"));
    assertEquals(List.of("w/o", "w", "/", "_", "-", "-", "x"), CourseReader.words("w/o w/_ --x"));
    assertEquals(List.of(), CourseReader.words(" \t\n\u000B\f\r"));
  }

  @Test
  void agreesWithTheTokenPatternOnRandomGaps() {
    Random random = new Random(5);
    String[] parts = {"w", "W", "/", "-", ">", "+", ".", "'", "\u2013", "\u2014", "#", "_", "a", "Z", "7", " ", "\t", "\u000B",
        "\u00a0", "\u00e9", "e\u0301", "\u0663", "\u2167", "\u00bd", "\ud835\udc00", "\ud83d\ude00", "\ud835", "\u0130", ",", ":",
        "(", ")", "x4", "PD"};
    int words = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String gap = sb.toString();
      List<String> expected = CourseReader.wordsByPattern(gap);
      assertEquals(expected, CourseReader.words(gap), gap);
      words += expected.size();
    }
    assertEquals(271227, words, "words cut");
  }
}
