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

  @Override
  public void extract(Snippet s, List<Mention> out) {
    for (PhraseMatcher.Match<Conditions.Condition> m : conditions.findAll(s.tokens())) {
      out.add(s.mention(new Finding.Condition(m.value().name(), m.value().group()), m.start(), m.end(), "condition.term"));
    }
  }
}
