package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiWordsTest {
  @Test
  void findsWordsInEitherAsciiCaseWithinTheRegion() {
    assertEquals(5, AsciiWords.indexOf("TP53 Germline", 0, 13, "germ"));
    assertEquals(-1, AsciiWords.indexOf("TP53 Germline", 0, 8, "germ"));
    assertEquals(5, AsciiWords.indexOf("TP53 Germline", 5, 13, "germline"));
    assertEquals(-1, AsciiWords.indexOf("TP53 Germline", 6, 13, "germline"));
    assertEquals(-1, AsciiWords.indexOf("ab", 0, 2, "abc"));
    assertTrue(AsciiWords.containsAny("VAF 41%", 0, 7, "allele", "af"));
    assertFalse(AsciiWords.containsAny("VAF 41%", 1, 7, "allele", "a f"));
  }

  @Test
  void foldsOnlyAsciiLettersAsACaseInsensitivePatternDoes() {
    Pattern somatic = Pattern.compile("somatic", Pattern.CASE_INSENSITIVE);
    for (String text : new String[] {"SOMATIC", "Somatic", "\u017fomatic", "SOMAT\u0130C", "somat\u0131c", "so matic"}) {
      assertEquals(somatic.matcher(text).find(), AsciiWords.containsAny(text, 0, text.length(), "somatic"), text);
    }
    assertEquals(-1, AsciiWords.indexOf("\u212a", 0, 1, "k"));
  }
}
