package org.eligo.predict;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eligo.core.Assertion;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;

/**
 * A patient record's facts as the cells of a response-cohort row: TMB (current BIOMARKER TMB value),
 * albumin (newest LAB albumin, g/dL), NLR (newest LAB ANC over newest LAB ALC), age (DEMOGRAPHIC),
 * prior systemic therapy (1 when the record counts one or more prior lines, 0 when it counts none) and
 * the cancer type (DIAGNOSIS code mapped onto the LORIS types). A fact the record lacks stays an empty
 * cell, so the model names it missing.
 */
public final class RecordInputs {
  private RecordInputs() {}

  /** eligo cancer codes (lexicons/cancers.tsv) → the LORIS cancer types; codes not listed stay unmapped. */
  static final Map<String, String> CANCER = Map.ofEntries(
      Map.entry("NSCLC", "NSCLC"), Map.entry("SCLC", "SCLC"), Map.entry("BREAST", "Breast"), Map.entry("MELANOMA", "Melanoma"),
      Map.entry("COLORECTAL", "Colorectal"), Map.entry("PANCREATIC", "Pancreatic"), Map.entry("GASTRIC", "Gastric"),
      Map.entry("ESOPHAGEAL", "Esophageal"), Map.entry("HEPATOCELLULAR", "Hepatobiliary"), Map.entry("BILIARY_TRACT", "Hepatobiliary"),
      Map.entry("CHOLANGIOCARCINOMA", "Hepatobiliary"), Map.entry("GALLBLADDER", "Hepatobiliary"), Map.entry("BLADDER", "Bladder"),
      Map.entry("RENAL", "Renal"), Map.entry("OVARIAN", "Ovarian"), Map.entry("ENDOMETRIAL", "Endometrial"),
      Map.entry("HEAD_AND_NECK", "Head & Neck"), Map.entry("SARCOMA", "Sarcoma"), Map.entry("MESOTHELIOMA", "Mesothelioma"));

  public static final List<String> COLUMNS = List.of("SAMPLE_ID", "TMB", "Systemic_therapy_history", "Albumin", "NLR", "Age", "CancerType");

  public static Map<String, String> cells(PatientRecord r) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("SAMPLE_ID", r.patientId());
    c.put("TMB", current(r, FactType.BIOMARKER).map(f -> (Finding.Biomarker) f.finding())
        .filter(b -> b.name().equals("TMB") && b.value() != null).map(b -> num(b.value())).findFirst().orElse(""));
    c.put("Systemic_therapy_history", r.priorLines() == null ? "" : r.priorLines() > 0 ? "1" : "0");
    Optional<Double> alb = lab(r, "albumin");
    c.put("Albumin", alb.map(RecordInputs::num).orElse(""));
    Optional<Double> anc = lab(r, "ANC");
    Optional<Double> alc = lab(r, "ALC");
    c.put("NLR", anc.isPresent() && alc.isPresent() && alc.get() > 0 ? num(anc.get() / alc.get()) : "");
    c.put("Age", current(r, FactType.DEMOGRAPHIC).map(f -> ((Finding.Demographic) f.finding()).age())
        .filter(a -> a != null).map(String::valueOf).findFirst().orElse(""));
    c.put("CancerType", current(r, FactType.DIAGNOSIS).map(f -> ((Finding.Diagnosis) f.finding()).cancer())
        .filter(code -> code != null && CANCER.containsKey(code)).map(CANCER::get).findFirst().orElse(""));
    return c;
  }

  private static java.util.stream.Stream<Fact> current(PatientRecord r, FactType type) {
    return r.current(type).filter(f -> f.assertion() == Assertion.PRESENT || f.assertion() == Assertion.HISTORICAL);
  }

  /** The newest current value of a lab analyte. */
  private static Optional<Double> lab(PatientRecord r, String analyte) {
    return current(r, FactType.LAB).filter(f -> ((Finding.Lab) f.finding()).analyte().equals(analyte))
        .max(Comparator.comparing(Fact::date, Comparator.nullsFirst(Comparator.naturalOrder())))
        .map(f -> ((Finding.Lab) f.finding()).value());
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }
}
