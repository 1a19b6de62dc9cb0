package org.eligo.index;

import java.util.Set;

/** Index field names; the query language of {@code eligo search} uses these. */
public final class Fields {
  public static final String ID = "patientId";
  public static final String RECORD = "record";
  public static final String NOTES = "notes";
  public static final String TEXT = "text";
  /** Which single-valued facts a patient has ({@code age}, {@code sex}, {@code ecog}); see {@link CandidateQuery}. */
  public static final String HAS = "has";
  /** The codes of the patient's current diagnoses as written, without their ancestors; see {@link CandidateQuery}. */
  public static final String DX = "dx";
  /** Verdicts of the exact evaluator on the patient, taken when indexed, as written (not lower-cased); see {@link Verdicts}. */
  public static final String VERDICT = "verdict";

  /** Keyword fields: one lower-cased term per value. */
  public static final Set<String> KEYWORDS = Set.of(
      "gene", "variant", "absent", "cancer", "histology", "stage", "brain_mets", "metastasis", "drug", "drug_class",
      "condition", "sex", "her2", "er", "pr", "msi", "mmr", "has");
  /** Integer point fields. */
  public static final Set<String> INTS = Set.of("age", "ecog", "kps", "prior_lines");
  /** Labs by analyte of lexicons/labs.tsv, in canonical units and as multiples of the upper limit. */
  public static final Set<String> LABS = Set.of("anc", "alc", "wbc", "platelets", "hemoglobin", "creatinine",
      "creatinine_clearance", "bilirubin", "ast", "alt", "albumin");

  /** Double point fields. */
  public static final Set<String> DOUBLES = doubles();

  private static Set<String> doubles() {
    java.util.Set<String> out = new java.util.HashSet<>(Set.of("pdl1_tps", "pdl1_cps", "tmb"));
    for (String l : LABS) {
      out.add("lab." + l);
      out.add("lab." + l + ".uln");
    }
    return Set.copyOf(out);
  }

  /** The field of an analyte's value: "creatinine clearance" → {@code lab.creatinine_clearance}. */
  public static String lab(String analyte) {
    return "lab." + analyte.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
  }

  private Fields() {}
}
