package org.eligo.criteria;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eligo.lexicon.Table;

/**
 * Named variant groups of {@code lexicons/variant_sets.tsv}: "EGFR sensitizing" is exon 19
 * deletion or L858R, "BRAF V600" is V600E/K/D/R, "ALK positive" is a fusion.
 */
final class VariantSets {
  private final Map<String, Map<String, Set<String>>> byGene;

  private VariantSets(Map<String, Map<String, Set<String>>> byGene) {
    this.byGene = byGene;
  }

  static VariantSets load() {
    return of(Table.load("variant_sets.tsv"));
  }

  static VariantSets of(Table table) {
    int g = table.column("gene");
    int s = table.column("set");
    int v = table.column("variants");
    Map<String, Map<String, Set<String>>> map = new HashMap<>();
    for (List<String> row : table.rows()) {
      Set<String> variants = Set.copyOf(Table.multi(row.get(v)));
      if (variants.isEmpty()) {
        throw new IllegalStateException(table.name() + ": set '" + row.get(s) + "' of " + row.get(g) + " has no variants");
      }
      map.computeIfAbsent(row.get(g), k -> new HashMap<>()).put(row.get(s).toLowerCase(Locale.ROOT), variants);
    }
    Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
    map.forEach((gene, sets) -> frozen.put(gene, Map.copyOf(sets)));
    return new VariantSets(Map.copyOf(frozen));
  }

  /** The variants of {@code gene}'s set named {@code set} (any case), if listed. */
  Optional<Set<String>> get(String gene, String set) {
    return Optional.ofNullable(byGene.getOrDefault(gene, Map.of()).get(set.toLowerCase(Locale.ROOT)));
  }

  /** Set names of {@code gene}, lower case. */
  Set<String> names(String gene) {
    return byGene.getOrDefault(gene, Map.of()).keySet();
  }
}
