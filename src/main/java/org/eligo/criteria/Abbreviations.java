package org.eligo.criteria;

import java.util.Locale;

/**
 * A term written out before its abbreviation in brackets ("poly (ADP-ribose) polymerase (PARP)
 * inhibitor", "mammalian target of rapamycin (mTOR) inhibitor"): where the written-out form
 * begins. The letters and digits of the abbreviation must appear in the words before the bracket
 * in order, the first one at the start of a word, using the fewest words that hold them and no
 * more than the abbreviation's length plus five (at most twice its length). Words beyond a clause
 * mark (, ; : .) are never taken.
 */
final class Abbreviations {

  private Abbreviations() {}

  /**
   * The offset where the written-out form of {@code abbreviation} begins in {@code text}, which
   * it ends right before {@code open} (the opening bracket), or -1 when the words before do not
   * spell it.
   */
  static int longFormStart(String text, int open, String abbreviation) {
    String a = abbreviation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (a.length() < 2 || open <= 0) {
      return -1;
    }
    String t = text.toLowerCase(Locale.ROOT);
    int limit = limit(t, open, Math.min(a.length() + 5, a.length() * 2));
    int ti = open - 1;
    for (int ai = a.length() - 1; ai >= 0; ai--) {
      char c = a.charAt(ai);
      while (ti >= limit && !(t.charAt(ti) == c && (ai > 0 || ti == 0 || !Character.isLetterOrDigit(t.charAt(ti - 1))))) {
        ti--;
      }
      if (ti < limit) {
        return -1;
      }
      if (ai > 0) {
        ti--;
      }
    }
    return ti;
  }

  /** The start of the earliest of the last {@code words} words before {@code open}, stopping at a clause mark. */
  private static int limit(String t, int open, int words) {
    int i = open;
    int seen = 0;
    boolean inWord = false;
    while (i > 0) {
      char c = t.charAt(i - 1);
      if (c == ',' || c == ';' || c == ':' || c == '.' && (i == open || !Character.isLetterOrDigit(t.charAt(i)))) {
        break;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        seen++;
        if (seen > words) {
          break;
        }
      }
      inWord = letter;
      i--;
    }
    return i;
  }
}
