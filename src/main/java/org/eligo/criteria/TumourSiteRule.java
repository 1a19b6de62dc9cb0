package org.eligo.criteria;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tumour lies, when that is all the criterion says: "Tumors of the cerebellum, brain
 * stem or midline", "Tumors involving the cerebellum", "tumour confined to the prostate gland"
 * ({@link Predicate.TumourSite}). It runs after the diagnosis rule, so a site that names a cancer
 * ("tumour of the breast") is a diagnosis; the sites are kept as written, one to three words each.
 */
final class TumourSiteRule implements Rule {
  private static final String SITE = "(?:(?!(?:that|which|who|with|than|other|any|and|or|of|in|the)\\b)[a-z][a-z-]*)(?:\\s+(?!(?:that|which|who|with|than|other|any|and|or|of|in|the)\\b)[a-z][a-z-]*){0,2}";
  private static final Pattern WHOLE = Pattern.compile(
      "^[\\s\\W]*(?:(?:patients?|subjects?)\\s+with\\s+)?(?:an?\\s+|the\\s+)?(?:primary\\s+)?tumou?rs?\\s+"
          + "(?:(?:located|situated|arising)\\s+in|confined\\s+to|involving|of|in)\\s+(?:the\\s+)?"
          + "(" + SITE + "(?:\\s*(?:,|/|\\bor\\b|\\band\\b|\\band/or\\b)\\s*(?:the\\s+)?" + SITE + ")*)[\\s.;]*$");

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    Matcher m = WHOLE.matcher(lower);
    if (!m.matches()) {
      return;
    }
    Set<String> sites = new TreeSet<>();
    Arrays.stream(m.group(1).split("\\s*(?:,|/|\\band/or\\b|\\bor\\b|\\band\\b)\\s*"))
        .map(x -> x.trim().replaceAll("^the\\s+", ""))
        .filter(x -> !x.isEmpty())
        .forEach(sites::add);
    if (sites.isEmpty()) {
      return;
    }
    r.add(new Part(new Predicate.TumourSite(sites, lower.contains("confined")), m.start(), m.end()));
    s.mask(0, s.length());
  }
}
