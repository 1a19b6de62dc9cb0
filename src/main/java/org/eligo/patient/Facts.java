package org.eligo.patient;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.eligo.extract.FactType;

/**
 * A record's facts, unmodifiable, in their order, and grouped once by type (all and current
 * ones) so that a criterion reads only the facts of its kind. Equal to any list of the same
 * facts, as every list is.
 */
final class Facts extends AbstractList<Fact> implements RandomAccess {
  private static final int TYPES = FactType.values().length;

  private final Fact[] all;
  /** The facts by type, in record order within a type: type t's lie in [from[t], from[t + 1]). */
  private final Fact[] byType;
  private final int[] from;
  /** The same for the current facts. */
  private final Fact[] currentByType;
  private final int[] currentFrom;

  private Facts(List<Fact> facts) {
    this.all = facts.toArray(new Fact[0]);
    this.from = new int[TYPES + 1];
    this.currentFrom = new int[TYPES + 1];
    for (Fact f : all) {
      Objects.requireNonNull(f, "fact");
      int t = f.finding().type().ordinal();
      from[t + 1]++;
      if (f.current()) {
        currentFrom[t + 1]++;
      }
    }
    for (int t = 0; t < TYPES; t++) {
      from[t + 1] += from[t];
      currentFrom[t + 1] += currentFrom[t];
    }
    this.byType = new Fact[all.length];
    this.currentByType = new Fact[currentFrom[TYPES]];
    int[] next = from.clone();
    int[] nextCurrent = currentFrom.clone();
    for (Fact f : all) {
      int t = f.finding().type().ordinal();
      byType[next[t]++] = f;
      if (f.current()) {
        currentByType[nextCurrent[t]++] = f;
      }
    }
  }

  /** The facts as this list (kept when they are one already); null facts are refused. */
  static Facts of(List<Fact> facts) {
    return facts instanceof Facts f ? f : new Facts(facts);
  }

  List<Fact> of(FactType type) {
    return slice(byType, from, type.ordinal());
  }

  List<Fact> current(FactType type) {
    return slice(currentByType, currentFrom, type.ordinal());
  }

  private static List<Fact> slice(Fact[] facts, int[] from, int t) {
    return from[t] == from[t + 1] ? List.of() : new Slice(facts, from[t], from[t + 1]);
  }

  @Override
  public Fact get(int index) {
    return all[index];
  }

  @Override
  public int size() {
    return all.length;
  }

  /** An unmodifiable view of part of an array that is never written again. */
  private static final class Slice extends AbstractList<Fact> implements RandomAccess {
    private final Fact[] facts;
    private final int from;
    private final int to;

    Slice(Fact[] facts, int from, int to) {
      this.facts = facts;
      this.from = from;
      this.to = to;
    }

    @Override
    public Fact get(int index) {
      Objects.checkIndex(index, to - from);
      return facts[from + index];
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
