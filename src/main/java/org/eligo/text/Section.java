package org.eligo.text;

import java.util.Objects;
import org.eligo.core.CharSpan;

/** A note section: its canonical name (lexicons/sections.tsv, or {@code NONE}) and its span. */
public record Section(String name, CharSpan span) {
  public static final String NONE = "NONE";

  public Section {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
