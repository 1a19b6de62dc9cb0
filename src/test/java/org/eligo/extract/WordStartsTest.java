package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartsTest {
  private static final Pattern METS = Pattern.compile("\\b(?:brain\\s+mets?|metastas[ie]s|x\\d|\\d+\\s?cm)\\b", Pattern.CASE_INSENSITIVE);
  private static final WordStarts METS_STARTS = new WordStarts("brain", "metastas", "x", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private static List<String> viaStarts(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = METS.matcher(text);
    for (int at = 0; METS_STARTS.find(m, text, at); at = m.end()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> viaFind(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = METS.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  @Test
  void findsWhatFindFinds() {
    assertEquals(List.of("0-10", "25-35", "37-39"), viaStarts("Brain mets; BRmetastases METASTASES, X4 x"));
    for (String text : new String[] {"Brain mets; BRmetastases METASTASES, X4 x", "brainstem", "b", "x", "3 cm and 12cm, a3 cm",
        "_brain met", "\u00e9brain met", "brain\u00e9 met", "metastasis\u2026", "", "Xx9 x9x x9"}) {
      assertEquals(viaFind(text), viaStarts(text), text);
    }
  }

  @Test
  void wordsMustStartWithASmallLetterOrADigit() {
    assertThrows(IllegalArgumentException.class, () -> new WordStarts("brain", "Met"));
    assertThrows(IllegalArgumentException.class, () -> new WordStarts("-x"));
  }
}
