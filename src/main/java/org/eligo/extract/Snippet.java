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
  private final String text;
  private String lower;
  private PhraseMatcher.Tokens tokens;

  public Snippet(Document doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.text = doc.text(sentence);
  }

  public String text() {
    return text;
  }

  /** The text in lower case, for cheap keyword checks before a pattern runs. */
  public String lower() {
    if (lower == null) {
      lower = text.toLowerCase(java.util.Locale.ROOT);
    }
    return lower;
  }

  /** Whether the lower-cased text holds any of the keys. */
  public boolean mentionsAny(String... keys) {
    String l = lower();
    for (String k : keys) {
      if (l.contains(k)) {
        return true;
      }
    }
    return false;
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
    Evidence ev = Evidence.ofNote(doc.note().noteId(), span, text.substring(a, b), ruleId);
    return new Mention(finding, ev, intrinsic, sentence.span());
  }

  public Mention mention(Finding finding, int start, int end, String ruleId) {
    return mention(finding, start, end, ruleId, Assertion.PRESENT);
  }
}
