package org.eligo.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Laboratory analytes: names as notes write them, canonical unit, default limits. */
public final class Labs {

  /** An analyte with its canonical unit and default upper/lower limits (null when not used). */
  public record Analyte(String name, String unit, Double uln, Double lln) {}

  private final PhraseMatcher<Analyte> matcher;
  private final Map<String, Analyte> byName;

  Labs(Table table) {
    int a = table.column("analyte");
    int al = table.column("aliases");
    int u = table.column("unit");
    int hi = table.column("uln");
    int lo = table.column("lln");
    PhraseMatcher.Builder<Analyte> b = PhraseMatcher.builder();
    Map<String, Analyte> names = new HashMap<>();
    for (List<String> row : table.rows()) {
      Analyte analyte = new Analyte(row.get(a), row.get(u), number(row.get(hi)), number(row.get(lo)));
      names.put(analyte.name(), analyte);
      for (String alias : Table.multi(row.get(al))) {
        // Short abbreviations match only as written ("Cr", not "CR" for complete response).
        b.add(alias, analyte, alias.length() <= 4);
      }
    }
    this.matcher = b.build();
    this.byName = Map.copyOf(names);
  }

  private static Double number(String cell) {
    return cell == null || cell.isBlank() ? null : Double.parseDouble(cell);
  }

  public PhraseMatcher<Analyte> matcher() {
    return matcher;
  }

  public Optional<Analyte> analyte(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
