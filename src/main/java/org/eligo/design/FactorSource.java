package org.eligo.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.eligibility.PerformanceScales;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;

/**
 * The facts a stratification factor may be read from. Numeric sources give a value or, for a
 * PD-L1 score the notes state only as a bound or a range ("<1%", "1-49%"), an interval; the
 * others give a category. Only the patient's own current facts count.
 */
public enum FactorSource {
  PDL1_TPS("pdl1_tps", true, "PD-L1 TPS"),
  ECOG("ecog", true, "ECOG performance status"),
  PRIOR_LINES("prior_lines", true, "number of prior systemic lines"),
  AGE("age", true, "age"),
  SEX("sex", false, "sex"),
  CANCER("cancer", false, "cancer type"),
  HISTOLOGY("histology", false, "histology");

  /** What a source read of one patient: a number, an interval [lo, hi] (bounds inclusive unless open), a category, or why none. */
  public record Reading(Double value, double lo, double hi, boolean hiOpen, String category, String missing) {
    static Reading number(double v) {
      return new Reading(v, v, v, false, null, null);
    }

    static Reading interval(double lo, double hi, boolean hiOpen) {
      return new Reading(null, lo, hi, hiOpen, null, null);
    }

    static Reading category(String c) {
      return new Reading(null, 0, 0, false, c, null);
    }

    static Reading missing(String why) {
      return new Reading(null, 0, 0, false, null, why);
    }

    public boolean isMissing() {
      return missing != null;
    }

    public boolean isInterval() {
      return value == null && category == null && missing == null;
    }
  }

  private static final Pattern BOUND = Pattern.compile("(<|>=|≥|>)\\s*(\\d+(?:\\.\\d+)?)\\s*%?");
  private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?)\\s*%?");

  private final String key;
  private final boolean numeric;
  private final String fact;

  FactorSource(String key, boolean numeric, String fact) {
    this.key = key;
    this.numeric = numeric;
    this.fact = fact;
  }

  /** The name a config uses. */
  public String key() {
    return key;
  }

  public boolean numeric() {
    return numeric;
  }

  /** The fact a missing reading names. */
  public String fact() {
    return fact;
  }

  public static Optional<FactorSource> byKey(String key) {
    for (FactorSource s : values()) {
      if (s.key.equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public static List<String> keys() {
    List<String> k = new ArrayList<>();
    for (FactorSource s : values()) {
      k.add(s.key);
    }
    return k;
  }

  public Reading read(PatientRecord p) {
    return switch (this) {
      case PDL1_TPS -> one(p, FactType.BIOMARKER, f -> f instanceof Finding.Biomarker b && b.name().equals("PD-L1 TPS")
          ? pdl1((Finding.Biomarker) f) : null);
      case ECOG -> ecog(p);
      case PRIOR_LINES -> p.priorLines() == null ? Reading.missing(fact) : Reading.number(p.priorLines());
      case AGE -> demographic(p, d -> d.age() == null ? null : Reading.number(d.age()));
      case SEX -> demographic(p, d -> d.sex() == null ? null : Reading.category(d.sex()));
      case CANCER -> one(p, FactType.DIAGNOSIS, f -> ((Finding.Diagnosis) f).cancer() == null ? null
          : Reading.category(((Finding.Diagnosis) f).cancer()));
      case HISTOLOGY -> one(p, FactType.DIAGNOSIS, f -> ((Finding.Diagnosis) f).histology() == null ? null
          : Reading.category(((Finding.Diagnosis) f).histology()));
    };
  }

  private Reading ecog(PatientRecord p) {
    Reading ecog = one(p, FactType.PERFORMANCE_STATUS, f -> ((Finding.PerformanceStatus) f).scale().equals("ECOG")
        ? Reading.number(((Finding.PerformanceStatus) f).value()) : null);
    if (!ecog.isMissing() || !ecog.missing().equals(fact)) {
      return ecog;
    }
    return one(p, FactType.PERFORMANCE_STATUS, f -> ((Finding.PerformanceStatus) f).scale().equals("KPS")
        ? Reading.number(PerformanceScales.ecogFromKps(((Finding.PerformanceStatus) f).value())) : null);
  }

  private Reading demographic(PatientRecord p, Function<Finding.Demographic, Reading> read) {
    List<Fact> facts = p.current(FactType.DEMOGRAPHIC).filter(Fact::ownPositive)
        .filter(f -> read.apply((Finding.Demographic) f.finding()) != null)
        .sorted(Comparator.comparing(Fact::structured).reversed()).toList();
    return facts.isEmpty() ? Reading.missing(fact) : read.apply((Finding.Demographic) facts.get(0).finding());
  }

  /** The reading of the newest current own fact; distinct readings of one date are a conflict. */
  private Reading one(PatientRecord p, FactType type, Function<Finding, Reading> read) {
    List<Fact> facts = p.current(type).filter(Fact::ownPositive).filter(f -> read.apply(f.finding()) != null).toList();
    if (facts.isEmpty()) {
      return Reading.missing(fact);
    }
    java.time.LocalDate newest = facts.stream().map(Fact::date).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    List<Reading> readings = facts.stream().filter(f -> newest == null || newest.equals(f.date()))
        .map(f -> read.apply(f.finding())).distinct().toList();
    // A number refines a bound, a range or a word of the same date ("90%" beside "high").
    List<Reading> usable = readings.stream().filter(r -> !r.isMissing()).toList();
    List<Reading> numbers = usable.stream().filter(r -> r.value() != null).toList();
    List<Reading> best = !numbers.isEmpty() ? numbers : !usable.isEmpty() ? usable : readings;
    if (best.size() > 1) {
      return Reading.missing(fact + " (conflicting values of one date)");
    }
    return best.get(0);
  }

  private Reading pdl1(Finding.Biomarker b) {
    if (b.value() != null) {
      return Reading.number(b.value());
    }
    String c = b.category().trim().toLowerCase(Locale.ROOT);
    Matcher m = BOUND.matcher(c);
    if (m.matches()) {
      double x = Double.parseDouble(m.group(2));
      return m.group(1).equals("<") ? Reading.interval(Double.NEGATIVE_INFINITY, x, true)
          : Reading.interval(m.group(1).equals(">") ? Math.nextUp(x) : x, Double.POSITIVE_INFINITY, false);
    }
    m = RANGE.matcher(c);
    if (m.matches()) {
      return Reading.interval(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), false);
    }
    return Reading.missing(fact + " as a number (recorded only as '" + c + "')");
  }
}
