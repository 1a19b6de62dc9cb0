package org.eligo.extract;

import java.util.List;
import org.eligo.lexicon.Conditions;
import org.eligo.lexicon.PhraseMatcher;

/** Comorbidities and states from lexicons/conditions.tsv. */
final class ConditionExtractor implements Extractor {
  private final PhraseMatcher<Conditions.Condition> conditions;

  ConditionExtractor(Conditions conditions) {
    this.conditions = conditions.matcher();
  }

  /**
   * Serology of a past hepatitis B infection, not an active one: core antibody positive with the
   * surface antigen negative, or the infection called resolved.
   */
  private static final java.util.regex.Pattern RESOLVED_HBV = java.util.regex.Pattern.compile(
      "(?i)\\bresolved\\s+(?:hepatitis\\s+B|HBV|hep\\s+B)|\\b(?:resolved|past|cleared)\\s+(?:HBV\\s+)?infection\\b"
          + "|\\bHBsAg\\s*(?::|-|\\s)\\s*(?:negative|neg|non-?reactive)\\b(?=.*\\b(?:anti-?HBc|HBcAb|core\\s+antibody)\\b)"
          + "|\\b(?:anti-?HBc|HBcAb|core\\s+antibody)\\s*(?::|-|\\s)?\\s*(?:positive|pos|reactive)\\b(?=.*\\bHBsAg\\s*(?::|-|\\s)\\s*(?:negative|neg|non-?reactive)\\b)");

  @Override
  public void extract(Snippet s, List<Mention> out) {
    boolean resolvedHbv = false;
    boolean checked = false;
    for (PhraseMatcher.Match<Conditions.Condition> m : conditions.findAll(s.tokens())) {
      Finding.Condition c = new Finding.Condition(m.value().name(), m.value().group());
      if ("hepatitis B".equals(c.name())) {
        if (!checked) {
          resolvedHbv = RESOLVED_HBV.matcher(s.text()).find();
          checked = true;
        }
        if (resolvedHbv) {
          out.add(s.mention(c, m.start(), m.end(), "condition.resolved-hbv", org.eligo.core.Assertion.HISTORICAL));
          continue;
        }
      }
      out.add(s.mention(c, m.start(), m.end(), "condition.term"));
    }
  }
}
