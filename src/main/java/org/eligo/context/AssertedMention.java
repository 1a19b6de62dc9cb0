package org.eligo.context;

import java.util.Objects;
import org.eligo.core.Assertion;
import org.eligo.extract.Mention;

/** A mention with its final assertion and the cue that decided it (null when none did). */
public record AssertedMention(Mention mention, Assertion assertion, String cue) {
  public AssertedMention {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(assertion, "assertion");
  }
}
