package org.eligo.extract;

import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.lexicon.PhraseMatcher;
import org.eligo.text.Document;
import org.eligo.text.Sentence;

/** One sentence of a document as extractors see it: its text and a way to cite a part of it. */
public final class Snippet {
  private final Document doc;
  private final Sentence sentence;
  private final String raw;
  private final String text;
  private String lower;
  private long[] pairs;
  private PhraseMatcher.Tokens tokens;

  public Snippet(Document doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.raw = doc.text(sentence);
    this.text = withoutLeaders(raw);
  }

  /**
   * The sentence as patterns see it: dot leaders of report tables ("TMB ........ 11.2 mut/Mb") are
   * spaces, so a label and its value read as neighbours. Offsets are those of the note.
   */
  public String text() {
    return text;
  }

  /** Runs of three or more periods, and ellipsis characters, replaced by as many spaces. */
  static String withoutLeaders(String s) {
    int at = s.indexOf("...");
    int ellipsis = s.indexOf('\u2026');
    if (at < 0 && ellipsis < 0) {
      return s;
    }
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\u2026') {
        c[i] = ' ';
      } else if (c[i] == '.' && i + 2 < c.length && c[i + 1] == '.' && c[i + 2] == '.') {
        while (i < c.length && c[i] == '.') {
          c[i++] = ' ';
        }
        i--;
      }
    }
    return new String(c);
  }

  /** The text in lower case, for cheap keyword checks before a pattern runs. */
  public String lower() {
    if (lower == null) {
      lower = text.toLowerCase(java.util.Locale.ROOT);
    }
    return lower;
  }

  /**
   * Whether the lower-cased text holds any of the keys. Most keys are absent from most
   * sentences, so a key is first checked against the set of character pairs the sentence has,
   * which is made in one pass; only a key whose every pair is there is searched for.
   */
  public boolean mentionsAny(String... keys) {
    String l = lower();
    if (pairs == null) {
      pairs = new long[PAIR_BUCKETS * PAIR_BUCKETS / 64];
      for (int i = 1; i < l.length(); i++) {
        int p = pair(l.charAt(i - 1), l.charAt(i));
        pairs[p >>> 6] |= 1L << p;
      }
    }
    for (String k : keys) {
      if (hasPairsOf(k) && l.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static final int PAIR_BUCKETS = 64;

  private boolean hasPairsOf(String key) {
    for (int i = 1; i < key.length(); i++) {
      int p = pair(key.charAt(i - 1), key.charAt(i));
      if ((pairs[p >>> 6] & (1L << p)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Two characters folded into one of 64 x 64 buckets; distinct pairs may share a bucket. */
  private static int pair(char a, char b) {
    return (a & (PAIR_BUCKETS - 1)) * PAIR_BUCKETS + (b & (PAIR_BUCKETS - 1));
  }

  /** The text cut into word tokens once for all lexicon matchers. */
  public PhraseMatcher.Tokens tokens() {
    if (tokens == null) {
      tokens = PhraseMatcher.tokens(text);
    }
    return tokens;
  }

  public String section() {
    return sentence.section();
  }

  public Document document() {
    return doc;
  }

  /** A mention of {@code finding} at local offsets [start, end) of this sentence. */
  public Mention mention(Finding finding, int start, int end, String ruleId, Assertion intrinsic) {
    int a = start;
    int b = end;
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    CharSpan span = new CharSpan(sentence.span().start() + a, sentence.span().start() + b);
    Evidence ev = Evidence.ofNote(doc.note().noteId(), span, raw.substring(a, b), ruleId);
    return new Mention(finding, ev, intrinsic, sentence.span());
  }

  public Mention mention(Finding finding, int start, int end, String ruleId) {
    return mention(finding, start, end, ruleId, Assertion.PRESENT);
  }
}
