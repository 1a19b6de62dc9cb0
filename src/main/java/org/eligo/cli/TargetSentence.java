package org.eligo.cli;

import java.time.LocalDate;
import org.eligo.core.CharSpan;
import org.eligo.core.Note;
import org.eligo.text.Document;
import org.eligo.text.Segmenter;

/**
 * The sentence around a target when the text handed to {@code context} holds more than one
 * (a report header run into the first sentence): ConText's scope is one sentence.
 */
record TargetSentence(String sentence, CharSpan target, String section) {

  static TargetSentence of(Segmenter segmenter, String text, CharSpan target) {
    Document doc = segmenter.segment(new Note("context", "context", LocalDate.EPOCH, "", text));
    int start = 0;
    int end = text.length();
    String section = org.eligo.text.Section.NONE;
    for (var s : doc.sentences()) {
      if (s.span().start() <= target.start()) {
        start = s.span().start();
        section = s.section();
      }
      if (s.span().end() >= target.end()) {
        end = s.span().end();
        break;
      }
    }
    if (start > target.start() || end < target.end()) {
      return new TargetSentence(text, target, org.eligo.text.Section.NONE);
    }
    return new TargetSentence(text.substring(start, end), target.shift(-start), section);
  }
}
