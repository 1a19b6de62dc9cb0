package org.eligo.extract;

/**
 * Cheap checks, before a pattern runs, that a part of a text holds one of the words the pattern
 * cannot match without. Letters compare as {@link java.util.regex.Pattern#CASE_INSENSITIVE}
 * compares them without UNICODE_CASE: ASCII letters in either case, every other character only
 * as itself. So when such a pattern matches in a region, the region holds its word, and a
 * region without any of the words can skip the pattern with no change in what it finds.
 */
final class AsciiWords {
  private AsciiWords() {}

  /** Whether {@code text[from, to)} holds one of {@code words} (small ASCII letters, digits, signs), ASCII case ignored. */
  static boolean containsAny(String text, int from, int to, String... words) {
    for (String w : words) {
      if (indexOf(text, from, to, w) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The first place in {@code text[from, to)} where {@code word} (in small letters) starts, ASCII case ignored, or -1. */
  static int indexOf(String text, int from, int to, String word) {
    int n = word.length();
    char first = word.charAt(0);
    for (int i = Math.max(0, from), last = Math.min(to, text.length()) - n; i <= last; i++) {
      if (fold(text.charAt(i)) != first) {
        continue;
      }
      int k = 1;
      while (k < n && fold(text.charAt(i + k)) == word.charAt(k)) {
        k++;
      }
      if (k == n) {
        return i;
      }
    }
    return -1;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
