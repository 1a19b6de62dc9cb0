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

  /** A gestational age: "G2P1 at 24+1 weeks", "19 weeks pregnant", "at 30 weeks' gestation". */
  private static final java.util.regex.Pattern GESTATION = java.util.regex.Pattern.compile(
      "(?i)\\bG\\d{1,2}\\s?P\\d{1,4}\\s*,?\\s+(?:at\\s+)?\\d{1,2}(?:\\+\\d)?\\s*(?:weeks?|wks?)\\b"
          + "|\\b\\d{1,2}(?:\\+\\d)?\\s*(?:weeks?|wks?)['\u2019]?\\s+(?:pregnant|gestation|of gestation|of pregnancy)\\b"
          + "|\\bgestational age\\s*(?:of|:)?\\s*\\d{1,2}(?:\\+\\d)?\\s*(?:weeks?|wks?)\\b");

  @Override
  public void extract(Snippet s, List<Mention> out) {
    if (s.text().indexOf('w') >= 0 || s.text().indexOf('W') >= 0) {
      java.util.regex.Matcher g = GESTATION.matcher(s.text());
      if (g.find()) {
        out.add(s.mention(new Finding.Condition("pregnancy", "pregnancy or breast-feeding"), g.start(), g.end(), "condition.gestation"));
      }
    }
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
