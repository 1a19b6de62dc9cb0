package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Conditions;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Comorbidities and states by the terms of {@code lexicons/conditions.tsv}, named by their
 * canonical condition ("pneumonitis", "autoimmune disease", "HIV", "pregnancy"). "Hepatitis B or
 * C" names both. One part per mention, in text order; repeated conditions are merged later.
 */
final class ConditionRule implements Rule {
  private static final Pattern ELLIPSIS_C = Pattern.compile("^\\s*(?:,|/|or|and|and/or)\\s*c\\b");

  private final Conditions conditions;

  ConditionRule(Conditions conditions) {
    this.conditions = conditions;
  }

  /** "hepatic or renal dysfunction": a word joined to a condition term that, put before the term's last words, is a term too. */
  private static final Pattern JOINED_WORD = Pattern.compile("\\b([a-z][a-z-]+)\\s*(?:,|/|\\bor\\b|\\band\\b|\\band/or\\b)\\s*$");

  private Part elided(Sentence s, String lower, int start, int end) {
    String term = lower.substring(start, end);
    int space = term.indexOf(' ');
    if (space < 0) {
      return null;
    }
    Matcher w = JOINED_WORD.matcher(lower.substring(Math.max(0, start - 40), start));
    if (!w.find()) {
      return null;
    }
    String candidate = w.group(1) + term.substring(space);
    for (PhraseMatcher.Match<Conditions.Condition> c : conditions.matcher().findAll(candidate)) {
      if (c.start() == 0 && c.end() == candidate.length()) {
        int from = Math.max(0, start - 40) + w.start(1);
        int to = Math.max(0, start - 40) + w.end(1);
        s.mask(from, to);
        return new Part(new Predicate.Condition(c.value().name()), from, to);
      }
    }
    return null;
  }

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    List<Part> found = new ArrayList<>();
    for (PhraseMatcher.Match<Conditions.Condition> m : conditions.matcher().findAll(s.cased())) {
      String name = m.value().name();
      found.add(new Part(new Predicate.Condition(name), m.start(), m.end()));
      Part elided = elided(s, lower, m.start(), m.end());
      if (elided != null) {
        found.add(elided);
      }
      s.mask(m.start(), m.end());
      if (name.equals("hepatitis B")) {
        Matcher c = ELLIPSIS_C.matcher(lower.substring(m.end()));
        if (c.find()) {
          found.add(new Part(new Predicate.Condition("hepatitis C"), m.end() + c.end() - 1, m.end() + c.end()));
          s.mask(m.end() + c.end() - 1, m.end() + c.end());
        }
      }
    }
    found.forEach(r::add);
  }
}
