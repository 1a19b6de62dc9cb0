package org.eligo.design;

import java.util.Optional;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Predicate;

/**
 * One step of relaxation of a numeric inclusion threshold, where a step is plain: ECOG maximum
 * one grade up, KPS minimum 10 down, age maximum 5 years up (or a minimum above 18 five years
 * down, not below 18), a PD-L1 minimum down to the next of the usual cut points 1% and 50%.
 * Other criteria (labs, exclusions, composites) have no step.
 */
public record RelaxStep(Criterion relaxed, String description) {
  private static final double[] PDL1_CUTS = {1, 50};

  public static Optional<RelaxStep> of(Criterion c) {
    if (c.kind() != Criterion.Kind.INCLUSION || !c.computable()) {
      return Optional.empty();
    }
    Predicate p = c.predicate();
    Predicate r = null;
    String d = null;
    if (p instanceof Predicate.PerformanceStatus ps && ps.scale().equals("ECOG") && ps.max() != null && ps.max() < 4) {
      r = new Predicate.PerformanceStatus("ECOG", ps.min(), ps.max() + 1);
      d = "ECOG <= " + ps.max() + " -> <= " + (ps.max() + 1);
    } else if (p instanceof Predicate.PerformanceStatus ps && ps.scale().equals("KPS") && ps.min() != null && ps.min() >= 20) {
      r = new Predicate.PerformanceStatus("KPS", ps.min() - 10, ps.max());
      d = "KPS >= " + ps.min() + " -> >= " + (ps.min() - 10);
    } else if (p instanceof Predicate.Age a && a.max() != null) {
      r = new Predicate.Age(a.min(), a.max() + 5);
      d = "age <= " + a.max() + " -> <= " + (a.max() + 5);
    } else if (p instanceof Predicate.Age a && a.min() != null && a.min() > 18) {
      int min = Math.max(18, a.min() - 5);
      r = new Predicate.Age(min, null);
      d = "age >= " + a.min() + " -> >= " + min;
    } else if (p instanceof Predicate.Biomarker b && b.name().startsWith("PD-L1") && b.min() != null && b.status() == null) {
      Double lower = null;
      for (double cut : PDL1_CUTS) {
        if (cut < b.min()) {
          lower = cut;
        }
      }
      if (lower != null) {
        r = new Predicate.Biomarker(b.name(), lower, b.max(), null);
        d = b.name() + " >= " + fmt(b.min()) + " -> >= " + fmt(lower);
      }
    }
    return r == null ? Optional.empty() : Optional.of(new RelaxStep(Criterion.computable(c.id(), c.kind(), c.text(), r), d));
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
  }
}
