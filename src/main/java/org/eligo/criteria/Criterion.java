package org.eligo.criteria;

import java.util.Objects;

/**
 * One eligibility criterion. {@code predicate} is null when the text is not computable; then
 * {@code category} is the best guess of its kind and {@code reason} says why it has no form.
 */
public record Criterion(
    String id, Kind kind, String text, Predicate predicate, String category, String reason) {

  /** Inclusion or exclusion. */
  public enum Kind {
    INCLUSION,
    EXCLUSION
  }

  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    if (predicate == null && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("criterion " + id + " is not computable and has no reason");
    }
  }

  public boolean computable() {
    return predicate != null;
  }

  public static Criterion computable(String id, Kind kind, String text, Predicate predicate) {
    return new Criterion(id, kind, text, predicate, predicate.category(), null);
  }

  public static Criterion notComputable(String id, Kind kind, String text, String category, String reason) {
    return new Criterion(id, kind, text, null, category, reason);
  }
}
