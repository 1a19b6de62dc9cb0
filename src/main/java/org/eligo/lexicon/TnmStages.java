package org.eligo.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * Stage groups from TNM categories (lexicons/tnm_stages.tsv): the first row whose cancer, T, N
 * and M all match wins. A T2 tumour with N0 has no row because the group depends on the
 * subdivision (T2a IB, T2b IIA), so no group is given rather than a guess.
 */
public final class TnmStages {
  private record Row(String cancer, List<String> t, List<String> n, List<String> m, String stage) {}

  private final List<Row> rows;

  TnmStages(Table table) {
    int c = table.column("cancer");
    int t = table.column("t");
    int n = table.column("n");
    int m = table.column("m");
    int s = table.column("stage");
    this.rows = table.rows().stream()
        .map(r -> new Row(r.get(c), Table.multi(r.get(t)), Table.multi(r.get(n)), Table.multi(r.get(m)), r.get(s)))
        .toList();
  }

  /**
   * The stage group of categories such as "T2a", "N2", "M0" (prefixes c, p, y removed by the
   * caller) for a cancer, given as the codes of its lineage (the cancer's own code first).
   */
  public Optional<String> stage(List<String> lineage, String t, String n, String m) {
    for (Row r : rows) {
      boolean cancer = r.cancer().equals("*") || lineage.contains(r.cancer());
      if (cancer && matches(r.t(), t) && matches(r.n(), n) && matches(r.m(), m)) {
        return Optional.of(r.stage());
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<String> categories, String value) {
    for (String c : categories) {
      if (c.equals("*") || value.startsWith(c)) {
        return true;
      }
    }
    return false;
  }
}
