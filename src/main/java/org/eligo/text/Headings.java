package org.eligo.text;

import java.util.regex.Pattern;

/** Headings of report sections that state a result for the list under them. */
public final class Headings {
  private Headings() {}

  private static final Pattern NEGATIVE_HEADING = Pattern.compile(
      "(?i)\\b(?:not detected|negative(?: findings| results)?|pertinent negatives|none detected|(?:no|without(?:\\s+an?)?) (?:\\w+\\s+)?(?:alterations?|variants?|mutations?)"
          + "(?:\\s+(?:were\\s+)?(?:detected|identified|found))?)\\b");

  /** A label closed by its result after a dash or a colon: "Other fusion targets - not detected". */
  private static final Pattern RESULT_AT_END = Pattern.compile(
      "(?i)\\s(?:[-\u2013:])\\s*(?:not detected|negative|none detected|none|no (?:\\w+\\s+)?(?:alterations?|variants?|mutations?)"
          + "(?:\\s+(?:were\\s+)?(?:detected|identified|found))?)\\s*$");

  /**
   * Whether the lines right above the sentence, back to a blank line, are a list under a
   * heading line that states a negative result: the heading in capitals, closed by a colon or by
   * its result ("ALTERATIONS NOT DETECTED IN GENES OF INTEREST", "Pertinent negatives:", "Other
   * fusion targets - not detected"), no sentence of
   * prose between.
   */
  public static boolean negativeAbove(String text, int sentenceStart) {
    return negativeAbove(text, sentenceStart, true);
  }

  /**
   * As {@link #negativeAbove(String, int)}; with {@code rows} false a row closed by its own result
   * ("KIT exons 9/11 - not detected") heads nothing: only a heading line (a colon at its end, or
   * capitals) does, so a named change under rows of negatives keeps its own result.
   */
  public static boolean negativeAbove(String text, int sentenceStart, boolean rows) {
    int lineStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
    if (!text.substring(lineStart, sentenceStart).isBlank()) {
      return false; // the sentence does not open its line
    }
    int end = lineStart - 1;
    for (int n = 0; n < 6 && end > 0; n++) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end).strip();
      if (line.isEmpty() || line.length() > 90) {
        return false;
      }
      boolean heading = line.endsWith(":") || capitals(line) || rows && RESULT_AT_END.matcher(line).find();
      if (heading) {
        return NEGATIVE_HEADING.matcher(line).find() && line.indexOf(". ") < 0;
      }
      if (line.endsWith(".")) {
        return false; // prose between
      }
      end = start - 1;
    }
    return false;
  }

  /** Whether a line's letters are (nearly) all capitals, as a heading's are. */
  private static boolean capitals(String line) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    return letters >= 8 && upper * 10 >= letters * 9;
  }
}
