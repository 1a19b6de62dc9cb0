package org.eligo.extract;

import static org.eligo.extract.FhirFacts.codes;
import static org.eligo.extract.FhirFacts.loinc;
import static org.eligo.extract.FhirFacts.mention;
import static org.eligo.extract.FhirFacts.one;
import static org.eligo.extract.FhirFacts.stage;
import static org.eligo.extract.FhirFacts.texts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Assertion;
import org.eligo.extract.FhirFacts.Mapped;
import org.eligo.lexicon.Genes;
import org.eligo.lexicon.Labs;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * FHIR Observations to mentions by their LOINC code (the codes are listed in
 * docs/INTEGRATION.md): genomic variants from their components, ECOG and Karnofsky, stage
 * groups, tumour markers, and labs in the canonical units of {@link LabExtractor}. Thread-safe.
 */
final class FhirObservations {
  private static final String ECOG = "89247-1";
  private static final String KARNOFSKY = "89243-0";
  private static final Set<String> STAGE_GROUP = Set.of("21908-9", "21902-2");
  private static final String VARIANT = "69548-6";
  private static final String GENE = "48018-6";
  private static final String DNA_CHANGE = "48004-6";
  private static final String GENOMIC_CHANGE = "81290-9";
  private static final String AMINO_ACID_CHANGE = "48005-3";
  private static final String ALLELIC_FREQUENCY = "81258-6";
  private static final String SIGNIFICANCE = "53037-8";
  private static final String GENOMIC_SOURCE = "48002-0";

  /** Biomarker observations by LOINC code: the FORMATS.md biomarker name and the assay the code implies. */
  private record Marker(String name, String assay) {}

  private static final Map<String, Marker> MARKERS = Map.ofEntries(
      Map.entry("85147-7", new Marker("PD-L1", "22C3")),
      Map.entry("94076-7", new Marker("TMB", null)),
      Map.entry("81695-9", new Marker("MSI", null)),
      Map.entry("48676-1", new Marker("HER2", null)),
      Map.entry("85319-2", new Marker("HER2", "IHC")),
      Map.entry("85318-4", new Marker("HER2", "ISH")),
      Map.entry("16112-5", new Marker("ER", "IHC")),
      Map.entry("85337-4", new Marker("ER", "IHC")),
      Map.entry("16113-3", new Marker("PR", "IHC")),
      Map.entry("85339-0", new Marker("PR", "IHC")));

  /** Lab observations by LOINC code: the analyte of lexicons/labs.tsv. */
  private static final Map<String, String> LABS = Map.ofEntries(
      Map.entry("751-8", "ANC"), Map.entry("26499-4", "ANC"), Map.entry("731-0", "ALC"), Map.entry("6690-2", "WBC"),
      Map.entry("777-3", "platelets"), Map.entry("718-7", "hemoglobin"), Map.entry("2160-0", "creatinine"),
      Map.entry("1975-2", "bilirubin"), Map.entry("1920-8", "AST"), Map.entry("1742-6", "ALT"),
      Map.entry("1751-7", "albumin"));

  /** LOINC answers of the ECOG scale (LA9622-7 is grade 0 ... LA9627-6 grade 5). */
  private static final Map<String, Integer> ECOG_ANSWERS = Map.of(
      "LA9622-7", 0, "LA9623-5", 1, "LA9624-3", 2, "LA9625-0", 3, "LA9626-8", 4, "LA9627-6", 5);

  private static final Pattern LEADING_DIGIT = Pattern.compile("^\\D{0,20}?(\\d{1,3})\\b");

  private final Labs labs;
  private final Genes genes;

  FhirObservations(Labs labs, Genes genes) {
    this.labs = labs;
    this.genes = genes;
  }

