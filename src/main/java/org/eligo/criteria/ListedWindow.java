package org.eligo.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time window after a list whose last alternative follows ", or" ("History of myocardial infarction, or unstable
 * angina, or NYHA class III-IV heart failure within 6 months"): the window surely times the alternatives after the
 * last ", or"; whether it also times those before is not said. Those stand at any time, which holds more patients
 * than the window would, so each becomes a narrowing {@link Predicate.Qualified}: found is left open, never had
 * stands.
 */
final class ListedWindow {
  private static final Pattern LISTED_OR = Pattern.compile("[,;]\\s*(?:or|and/or)\\b");

  private ListedWindow() {}

  /**
   * Where the alternatives the window surely times begin: the end of the last ", or" between the first and the last
   * of {@code parts} (in text order), or -1 when there is none.
   */
  static int lastListedOr(String raw, List<Part> parts) {
    int first = parts.stream().mapToInt(Part::end).min().orElse(0);
    int last = parts.stream().mapToInt(Part::start).max().orElse(0);
    if (first >= last) {
      return -1;
    }
    Matcher m = LISTED_OR.matcher(raw).region(first, last);
    int at = -1;
    while (m.find()) {
      at = m.end();
    }
    return at;
  }

  /** Whether the window at {@code window} follows the last of {@code parts} with only blanks and commas between. */
  static boolean rightAfter(String raw, List<Part> parts, int window) {
    int last = parts.stream().mapToInt(Part::end).max().orElse(window);
    return last <= window && raw.substring(last, window).matches("[\\s,]*");
  }

  /**
   * Whether the parts of {@code core} outside the window's clause {@code [from, to)} each stand in an item of their
   * own, set apart by semicolons, and the criterion holds no other window ("chemotherapy within 7 days; previous
   * treatment with osimertinib"): the window times its own item only.
   */
  static boolean otherItems(String raw, List<Part> core, List<Part> inClause, int from, int to) {
    if (CriterionParser.WINDOW.matcher(raw).results().count() != 1) {
      return false;
    }
    return core.stream().filter(p -> !inClause.contains(p))
        .allMatch(p -> p.end() <= from && raw.substring(p.end(), from).contains(";")
            || p.start() >= to && raw.substring(to, p.start()).contains(";"));
  }

  /** {@code part} at any time, narrowed by the window it may have. */
  static Predicate perhapsTimed(Predicate part, int amount, String unit) {
    return new Predicate.Qualified(part, "within the last " + amount + " " + unit + " if the window times it too", false);
  }
}
