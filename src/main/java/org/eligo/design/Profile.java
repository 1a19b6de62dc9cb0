package org.eligo.design;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;

/**
 * A patient's molecular and clinical profile as a set of present facts ("gene=EGFR",
 * "ecog=1", ...), the one-hot features subgroups are clustered on. Read from the record's own
 * current facts, as stratification reads them; a fact the record lacks gives no feature.
 */
public record Profile(String patientId, Set<String> features) {
  /** Condition groups that count as key conditions. */
  static final List<String> KEY_CONDITIONS = List.of("autoimmune disease", "interstitial lung disease", "organ transplant",
      "cardiovascular disease", "infection", "kidney disease", "liver disease");

  public Profile {
    features = java.util.Collections.unmodifiableSet(new TreeSet<>(features));
  }

  public static Profile of(PatientRecord p) {
    Set<String> f = new TreeSet<>();
    p.current(FactType.VARIANT).filter(Fact::ownPositive).map(x -> (Finding.Variant) x.finding())
        .filter(v -> !Finding.Variant.VUS.equals(v.significance()) && !"benign".equalsIgnoreCase(String.valueOf(v.significance())))
        .forEach(v -> {
          f.add("gene=" + v.gene());
          f.add("variantClass=" + variantClass(v));
        });
    p.current(FactType.DIAGNOSIS).filter(Fact::ownPositive).map(x -> (Finding.Diagnosis) x.finding()).forEach(d -> {
      if (d.cancer() != null) {
        f.add("cancer=" + d.cancer());
      }
    });
    stage(p).ifPresent(s -> f.add("stage=" + s));
    band(FactorSource.ECOG.read(p), List.of(1.0, 2.0), List.of("0", "1", ">=2"), "ecog", f);
    band(FactorSource.PDL1_TPS.read(p), List.of(1.0, 50.0), List.of("<1", "1-49", ">=50"), "pdl1", f);
    tmb(p, f);
    if (p.priorLines() != null) {
      f.add("priorLines=" + (p.priorLines() >= 2 ? ">=2" : String.valueOf(p.priorLines())));
    }
    p.current(FactType.CONDITION).filter(Fact::ownPositive).map(x -> ((Finding.Condition) x.finding()).group())
        .filter(KEY_CONDITIONS::contains).forEach(g -> f.add("condition=" + g));
    p.current(FactType.METASTASIS).filter(Fact::ownPositive).filter(x -> !x.notImaged()).map(x -> (Finding.Metastasis) x.finding())
        .filter(m -> m.status() != MetStatus.ABSENT).forEach(m -> f.add("metastasis=" + m.site()));
    return new Profile(p.patientId(), f);
  }

  /** fusion, amplification, or mutation (any other named alteration); a gene-level finding is "alteration". */
  static String variantClass(Finding.Variant v) {
    String x = v.variant() == null ? "" : v.variant().toLowerCase(Locale.ROOT);
    if (v.partner() != null || x.contains("fusion") || x.contains("rearrangement")) {
      return "fusion";
    }
    if (x.contains("amplification")) {
      return "amplification";
    }
    return v.variant() == null ? "alteration" : "mutation";
  }

  /** The highest current stage group (0, I, II, III, IV) the patient's own stage facts give. */
  static java.util.Optional<String> stage(PatientRecord p) {
    List<String> order = List.of("0", "I", "II", "III", "IV");
    return p.current(FactType.DIAGNOSIS).filter(Fact::ownPositive).map(x -> ((Finding.Diagnosis) x.finding()).stage())
        .filter(java.util.Objects::nonNull).map(s -> s.toUpperCase(Locale.ROOT).replaceAll("[ABC]?[0-9]?$", ""))
        .filter(order::contains).max(java.util.Comparator.comparingInt(order::indexOf));
  }

  private static void band(FactorSource.Reading r, List<Double> cuts, List<String> labels, String name, Set<String> f) {
    if (!r.isMissing()) {
      String level = Stratifier.bin(new StrataConfig.Factor(name, null, cuts, labels, java.util.Map.of(), null), r);
      if (level != null) {
        f.add(name + "=" + level);
      }
    }
  }

  private static void tmb(PatientRecord p, Set<String> f) {
    p.current(FactType.BIOMARKER).filter(Fact::ownPositive).map(x -> (Finding.Biomarker) x.finding())
        .filter(b -> b.name().equals("TMB")).findFirst().ifPresent(b -> {
          if (b.value() != null) {
            f.add("tmb=" + (b.value() >= 10 ? ">=10" : "<10"));
          } else if (b.category().equalsIgnoreCase("high") || b.category().equalsIgnoreCase("low")) {
            f.add("tmb=" + (b.category().equalsIgnoreCase("high") ? ">=10" : "<10"));
          }
        });
  }
}
