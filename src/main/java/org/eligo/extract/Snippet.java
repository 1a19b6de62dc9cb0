package org.eligo.extract;

import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.text.Document;
import org.eligo.text.Sentence;

/** One sentence of a document as extractors see it: its text and a way to cite a part of it. */
public final class Snippet {
  private final Document doc;
  private final Sentence sentence;
  private final String text;

  public Snippet(Document doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.text = doc.text(sentence);
  }

  public String text() {
    return text;
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
