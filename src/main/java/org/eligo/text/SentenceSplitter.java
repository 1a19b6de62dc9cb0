package org.eligo.text;

import java.util.List;
import java.util.function.Function;

/**
 * Finds sentence ends inside one block of clinical text in a single pass over its characters.
 * A sentence ends at '.', '!' or '?' (and any closing quote or bracket after it) followed by
 * white space and a capital letter, a digit or an opening bracket, unless the word before the
 * period is an abbreviation ("incl.", "Dr.", "e.g.", "b.i.d.") or a single lower-case letter. When the
 * next word starts in lower case the case is ambiguous ("negative. pt tolerating" against
 * "approx. two"), and only then a statistical model decides, if one was given.
 */
final class SentenceSplitter {

  private final Function<String, int[]> model;

  /**
   * @param model given a block, the offsets just after each sentence end the model sees, or
   *     null to split only where the rules are sure
   */
  SentenceSplitter(Function<String, int[]> model) {
    this.model = model;
  }

  /** Adds the [start, end) offsets of each sentence of {@code text[from, to)} to {@code out}, trimmed. */
  void split(String text, int from, int to, List<int[]> out) {
    int sentenceStart = from;
    int[] modelEnds = null;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < to && isCloser(text.charAt(j))) {
        j++;
      }
      if (j >= to || !Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < to && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k >= to) {
        break;
      }
      if (c == '.' && Abbreviations.before(text, from, i)) {
        continue;
      }
      char next = text.charAt(k);
      boolean end;
      if (Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next)) {
        end = true;
      } else if (Character.isLowerCase(next) && model != null) {
        if (modelEnds == null) {
          modelEnds = model.apply(text.substring(from, to));
        }
        end = endsBetween(modelEnds, j - from, k - from);
      } else {
        end = false;
      }
      if (end) {
        add(text, sentenceStart, j, out);
        sentenceStart = k;
        i = k - 1;
      }
    }
    add(text, sentenceStart, to, out);
  }

  private static boolean endsBetween(int[] ends, int a, int b) {
    for (int e : ends) {
      if (e >= a - 1 && e <= b) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCloser(char c) {
    return c == ')' || c == ']' || c == '"' || c == '\'' || c == '”' || c == '’';
  }

  private static boolean isOpener(char c) {
    return c == '(' || c == '[' || c == '"' || c == '“' || c == '#' || c == '*' || c == '-' || c == '•';
  }

  private static void add(String text, int a, int b, List<int[]> out) {
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (b > a) {
      out.add(new int[] {a, b});
    }
  }
}
