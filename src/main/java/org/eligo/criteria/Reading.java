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
}
