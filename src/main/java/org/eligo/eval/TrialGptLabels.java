package org.eligo.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eligo.criteria.Criterion;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Verdict;

/**
 * eligo's verdict on one criterion in TrialGPT's label set. MET is "included" (inclusion) or
 * "excluded" (exclusion); NOT_MET, also an exclusion assumed absent because no note mentions it,
 * is "not included" or "not excluded"; UNKNOWN, which includes every criterion eligo cannot
 * compute, is "not enough information"; DEFERRED (consent, contraception, anything confirmed at
 * the screening visit) is "not enough information" too, as eligo reads nothing about it from the
 * records. eligo has no verdict for "not applicable" and never gives it. A row eligo cannot run
 * (no criterion text, a patient without text) is "not enough information" as well.
 */
public final class TrialGptLabels {
  public static final String NOT_ENOUGH = "not enough information";
  public static final List<String> INCLUSION = List.of("included", "not included", NOT_ENOUGH, "not applicable");
  public static final List<String> EXCLUSION = List.of("excluded", "not excluded", NOT_ENOUGH, "not applicable");

  /** Rows: expert label; columns: the other side's label; counts per kind. */
  private final Map<Criterion.Kind, Map<String, Map<String, Integer>>> counts = new TreeMap<>();
  private int rows;
  private int agreed;

  public static String label(Criterion.Kind kind, Verdict verdict) {
    boolean inclusion = kind == Criterion.Kind.INCLUSION;
    return switch (verdict) {
      case MET -> inclusion ? "included" : "excluded";
      case NOT_MET -> inclusion ? "not included" : "not excluded";
      case UNKNOWN, DEFERRED -> NOT_ENOUGH;
    };
  }

  /** The breakdown column of a row eligo could not run. */
  public static final String NO_INPUT = "no input (row rejected)";
  private static final String ASSUMED = "NOT_MET, assumed absent (no mention)";
  private static final String GAP = "UNKNOWN, not computable";
  private static final String REQUIRED = "NOT_MET, required part of a not computable criterion";

  /** How eligo reached a verdict, for the breakdown beside the confusion table. */
  public static String source(CriterionResult r) {
    if (!r.criterion().computable()) {
      return r.result() == Verdict.NOT_MET ? REQUIRED : GAP;
    }
    return r.assumed() ? ASSUMED : r.result().name();
  }

  /** Every value {@link #source} gives for a criterion of {@code kind}, and {@link #NO_INPUT}, in table order. */
  public static List<String> sources(Criterion.Kind kind) {
    return kind == Criterion.Kind.INCLUSION
        ? List.of("MET", "NOT_MET", "UNKNOWN", "DEFERRED", GAP, REQUIRED, NO_INPUT)
        : List.of("MET", "NOT_MET", ASSUMED, "UNKNOWN", "DEFERRED", GAP, NO_INPUT);
  }

  public void add(Criterion.Kind kind, String expert, String other) {
    counts.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(expert, k -> new TreeMap<>()).merge(other, 1, Integer::sum);
    rows++;
    if (expert.equals(other)) {
      agreed++;
    }
  }

  public int rows() {
    return rows;
  }

  public int agreed() {
    return agreed;
  }

  public double accuracy() {
    return rows == 0 ? Double.NaN : (double) agreed / rows;
  }

  public int count(Criterion.Kind kind, String expert, String other) {
    return counts.getOrDefault(kind, Map.of()).getOrDefault(expert, Map.of()).getOrDefault(other, 0);
  }
}
