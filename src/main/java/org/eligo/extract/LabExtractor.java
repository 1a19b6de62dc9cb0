package org.eligo.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Labs;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Laboratory values as notes write them ("ANC 1.2", "Plt 210", "Hgb 9.8 g/dL", "Cr 1.4 (ULN
 * 1.2)", "AST 3x ULN", "ANC 1,500/uL"), converted to each analyte's canonical unit of
 * lexicons/labs.tsv. A value without a unit is read in the unit its size implies (ANC 1500 is
 * cells/uL, hemoglobin 98 is g/L). The upper limit is the one stated beside the value, else the
 * lexicon's default.
 */
final class LabExtractor implements Extractor {
  private static final Pattern VALUE = Pattern.compile(
      "^\\s*(?:\\([^)]{0,12}\\)\\s*)?(?:[:=]|\\bof\\b|\\bwas\\b|\\bis\\b|-)?\\s*([<>≤≥]=?)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d.]*%)\\s*"
          + "(x\\s?10\\^?9\\s?/\\s?L|x\\s?10\\^?3\\s?/\\s?(?:uL|µL|mm3)|K\\s?/\\s?(?:uL|µL|mm3)|(?:cells\\s?)?/\\s?(?:uL|µL|mm3)|g\\s?/\\s?dL|g\\s?/\\s?L"
          + "|mg\\s?/\\s?dL|mmol\\s?/\\s?L|[uµ]mol\\s?/\\s?L|I?U\\s?/\\s?L|mL\\s?/\\s?min(?:\\s?/\\s?1\\.73\\s?m2)?|\\s?x\\s?ULN|\\s?×\\s?ULN)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STATED_ULN = Pattern.compile(
      "^\\s*\\((?:ULN|upper limit of normal|ref(?:erence)?(?: range)?|nl|normal)[:\\s]*[<≤]?\\s*(?:\\d+(?:\\.\\d+)?\\s*[-–]\\s*)?(\\d+(?:\\.\\d+)?)",
      Pattern.CASE_INSENSITIVE);

  private final PhraseMatcher<Labs.Analyte> analytes;

  LabExtractor(Labs labs) {
    this.analytes = labs.matcher();
  }

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    for (PhraseMatcher.Match<Labs.Analyte> a : analytes.findAll(s.tokens())) {
      Matcher v = VALUE.matcher(t.substring(a.end()));
      if (!v.lookingAt()) {
        continue;
      }
      Labs.Analyte analyte = a.value();
      double raw = Double.parseDouble(v.group(2).replace(",", ""));
      String unit = v.group(3) == null ? "" : v.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
      Matcher u = STATED_ULN.matcher(t.substring(a.end() + v.end()));
      Double uln = u.lookingAt() ? Double.valueOf(u.group(1)) : analyte.uln();
      Double value;
      if (unit.endsWith("uln")) {
        value = uln == null ? null : raw * uln;
      } else {
        value = canonical(analyte, raw, unit);
      }
      if (value == null) {
        continue;
      }
      boolean statedUln = u.lookingAt();
      int end = a.end() + v.end() + (statedUln ? u.end() : 0);
      out.add(s.mention(new Finding.Lab(analyte.name(), round(value), analyte.unit(), statedUln ? uln : null), a.start(), end, "lab.value"));
    }
  }

  /** The value in the analyte's canonical unit, or null when the unit does not fit the analyte. */
  static Double canonical(Labs.Analyte a, double v, String unit) {
    switch (a.unit()) {
      case "10^9/L" -> {
        if (unit.contains("/ul") || unit.contains("/µl") || unit.contains("/mm3")) {
          return unit.startsWith("k") || unit.contains("10^3") ? v : v / 1000.0;
        }
        if (unit.isEmpty() || unit.contains("10^9")) {
          // Platelets are written in thousands (210) or in full (210,000); counts above 100
          // for ANC, ALC and WBC are cells/uL.
          boolean perMicrolitre = a.name().equals("platelets") ? v >= 2000 : v > 100;
          return perMicrolitre ? v / 1000.0 : v;
        }
        return null;
      }
      case "g/dL" -> {
        if (unit.equals("mmol/l")) {
          return a.name().equals("hemoglobin") ? v / 0.6206 : null;
        }
        if (unit.equals("g/l") || (unit.isEmpty() && v > 25)) {
          return v / 10.0;
        }
        return unit.isEmpty() || unit.equals("g/dl") ? v : null;
      }
      case "mg/dL" -> {
        if (a.name().equals("magnesium")) {
          // Magnesium is near 2 in either unit's range of 0.5-3: only a written unit says mmol/L.
          return unit.equals("mmol/l") ? v * 2.431 : unit.isEmpty() || unit.equals("mg/dl") ? v : null;
        }
        double factor = a.name().equals("bilirubin") ? 17.1 : 88.4;
        if ((unit.contains("mol/l") && !unit.equals("mmol/l")) || (unit.isEmpty() && v > 25)) {
          return v / factor;
        }
        return unit.isEmpty() || unit.equals("mg/dl") ? v : null;
      }
      case "U/L" -> {
        return unit.isEmpty() || unit.endsWith("u/l") ? v : null;
      }
      case "mL/min" -> {
        return unit.isEmpty() || unit.startsWith("ml/min") ? v : null;
      }
      default -> {
        return unit.isEmpty() ? v : null;
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
