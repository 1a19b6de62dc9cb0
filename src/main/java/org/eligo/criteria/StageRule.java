package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disease extent as the lowest stage group that satisfies the criterion. Mapping:
 *
 * <ul>
 *   <li>"stage IV", "metastatic", "distant metastases", "M1", "disseminated": IV;
 *   <li>"locally advanced or metastatic", "advanced or metastatic", "advanced/metastatic": IIIB;
 *   <li>"recurrent or metastatic", "locally recurrent inoperable or metastatic": IIIB (locally
 *       recurrent disease beyond cure is treated like IIIB);
 *   <li>"unresectable or metastatic", "unresectable stage III or IV": III;
 *   <li>a list of stages that includes IV ("stage IIIB/IV", "stage III or IV"): its lowest;
 *   <li>"advanced" alone: IIIB, noted as an assumption.
 * </ul>
 *
 * A range of stages alone ("stage I-III", "stage II or III") is its minimum and not the stage
 * after its maximum; one that ends at stage IVA or IVB ("stage III, IVA or IVB") is its minimum and
 * {@link Predicate.StageAtMost} its maximum; other stages with an upper bound ("locally advanced" alone, "early-stage",
 * "resectable", "non-metastatic", "limited-stage") or a range beside other stage wording are
 * gaps, not predicates, except alone: then "non-metastatic" is not stage IV and the others are
 * a {@link Predicate.DiseaseSetting}. "Unresectable" alone is noted and not represented.
 */
final class StageRule implements Rule {
  static final List<String> ORDER = Predicate.Stage.ORDER;

  private static final List<String> MAJOR = List.of("0", "I", "II", "III", "IV");

  /**
   * Stages {@code low} to {@code high}: at least {@code low} and not the stage after {@code high}
   * ("I-III": at least I, not IV; "I-IIIA": not IIIB), or at most {@code high} when it is IVA or IVB.
   */
  static Predicate range(String low, String high) {
    if (high.equals("IVA") || high.equals("IVB")) {
      Predicate atMost = new Predicate.StageAtMost(high);
      return low.equals("0") ? atMost : new Predicate.AllOf(List.of(new Predicate.Stage(low), atMost));
    }
    int at = ORDER.indexOf(high);
    String next = MAJOR.contains(high) ? MAJOR.get(MAJOR.indexOf(high) + 1) : ORDER.get(at + 1);
    Predicate notAbove = new Predicate.Not(new Predicate.Stage(next));
    return low.equals("0") ? notAbove : new Predicate.AllOf(List.of(new Predicate.Stage(low), notAbove));
  }

  private static final String TOKEN = "(?:iv|i{1,3}|[0-4])[a-c]?(?![a-z0-9])";
  private static final Pattern LIST = Pattern.compile(
      "\\b(?:(?:tnm|ajcc)\\s+staging|(?:tnm |ajcc |(?:modified )?ann arbor |clinical |pathologic(?:al)? )?stages?)\\s*(?:(?:is|of|group)\\s*)?:?\\s*(" + TOKEN
          + "(?:\\s*(?:-|to|through|/|or|,|and|and/or|&)\\s*(?:stage\\s*)?" + TOKEN + ")*)");
  /** Up to 90 characters of words or parenthesised asides between the two halves. */
  private static final String BETWEEN = "(?:[\\w\\s,/-]|\\([^)]{0,120}\\)){0,90}?";
  private static final Pattern ADVANCED_OR_METASTATIC = Pattern.compile(
      "(?:locally[- ])?advanced" + BETWEEN + "(?:\\bor\\b|and/or|/)\\s*metasta\\w*"
          + "|metasta\\w*\\s*(?:,|/|or|and/or)\\s*(?:\\w+\\s+)?(?:locally[- ])?advanced");
  private static final Pattern RECURRENT_OR_METASTATIC = Pattern.compile(
      "\\brecurrent\\b" + BETWEEN + "(?:\\bor\\b|and/or|/)\\s*metasta\\w*|metasta\\w*\\s*(?:,|/|or|and/or)\\s*(?:locally\\s+)?recurrent");
  private static final Pattern UNRESECTABLE_OR_METASTATIC = Pattern.compile(
      "(?:unresectable|inoperable|non-?resectable|not amenable to (?:curative )?(?:surgery|resection))" + BETWEEN
          + "(?:\\bor\\b|and/or|/)\\s*metasta\\w*|metasta\\w*\\s*(?:,|/|or|and/or)\\s*(?:\\w+\\s+)?(?:unresectable|inoperable)");
  private static final Pattern CEILING = Pattern.compile(
      "\\bnon-?metasta\\w*|\\bearly[- ]stage|\\bearly\\b(?=[\\s-]+(?:or|and|breast|disease|\\w+ cancer))|\\bprimary\\b(?=\\s+or\\s+metasta)|(?<![a-z-])resectable|\\boperable|\\blocali[sz]ed\\b|\\blimited[- ]stage|\\blocally[- ]advanced"
          + "|\\bcurative (?:operation|surgery|resection) is (?:possible|feasible)");
  private static final Pattern METASTATIC = Pattern.compile(
      "\\bmetastatic\\b|distant metasta\\w*|\\bm1[abc]?\\b|\\bdisseminated\\b|(?<![a-z-])metastas[ie]s\\b|\\bmetastatic disease");
  private static final Pattern ADVANCED = Pattern.compile("(?<!locally[- ])\\badvanced\\b");
  private static final Pattern NOT_CURABLE = Pattern.compile(
      "(?:not|no longer) (?:be )?(?:amenable|suitable|eligible|a candidate|candidates?) (?:to|for) (?:\\w+\\s+){0,3}?"
          + "(?:surgery|resection|radiotherapy|radiation|therapy|treatment|intent|chemoradiation|chemoradiotherapy)"
          + "(?:\\s+or\\s+(?:\\w+\\s+)?(?:surgery|resection|radiotherapy|radiation|therapy|treatment))?"
          + "|cannot be (?:treated|cured) with (?:curative|definitive) (?:intent|therapy|treatment)");
  private static final Pattern UNRESECTABLE = Pattern.compile("\\b(?:unresectable|inoperable|non-?resectable)\\b");

