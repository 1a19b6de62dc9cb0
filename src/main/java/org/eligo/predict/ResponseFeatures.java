package org.eligo.predict;

import java.util.ArrayList;
import java.util.List;

/**
 * How a cohort row becomes the model's inputs: the LORIS inputs (TMB capped at 50, prior systemic therapy,
 * albumin, NLR capped at 25, age capped at 85; with {@code log} true TMB and NLR enter as ln(1 + x)), optional
 * extra numeric columns, and one indicator per cancer type of {@link #CANCER_TYPES}.
 */
public record ResponseFeatures(boolean log, List<String> extras) {
  /** The sixteen cancer types of the LORIS cohorts, as the {@code CancerType} column spells them. */
  public static final List<String> CANCER_TYPES = List.of(
      "Bladder", "Breast", "Colorectal", "Endometrial", "Esophageal", "Gastric", "Head & Neck", "Hepatobiliary",
      "Melanoma", "Mesothelioma", "NSCLC", "Ovarian", "Pancreatic", "Renal", "Sarcoma", "SCLC");
  static final List<String> BASE = List.of("TMB", "Systemic_therapy_history", "Albumin", "NLR", "Age");

  public ResponseFeatures {
    extras = List.copyOf(extras);
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
    return n;
  }

  /** The input column behind feature {@code i}. */
  public String input(int i) {
    String n = names().get(i);
    return n.startsWith("CancerType=") ? "CancerType" : n;
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
    double[] v = new double[numeric.size() + CANCER_TYPES.size()];
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
    if (t < 0) {
      missing.add("CancerType");
    }
    return new Encoded(v, List.copyOf(missing));
  }

  private double transform(String column, double x) {
    return switch (column) {
      case "TMB" -> log ? Math.log1p(Math.min(x, 50)) : Math.min(x, 50);
      case "NLR" -> log ? Math.log1p(Math.min(x, 25)) : Math.min(x, 25);
      case "Age" -> Math.min(x, 85);
      default -> x;
    };
  }

  @Override
  public String toString() {
    return (log ? "log TMB/NLR" : "capped TMB/NLR") + (extras.isEmpty() ? "" : " + " + String.join(", ", extras));
  }
}
