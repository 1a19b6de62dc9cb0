package org.eligo.extract;

import java.util.Objects;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;

/**
 * A finding read at one place of a note. {@code intrinsic} is what the phrase itself asserts
 * ("EGFR wild-type" is ABSENT by its own words); {@code context} later decides the final
 * assertion from the surrounding {@code sentence}.
 */
public record Mention(Finding finding, Evidence evidence, Assertion intrinsic, CharSpan sentence) {
  public Mention {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(intrinsic, "intrinsic");
    Objects.requireNonNull(sentence, "sentence");
  }

  public CharSpan span() {
    return evidence.span();
  }
}
