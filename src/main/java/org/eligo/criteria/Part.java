package org.eligo.criteria;

import java.util.Objects;

/**
 * A predicate a rule read from {@code [start, end)} of a criterion's text. {@code note} names what
 * the rule assumed or left out ("PD-L1 positive read as TPS >= 1%"), null when nothing.
 */
record Part(Predicate predicate, int start, int end, String note) {
  Part {
    Objects.requireNonNull(predicate, "predicate");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  Part(Predicate predicate, int start, int end) {
    this(predicate, start, end, null);
  }
}
