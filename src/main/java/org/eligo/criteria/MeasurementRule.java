package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit on a measurement taken by a test other than a blood test: left ventricular ejection
 * fraction and FEV1 or DLCO in percent ("LVEF ≥ 50%", "DLCO > 60% of predicted"), the corrected
 * QT interval in milliseconds ("QTcF > 470 ms"), prostate volume in millilitres ("prostate volume
 * &lt; 60 cc"), the Child-Pugh score by its class ("Child-Pugh A" is a score of at most 6), the
 * Gleason score by its range or limit ("Gleason 6-7", "Gleason score ≤ 7"). Names
 * joined by "and" or "or" share the limit after the last ("both FEV1 and DLCO &gt;
 * 60%": each of them). A predicted postoperative value ("ppo FEV1") is the measured value less what the
 * resection takes, never more: a floor on it is the measured value's floor narrowed (failing the measured
 * floor fails it, meeting it leaves it open), a ceiling the measured value's ceiling widened. A limit the
 * text does not give as a number with its unit is not read.
 */
final class MeasurementRule implements Rule {

  private record Kind(String name, String unit, Pattern names, Pattern units) {}

  private static final String ABBREVIATION = "(?:\\s*\\([a-z0-9 -]{1,12}\\))?";
  private static final String PERCENT = "\\s*%(?:\\s*(?:of\\s+)?(?:the\\s+)?predicted)?";

  private static final List<Kind> KINDS = List.of(
      new Kind("LVEF", "%", Pattern.compile(
          "(?:lvef|(?:left ventricular |lv )?ejection fraction(?: \\(lvef\\)| \\(ef\\))?)"), Pattern.compile(PERCENT)),
      new Kind("QTc", "ms", Pattern.compile(
          "(?:(?:mean|average|resting) )?(?:qtc[bf]?|qt[cf]|corrected qt(?: interval)?(?: \\(qtc[bf]?\\))?)(?: interval)?"
              + "(?: (?:by|using) fridericia'?s?(?: formula| correction)?)?"),
          Pattern.compile("\\s*(?:ms|msec|milliseconds?)\\b")),
      new Kind("FEV1", "%", Pattern.compile(
          "(?:fev1|fev 1|forced expiratory volume in (?:one|1|the first) second" + ABBREVIATION + ")"), Pattern.compile(PERCENT)),
      new Kind("DLCO", "%", Pattern.compile(
          "(?:dlco|diffusi(?:ng|on) capacity (?:of|for) (?:the lungs? for )?carbon monoxide" + ABBREVIATION + ")"), Pattern.compile(PERCENT)),
      new Kind("prostate volume", "mL", Pattern.compile(
          "prostate (?:gland )?(?:volume|size)"), Pattern.compile("\\s*(?:cc|ml|cm3|cm\u00b3|cubic centimet(?:er|re)s?)\\b")));

  private static final String OP =
      "\u2265|>=|=>|>|\u2264|<=|=<|<|greater than or equal to|less than or equal to|at least|no less than|not less than|"
          + "no more than|not more than|at most|greater than|more than|larger than|higher than|above|over|exceeding|"
          + "less than|lower than|smaller than|below|under";
  /** The test that measures it, between the name and its limit or after the limit. */
  private static final String TEST =
      "(?:echocardiogra(?:m|phy)|echo|muga(?: scan)?|multigated acquisition(?: \\(muga\\))?(?: scan)?|ecg|ekg|electrocardiogram|"
          + "pulmonary function tests?|pfts?|spirometry|mri|trus|transrectal ultrasound|ultrasound|ct)";
  private static final String QUALIFIED_TEST = "(?:(?:screening|baseline|12-lead|triplicate|resting)\\s+)*" + TEST;
  private static final String METHOD =
      "(?:\\s*,?\\s*\\(?(?:by|on|per|using|as (?:assessed|measured|determined) by)\\s+(?:an?\\s+|the\\s+)?" + QUALIFIED_TEST
          + "(?:\\s*(?:or|and/or|/|,)\\s*(?:an?\\s+)?" + QUALIFIED_TEST + ")*\\)?)?";
  /** After the limit: the test, or when it is taken ("during the screening period"; AtScreening is decided on the whole text). */
  private static final Pattern AFTER = Pattern.compile(
      METHOD + "(?:\\s*,?\\s*(?:at|during|on|in) (?:the )?(?:screening|baseline)(?: period| visit| phase)?\\b)?");
  /** Between a name and its limit: the test, a verb or "of", nothing else. */
  private static final Pattern LIMIT = Pattern.compile(
      METHOD + "\\s*(?:(?:must be|should be|is|of|value of|:)\\s*)?(" + OP + ")\\s*(\\d+(?:\\.\\d+)?)");
  /** A second limit in the clause ("&gt; 450 ms for men or &gt; 470 ms for women"): not one measurement limit. */
  private static final Pattern SECOND_LIMIT = Pattern.compile("^[^;.]*?(?:" + OP + ")\\s*\\d");
  private static final Pattern JOIN = Pattern.compile(
      "\\s*(?:,|and|or|and/or|/)\\s*(?:(?:predicted\\s+post-?operative(?:\\s*\\(ppo\\))?|ppo|post-?operative)[\\s-]*)?");
  private static final Pattern BEFORE_NAME = Pattern.compile(
      "(?:\\bpredicted\\s+post-?operative(?:\\s*\\(ppo\\))?|\\bppo|\\bpost-?operative)[\\s-]*$");
  static final String PREDICTED_POSTOPERATIVE = "the predicted postoperative value (at most the measured one)";

  /**
   * A Child-Pugh class is a range of its score (A 5-6, B 7-9, C 10-15): "Child A", "Child-Pugh
   * class A or B", "Child-Pugh B or worse". A class with no word after it that bounds the range the
   * other way (B alone, 7-9) is both limits.
   */
  private static final Pattern CHILD_PUGH = Pattern.compile(
      "\\bchild(?:[- ]?pugh|[- ]?turcotte[- ]?pugh)?(?:[- ](?:class|score|grade|stage))?[- ]?\\(?([abc])\\)?(?![a-z0-9])"
          + "(?:\\s*(?:or|/|-|to)\\s*(?:(?:class\\s+)?([abc])(?![a-z0-9])|(worse|higher|above|more|greater)\\b))?");
  static final String CHILD_PUGH_SCORE = "Child-Pugh score";

  private static void childPugh(Sentence s, Reading r) {
    Matcher m = CHILD_PUGH.matcher(s.lower());
    if (!m.find()) {
      return;
    }
    char low = m.group(1).charAt(0);
    char high = m.group(2) != null ? m.group(2).charAt(0) : m.group(3) != null ? 'c' : low;
    if (high < low) {
      return;
    }
    List<Predicate> parts = new ArrayList<>();
    if (low > 'a') {
      parts.add(new Predicate.Measurement(CHILD_PUGH_SCORE, "\u2265", low == 'b' ? 7 : 10, "points"));
    }
    if (high < 'c') {
      parts.add(new Predicate.Measurement(CHILD_PUGH_SCORE, "\u2264", high == 'a' ? 6 : 9, "points"));
    }
    if (parts.isEmpty()) {
      return; // "A to C": any class
    }
    s.mask(m.start(), m.end());
    r.add(new Part(parts.size() == 1 ? parts.get(0) : new Predicate.AllOf(parts), m.start(), m.end()));
  }

  static final String GLEASON_SCORE = "Gleason score";
  private static final String GLEASON = "\\bgleason(?:\\s+(?:score|sum|grade))?\\s*(?:of\\s+|:\\s*|=\\s*)?";
  /** "Gleason 6-7", "Gleason score of 6 to 7": both limits. */
  private static final Pattern GLEASON_RANGE = Pattern.compile(GLEASON + "(\\d{1,2})\\s*(?:-|\u2013|to|through)\\s*(\\d{1,2})(?![\\d+.])");
  /** "Gleason score ≤ 7", "Gleason score of 7 or less", "Gleason score 8 or higher". */
  private static final Pattern GLEASON_LIMIT = Pattern.compile(
      GLEASON + "(?:(" + OP + ")\\s*(\\d{1,2})(?![\\d+.])|(\\d{1,2})\\s+or\\s+(less|lower|below|fewer|more|higher|greater|above)\\b)");

  /**
   * A Gleason score, the sum of the two patterns (2-10), as a range or a limit; a pattern sum
   * ("4+3") or a single score without a comparison is not read (the patterns may decide).
   */
  private static void gleason(Sentence s, Reading r) {
    Matcher range = GLEASON_RANGE.matcher(s.lower());
    if (range.find()) {
      int low = Integer.parseInt(range.group(1));
      int high = Integer.parseInt(range.group(2));
      if (low >= 2 && low <= high && high <= 10) {
        List<Predicate> parts = new ArrayList<>();
        if (low > 2) {
          parts.add(new Predicate.Measurement(GLEASON_SCORE, "\u2265", low, "points"));
        }
        if (high < 10) {
          parts.add(new Predicate.Measurement(GLEASON_SCORE, "\u2264", high, "points"));
        }
        if (!parts.isEmpty()) {
          s.mask(range.start(), range.end());
          r.add(new Part(parts.size() == 1 ? parts.get(0) : new Predicate.AllOf(parts), range.start(), range.end()));
        }
      }
      return;
    }
    Matcher limit = GLEASON_LIMIT.matcher(s.lower());
    if (limit.find()) {
      String comparison;
      int value;
      if (limit.group(1) != null) {
        comparison = comparison(limit.group(1));
        value = Integer.parseInt(limit.group(2));
      } else {
        comparison = limit.group(4).matches("less|lower|below|fewer") ? "\u2264" : "\u2265";
        value = Integer.parseInt(limit.group(3));
      }
      if (value >= 2 && value <= 10) {
        s.mask(limit.start(), limit.end());
        r.add(new Part(new Predicate.Measurement(GLEASON_SCORE, comparison, value, "points"), limit.start(), limit.end()));
      }
    }
  }

  @Override
  public void apply(Sentence s, Reading r) {
    childPugh(s, r);
    gleason(s, r);
    String lower = s.lower();
    List<int[]> names = new ArrayList<>(); // start, end, kind index
    for (int k = 0; k < KINDS.size(); k++) {
      Matcher m = KINDS.get(k).names().matcher(lower);
      while (m.find()) {
        if (wordBoundary(lower, m.start(), m.end())) {
          names.add(new int[] {m.start(), m.end(), k});
        }
      }
    }
    names.sort((a, b) -> Integer.compare(a[0], b[0]));
    int i = 0;
    while (i < names.size()) {
      // the run of names joined by and/or that share one limit
      int j = i;
      boolean any = false;
      while (j + 1 < names.size() && names.get(j + 1)[0] >= names.get(j)[1]) {
        Matcher join = JOIN.matcher(lower.substring(names.get(j)[1], names.get(j + 1)[0]));
        if (!join.matches()) {
          break;
        }
        any |= join.group().contains("or") && !join.group().contains("and");
        j++;
      }
      read(s, r, lower, names.subList(i, j + 1), any);
      i = j + 1;
    }
  }

  private static void read(Sentence s, Reading r, String lower, List<int[]> run, boolean any) {
    // where each name's "predicted postoperative" starts, or -1
    int[] predicted = new int[run.size()];
    int from = 0;
    for (int k = 0; k < run.size(); k++) {
      int[] n = run.get(k);
      int back = Math.max(from, n[0] - 40);
      Matcher ppo = BEFORE_NAME.matcher(lower.substring(back, n[0]));
      predicted[k] = ppo.find() ? back + ppo.start() : -1;
      from = n[1];
    }
    int[] last = run.get(run.size() - 1);
    Kind lastKind = KINDS.get(last[2]);
    Matcher limit = LIMIT.matcher(lower.substring(last[1]));
    if (!limit.lookingAt()) {
      return;
    }
    int numberEnd = last[1] + limit.end();
    Matcher unit = lastKind.units().matcher(lower.substring(numberEnd));
    if (!unit.lookingAt()) {
      return;
    }
    Matcher after = AFTER.matcher(lower.substring(numberEnd + unit.end()));
    after.lookingAt();
    int end = numberEnd + unit.end() + after.end();
    if (SECOND_LIMIT.matcher(lower.substring(end)).find()) {
      return;
    }
    for (int[] n : run) {
      if (!KINDS.get(n[2]).unit().equals(lastKind.unit())) {
        return; // one limit cannot hold for measurements in different units
      }
    }
    String comparison = comparison(limit.group(1));
    double value = Double.parseDouble(limit.group(2));
    List<Predicate> parts = new ArrayList<>();
    boolean floor = comparison.equals("\u2265") || comparison.equals(">");
    for (int k = 0; k < run.size(); k++) {
      int[] n = run.get(k);
      Predicate p = new Predicate.Measurement(KINDS.get(n[2]).name(), comparison, value, KINDS.get(n[2]).unit());
      if (predicted[k] >= 0) {
        p = new Predicate.Qualified(p, PREDICTED_POSTOPERATIVE, !floor);
      }
      if (!parts.contains(p)) {
        parts.add(p);
      }
    }
    int start = predicted[0] >= 0 ? predicted[0] : run.get(0)[0];
    s.mask(start, end);
    Matcher both = Pattern.compile("\\bboth\\s*$").matcher(lower.substring(Math.max(0, start - 6), start));
    if (both.find()) {
      s.mask(Math.max(0, start - 6) + both.start(), start);
    }
    Predicate p = parts.size() == 1 ? parts.get(0) : any ? new Predicate.AnyOf(parts) : new Predicate.AllOf(parts);
    r.add(new Part(p, start, end));
    boolean strict = comparison.equals(">") || comparison.equals("<");
    r.compare(new Bounds.Bound(floor ? value : null, floor && strict, floor ? null : value, !floor && strict,
        last[1] + limit.start(1), numberEnd));
  }

  private static boolean wordBoundary(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  /** The comparison sign of an operator word. */
  private static String comparison(String op) {
    return switch (op) {
      case "\u2265", ">=", "=>", "greater than or equal to", "at least", "no less than", "not less than" -> "\u2265";
      case "\u2264", "<=", "=<", "less than or equal to", "no more than", "not more than", "at most" -> "\u2264";
      case ">", "greater than", "more than", "larger than", "higher than", "above", "over", "exceeding" -> ">";
      default -> "<";
    };
  }
}
