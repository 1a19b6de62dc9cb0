package org.eligo.criteria;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eligo.lexicon.Table;

/**
 * The two-way mapping of lexicons/oncotree.tsv between eligo cancer codes (with an optional
 * histology) and the OncoTree names that CTML's {@code oncotree_primary_diagnosis} uses.
 */
final class OncoTree {

  /** An eligo cancer code and a histology, or null for the cancer of any histology. */
  record Diagnosis(String cancer, String histology) {}

  private final Map<Diagnosis, String> names = new HashMap<>();
  private final Map<String, Diagnosis> diagnoses = new HashMap<>();

  OncoTree() {
    Table table = Table.load("oncotree.tsv");
    int c = table.column("cancer");
    int h = table.column("histology");
    int n = table.column("oncotree_name");
    for (List<String> row : table.rows()) {
      Diagnosis d = new Diagnosis(row.get(c), row.get(h).isEmpty() ? null : row.get(h));
      if (names.put(d, row.get(n)) != null || diagnoses.put(row.get(n), d) != null) {
        throw new IllegalStateException(table.name() + ": " + d + " or '" + row.get(n) + "' appears twice");
      }
    }
  }

  Optional<String> name(String cancer, String histology) {
    return Optional.ofNullable(names.get(new Diagnosis(cancer, histology)));
  }

  Optional<Diagnosis> diagnosis(String oncotreeName) {
    return Optional.ofNullable(diagnoses.get(oncotreeName));
  }
}
