package org.eligo.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ECOG ("ECOG PS 1", "performance status 2") and Karnofsky ("KPS 80", "Karnofsky 70%"). */
final class PerformanceStatusExtractor implements Extractor {
  private static final Pattern ECOG = Pattern.compile(
      "\\b(?:ECOG|Zubrod|WHO)(?:[ -]?(?:PS|performance[ -]status))?(?:\\s*(?:score|grade))?(?:\\s*(?:of|is|was|=|:|-))?\\s*([0-4])(?![0-9%]|\\.[0-9]|\\s*(?:-|to)\\s*[0-4])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PS = Pattern.compile(
      "\\b(?:performance[ -]status|PS)(?:\\s*(?:score))?(?:\\s*(?:of|is|was|=|:|-))?\\s*([0-4])(?![0-9%]|\\.[0-9])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KPS = Pattern.compile(
      "\\b(?:KPS|Karnofsky(?:[ -]performance[ -](?:status|score))?)(?:\\s*(?:of|is|was|=|:))?\\s*(100|[1-9]0)\\s*%?",
      Pattern.CASE_INSENSITIVE);

  @Override
  public void extract(Snippet s, List<Mention> out) {
    if (!s.mentionsAny("ecog", "zubrod", "who", "perform", "ps", "kps", "karnofsky")) {
      return;
    }
    String t = s.text();
    Matcher m = ECOG.matcher(t);
    int ecogEnd = -1;
    while (m.find()) {
      out.add(s.mention(new Finding.PerformanceStatus("ECOG", Integer.parseInt(m.group(1))), m.start(), m.end(), "ps.ecog"));
      ecogEnd = m.end();
    }
    Matcher k = KPS.matcher(t);
    boolean kps = false;
    while (k.find()) {
      out.add(s.mention(new Finding.PerformanceStatus("KPS", Integer.parseInt(k.group(1))), k.start(), k.end(), "ps.kps"));
      kps = true;
    }
    if (ecogEnd < 0 && !kps) {
      Matcher p = PS.matcher(t);
      while (p.find()) {
        out.add(s.mention(new Finding.PerformanceStatus("ECOG", Integer.parseInt(p.group(1))), p.start(), p.end(), "ps.bare"));
      }
    }
  }
}
