package org.eligo.criteria;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A criterion's text prepared for rules: normalized without changing any offset (markdown
 * escapes, no-break spaces, dashes and full-width punctuation become plain ASCII of the same
 * length; whole numbers written as words become digits, see {@link SpelledNumbers}), in original
 * case and in lower case, and maskable: a rule that has consumed a span
 * blanks it so that later rules do not read it again ("PD-L1" is a biomarker, not the gene
 * CD274; "KRAS G12C inhibitor" is a drug class, not a variant). Mutable; one per parse.
 */
final class Sentence {
  private final String original;
  private final char[] cased;
  private final char[] lower;

  Sentence(String text) {
    this.original = text;
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = normalize(c, i);
    }
    this.cased = c;
    this.lower = new char[c.length];
    for (int i = 0; i < c.length; i++) {
      char l = Character.toLowerCase(c[i]);
      lower[i] = Character.charCount(l) == 1 ? l : c[i];
    }
    SpelledNumbers.rewrite(cased, lower);
  }

  private static char normalize(char[] c, int i) {
    char ch = c[i];
    switch (ch) {
      case '\\':
        // CT.gov markdown escapes: "\>=", "\*", "\[".
        return i + 1 < c.length && !Character.isLetterOrDigit(c[i + 1]) ? ' ' : ch;
      case '\u00a0', '\u2009', '\u202f', '\u3000', '\t':
        return ' ';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uff0d':
        return '-';
      case '\u2018', '\u2019', '\u2032':
        return '\'';
      case '\u201c', '\u201d':
        return '"';
      case '\uff08':
        return '(';
      case '\uff09':
        return ')';
      case '\uff0c', '\u3001':
        return ',';
      case '\uff1b':
        return ';';
      case '\uff1a':
        return ':';
      case '\uff1e':
        return '>';
      case '\uff1c':
        return '<';
      case '\u2267', '\u2a7e':
        return '\u2265';
      case '\u2266', '\u2a7d':
        return '\u2264';
      case '\uff5e', '\u223c':
        return '~';
      case '\u00ef':
        return 'i';
      default:
        return ch;
    }
  }

  String original() {
    return original;
  }

  int length() {
    return cased.length;
  }

  /** The normalized text in original case, masked spans blank. */
  String cased() {
    return new String(cased);
  }

  /** The normalized text in lower case, masked spans blank. */
  String lower() {
    return new String(lower);
  }

  /** Blanks {@code [start, end)} for later rules. */
  void mask(int start, int end) {
    Arrays.fill(cased, start, end, ' ');
    Arrays.fill(lower, start, end, ' ');
  }

  /** The original characters of {@code [start, end)}. */
  String span(int start, int end) {
    return original.substring(start, end);
  }

  /** The normalized lower-case characters of {@code [start, end)}, masked ones blank. */
  String lower(int start, int end) {
    return new String(lower, start, end - start);
  }

  /** First match of {@code p} in the lower-case text, or null. */
  Matcher find(Pattern p) {
    Matcher m = p.matcher(lower());
    return m.find() ? m : null;
  }
}
