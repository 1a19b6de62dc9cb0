package org.eligo.criteria;

import java.util.List;

/**
 * The negation of a predicate with the Not pushed one level down (De Morgan), as CTML needs it:
 * CTML has no "not" node, only a {@code !} on a leaf's value.
 */
final class Negation {
  private Negation() {}

  static Predicate of(Predicate p) {
    if (p instanceof Predicate.Not not) {
      return not.part();
    }
    if (p instanceof Predicate.AllOf all) {
      return new Predicate.AnyOf(negateEach(all.parts()));
    }
    if (p instanceof Predicate.AnyOf any) {
      return new Predicate.AllOf(negateEach(any.parts()));
    }
    return new Predicate.Not(p);
  }

  private static List<Predicate> negateEach(List<Predicate> parts) {
    return parts.stream().map(Negation::of).toList();
  }

  /**
   * The negation of a predicate with the Not pushed down to the leaves (negation normal form):
   * "neither A nor B" and "no A or B" are {@code AllOf(Not A, Not B)}. The parser writes negated
   * lists so, which is how CTML (a {@code !} on each leaf) reads them back; three-valued logic
   * gives both forms the same verdict.
   */
  static Predicate toLeaves(Predicate p) {
    if (p instanceof Predicate.Not not) {
      return not.part();
    }
    if (p instanceof Predicate.AllOf all) {
      return new Predicate.AnyOf(all.parts().stream().map(Negation::toLeaves).toList());
    }
    if (p instanceof Predicate.AnyOf any) {
      return new Predicate.AllOf(any.parts().stream().map(Negation::toLeaves).toList());
    }
    return new Predicate.Not(p);
  }
}
