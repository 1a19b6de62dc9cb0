package org.eligo.text;

import java.util.Objects;
import org.eligo.core.CharSpan;

/** A sentence: character span into the note and the section it lies in. */
public record Sentence(CharSpan span, String section) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(section, "section");
  }
}
