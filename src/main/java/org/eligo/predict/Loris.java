package org.eligo.predict;

import java.util.Map;

/**
 * The published pan-cancer LORIS score (Chang, Chowell et al., "LORIS robustly predicts patient outcomes
 * with immune checkpoint blockade therapy using common clinical, pathologic, and genomic features",
 * Nature Cancer 2024): a logistic function of min(TMB, 50), prior systemic therapy (0/1), albumin (g/dL),
 * min(NLR, 25), min(age, 85) and a cancer-type term, with the coefficients of the paper. A cancer type
 * outside the sixteen of the paper gets no calibration term.
 */
public final class Loris {
  private Loris() {}

  static final Map<String, Double> CANCER_TERM = Map.ofEntries(
      Map.entry("Bladder", -0.3323), Map.entry("Breast", -0.3323), Map.entry("Colorectal", -0.102),
      Map.entry("Endometrial", -0.0079), Map.entry("Esophageal", 0.55), Map.entry("Gastric", 0.2306),
      Map.entry("Head & Neck", 0.0678), Map.entry("Hepatobiliary", -0.1189), Map.entry("Melanoma", -0.0086),
      Map.entry("Mesothelioma", 0.1255), Map.entry("NSCLC", 0.0008), Map.entry("Ovarian", -0.052),
      Map.entry("Pancreatic", -1.1169), Map.entry("Renal", 0.5451), Map.entry("Sarcoma", 0.0542),
      Map.entry("SCLC", -0.0033));

  /** The LORIS probability. */
  public static double score(double tmb, double priorSystemicTherapy, double albumin, double nlr, double age, String cancerType) {
    double s = 0.0371 * Math.min(tmb, 50) - 0.8775 * priorSystemicTherapy + 0.5382 * albumin
        - 0.033 * Math.min(nlr, 25) + 0.0049 * Math.min(age, 85)
        + CANCER_TERM.getOrDefault(cancerType, 0.0) - 2.0886;
    return 1 / (1 + Math.exp(-s));
  }

  /** The LORIS probability of a cohort row, or null when one of its inputs is missing. */
  public static Double score(CohortTable table, CohortTable.Row row) {
    Double tmb = table.number(row, "TMB");
    Double psth = table.number(row, "Systemic_therapy_history");
    Double alb = table.number(row, "Albumin");
    Double nlr = table.number(row, "NLR");
    Double age = table.number(row, "Age");
    String type = row.cell("CancerType");
    if (tmb == null || psth == null || alb == null || nlr == null || age == null || type == null) {
      return null;
    }
    return score(tmb, psth, alb, nlr, age, type);
  }
}
