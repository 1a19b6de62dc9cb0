package org.eligo.core;

import java.util.Objects;

/**
 * Where a fact comes from: a span of a note ({@code noteId}, {@code span}, the covered {@code
 * text}) or, for structured input, a {@code source} such as {@code patients.jsonl:3 sex}.
 */
public record Evidence(String noteId, CharSpan span, String text, String ruleId, String source) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ruleId, "ruleId");
    if (noteId == null && source == null) {
      throw new IllegalArgumentException("evidence needs a noteId or a source (rule " + ruleId + ")");
    }
    if (noteId != null && span == null) {
      throw new IllegalArgumentException("note evidence without span (rule " + ruleId + ")");
    }
  }

  public static Evidence ofNote(String noteId, CharSpan span, String text, String ruleId) {
    return new Evidence(noteId, span, text, ruleId, null);
  }

  public static Evidence ofStructured(String source, String text) {
    return new Evidence(null, null, text, "structured", source);
  }

  public boolean structured() {
    return noteId == null;
  }
}
