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

  /** {@code part} at any time, narrowed by the window it may have. */
  static Predicate perhapsTimed(Predicate part, int amount, String unit) {
    return new Predicate.Qualified(part, "within the last " + amount + " " + unit + " if the window times it too", false);
  }
}
