package org.eligo.criteria;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Drugs;
import org.eligo.lexicon.PhraseMatcher;

/**
 * "Disease that recurred during adjuvant chemotherapy or within 6 months after completing it": an
 * early relapse after (neo)adjuvant therapy of a named class or drug, {@link Predicate.EarlyRelapse}.
 * Read only whole: the therapy must be a class eligo names or a drug of the lexicon, and the window
 * a number of weeks or months after its completion.
 */
final class RelapseRule implements Rule {
  private static final Pattern RELAPSE = Pattern.compile(
      "\\b(?:(?:disease|cancer|tumou?r)\\s+(?:that|which)\\s+(?:has\\s+)?)?(?:recurred|relapsed|progressed|recurrence|relapse|progression)\\s+"
          + "(?:during|on|while on|while receiving)\\s+(?:\\(neo\\)|neo-?)?adjuvant\\s+([a-z0-9 -]+?)"
          + "\\s*,?\\s+or\\s+within\\s+(\\d{1,2}|one|two|three|four|six|twelve)\\s+(weeks?|months?)\\s+(?:after|of|from)\\s+"
          + "(?:completing|completion of|the end of|finishing|stopping|the last dose of)\\s+(?:it|them|that therapy|this therapy|that treatment|"
          + "(?:the\\s+)?(?:(?:neo)?adjuvant\\s+)?(?:therapy|treatment|chemotherapy))\\b");
  private static final java.util.Map<String, String> CLASSES = java.util.Map.of(
      "chemotherapy", "chemotherapy", "endocrine therapy", "endocrine therapy", "hormonal therapy", "endocrine therapy",
      "endocrine treatment", "endocrine therapy", "trastuzumab-based therapy", "HER2-directed", "anti-her2 therapy", "HER2-directed");

  private final Drugs drugs;

  RelapseRule(Drugs drugs) {
    this.drugs = drugs;
  }

  @Override
  public void apply(Sentence s, Reading r) {
    Matcher m = RELAPSE.matcher(s.lower());
    while (m.find()) {
      String therapy = m.group(1).trim();
      Set<String> classes = Set.of();
      Set<String> named = Set.of();
      if (CLASSES.containsKey(therapy)) {
        classes = Set.of(CLASSES.get(therapy));
      } else {
        Optional<Drugs.Drug> drug = whole(s.cased().substring(m.start(1), m.start(1) + m.group(1).trim().length()));
        if (drug.isEmpty() || drug.get().classLevel()) {
          continue;
        }
        named = Set.of(drug.get().name());
      }
      int amount = m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) : SpelledNumbers.value(m.group(2));
      String unit = m.group(3).endsWith("s") ? m.group(3) : m.group(3) + "s";
      r.add(new Part(new Predicate.EarlyRelapse(named, classes, amount, unit.toLowerCase(Locale.ROOT)), m.start(), m.end()));
      s.mask(m.start(), m.end());
    }
  }

  /** The one drug of the lexicon that is the whole of {@code text}. */
  private Optional<Drugs.Drug> whole(String text) {
    var found = drugs.matcher().findAll(text);
    if (found.size() == 1) {
      PhraseMatcher.Match<Drugs.Drug> d = found.get(0);
      if (d.start() == 0 && d.end() == text.length()) {
        return Optional.of(d.value());
      }
    }
    return Optional.empty();
  }
}