  /** "stage > II", "stage ≥ IIIB", "stage less than III": a stage compared with a bound. */
  private static final Pattern COMPARED = Pattern.compile(
      "\\b(?:tnm |ajcc |clinical |pathologic(?:al)? )?stages?\\s*(>=|\u2265|>|\u2264|<=|<|(?:greater|higher|more) than|above|at least|"
          + "(?:less|lower) than|below|at most)\\s*(?:stage\\s*)?(" + TOKEN + ")(?!\\s*(?:-|to|through|/|or|,|and)\\s*(?:stage\\s*)?" + TOKEN + ")");

  /** The predicate of "stage {@code op} {@code bound}", or null when there is no stage beyond the bound. */
  static Predicate compared(String op, String bound) {
    int at = ORDER.indexOf(bound);
    // above a major group is the next major group ("> II" is III), above a substage the next substage ("> IIIA" is IIIB)
    String next = MAJOR.contains(bound) ? (bound.equals("IV") ? null : MAJOR.get(MAJOR.indexOf(bound) + 1))
        : at + 1 < ORDER.size() ? ORDER.get(at + 1) : null;
    switch (op) {
      case ">=", "\u2265", "at least":
        return new Predicate.Stage(bound);
      case ">", "greater than", "higher than", "more than", "above":
        return next == null ? null : new Predicate.Stage(next);
      case "<", "less than", "lower than", "below":
        return new Predicate.Not(new Predicate.Stage(bound));
      default: // at most
        return next == null && !bound.equals("IVA") && !bound.equals("IVB") ? null : range("0", bound);
    }
  }

