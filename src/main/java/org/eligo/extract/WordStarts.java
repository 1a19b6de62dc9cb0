package org.eligo.extract;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * The places where a pattern may start a match, for a pattern whose every alternative begins
 * with a word boundary (or a look-behind that excludes word characters) and then one of a known
 * set of words or digits: its own first word, an optional word before it, or the first word of a phrase.
 * Such a pattern can only start where the previous character is not an ASCII letter, digit or
 * underscore, and where the text begins with one of the words, compared without regard to ASCII
 * case (the patterns fold no other case). Trying the pattern only at those places, with the text
 * around them visible, finds exactly the matches that {@link Matcher#find()} finds, since find()
 * tries each place in turn in the same way and a place that fails either check cannot start a
 * match. Each user lists its words next to its pattern and says why they cover it.
 */
final class WordStarts {
  /** The words by their first character: 'a' to 'z', then '0' to '9'. */
  private final String[][] byFirst = new String[36][];

  /** Words in lower case, each starting with an ASCII letter or digit. */
  WordStarts(String... words) {
    for (int k = 0; k < byFirst.length; k++) {
      int first = k;
      byFirst[k] = Arrays.stream(words).filter(w -> slot(w.charAt(0)) == first).toArray(String[]::new);
    }
  }

  /**
   * The next match at or after {@code from}, as {@code m.find()} would give it from there; the
   * match is left in {@code m}, a matcher of {@code text} for a pattern that never matches the
   * empty string.
   */
  boolean find(Matcher m, String text, int from) {
    m.useTransparentBounds(true);
    for (int at = next(text, from); at >= 0; at = next(text, at + 1)) {
      if (m.region(at, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The first position at or after {@code from} where one of the words starts a word, or -1. */
  private int next(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || !Character.isLetterOrDigit(c) || i > 0 && isAsciiWord(text.charAt(i - 1))) {
        continue;
      }
      for (String w : byFirst[slot(c)]) {
        if (startsWith(text, i, w)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether the text at {@code i}, with ASCII capitals made small, begins with {@code w}. */
  private static boolean startsWith(String text, int i, String w) {
    if (i + w.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = text.charAt(i + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The slot of an ASCII letter (either case) or digit. */
  private static int slot(char c) {
    return Character.isDigit(c) ? 26 + c - '0' : Character.toLowerCase(c) - 'a';
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }
}
