package org.eligo.predict;

import java.util.ArrayList;
import java.util.List;

/**
 * How a cohort row becomes the model's inputs: the LORIS inputs (TMB as {@code tmb} says, prior systemic therapy,
 * albumin, NLR as {@code nlr} says, age capped at 85), optional extra numeric columns, one indicator per cancer
 * type of {@link #CANCER_TYPES}, and with {@code tmbByCancerType} the encoded TMB times each indicator.
 * TMB: {@code cap50}, {@code cap25}, {@code cap100} (the value capped there) or {@code log50} (ln(1 + min(x, 50)));
 * NLR: {@code cap25} or {@code log25}.
 */
public record ResponseFeatures(String tmb, String nlr, boolean tmbByCancerType, List<String> extras) {
  public static final List<String> TMB_ENCODINGS = List.of("cap50", "cap25", "cap100", "log50");
  public static final List<String> NLR_ENCODINGS = List.of("cap25", "log25");
  /** The sixteen cancer types of the LORIS cohorts, as the {@code CancerType} column spells them. */
  public static final List<String> CANCER_TYPES = List.of(
      "Bladder", "Breast", "Colorectal", "Endometrial", "Esophageal", "Gastric", "Head & Neck", "Hepatobiliary",
      "Melanoma", "Mesothelioma", "NSCLC", "Ovarian", "Pancreatic", "Renal", "Sarcoma", "SCLC");
  static final List<String> BASE = List.of("TMB", "Systemic_therapy_history", "Albumin", "NLR", "Age");

  public ResponseFeatures {
    if (!TMB_ENCODINGS.contains(tmb) || !NLR_ENCODINGS.contains(nlr)) {
      throw new IllegalArgumentException("unknown TMB or NLR encoding: " + tmb + ", " + nlr);
    }
    extras = List.copyOf(extras);
  }

  /** TMB ≤ 50 and NLR ≤ 25, or with {@code log} both as ln(1 + x); no interaction. */
  public ResponseFeatures(boolean log, List<String> extras) {
    this(log ? "log50" : "cap50", log ? "log25" : "cap25", false, extras);
  }

  /** True for ln(1 + x) TMB and NLR without interaction (the encoding of model files before the interaction). */
  public boolean log() {
    return tmb.equals("log50") && nlr.equals("log25");
  }

  /** A row's feature values (NaN where the input is missing) and the names of its missing inputs. */
  public record Encoded(double[] values, List<String> missing) {}

  /** Every input column the model reads. */
  public List<String> columns() {
    List<String> c = new ArrayList<>(BASE);
    c.addAll(extras);
    c.add("CancerType");
    return c;
  }

  /** The input columns a cohort file must have: the LORIS inputs (an absent extra column leaves that input missing on every row). */
  public List<String> requiredColumns() {
    List<String> c = new ArrayList<>(BASE);
    c.add("CancerType");
    return c;
  }

  /** Feature names, in the order of {@link Encoded#values()}. */
  public List<String> names() {
    List<String> n = new ArrayList<>(BASE);
    n.addAll(extras);
    for (String t : CANCER_TYPES) {
      n.add("CancerType=" + t);
    }
    if (tmbByCancerType) {
      for (String t : CANCER_TYPES) {
        n.add("TMB*CancerType=" + t);
      }
    }
    return n;
  }

  /** The input column behind feature {@code i}. */
  public String input(int i) {
    String n = names().get(i);
    return n.startsWith("CancerType=") ? "CancerType" : n.startsWith("TMB*") ? "TMB" : n;
  }

  /** The missing columns of a table's header, empty when all are present. */
  public List<String> absentColumns(CohortTable table) {
    List<String> absent = new ArrayList<>();
    for (String c : requiredColumns()) {
      if (!table.columns().contains(c)) {
        absent.add(c);
      }
    }
    return absent;
  }

  public Encoded encode(CohortTable table, CohortTable.Row row) {
    List<String> numeric = new ArrayList<>(BASE);
    numeric.addAll(extras);
    int types = CANCER_TYPES.size();
    double[] v = new double[numeric.size() + (tmbByCancerType ? 2 : 1) * types];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < numeric.size(); i++) {
      String col = numeric.get(i);
      Double x = table.columns().contains(col) ? table.number(row, col) : null;
      if (x == null) {
        missing.add(col);
        v[i] = Double.NaN;
      } else {
        v[i] = transform(col, x);
      }
    }
    String type = row.cell("CancerType");
    int t = type == null ? -1 : CANCER_TYPES.indexOf(type);
    for (int k = 0; k < CANCER_TYPES.size(); k++) {
      v[numeric.size() + k] = t < 0 ? Double.NaN : (k == t ? 1 : 0);
    }
    if (tmbByCancerType) {
      for (int k = 0; k < types; k++) {
        v[numeric.size() + types + k] = t < 0 ? Double.NaN : (k == t ? v[0] : 0);
      }
    }
    if (t < 0) {
      missing.add("CancerType");
    }
    return new Encoded(v, List.copyOf(missing));
  }

  private double transform(String column, double x) {
    return switch (column) {
      case "TMB" -> switch (tmb) {
        case "cap25" -> Math.min(x, 25);
        case "cap100" -> Math.min(x, 100);
        case "log50" -> Math.log1p(Math.min(x, 50));
        default -> Math.min(x, 50);
      };
      case "NLR" -> nlr.equals("log25") ? Math.log1p(Math.min(x, 25)) : Math.min(x, 25);
      case "Age" -> Math.min(x, 85);
      default -> x;
    };
  }

  @Override
  public String toString() {
    String enc = log() ? "log TMB/NLR" : tmb.equals("cap50") && nlr.equals("cap25") ? "capped TMB/NLR"
        : "TMB " + describe(tmb) + ", NLR " + describe(nlr);
    return enc + (tmbByCancerType ? " + TMB x cancer type" : "") + (extras.isEmpty() ? "" : " + " + String.join(", ", extras));
  }

  private static String describe(String encoding) {
    return encoding.startsWith("log") ? "ln(1 + min(x, " + encoding.substring(3) + "))" : "<= " + encoding.substring(3);
  }
}
