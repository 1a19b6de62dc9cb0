package org.eligo.core;

/** A half-open range {@code [start, end)} of character offsets into a note's original text. */
public record CharSpan(int start, int end) {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start=" + start + " end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public CharSpan shift(int offset) {
    return new CharSpan(start + offset, end + offset);
  }
}
