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

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    List<Part> found = new ArrayList<>();
    for (PhraseMatcher.Match<Conditions.Condition> m : conditions.matcher().findAll(s.cased())) {
      String name = m.value().name();
      found.add(new Part(new Predicate.Condition(name), m.start(), m.end()));
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
