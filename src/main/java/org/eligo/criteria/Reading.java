package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules read from one criterion: the parts they could represent, notes on what they
 * assumed or left out, and gaps, concepts they recognised but cannot represent (a laboratory
 * threshold, a stage range with an upper bound). Mutable; one per parse.
 */
final class Reading {

  /** A recognised concept without a predicate: its category guess and what it is. */
  record Gap(String category, String what) {}

  private final List<Comparison> comparisons = new ArrayList<>();
  private final List<Comparison> windows = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<Gap> gaps = new ArrayList<>();

  /** The parts found so far, in the order found; rules add to it. */
  List<Part> parts() {
    return parts;
  }

  void add(Part part) {
    parts.add(part);
  }

  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  List<String> notes() {
    return notes;
  }

  void gap(String category, String what) {
    Gap g = new Gap(category, what);
    if (!gaps.contains(g)) {
      gaps.add(g);
    }
  }

  List<Gap> gaps() {
    return gaps;
  }

  /** A numeric limit as written: "> 21" is operator ">" and value 21; a range "2-21" has an upper value. */
  void compare(Bounds.Bound b) {
    String op;
    if (b.low() != null && b.high() != null) {
      op = b.low().equals(b.high()) ? "=" : "range";
    } else if (b.low() != null) {
      op = b.lowStrict() ? ">" : ">=";
    } else {
      op = b.highStrict() ? "<" : "<=";
    }
    double value = b.low() != null ? b.low() : b.high();
    comparisons.add(new Comparison(b.start(), b.end(), op, value, "range".equals(op) ? b.high() : null));
  }

  /** A time window the parse represents ("within 4 weeks" is {@code <=} 4). */
  void window(Comparison c) {
    comparisons.add(c);
    windows.add(c);
  }

  List<Comparison> windows() {
    return windows;
  }

  List<Comparison> comparisons() {
    return comparisons;
  }
}
