package org.eligo.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Age and sex as clinicians write them: "67 yo F", "58-year-old man", "a 45 year old woman". */
final class DemographicExtractor implements Extractor {
  private static final KeyIndex.Gate KEYS = KeyIndex.gate("yo", "y/o", "y.o", "year", "yr");
  /** AGE begins at a word boundary with a digit. */
  private static final WordStarts AGE_STARTS = new WordStarts("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  private static final Pattern AGE = Pattern.compile(
      "\\b(\\d{1,3})[ -]?(?:(?:yo|y/o|yrs? old|years? old|-years?-old|year-old)\\b|y\\.o\\.?(?![A-Za-z]))"
          + "(?:\\s*,?\\s*(M|F|male|female|man|woman|gentleman|lady|gentlemen)\\b)?",
      Pattern.CASE_INSENSITIVE);

  /** "61F rectal adeno ...", "HPI: 70M ex-smoker": age and sex run together at the start of a sentence. */
  static final Pattern COMPACT = Pattern.compile("^\\s*(?:[A-Za-z]{2,12}:\\s*)?(\\d{2,3})([MF])(?=[,;\\s])");

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    Matcher c;
    if (digitThenSex(t) && (c = COMPACT.matcher(t)).lookingAt() && Integer.parseInt(c.group(1)) >= 18 && Integer.parseInt(c.group(1)) <= 110) {
      out.add(s.mention(new Finding.Demographic(Integer.parseInt(c.group(1)), null), c.start(1), c.end(1), "demo.age"));
      out.add(s.mention(new Finding.Demographic(null, sexOf(c.group(2))), c.start(2), c.end(2), "demo.sex"));
      return;
    }
    if (!s.has(KEYS)) {
      return;
    }
    Matcher m = AGE.matcher(t);
    for (int at = 0; AGE_STARTS.find(m, t, at); at = m.end()) {
      int age = Integer.parseInt(m.group(1));
      if (age > 120) {
        continue;
      }
      out.add(s.mention(new Finding.Demographic(age, null), m.start(), m.group(2) == null ? m.end() : m.start(2), "demo.age"));
      if (m.group(2) != null) {
        String sex = sexOf(m.group(2));
        boolean single = m.group(2).length() == 1;
        if (single && !Character.isUpperCase(m.group(2).charAt(0))) {
          continue;
        }
        out.add(s.mention(new Finding.Demographic(null, sex), m.start(2), m.end(2), "demo.sex"));
      }
    }
  }

  /** Whether a digit stands right before an M or an F somewhere in the text: COMPACT cannot match without. */
  static boolean digitThenSex(String t) {
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == 'M' || c == 'F') && t.charAt(i - 1) >= '0' && t.charAt(i - 1) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String sexOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("f") || w.equals("female") || w.equals("woman") || w.equals("lady") ? "female" : "male";
  }
}
