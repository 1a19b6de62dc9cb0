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
 * ("tumour of the breast") is a diagnosis; the sites are kept as written, one to three words each. A site
 * after the cancer the diagnosis rule read, when nothing else is left ("soft tissue sarcoma of the thigh"),
 * is that cancer's site.
 */
final class TumourSiteRule implements Rule {
  private static final String SITE = "(?:(?!(?:that|which|who|with|than|other|any|and|or|of|in|the)\\b)[a-z][a-z-]*)(?:\\s+(?!(?:that|which|who|with|than|other|any|and|or|of|in|the)\\b)[a-z][a-z-]*){0,2}";
  private static final Pattern WHOLE = Pattern.compile(
      "^[\\s\\W]*(?:(?:patients?|subjects?)\\s+with\\s+)?(?:an?\\s+|the\\s+)?(?:primary\\s+)?tumou?rs?\\s+"
          + "(?:(?:located|situated|arising)\\s+in|confined\\s+to|involving|of|in)\\s+(?:the\\s+)?"
          + "(" + SITE + "(?:\\s*(?:,|/|\\bor\\b|\\band\\b|\\band/or\\b)\\s*(?:the\\s+)?" + SITE + ")*)[\\s.;]*$");

  /** What is left after a cancer the diagnosis rule read (blanked): "soft tissue sarcoma of the thigh". */
  private static final Pattern AFTER_DIAGNOSIS = Pattern.compile(
      "^[\\s\\W]*(?:(?:patients?|subjects?)\\s+with\\s)?(?:an?\\s|the\\s)?(\\s*)(?:(?:located|situated|arising)\\s+in|of)\\s+the\\s+"
          + "(" + SITE + "(?:\\s*(?:,|/|\\bor\\b|\\band\\b|\\band/or\\b)\\s*(?:the\\s+)?" + SITE + ")*)[\\s.;]*$");

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    Matcher after = AFTER_DIAGNOSIS.matcher(lower);
    if (after.matches() && r.parts().stream().anyMatch(p -> p.predicate() instanceof Predicate.Diagnosis
        && p.end() <= after.end(1) && lower.substring(p.end(), after.end(1)).isBlank())) {
      // the site of the cancer just read: a narrower cancer, which records state and eligo does not read
      r.add(new Part(new Predicate.TumourSite(sites(after.group(2)), false), after.start(2), after.end(2)));
      s.mask(after.end(1), after.end(2));
      return;
    }
    Matcher m = WHOLE.matcher(lower);
    if (!m.matches()) {
      return;
    }
    Set<String> sites = sites(m.group(1));
    if (sites.isEmpty()) {
      return;
    }
    r.add(new Part(new Predicate.TumourSite(sites, lower.contains("confined")), m.start(), m.end()));
    s.mask(0, s.length());
  }

  private static Set<String> sites(String written) {
    Set<String> sites = new TreeSet<>();
    Arrays.stream(written.split("\\s*(?:,|/|\\band/or\\b|\\bor\\b|\\band\\b)\\s*"))
        .map(x -> x.trim().replaceAll("^the\\s+", ""))
        .filter(x -> !x.isEmpty())
        .forEach(sites::add);
    return sites;
  }
}
