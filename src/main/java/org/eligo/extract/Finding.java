package org.eligo.extract;

import java.util.Objects;

/**
 * What a mention says, independent of where it was said and whether it is asserted. Two
 * findings with the same {@link #key()} describe the same thing about a patient and compete
 * for "newest wins"; equal findings are the same claim.
 */
public sealed interface Finding {
  FactType type();

  /** What this finding is about; findings with one key supersede one another by date. */
  String key();

  /** A gene alteration; {@code variant} null means the gene as a whole ("EGFR negative"). */
  record Variant(String gene, String variant, String hgvs, String partner, Double vaf, String significance, String origin)
      implements Finding {
    /** Clinical significance of a variant of uncertain significance, as reports write it. */
    public static final String VUS = "VUS";

    public Variant {
      Objects.requireNonNull(gene, "gene");
    }

    public Variant(String gene, String variant, String hgvs, String partner) {
      this(gene, variant, hgvs, partner, null, null, null);
    }

    public static Variant of(String gene, String variant) {
      return new Variant(gene, variant, null, null);
    }

    /** This variant with the report's details (VAF, significance, germline or somatic origin). */
    public Variant withDetails(Double vaf, String significance, String origin) {
      return new Variant(gene, variant, hgvs, partner, vaf, significance, origin);
    }

    /** The same alteration without HGVS or details: what identifies it across notes. */
    public Variant identity() {
      return new Variant(gene, variant, null, partner);
    }

    /** Each detail of this variant, or the other's where this one has none. */
    public Variant filledFrom(Variant other) {
      return new Variant(gene, variant, hgvs != null ? hgvs : other.hgvs, partner, vaf != null ? vaf : other.vaf,
          significance != null ? significance : other.significance, origin != null ? origin : other.origin);
    }

    @Override
    public FactType type() {
      return FactType.VARIANT;
    }

    @Override
    public String key() {
      return "variant:" + gene + ":" + (variant == null ? "*" : variant);
    }
  }

  /** A biomarker with a numeric {@code value} or a {@code category}. */
  record Biomarker(String name, Double value, String category, String unit, String assay)
      implements Finding {
    public Biomarker {
      Objects.requireNonNull(name, "name");
      if (value == null && category == null) {
        throw new IllegalArgumentException("biomarker " + name + " needs a value or a category");
      }
    }

    @Override
    public FactType type() {
      return FactType.BIOMARKER;
    }

    /** HER2 by IHC and by ISH are separate measurements; other biomarkers have one value. */
    @Override
    public String key() {
      return "biomarker:" + name + ("HER2".equals(name) && assay != null ? ":" + assay : "");
    }
  }

  /** ECOG or KPS. */
  record PerformanceStatus(String scale, int value) implements Finding {
    public PerformanceStatus {
      Objects.requireNonNull(scale, "scale");
      int max = "KPS".equals(scale) ? 100 : 5;
      if (value < 0 || value > max) {
        throw new IllegalArgumentException(scale + " out of range: " + value);
      }
    }

    @Override
    public FactType type() {
      return FactType.PERFORMANCE_STATUS;
    }

    @Override
    public String key() {
      return "ps:" + scale;
    }
  }

  /** A cancer diagnosis ({@code cancer} code, histology) or a stage (cancer null). */
  record Diagnosis(String cancer, String histology, String stage) implements Finding {
    public Diagnosis {
      if (cancer == null && stage == null) {
        throw new IllegalArgumentException("diagnosis needs a cancer or a stage");
      }
    }

    @Override
    public FactType type() {
      return FactType.DIAGNOSIS;
    }

    @Override
    public String key() {
      return cancer == null ? "stage" : "cancer:" + cancer + (histology == null ? "" : ":" + histology);
    }
  }

  /** A metastatic site and its status. */
  record Metastasis(String site, MetStatus status) implements Finding {
    /** The rule of a site stated as not imaged ("brain not imaged"): status UNKNOWN, and no sign of disease there. */
    public static final String NOT_IMAGED = "metastasis.brain-not-imaged";

    public Metastasis {
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(status, "status");
    }

    @Override
    public FactType type() {
      return FactType.METASTASIS;
    }

    @Override
    public String key() {
      return "metastasis:" + site;
    }
  }

  /**
   * A therapy by generic {@code drug} name with its classes; {@code drug} null names a class
   * only ("chemotherapy", "immunotherapy"), and with no classes either stands for "any systemic
   * therapy" (as in "treatment-naive"). {@code
   * setting} is "adjuvant" or "neoadjuvant" when the notes say so (such therapy is not a line
   * for advanced disease), {@value #NON_CANCER} for a cytotoxic given for an autoimmune disease
   * (methotrexate for rheumatoid arthritis), {@value #CONDITIONING} for high-dose chemotherapy
   * before an autologous transplant (no line of its own), else null. {@code course} holds line, dates and
   * response; it describes the therapy and is no part of its identity (see {@link #identity()}).
   */
  record Therapy(String drug, java.util.List<String> classes, String category, String setting, TherapyCourse course)
      implements Finding {
    public static final String NON_CANCER = "non-cancer";
    /** High-dose chemotherapy given before an autologous stem cell transplant: part of the line it consolidates. */
    public static final String CONDITIONING = "conditioning";

    public Therapy {
      classes = classes == null ? java.util.List.of() : java.util.List.copyOf(classes);
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(course, "course");
    }

    /** A therapy of which nothing about its course is known. */
    public Therapy(String drug, java.util.List<String> classes, String category, String setting) {
      this(drug, classes, category, setting, TherapyCourse.NONE);
    }

    /** This therapy without its course: mentions of one therapy with different dates are one claim. */
    public Therapy identity() {
      return withCourse(TherapyCourse.NONE);
    }

    public Therapy withCourse(TherapyCourse c) {
      return new Therapy(drug, classes, category, setting, c);
    }

    @Override
    public FactType type() {
      return FactType.THERAPY;
    }

    @Override
    public String key() {
      return "therapy:" + (drug != null ? drug : "class:" + String.join("|", classes) + ":" + category)
          + (setting == null ? "" : ":" + setting);
    }
  }

  /** A lab value in its canonical unit. */
  record Lab(String analyte, double value, String unit, Double uln) implements Finding {
    public Lab {
      Objects.requireNonNull(analyte, "analyte");
    }

    @Override
    public FactType type() {
      return FactType.LAB;
    }

    @Override
    public String key() {
      return "lab:" + analyte;
    }
  }

  /** A comorbidity or state such as pregnancy; {@code group} is its family (autoimmune disease). */
  record Condition(String name, String group) implements Finding {
    public Condition {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public FactType type() {
      return FactType.CONDITION;
    }

    @Override
    public String key() {
      return "condition:" + name;
    }
  }

  /** Age in years or sex ({@code female}/{@code male}); exactly one of them is set. */
  record Demographic(Integer age, String sex) implements Finding {
    public Demographic {
      if ((age == null) == (sex == null)) {
        throw new IllegalArgumentException("demographic needs exactly one of age and sex");
      }
      if (age != null && (age < 0 || age > 130)) {
        throw new IllegalArgumentException("age out of range: " + age);
      }
    }

    @Override
    public FactType type() {
      return FactType.DEMOGRAPHIC;
    }

    @Override
    public String key() {
      return age != null ? "age" : "sex";
    }
  }
}
