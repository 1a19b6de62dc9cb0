package org.eligo.text;

import java.util.List;
import java.util.Objects;
import org.eligo.core.Note;

/** A note cut into sections and sentences; all spans index the note's original text. */
public record Document(Note note, List<Section> sections, List<Sentence> sentences) {
  public Document {
    Objects.requireNonNull(note, "note");
    sections = List.copyOf(sections);
    sentences = List.copyOf(sentences);
  }

  public String text(Sentence s) {
    return note.text().substring(s.span().start(), s.span().end());
  }
}
