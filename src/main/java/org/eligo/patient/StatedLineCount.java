package org.eligo.patient;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;

/**
 * A count of prior lines the notes state outright, drugs unnamed: "s/p 3 prior lines of systemic
 * therapy", "heavily pretreated (5 prior regimens)", "progressed after two lines of chemotherapy".
 * A count written as a limit ("up to 2 prior lines", "at most two") is a trial's, not the
 * patient's, and a denied one ("no prior lines") says nothing of a number.
 */
final class StatedLineCount {
  /** The largest count and where it is written. */
  record Stated(int count, Evidence evidence) {}

  private static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)";
  private static final Pattern COUNT = Pattern.compile(
      "(?i)\\b" + NUMBER + "\\s+(?:prior|previous|earlier)\\s+(?:systemic\\s+|palliative\\s+|chemotherapy\\s+|treatment\\s+)?"
          + "(?:lines?|regimens?)\\b"
          + "|\\b(?:after|following|s/p|status post|received|failed|progressed (?:on|after|through))\\s+" + NUMBER
          + "\\s+(?:(?:prior|previous)\\s+)?lines?\\s+of\\s+(?:systemic\\s+|palliative\\s+)?(?:therapy|treatment|chemotherapy|chemo)\\b");
  /** Words before a count that make it a bound or a denial. */
  private static final Pattern LIMIT_BEFORE = Pattern.compile(
      "(?i)(?:\\bup to|\\bat most|\\bat least|\\bmaximum(?: of)?|\\bminimum(?: of)?|\\bno more than|\\bmore than|\\bfewer than|\\bless than"
          + "|\\ballow\\w*|\\brequir\\w*|\\bpermit\\w*|\\beligib\\w*|\\bno|\\bnot|[<>\u2264\u2265]=?)\\s*$");
  private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
      "seven", 7, "eight", 8, "nine", 9, "ten", 10);

  private StatedLineCount() {}

  /** The largest stated count in the notes, or null when none states one. */
  static Stated find(Map<String, String> noteText) {
    Stated best = null;
    for (Map.Entry<String, String> note : noteText.entrySet()) {
      String text = note.getValue();
      if (text == null || !(text.contains("line") || text.contains("regimen"))) {
        continue; // both patterns need one of these words
      }
      Matcher m = COUNT.matcher(text);
      while (m.find()) {
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        if (LIMIT_BEFORE.matcher(before).find()) {
          continue;
        }
        String n = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        int count = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
        if (count > 0 && count <= 15 && (best == null || count > best.count())) {
          best = new Stated(count, Evidence.ofNote(note.getKey(), new CharSpan(m.start(), m.end()), m.group(), "lines.stated"));
        }
      }
    }
    return best;
  }
}