  @Override
  public void apply(Sentence s, Reading r) {
    Matcher cmp = COMPARED.matcher(s.lower());
    while (cmp.find()) {
      List<String> bound = tokens(cmp.group(2));
      Predicate p = bound.size() == 1 ? compared(cmp.group(1), bound.get(0)) : null;
      if (p != null) {
        r.add(new Part(p, cmp.start(), cmp.end()));
        s.mask(cmp.start(), cmp.end());
      }
    }
    // "not amenable to curative surgery or radiotherapy" defines advanced disease; it is stage wording.
    Matcher nc = NOT_CURABLE.matcher(s.lower());
    while (nc.find()) {
      s.mask(nc.start(), nc.end());
    }
    List<String> lows = new ArrayList<>();
    boolean reachesIv = false;
    int start = Integer.MAX_VALUE;
    int end = -1;
    String[][] phrases = {{"IIIB"}, {"IIIB"}, {"III"}};
    Pattern[] patterns = {ADVANCED_OR_METASTATIC, RECURRENT_OR_METASTATIC, UNRESECTABLE_OR_METASTATIC};
    for (int i = 0; i < patterns.length; i++) {
      Matcher m = patterns[i].matcher(s.lower());
      while (m.find()) {
        lows.add(phrases[i][0]);
        reachesIv = true;
        start = Math.min(start, m.start());
        end = Math.max(end, m.end());
        s.mask(m.start(), m.end());
      }
    }
    Matcher l = LIST.matcher(s.lower());
    List<String> bounded = new ArrayList<>();
    List<String> boundedText = new ArrayList<>();
    List<Part> ranges = new ArrayList<>();
    List<String[]> spans = new ArrayList<>();
    boolean hole = false;
    while (l.find()) {
      List<String> tokens = tokens(l.group(1));
      if (tokens.isEmpty()) {
        continue;
      }
      boolean iv = tokens.stream().anyMatch(t -> t.startsWith("IV"));
      String low = tokens.stream().min((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b))).get();
      String top = tokens.stream().max((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b))).get();
      if (iv && (top.equals("IVA") || top.equals("IVB"))) {
        // "stage IVa", "stage III, IVA or IVB": the substages above it are left out; distant disease
        // is stage IV of a substage that depends on the cancer, so the bound is StageAtMost, not Not(IVB).
        bounded.add(low);
        boundedText.add("stage with an upper bound (" + s.span(l.start(), l.end()).trim() + ")");
        ranges.add(new Part(range(low, top), l.start(), l.end()));
        spans.add(new String[] {low, top});
      } else if (iv) {
        reachesIv = true;
        lows.add(low);
      } else {
        bounded.add(low);
        boundedText.add("stage range without stage IV (" + s.span(l.start(), l.end()).trim() + ")");
        String high = tokens.stream().max((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b))).get();
        ranges.add(new Part(range(low, high), l.start(), l.end()));
        spans.add(new String[] {low, high});
        // "stage I-II or metastatic" leaves stage III out; "stage IIIB-IIIC or metastatic" does not.
        hole |= !(high.equals("III") || high.equals("IIIC"));
      }
      start = Math.min(start, l.start());
      end = Math.max(end, l.end());
      s.mask(l.start(), l.end());
    }
    List<Part> settings = new ArrayList<>();
    int wordsStart = Integer.MAX_VALUE;
    int wordsEnd = -1;
    Matcher c = CEILING.matcher(s.lower());
    while (c.find()) {
      wordsStart = Math.min(wordsStart, c.start());
      wordsEnd = Math.max(wordsEnd, c.end());
      String word = s.lower(c.start(), c.end());
      if (ranges.size() == 1 && DEFINED_BY_RANGE.matcher(s.original().toLowerCase(Locale.ROOT).substring(c.end())).lookingAt()
          && word.startsWith("early")) {
        // "early stage (stage I-II)": the range in brackets says what "early" means
        s.mask(c.start(), c.end());
        continue;
      }
      bounded.add(word.contains("locally") ? "IIIB" : "0");
      // "early or metastatic": stage III is neither ("primary or metastatic" and "locally advanced or metastatic" leave none out)
      hole |= !word.contains("locally") && !word.equals("primary");
      boundedText.add("stage with an upper bound (" + s.span(c.start(), c.end()).trim() + ")");
      Predicate setting = setting(word);
      if (setting != null) {
        settings.add(new Part(setting, c.start(), c.end()));
      }
      s.mask(c.start(), c.end());
    }
    Matcher met = METASTATIC.matcher(s.lower());
    while (met.find()) {
      lows.add("IV");
      reachesIv = true;
      start = Math.min(start, met.start());
      end = Math.max(end, met.end());
      s.mask(met.start(), met.end());
    }
    Matcher adv = ADVANCED.matcher(s.lower());
    if (adv.find() && bounded.isEmpty()) {
      lows.add("IIIB");
      reachesIv = true;
      r.note("'advanced' read as stage IIIB or higher");
      start = Math.min(start, adv.start());
      end = Math.max(end, adv.end());
      s.mask(adv.start(), adv.end());
    }
    Matcher un = UNRESECTABLE.matcher(s.lower());
    if (un.find()) {
      r.note("'" + s.span(un.start(), un.end()) + "' not represented");
      s.mask(un.start(), un.end());
    }
    if (!bounded.isEmpty()) {
      if (reachesIv && !hole && s.original().toLowerCase(Locale.ROOT).matches("(?s).*\\bor\\b.*")) {
        // "stage IIIB not suitable for multimodality treatment, or metastatic (stage IV)": alternatives
        // whose union has no upper bound.
        lows.addAll(bounded);
      } else if (!reachesIv && ranges.size() == 1 && bounded.size() == 1) {
        r.add(ranges.get(0)); // "stage I-III" and no other stage wording
        return;
      } else if (!reachesIv && ranges.size() > 1 && bounded.size() == ranges.size() && contiguous(spans)) {
        // "(stage 0) or (stage 1, 2 and 3A)": ranges that follow one another are one range
        r.add(new Part(range(spans.get(0)[0], spans.get(spans.size() - 1)[1]), ranges.get(0).start(),
            ranges.get(ranges.size() - 1).end()));
        return;
      } else if (!reachesIv && ranges.isEmpty() && settings.size() == bounded.size()) {
        // "localized prostate cancer", "early breast cancer", "non-metastatic": a setting, no other stage wording
        settings.forEach(r::add);
        return;
      } else {
        boundedText.forEach(t -> r.gap("STAGE", t));
        return;
      }
    }
    if (!reachesIv || lows.isEmpty()) {
      return;
    }
    if (s.lower().contains("recurren")) {
      lows.add("IIIB");
    }
    String min = lows.stream().min((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b))).get();
    if (min.equals("0")) {
      // "primary or metastatic": every stage qualifies, and a minimum of 0 would only ask for a recorded stage
      r.note("'" + s.span(Math.min(start, wordsStart), Math.max(end, wordsEnd)).trim() + "' leaves no stage out");
      return;
    }
    r.add(new Part(new Predicate.Stage(min), start, end));
  }

  /**
   * The setting a ceiling word names: "non-metastatic" is not stage IV; "localized", "early",
   * "limited-stage", "locally advanced" and "resectable" (or "operable", "curative surgery is possible") are {@link
   * Predicate.DiseaseSetting}s; "primary" (before "or metastatic") is none.
   */
  private static Predicate setting(String word) {
    String w = word.replace('-', ' ').replace("localised", "localized");
    if (w.matches("non ?metasta\\w*")) {
      return new Predicate.Not(new Predicate.Stage("IV"));
    }
    String name = w.startsWith("early") ? "early" : w.equals("operable") || w.startsWith("curative") ? "resectable"
        : w.startsWith("limited") ? "limited-stage" : w;
    return Predicate.DiseaseSetting.SETTINGS.contains(name) ? new Predicate.DiseaseSetting(name) : null;
  }

  /** A stage range in brackets right after a word ("early stage (stage I-II)"). */
  private static final Pattern DEFINED_BY_RANGE = Pattern.compile("^(?:[\\s-]*stage)?\\s*\\(\\s*(?:tnm |clinical )?stages?\\s*" + TOKEN);

  /** Whether ranges, in text order, each begin at or before the stage after the previous one's end. */
  private static boolean contiguous(List<String[]> spans) {
    for (int i = 1; i < spans.size(); i++) {
      String high = spans.get(i - 1)[1];
      String next = MAJOR.contains(high) ? MAJOR.get(MAJOR.indexOf(high) + 1) : ORDER.get(ORDER.indexOf(high) + 1);
      if (ORDER.indexOf(spans.get(i)[0]) > ORDER.indexOf(next) || ORDER.indexOf(spans.get(i)[0]) < ORDER.indexOf(spans.get(i - 1)[0])) {
        return false;
      }
    }
    return true;
  }

  private static List<String> tokens(String list) {
    List<String> out = new ArrayList<>();
    Matcher t = Pattern.compile(TOKEN).matcher(list);
    while (t.find()) {
      String tok = t.group().toUpperCase(Locale.ROOT);
      String roman = switch (tok.replaceAll("[A-C]$", "")) {
        case "0" -> "0";
        case "1" -> "I";
        case "2" -> "II";
        case "3" -> "III";
        case "4" -> "IV";
        default -> tok.replaceAll("[A-C]$", "");
      };
      String sub = tok.matches(".*\\d[A-C]$|.*[IV][A-C]$") ? tok.substring(tok.length() - 1) : "";
      // "IIIB": the roman part ends before the sub-stage letter; "IV" has none.
      String stage = roman + sub;
      if (ORDER.contains(stage)) {
        out.add(stage);
      }
    }
    return out;
  }
}
