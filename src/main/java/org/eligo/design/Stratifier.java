package org.eligo.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eligo.patient.PatientRecord;

/** A patient's stratum under a config: a level per factor, or the factors left unknown and the fact each one misses. */
public final class Stratifier {
  /** A factor that could not be levelled and the fact it misses. */
  public record Unknown(String factor, String missing) {}

  /** The levels read (in factor order) and the unknown factors; the stratum exists when none is unknown. */
  public record Stratum(Map<String, String> levels, List<Unknown> unknown) {
    public Stratum {
      levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
      unknown = List.copyOf(unknown);
    }

    public boolean complete() {
      return unknown.isEmpty();
    }

    /** "factor=level|factor=level", or null when a factor is unknown. */
    public String label() {
      return complete() ? levels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("|")) : null;
    }
  }

  private final StrataConfig config;

  public Stratifier(StrataConfig config) {
    this.config = config;
  }

  public Stratum stratum(PatientRecord p) {
    Map<String, String> levels = new LinkedHashMap<>();
    List<Unknown> unknown = new ArrayList<>();
    for (StrataConfig.Factor f : config.factors()) {
      FactorSource.Reading r = f.source().read(p);
      String level;
      String why;
      if (r.isMissing()) {
        level = null;
        why = r.missing();
      } else if (f.source().numeric()) {
        level = bin(f, r);
        why = level == null ? f.source().fact() + " recorded only as a range that spans levels" : null;
      } else {
        String v = r.category().toLowerCase(Locale.ROOT);
        level = f.levels().isEmpty() ? r.category() : f.levels().getOrDefault(v, f.other());
        why = level == null ? f.source().fact() + " '" + r.category() + "' is none of the configured levels" : null;
      }
      if (level == null) {
        unknown.add(new Unknown(f.name(), why));
      } else {
        levels.put(f.name(), level);
      }
    }
    return new Stratum(levels, unknown);
  }

  /** The level whose bin holds the whole reading, or null. */
  static String bin(StrataConfig.Factor f, FactorSource.Reading r) {
    List<Double> cuts = f.cuts();
    for (int i = 0; i <= cuts.size(); i++) {
      double lo = i == 0 ? Double.NEGATIVE_INFINITY : cuts.get(i - 1);
      double hi = i == cuts.size() ? Double.POSITIVE_INFINITY : cuts.get(i);
      boolean fitsHi = r.hiOpen() ? r.hi() <= hi : r.hi() < hi || hi == Double.POSITIVE_INFINITY;
      if (r.lo() >= lo && fitsHi) {
        return f.labels().get(i);
      }
    }
    return null;
  }
}
