package org.eligo.extract;

import java.util.List;
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
  private KeyIndex keyIndex;
  private long[] keys;
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

  /** Where the sentence starts in the note. */
  public int start() {
    return sentence.span().start();
  }

  /** Where the sentence ends in the note. */
  public int end() {
    return sentence.span().end();
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

  /** Whether {@link #text()} is the sentence as written (it had no dot leaders to blank). */
  public boolean asWritten() {
    return text.equals(raw);
  }

  /** The text in lower case, for cheap keyword checks before a pattern runs. */
  public String lower() {
    if (lower == null) {
      lower = text.toLowerCase(java.util.Locale.ROOT);
    }
    return lower;
  }

  /**
   * Whether the lower-cased text holds one of the gate's keys. The first gate asked reads the
   * text once for the keys of every gate ({@link KeyIndex}); later ones are bit tests.
   */
  boolean has(KeyIndex.Gate gate) {
    if (keys == null || !keyIndex.covers(gate)) {
      keyIndex = KeyIndex.current();
      keys = keyIndex.scan(lower());
    }
    return gate.passes(keys);
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

  /**
   * The text of the note's line before this sentence starts ("Prior therapy: " before "none."),
   * or the line above when the sentence opens its line (a header on a line of its own).
   */
  public String lineBefore() {
    String note = doc.note().text();
    int start = sentence.span().start();
    int lineStart = note.lastIndexOf('\n', start - 1) + 1;
    if (!note.substring(lineStart, start).isBlank() || lineStart == 0) {
      return note.substring(lineStart, start);
    }
    int end = lineStart - 1;
    while (end > 0 && Character.isWhitespace(note.charAt(end - 1))) {
      end--;
    }
    return note.substring(note.lastIndexOf('\n', end - 1) + 1, end);
  }

  /**
   * Up to {@code max} sentences before this one in its paragraph and section, nearest first (as
   * written, dot leaders kept); stops at a blank line.
   */
  public List<String> beforeInParagraph(int max) {
    List<Sentence> all = doc.sentences();
    int at = all.indexOf(sentence);
    List<String> out = new java.util.ArrayList<>();
    String note = doc.note().text();
    for (int i = at - 1; i >= 0 && out.size() < max; i--) {
      Sentence x = all.get(i);
      String gap = note.substring(x.span().end(), all.get(i + 1).span().start());
      if (!x.section().equals(sentence.section()) || gap.indexOf("\n\n") >= 0 || gap.indexOf("\n\r\n") >= 0) {
        break;
      }
      out.add(doc.text(x));
    }
    return out;
  }

  /** The sentence before this one when both stand in one paragraph of one section (no blank line between), else null. */
  /** The nearest of the {@code n} lines right above the sentence's line in which {@code p} finds something, else null. */
  public String lineAbove(int n, java.util.regex.Pattern p) {
    String note = doc.note().text();
    int end = note.lastIndexOf('\n', Math.max(0, start() - 1));
    for (int k = 0; k < n && end > 0; k++) {
      int from = note.lastIndexOf('\n', end - 1) + 1;
      String line = note.substring(from, end);
      if (p.matcher(line).find()) {
        return line;
      }
      end = from - 1;
    }
    return null;
  }

  public String previousInParagraph() {
    List<String> before = beforeInParagraph(1);
    return before.isEmpty() ? null : before.get(0);
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
