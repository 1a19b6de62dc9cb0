package org.eligo.text;

import java.util.Locale;
import java.util.Set;

/** Words that a period follows without ending the sentence ("incl.", "Dr.", "e.g.", "b.i.d."). */
public final class Abbreviations {

  /** Compared in lower case. */
  private static final Set<String> WORDS = Set.of(
      "incl", "approx", "vs", "dr", "mr", "mrs", "ms", "pt", "pts", "esp", "resp", "cf", "fig",
      "no", "st", "jr", "sr", "prof", "dept", "avg", "est", "ca", "ref", "vol",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al");

  private Abbreviations() {}

  /**
   * Whether the word that ends just before the period at {@code dot} (looking no further back
   * than {@code from}) is an abbreviation: a listed word, a single lower-case letter ("p. G12C")
   * or a dotted form ("e.g.").
   */
  public static boolean before(CharSequence text, int from, int dot) {
    int s = dot;
    while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    int len = dot - s;
    if (len == 0) {
      return false;
    }
    String word = text.subSequence(s, dot).toString();
    // "in his 60s.": a decade after digits is a word, not an initial
    boolean afterDigit = s > from && Character.isDigit(text.charAt(s - 1));
    if ((len == 1 && Character.isLowerCase(word.charAt(0)) && !afterDigit) || word.indexOf('.') >= 0) {
      return true;
    }
    return len <= 5 && WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
