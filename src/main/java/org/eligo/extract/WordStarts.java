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
  /**
   * The words that may start at each ASCII character, ASCII capitals sharing their small letter's
   * list; null for a character that starts none of them (and for every character that is no
   * ASCII letter or digit), so most characters of a text cost one table read.
   */
  private final char[][][] byChar = new char[128][][];
  /** ASCII letters, digits and the underscore: a word goes on through them. */
  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
  }

  /** Words in lower case, each starting with an ASCII letter or digit. */
  WordStarts(String... words) {
    for (String w : words) {
      char first = w.charAt(0);
      if (!(first >= 'a' && first <= 'z' || first >= '0' && first <= '9')) {
        throw new IllegalArgumentException("a word must start with a small ASCII letter or a digit: '" + w + "'");
      }
    }
    for (char c = 0; c < 128; c++) {
      char small = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      char[][] starting = Arrays.stream(words).filter(w -> w.charAt(0) == small).map(String::toCharArray).toArray(char[][]::new);
      byChar[c] = starting.length == 0 ? null : starting;
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
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      char[][] starting = c < 128 ? byChar[c] : null;
      if (starting == null || i > 0 && isAsciiWord(text.charAt(i - 1))) {
        continue;
      }
      for (char[] w : starting) {
        if (startsWith(text, i, w)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether the text at {@code i}, with ASCII capitals made small, begins with {@code w}. */
  private static boolean startsWith(String text, int i, char[] w) {
    if (i + w.length > text.length()) {
      return false;
    }
    for (int k = 1; k < w.length; k++) {
      char c = text.charAt(i + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != w[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && WORD[c];
  }
}
