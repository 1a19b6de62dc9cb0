package org.eligo.index;

import java.util.Set;

/** Index field names; the query language of {@code eligo search} uses these. */
public final class Fields {
  public static final String ID = "patientId";
  public static final String RECORD = "record";
  public static final String NOTES = "notes";
  public static final String TEXT = "text";

  /** Keyword fields: one lower-cased term per value. */
  public static final Set<String> KEYWORDS = Set.of(
      "gene", "variant", "absent", "cancer", "histology", "stage", "brain_mets", "metastasis", "drug", "drug_class",
      "condition", "sex", "her2", "er", "pr", "msi", "mmr");
  /** Integer point fields. */
  public static final Set<String> INTS = Set.of("age", "ecog", "kps", "prior_lines");
  /** Double point fields. */
  public static final Set<String> DOUBLES = Set.of("pdl1_tps", "pdl1_cps", "tmb");

  private Fields() {}
}
