package org.eligo.core;

import java.util.Objects;

/**
 * One rejected input record: which file, which 1-based line (0 when the whole file is meant),
 * which field, and why. Never carries note text.
 */
public record Problem(String file, long line, String field, String reason) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (field == null ? "" : " field '" + field + "'") + ": " + reason;
  }
}
