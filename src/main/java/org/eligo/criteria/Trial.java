package org.eligo.criteria;

import java.util.List;
import java.util.Objects;

/** A trial's identity and its criteria in document order (inclusions I1.., exclusions E1..). */
public record Trial(String id, String title, List<String> conditions, List<Criterion> criteria, String source) {
  public Trial {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    conditions = List.copyOf(conditions);
    criteria = List.copyOf(criteria);
  }
}
