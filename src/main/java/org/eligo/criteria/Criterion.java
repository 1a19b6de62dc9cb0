package org.eligo.criteria;

import java.util.Objects;

/**
 * One eligibility criterion. {@code predicate} is null when the text is not computable; then
 * {@code category} is the best guess of its kind and {@code reason} says why it has no form.
 * {@code required} is what a not-computable inclusion criterion demands whatever its other
 * words say ("multiple myeloma with measurable disease by serum M-protein": the myeloma), so
 * that a patient who fails it fails the criterion; for a not-computable exclusion it is an
 * alternative that excludes whatever the rest says ("earlier anti-PD-1 therapy, or an agent
 * aimed at another T-cell receptor": the anti-PD-1 therapy), so that a patient who meets it
 * meets the criterion; null when the text has no such part.
 */
public record Criterion(
    String id, Kind kind, String text, Predicate predicate, String category, String reason, Predicate required) {

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
    if (predicate != null && required != null) {
      throw new IllegalArgumentException("criterion " + id + " is computable; only a partial reading has a required part");
    }
    if (predicate == null && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("criterion " + id + " is not computable and has no reason");
    }
  }

  public Criterion(String id, Kind kind, String text, Predicate predicate, String category, String reason) {
    this(id, kind, text, predicate, category, reason, null);
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

  /** Not computable, but requiring {@code required} (null for nothing) whatever the rest says. */
  public static Criterion notComputable(String id, Kind kind, String text, String category, String reason, Predicate required) {
    return new Criterion(id, kind, text, null, category, reason, required);
  }
}
