package org.eligo.criteria;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole numbers written as words ("within twenty-eight days", "ECOG zero or one", "at least two
 * prior regimens") rewritten as digits padded with spaces to the same length, so every offset
 * stays that of the criterion text. Only numbers that count something are rewritten: before a
 * unit or a counted thing, after a performance scale, after a comparison that ends the clause
 * ("no more than three."), or in a range of two numbers; "no one", "one of the following" and a word followed by its digits ("four (4)
 * weeks") are left alone. CoreNLP's NumberNormalizer was tried for this and not used: it took
 * 0.4 s to load and read "three and a half" as 4.5.
 */
final class SpelledNumbers {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final String DIGIT = "one|two|three|four|five|six|seven|eight|nine";
  private static final String WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:" + DIGIT + "))?"
      + "|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
  private static final String COUNTED = "(?:(?:consecutive|calendar|full|prior|previous|more|additional|or more)\\s+)?"
      + "(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|lines?|regimens?|cycles?|doses?|times|courses?|prior|previous)\\b";
  private static final Pattern NUMBER = Pattern.compile(
      "\\b(" + WORD + ")\\b(?=\\s+" + COUNTED + ")"
          + "|\\b(" + WORD + ")\\s+(?:or|to|and|-)\\s+(" + WORD + ")\\b"
          + "|(?:ecog|performance status|zubrod|\\bps)(?:\\s+(?:of|score|is|was|must be))*\\s+(" + WORD + ")\\b"
          + "(?:\\s+(?:or|to|-)\\s+(" + WORD + ")\\b)?"
          + "|(?:at least|at most|more than|less than|fewer than|greater than|no more than|up to|maximum of|minimum of)\\s+("
          + WORD + ")(?=\\s*(?:$|[,.;)]))");

  private SpelledNumbers() {}

  /** Rewrites the numbers of {@code lower} (the lower-case text) in both arrays, same length. */
  static void rewrite(char[] cased, char[] lower) {
    String text = new String(lower);
    if (!mayHoldNumber(text)) {
      return;
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null && !followedByDigits(text, m.end(g))) {
          put(cased, lower, m.start(g), m.end(g), value(m.group(g)));
        }
      }
    }
  }

  private static boolean mayHoldNumber(String text) {
    // Every number word holds one of these; the tens and teens hold the stem of their unit or their own ("thirt", "fif", "fort", "twent").
    for (String w : new String[] {"zero", "one", "two", "thr", "thirt", "four", "fort", "fif", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "twent"}) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedByDigits(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i + 1 < text.length() && text.charAt(i) == '(' && Character.isDigit(text.charAt(i + 1));
  }

  /** The value of a number word: "eighteen" 18, "twenty-eight" and "twenty eight" 28. */
  static int value(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int cut = Math.max(w.indexOf('-'), w.indexOf(' '));
    if (cut > 0) {
      return TENS.get(w.substring(0, cut)) + UNITS.get(w.substring(cut + 1));
    }
    Integer tens = TENS.get(w);
    return tens != null ? tens : UNITS.get(w);
  }

  private static void put(char[] cased, char[] lower, int start, int end, int value) {
    String digits = Integer.toString(value);
    for (int i = start; i < end; i++) {
      char c = i - start < digits.length() ? digits.charAt(i - start) : ' ';
      cased[i] = c;
      lower[i] = c;
    }
  }
}
