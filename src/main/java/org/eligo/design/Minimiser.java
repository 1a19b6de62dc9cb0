package org.eligo.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Pocock–Simon minimisation. For each arm the new patient is added hypothetically; for each
 * factor the imbalance (range, or population variance) of the counts across arms at the
 * patient's level is taken; G of the arm is the weighted sum. The arm with the smallest G is
 * chosen with probability {@code p}, otherwise one of the other arms at random; ties among the
 * smallest are broken at random, and when every arm ties the choice is uniform. The random
 * numbers come from {@link java.util.Random} with the seed (its algorithm is fixed by the Java
 * specification), so the same settings and patients give the same arms on every JVM.
 */
public final class Minimiser {
  /** How the counts of one level across arms become one number. */
  public enum Imbalance {
    RANGE,
    VARIANCE
  }

  /** A stratification factor and its weight in G. */
  public record Factor(String name, double weight) {
    public Factor {
      Objects.requireNonNull(name, "name");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight of factor " + name + " must be a positive number, got " + weight);
      }
    }
  }

  /** Everything that fixes the assignments besides the patients. */
  public record Settings(List<String> arms, List<Factor> factors, double p, Imbalance imbalance, long seed) {
    public Settings {
      arms = List.copyOf(arms);
      factors = List.copyOf(factors);
      Objects.requireNonNull(imbalance, "imbalance");
      if (arms.size() < 2 || arms.stream().distinct().count() != arms.size()) {
        throw new IllegalArgumentException("arms must be at least two distinct names, got " + arms);
      }
      if (factors.isEmpty() || factors.stream().map(Factor::name).distinct().count() != factors.size()) {
        throw new IllegalArgumentException("factors must be at least one, with distinct names");
      }
      if (!(p >= 1.0 / arms.size() && p <= 1)) {
        throw new IllegalArgumentException("p must lie in [1/arms, 1], got " + p);
      }
    }
  }

  /** One assignment: G per arm (in arm order), the arm chosen and the uniform draw that chose it (null when none was needed). */
  public record Assignment(int sequence, String patientId, Map<String, String> levels, Map<String, Double> scores, String arm, Double draw) {
    public Assignment {
      levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
  }

  private final Settings settings;
  private final Random random;
  /** factor → level → count per arm (arm order). */
  private final Map<String, Map<String, int[]>> counts = new HashMap<>();
  private int sequence;

  public Minimiser(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.random = new Random(settings.seed());
  }

  public Settings settings() {
    return settings;
  }

  /** Counts a patient already on an arm (no random number is used). */
  public void record(String arm, Map<String, String> levels) {
    int k = armIndex(arm);
    check(levels);
    for (Factor f : settings.factors()) {
      cell(f.name(), levels.get(f.name()))[k]++;
    }
  }

  /** G per arm, in arm order, for a patient with these levels. */
  public Map<String, Double> scores(Map<String, String> levels) {
    check(levels);
    Map<String, Double> g = new LinkedHashMap<>();
    int arms = settings.arms().size();
    for (int k = 0; k < arms; k++) {
      double sum = 0;
      for (Factor f : settings.factors()) {
        int[] c = cell(f.name(), levels.get(f.name())).clone();
        c[k]++;
        sum += f.weight() * imbalance(c);
      }
      g.put(settings.arms().get(k), sum);
    }
    return g;
  }

  /** Assigns the next patient, counts them on the arm chosen and says how it was chosen. */
  public Assignment assign(String patientId, Map<String, String> levels) {
    Objects.requireNonNull(patientId, "patientId");
    Map<String, Double> g = scores(levels);
    double min = g.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    List<String> best = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (Map.Entry<String, Double> e : g.entrySet()) {
      (e.getValue() - min < 1e-9 ? best : rest).add(e.getKey());
    }
    String arm;
    Double draw = null;
    if (rest.isEmpty()) {
      arm = pick(best);
    } else {
      draw = random.nextDouble();
      arm = draw < settings.p() ? pick(best) : pick(rest);
    }
    record(arm, levels);
    return new Assignment(++sequence, patientId, levels, g, arm, draw);
  }

  private String pick(List<String> arms) {
    return arms.size() == 1 ? arms.get(0) : arms.get(random.nextInt(arms.size()));
  }

  private double imbalance(int[] c) {
    if (settings.imbalance() == Imbalance.RANGE) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (int x : c) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
      return hi - lo;
    }
    double mean = 0;
    for (int x : c) {
      mean += x;
    }
    mean /= c.length;
    double v = 0;
    for (int x : c) {
      v += (x - mean) * (x - mean);
    }
    return v / c.length;
  }

  private int[] cell(String factor, String level) {
    return counts.computeIfAbsent(factor, f -> new HashMap<>()).computeIfAbsent(level, l -> new int[settings.arms().size()]);
  }

  private int armIndex(String arm) {
    int k = settings.arms().indexOf(arm);
    if (k < 0) {
      throw new IllegalArgumentException("unknown arm " + arm + " (arms: " + settings.arms() + ")");
    }
    return k;
  }

  private void check(Map<String, String> levels) {
    for (Factor f : settings.factors()) {
      String v = levels.get(f.name());
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("no level for factor " + f.name());
      }
    }
    if (levels.size() != settings.factors().size()) {
      throw new IllegalArgumentException("levels name factors the settings do not have: " + levels.keySet());
    }
  }
}