  /** What an observation says: a variant, performance status, stage group, tumour marker or lab, by its LOINC code. */
  Mapped map(Observation o, String ref) {
    if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR || o.getStatus() == Observation.ObservationStatus.CANCELLED) {
      return Mapped.bad("status", o.getStatus().toCode() + ": not read");
    }
    Set<String> codes = loinc(o.getCode());
    String label = texts(o.getCode()).stream().findFirst().orElse("observation");
    if (codes.contains(VARIANT) || o.getComponent().stream().anyMatch(c -> loinc(c.getCode()).contains(GENE))) {
      return variant(o, ref);
    }
    Type value = o.hasValue() ? o.getValue() : null;
    if (value == null) {
      return Mapped.bad("value[x]", "required field is missing");
    }
    if (codes.contains(ECOG) || codes.contains(KARNOFSKY)) {
      boolean ecog = codes.contains(ECOG);
      Integer grade = grade(value, ecog);
      if (grade == null || grade < 0 || grade > (ecog ? 5 : 100)) {
        return Mapped.bad("value[x]", ecog ? "no ECOG grade 0 to 5" : "no Karnofsky score 0 to 100");
      }
      return one(new Finding.PerformanceStatus(ecog ? "ECOG" : "KPS", grade), label + ": " + grade, "fhir.performance", ref);
    }
    if (codes.stream().anyMatch(STAGE_GROUP::contains)) {
      for (String text : value instanceof CodeableConcept cc ? texts(cc) : List.of(value.primitiveValue() == null ? "" : value.primitiveValue())) {
        String stage = stage(text);
        if (stage != null) {
          return one(new Finding.Diagnosis(null, null, stage), label + ": " + text, "fhir.stage", ref);
        }
      }
      return Mapped.bad("value[x]", "no stage group (0, I to IV with A, B or C)");
    }
    Optional<Marker> marker = codes.stream().map(MARKERS::get).filter(java.util.Objects::nonNull).findFirst();
    if (marker.isPresent()) {
      return biomarker(marker.get(), label, value, ref);
    }
    Optional<String> analyte = codes.stream().map(LABS::get).filter(java.util.Objects::nonNull).findFirst();
    if (analyte.isPresent()) {
      return lab(labs.analyte(analyte.get()).orElseThrow(), label, value, ref);
    }
    return Mapped.bad("code", "no LOINC code eligo reads" + codes(o.getCode()));
  }

  private static Integer grade(Type value, boolean ecog) {
    if (value instanceof org.hl7.fhir.r4.model.IntegerType i) {
      return i.getValue();
    }
    if (value instanceof Quantity q && q.hasValue()) {
      return q.getValue().intValue();
    }
    if (value instanceof CodeableConcept cc) {
      for (Coding c : cc.getCoding()) {
        if (ecog && ECOG_ANSWERS.containsKey(c.getCode())) {
          return ECOG_ANSWERS.get(c.getCode());
        }
      }
      for (String t : texts(cc)) {
        Matcher m = LEADING_DIGIT.matcher(t);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    return null;
  }

  private Mapped biomarker(Marker marker, String label, Type value, String ref) {
    String name = marker.name();
    if (name.equals("PD-L1")) {
      boolean cps = label.toUpperCase(Locale.ROOT).contains("CPS") || label.toLowerCase(Locale.ROOT).contains("combined positive");
      name = cps ? "PD-L1 CPS" : "PD-L1 TPS";
    }
    if (value instanceof Quantity q && q.hasValue()) {
      double v = q.getValue().doubleValue();
      String unit = switch (name) {
        case "TMB" -> "mut/Mb";
        case "PD-L1 CPS" -> null;
        default -> "%";
      };
      String category = name.equals("ER") || name.equals("PR") ? (v >= 1 ? "positive" : "negative") : null;
      return one(new Finding.Biomarker(name, v, category, unit, marker.assay()), label + ": " + q.getValue().toPlainString()
          + (q.hasUnit() ? " " + q.getUnit() : ""), "fhir.biomarker", ref);
    }
    if (value instanceof CodeableConcept cc) {
      for (String text : texts(cc)) {
        String category = category(name, marker.assay(), text);
        if (category != null) {
          return one(new Finding.Biomarker(name, null, category, null, marker.assay()), label + ": " + text, "fhir.biomarker", ref);
        }
      }
    }
    return Mapped.bad("value[x]", "no value or category eligo reads for " + name);
  }

  /** A coded result in the categories notes give: MSI-H/MSI-L/MSS, HER2 IHC scores, amplified, positive/negative. */
  private static String category(String name, String assay, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (name.equals("MSI")) {
      return t.contains("high") || t.contains("msi-h") || t.contains("unstable") ? "MSI-H"
          : t.contains("low") || t.contains("msi-l") ? "MSI-L" : t.contains("stable") || t.contains("mss") ? "MSS" : null;
    }
    if (name.equals("HER2") && "IHC".equals(assay)) {
      Matcher m = Pattern.compile("\\b([0-3])\\s*\\+|\\b(0)\\b").matcher(t);
      if (m.find()) {
        return m.group(1) != null ? (m.group(1).equals("0") ? "0" : m.group(1) + "+") : "0";
      }
    }
    if (name.equals("HER2") && "ISH".equals(assay)) {
      return t.contains("not amplified") || t.contains("non-amplified") || t.contains("negative") ? "not amplified"
          : t.contains("amplified") || t.contains("positive") ? "amplified" : null;
    }
    if (t.contains("negative") || t.contains("not detected")) {
      return "negative";
    }
    if (t.contains("equivocal")) {
      return "equivocal";
    }
    return t.contains("positive") || t.contains("detected") ? "positive" : null;
  }

  private Mapped lab(Labs.Analyte analyte, String label, Type value, String ref) {
    if (!(value instanceof Quantity q) || !q.hasValue()) {
      return Mapped.bad("valueQuantity", "required for a lab value");
    }
    String written = q.hasCode() ? q.getCode() : q.hasUnit() ? q.getUnit() : "";
    Double canonical = LabExtractor.canonical(analyte, q.getValue().doubleValue(), ucum(written));
    if (canonical == null) {
      return Mapped.bad("valueQuantity.unit", "unit " + written + " does not convert to " + analyte.unit() + " for " + analyte.name());
    }
    return one(new Finding.Lab(analyte.name(), Math.round(canonical * 1000) / 1000.0, analyte.unit(), null),
        label + ": " + q.getValue().toPlainString() + (written.isEmpty() ? "" : " " + written), "fhir.lab", ref);
  }

  /** A UCUM unit in the lower-case spelling {@link LabExtractor#canonical} reads: 10*3/uL as 10^3/ul. */
  static String ucum(String unit) {
    return unit.toLowerCase(Locale.ROOT).replace("10*", "10^").replace("{", "").replace("}", "").strip();
  }

  private Mapped variant(Observation o, String ref) {
    String gene = null;
    String protein = null;
    String hgvs = null;
    String genomic = null;
    Double vaf = null;
    String significance = null;
    String origin = null;
    for (Observation.ObservationComponentComponent c : o.getComponent()) {
      Set<String> codes = loinc(c.getCode());
      Type v = c.hasValue() ? c.getValue() : null;
      if (v == null) {
        continue;
      }
      if (codes.contains(GENE) && v instanceof CodeableConcept cc) {
        gene = texts(cc).stream().map(genes::symbolOf).flatMap(Optional::stream).findFirst().orElse(null);
      } else if (codes.contains(AMINO_ACID_CHANGE)) {
        protein = first(v);
      } else if (codes.contains(DNA_CHANGE)) {
        hgvs = first(v);
      } else if (codes.contains(GENOMIC_CHANGE)) {
        genomic = first(v);
      } else if (codes.contains(ALLELIC_FREQUENCY) && v instanceof Quantity q && q.hasValue()) {
        double f = q.getValue().doubleValue();
        vaf = "%".equals(q.getCode()) || "%".equals(q.getUnit()) || f > 1 ? f : f * 100;
      } else if (codes.contains(SIGNIFICANCE) && v instanceof CodeableConcept cc) {
        significance = significance(texts(cc));
      } else if (codes.contains(GENOMIC_SOURCE) && v instanceof CodeableConcept cc) {
        String s = String.join(" ", texts(cc)).toLowerCase(Locale.ROOT);
        origin = s.contains("germline") ? "germline" : s.contains("somatic") ? "somatic" : null;
      }
    }
    if (gene == null) {
      return Mapped.bad("component[" + GENE + "]", "no gene of lexicons/genes.tsv");
    }
    String variant = null;
    if (protein != null) {
      Matcher m = ProteinChange.SUBSTITUTION.matcher(protein);
      Matcher r = ProteinChange.RANGE.matcher(protein);
      variant = r.find() ? ProteinChange.shortRange(r.group(1)) : m.find() ? ProteinChange.shortForm(m) : null;
    }
    Assertion a = Assertion.PRESENT;
    if (o.getValue() instanceof CodeableConcept cc) {
      String s = String.join(" ", texts(cc)).toLowerCase(Locale.ROOT);
      boolean absent = cc.getCoding().stream().anyMatch(c -> "LA9634-2".equals(c.getCode()))
          || s.contains("absent") || s.contains("not detected") || s.contains("negative");
      a = absent ? Assertion.ABSENT : Assertion.PRESENT;
    }
    String written = hgvs != null ? hgvs : genomic;
    Finding.Variant f = new Finding.Variant(gene, variant, protein != null ? protein : written, null)
        .withDetails(vaf, significance, origin);
    String text = gene + (protein != null ? " " + protein : "") + (written != null ? " " + written : "");
    return Mapped.of(List.of(mention(f, text, "fhir.variant", ref, a)));
  }

  private static String significance(List<String> texts) {
    for (String t : texts) {
      String s = t.toLowerCase(Locale.ROOT);
      if (s.contains("uncertain")) {
        return Finding.Variant.VUS;
      }
      for (String k : List.of("likely pathogenic", "likely benign", "pathogenic", "benign")) {
        if (s.contains(k)) {
          return k;
        }
      }
    }
    return null;
  }

  private static String first(Type v) {
    if (v instanceof CodeableConcept cc) {
      List<String> codes = cc.getCoding().stream().filter(Coding::hasCode).map(Coding::getCode).toList();
      return !codes.isEmpty() ? codes.get(0) : cc.hasText() ? cc.getText() : null;
    }
    return v.primitiveValue();
  }

}
