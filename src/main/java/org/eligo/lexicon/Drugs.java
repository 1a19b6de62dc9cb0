package org.eligo.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Drug and regimen names (generic and brand) with their classes and category. */
public final class Drugs {

  /**
   * A drug entry: generic name (or regimen, or class label), classes, and category (systemic,
   * radiation, ...). {@code classLevel} entries name a kind of treatment ("chemotherapy",
   * "immunotherapy", "PARP inhibitor") rather than a drug.
   */
  public record Drug(String name, List<String> classes, String category, boolean classLevel) {
    public Drug {
      classes = List.copyOf(classes);
    }

    public boolean systemic() {
      return "systemic".equals(category);
    }
  }

  private final PhraseMatcher<Drug> matcher;
  private final Set<String> classes;
  private final java.util.Map<String, List<String>> components = new java.util.HashMap<>();

  Drugs(Table table, Table regimens) {
    int r = regimens.column("regimen");
    int rc = regimens.column("components");
    for (List<String> row : regimens.rows()) {
      components.put(row.get(r), Table.multi(row.get(rc)));
    }
    int t = table.column("term");
    int d = table.column("drug");
    int c = table.column("classes");
    int cat = table.column("category");
    PhraseMatcher.Builder<Drug> b = PhraseMatcher.builder();
    Set<String> classes = new HashSet<>();
    for (List<String> row : table.rows()) {
      List<String> cls = Table.multi(row.get(c));
      String name = row.get(d);
      boolean classLevel = cls.stream().anyMatch(x -> x.equalsIgnoreCase(name))
          || name.matches(".*\\b(therapy|chemotherapy|inhibitor|conjugate|doublet)$");
      Drug drug = new Drug(name, cls, row.get(cat), classLevel);
      classes.addAll(drug.classes());
      String term = row.get(t);
      boolean acronym = term.equals(term.toUpperCase()) && term.length() <= 5;
      b.add(term, drug, acronym);
    }
    this.matcher = b.build();
    this.classes = Set.copyOf(classes);
  }

  /**
   * The drugs a therapy name stands for: a regimen's components (lexicons/regimens.tsv), the parts
   * of a written combination ("carboplatin/pemetrexed"), or the name itself.
   */
  public List<String> parts(String name) {
    List<String> out = new java.util.ArrayList<>();
    for (String part : written(name)) {
      out.addAll(components.getOrDefault(part, List.of(part)));
    }
    return out;
  }

  /** The parts of a combination as written ("carboplatin/pemetrexed", "FOLFOX + bevacizumab"), without the regimen lexicon. */
  public static List<String> written(String name) {
    return List.of(name.split("\\s*[/+]\\s*"));
  }

  public PhraseMatcher<Drug> matcher() {
    return matcher;
  }

  public boolean isClass(String drugClass) {
    return classes.contains(drugClass);
  }
}
