package org.eligo.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cancer codes in a hierarchy (NSCLC ⊂ LUNG ⊂ SOLID) and the surface terms that name them. */
public final class Cancers {

  /** What a cancer term names: a code and, when the term says it, a histology. */
  public record Term(String code, String histology) {}

  private final Map<String, String> parent;
  private final Map<String, String> label;
  private final PhraseMatcher<Term> matcher;
  private final Map<String, Term> byLowerTerm;
  private final PhraseMatcher<Site> sites;
  private final Map<String, String> histologies;

  /** A primary organ site: the cancer any carcinoma there is, and the one an adenocarcinoma or squamous carcinoma is. */
  public record Site(String code, String nonSmall) {}

  Cancers(Table hierarchy, Table terms, Table siteTable) {
    Map<String, String> parent = new HashMap<>();
    Map<String, String> label = new HashMap<>();
    int c = hierarchy.column("code");
    int p = hierarchy.column("parent");
    int l = hierarchy.column("label");
    for (List<String> row : hierarchy.rows()) {
      parent.put(row.get(c), row.get(p).isEmpty() ? null : row.get(p));
      label.put(row.get(c), row.get(l));
    }
    PhraseMatcher.Builder<Term> b = PhraseMatcher.builder();
    Map<String, Term> byLower = new HashMap<>();
    int t = terms.column("term");
    int tc = terms.column("code");
    int th = terms.column("histology");
    for (List<String> row : terms.rows()) {
      if (!label.containsKey(row.get(tc))) {
        throw new IllegalStateException(terms.name() + ": term '" + row.get(t) + "' names unknown code " + row.get(tc));
      }
      Term term = new Term(row.get(tc), row.get(th).isEmpty() ? null : row.get(th));
      boolean acronym = row.get(t).equals(row.get(t).toUpperCase()) && row.get(t).length() <= 6;
      b.add(row.get(t), term, acronym);
      byLower.putIfAbsent(row.get(t).toLowerCase(), term);
    }
    Map<String, String> histologies = new HashMap<>();
    for (List<String> row : terms.rows()) {
      if (!row.get(th).isEmpty()) {
        histologies.putIfAbsent(row.get(th).toLowerCase(java.util.Locale.ROOT), row.get(th));
      }
    }
    this.histologies = Map.copyOf(histologies);
    this.parent = parent;
    this.label = label;
    this.matcher = b.build();
    this.byLowerTerm = byLower;
    PhraseMatcher.Builder<Site> sb = PhraseMatcher.builder();
    int ss = siteTable.column("site");
    int sc = siteTable.column("code");
    int sn = siteTable.column("nonsmall");
    for (List<String> row : siteTable.rows()) {
      for (String code : List.of(row.get(sc), row.get(sn))) {
        if (!code.isEmpty() && !label.containsKey(code)) {
          throw new IllegalStateException(siteTable.name() + ": site '" + row.get(ss) + "' names unknown code " + code);
        }
      }
      String site = row.get(ss);
      sb.add(site, new Site(row.get(sc), row.get(sn).isEmpty() ? row.get(sc) : row.get(sn)), site.equals(site.toUpperCase()));
    }
    this.sites = sb.build();
  }

  /** A histology some cancer term names ("adenocarcinoma", "squamous cell carcinoma"), looked up in lower case. */
  public java.util.Optional<String> histology(String lower) {
    return java.util.Optional.ofNullable(histologies.get(lower));
  }

  /** Primary organ sites ("cecum", "RLL", "lung"), for a histology written beside its site. */
  public PhraseMatcher<Site> sites() {
    return sites;
  }

  /** True when {@code code} is {@code ancestor} or lies below it in the hierarchy. */
  public boolean isA(String code, String ancestor) {
    for (String c = code; c != null; c = parent.get(c)) {
      if (c.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** Every code of the hierarchy, in name order. */
  public List<String> codes() {
    return label.keySet().stream().sorted().toList();
  }

  /** The code and its ancestors, nearest first. */
  public List<String> lineage(String code) {
    List<String> out = new ArrayList<>();
    for (String c = code; c != null; c = parent.get(c)) {
      out.add(c);
    }
    return out;
  }

  public String label(String code) {
    return label.getOrDefault(code, code);
  }

  public Optional<Term> term(String text) {
    return Optional.ofNullable(byLowerTerm.get(text.trim().toLowerCase()));
  }

  public PhraseMatcher<Term> matcher() {
    return matcher;
  }
}
