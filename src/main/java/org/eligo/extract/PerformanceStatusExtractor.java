package org.eligo.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ECOG ("ECOG PS 1", "performance status 2") and Karnofsky ("KPS 80", "Karnofsky 70%"). */
final class PerformanceStatusExtractor implements Extractor {
  /** What each pattern must hold: its first words, case folded ("kps" holds "ps", so PS_KEYS covers KPS too). */
  private static final KeyIndex.Gate ECOG_KEYS = KeyIndex.gate("ecog", "zubrod", "who");
  private static final KeyIndex.Gate KPS_KEYS = KeyIndex.gate("kps", "karnofsky");
  private static final KeyIndex.Gate PS_KEYS = KeyIndex.gate("perform", "ps");
  /** Where each pattern may start: at a word boundary with its first word. */
  private static final WordStarts ECOG_STARTS = new WordStarts("ecog", "zubrod", "who");
  private static final WordStarts KPS_STARTS = new WordStarts("kps", "karnofsky");
  private static final WordStarts PS_STARTS = new WordStarts("performance", "ps");
  private static final Pattern ECOG = Pattern.compile(
      "\\b(?:ECOG|Zubrod|WHO)(?:[ -]?(?:PS|performance[ -]status))?(?:\\s*(?:score|grade))?(?:\\s+(?:now|today|currently|remains))?(?:\\s*(?:of|is|was|=|:|-))?\\s*([0-4]|(?:zero|one|two|three|four)\\b)(?![0-9%]|\\.[0-9]|\\s*(?:-|to)\\s*(?:[0-4]|one|two|three|four)\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PS = Pattern.compile(
      "\\b(?:performance[ -]status|PS)(?:\\s*(?:score))?(?:\\s*(?:of|is|was|=|:|-))?\\s*([0-4])(?![0-9%]|\\.[0-9])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KPS = Pattern.compile(
      "\\b(?:KPS|Karnofsky(?:[ -]performance[ -](?:status|score))?)(?:\\s*(?:of|is|was|=|:))?\\s*(100|[1-9]0)\\s*%?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern EARLIER = Pattern.compile(
      "(?i)(?:\\(\\s*(?:was|previously|formerly|prior)|\\b(?:down|up|declined|improved|worsened|changed|deteriorated)\\s+from)\\s*:?\\s*$");

  /** "ECOG 3 at discharge", "(ECOG 2 at diagnosis)": a grade said of an earlier time by the words after it. */
  private static final Pattern OF_EARLIER_TIME = Pattern.compile(
      "(?i)^\\s*,?\\s*(?:at|on)\\s+(?:the\\s+time\\s+of\\s+)?(?:(?:the|his|her|their)\\s+)?"
          + "(?:discharge|diagnosis|presentation|admission|(?:last|previous|prior|initial|first)\\s+(?:visit|consultation|consult|review))\\b");

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    int ecogEnd = -1;
    if (s.has(ECOG_KEYS)) {
      Matcher m = ECOG.matcher(t);
      for (int at = 0; ECOG_STARTS.find(m, t, at); at = m.end()) {
        Finding.PerformanceStatus ps = new Finding.PerformanceStatus("ECOG", grade(m.group(1)));
        if (EARLIER.matcher(t.substring(Math.max(0, m.start() - 24), m.start())).find()
            || OF_EARLIER_TIME.matcher(t).region(m.end(), t.length()).lookingAt()) {
          // "ECOG 2 (was ECOG 1 at the last visit)", "down from ECOG 0", "ECOG 3 at discharge": an earlier grade
          out.add(s.mention(ps, m.start(), m.end(), "ps.ecog", org.eligo.core.Assertion.HISTORICAL));
        } else {
          out.add(s.mention(ps, m.start(), m.end(), "ps.ecog"));
        }
        ecogEnd = m.end();
      }
    }
    boolean kps = false;
    if (s.has(KPS_KEYS)) {
      Matcher k = KPS.matcher(t);
      for (int at = 0; KPS_STARTS.find(k, t, at); at = k.end()) {
        out.add(s.mention(new Finding.PerformanceStatus("KPS", Integer.parseInt(k.group(1))), k.start(), k.end(), "ps.kps"));
        kps = true;
      }
    }
    if (ecogEnd < 0 && !kps && s.has(PS_KEYS)) {
      Matcher p = PS.matcher(t);
      for (int at = 0; PS_STARTS.find(p, t, at); at = p.end()) {
        if (t.substring(Math.max(0, p.start() - 30), p.start()).toLowerCase(java.util.Locale.ROOT).contains("allred")) {
          continue; // "Allred 7/8 (PS 4, IS 3)": the proportion score of a hormone receptor stain
        }
        out.add(s.mention(new Finding.PerformanceStatus("ECOG", Integer.parseInt(p.group(1))), p.start(), p.end(), "ps.bare"));
      }
    }
  }

  private static final List<String> SPELLED = List.of("zero", "one", "two", "three", "four");

  /** "ECOG 1", "ECOG zero": a digit or its word. */
  private static int grade(String written) {
    int word = SPELLED.indexOf(written.toLowerCase(java.util.Locale.ROOT));
    return word >= 0 ? word : Integer.parseInt(written);
  }
}
