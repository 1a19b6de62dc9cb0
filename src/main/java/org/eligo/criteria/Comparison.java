package org.eligo.criteria;

import java.util.Objects;

/**
 * A numeric comparison as a criterion writes it, at {@code [start, end)} of its text: {@code
 * operator} is one of {@code >=}, {@code >}, {@code <=}, {@code <}, {@code =} or {@code range}
 * (then {@code upper} is the range's upper value). A time window "within 4 weeks" is {@code <=} 4.
 */
public record Comparison(int start, int end, String operator, double value, Double upper) {
  public Comparison {
    Objects.requireNonNull(operator, "operator");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
