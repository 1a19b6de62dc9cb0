package org.eligo.rank;

import java.util.Objects;
import org.eligo.eligibility.Eligibility;

/** One ranked patient × trial: eligibility, score in [0, 1] and 1-based rank within the trial. */
public record Match(Eligibility eligibility, double score, int rank) {
  public Match {
    Objects.requireNonNull(eligibility, "eligibility");
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score out of [0,1]: " + score);
    }
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, got " + rank);
    }
  }
}
