package org.eligo.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** HGNC symbols with their clinical aliases (HER2 → ERBB2). */
public final class Genes {
  private final Set<String> symbols;
  private final Map<String, String> byUpperName;
  private final PhraseMatcher<String> matcher;

  Genes(Table table) {
    int sym = table.column("symbol");
    int ali = table.column("aliases");
    int amb = table.column("ambiguous");
    Set<String> symbols = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (List<String> row : table.rows()) {
      String symbol = row.get(sym);
      boolean ambiguous = "yes".equalsIgnoreCase(row.get(amb));
      symbols.add(symbol);
      names.putIfAbsent(symbol.toUpperCase(Locale.ROOT), symbol);
      // Symbols are written in capitals in reports; requiring the exact case keeps "met" and
      // "ret" (English words) from reading as genes.
      b.add(symbol, symbol, true);
      for (String alias : Table.multi(row.get(ali))) {
        names.putIfAbsent(alias.toUpperCase(Locale.ROOT), symbol);
        b.add(alias, symbol, ambiguous || alias.length() <= 4);
      }
    }
    this.symbols = Set.copyOf(symbols);
    this.byUpperName = Map.copyOf(names);
    this.matcher = b.build();
  }

  /** The HGNC symbol for a symbol or alias in any case, e.g. "her2" → ERBB2. */
  public Optional<String> symbolOf(String name) {
    return Optional.ofNullable(byUpperName.get(name.trim().toUpperCase(Locale.ROOT)));
  }

  public PhraseMatcher<String> matcher() {
    return matcher;
  }

  public int size() {
    return symbols.size();
  }
}
