package org.eligo.lexicon;

import java.util.List;

/** Comorbidities and states (ILD, autoimmune disease, HIV, pregnancy) with their group. */
public final class Conditions {

  /** A canonical condition and its group (e.g. rheumatoid arthritis in autoimmune disease). */
  public record Condition(String name, String group) {}

  private final PhraseMatcher<Condition> matcher;

  Conditions(Table table) {
    int t = table.column("term");
    int c = table.column("condition");
    int g = table.column("group");
    PhraseMatcher.Builder<Condition> b = PhraseMatcher.builder();
    for (List<String> row : table.rows()) {
      String term = row.get(t);
      boolean acronym = term.equals(term.toUpperCase()) && term.length() <= 5;
      b.add(term, new Condition(row.get(c), row.get(g).isEmpty() ? null : row.get(g)), acronym);
    }
    this.matcher = b.build();
  }

  public PhraseMatcher<Condition> matcher() {
    return matcher;
  }
}
