package org.eligo.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the parts of a CTML {@code and} or {@code or} into one predicate, folding back what
 * {@link CtmlLeaves} had to spread over several single-valued nodes: an {@code or} of variants
 * of one gene is one variant predicate with all of them, an {@code or} of diagnoses whose
 * cancers and histologies form a full grid is one diagnosis, an {@code and} of a lower and an
 * upper bound of age or TMB is one range; an {@code and} of negated variants or diagnoses, and
 * an {@code or} of negated bounds, fold the same way under their Not.
 */
final class CtmlFolds {
  private CtmlFolds() {}

  static Predicate join(boolean all, List<Predicate> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<Predicate> inner = negatedParts(parts);
    Predicate folded;
    if (inner == null) {
      folded = all ? range(parts) : merge(parts);
    } else {
      Predicate f = all ? merge(inner) : range(inner);
      folded = f == null ? null : new Predicate.Not(f);
    }
    if (folded != null) {
      return folded;
    }
    return all ? new Predicate.AllOf(parts) : new Predicate.AnyOf(parts);
  }

  /** The parts without their Not when every part is a Not, else null. */
  private static List<Predicate> negatedParts(List<Predicate> parts) {
    List<Predicate> inner = new ArrayList<>();
    for (Predicate p : parts) {
      if (!(p instanceof Predicate.Not not)) {
        return null;
      }
      inner.add(not.part());
    }
    return inner;
  }

  /** Variants of one gene, or diagnoses on a grid, as the one predicate any of them means; else null. */
  private static Predicate merge(List<Predicate> parts) {
    if (parts.stream().allMatch(p -> p instanceof Predicate.Variant v && !v.variants().isEmpty())) {
      String gene = ((Predicate.Variant) parts.get(0)).gene();
      Set<String> variants = new LinkedHashSet<>();
      for (Predicate p : parts) {
        Predicate.Variant v = (Predicate.Variant) p;
        if (!v.gene().equals(gene)) {
          return null;
        }
        variants.addAll(v.variants());
      }
      return new Predicate.Variant(gene, variants);
    }
    if (parts.stream().allMatch(p -> p instanceof Predicate.Diagnosis)) {
      Set<String> cancers = new LinkedHashSet<>();
      Set<String> histologies = new LinkedHashSet<>();
      Set<List<Object>> pairs = new HashSet<>();
      for (Predicate p : parts) {
        Predicate.Diagnosis d = (Predicate.Diagnosis) p;
        if (d.cancers().size() != 1 || d.histologies().size() > 1) {
          return null;
        }
        cancers.addAll(d.cancers());
        histologies.addAll(d.histologies());
        pairs.add(List.of(d.cancers(), d.histologies()));
      }
      boolean grid = pairs.size() == parts.size() && pairs.size() == cancers.size() * Math.max(1, histologies.size())
          && pairs.stream().allMatch(pair -> ((Set<?>) pair.get(1)).isEmpty() == histologies.isEmpty());
      return grid ? new Predicate.Diagnosis(cancers, histologies) : null;
    }
    return null;
  }

  /** A lower and an upper bound of age or of one biomarker as one range; else null. */
  private static Predicate range(List<Predicate> parts) {
    if (parts.size() != 2) {
      return null;
    }
    if (parts.get(0) instanceof Predicate.Age low && parts.get(1) instanceof Predicate.Age high
        && low.max() == null && high.min() == null) {
      return new Predicate.Age(low.min(), high.max());
    }
    if (parts.get(0) instanceof Predicate.Biomarker low && parts.get(1) instanceof Predicate.Biomarker high
        && low.name().equals(high.name()) && low.status() == null && high.status() == null
        && low.max() == null && high.min() == null) {
      return new Predicate.Biomarker(low.name(), low.min(), high.max(), null);
    }
    return null;
  }
}
