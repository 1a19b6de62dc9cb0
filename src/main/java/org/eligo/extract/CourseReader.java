package org.eligo.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.extract.Regimens.Group;
import org.eligo.extract.TherapyCourse.Response;

/**
 * Line, dates and response of the therapies named in one sentence. Drugs written together form
 * a group ({@link Regimens}), and what the sentence says is tied to the nearest group that only
 * dosing, cycles, dates and the like separate from it: "started osimertinib 03/2024", "2L
 * docetaxel", "FOLFIRI 02/2025-04/2025, PD", "progressed on osimertinib", "paclitaxel stopped
 * (neuropathy)". Anything else between a statement and a drug (another clause, an event such as
 * a scan or a biopsy) unties them, so a response is never spread over every drug of a sentence.
 */
final class CourseReader {
  /** A drug match of the sentence: where it is, the name it stands for and its category (systemic, surgery, ...). */
  record Place(int start, int end, String name, String category) {}

  /** One token of the text between a statement and a drug. */
  private static final Pattern TOKEN = Pattern.compile(
      "w/(?!\\w)|->|[\\p{L}\\p{N}#]+(?:[./'+\\-–—][\\p{L}\\p{N}#]+)*\\+?|\\S");
  private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
  private static final String ORDINAL_LINE = "(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|front)(?:-line)?";
  /** Dosing, schedule, cycles, line words and small words that may sit between a drug and what is said of it. */
  private static final Pattern COMMON = Pattern.compile(
      "\\d+(?:\\.\\d+)?|x\\d*|\\d*(?:mg|mcg|g|ml|units?)|mg/m2|mg/kg|auc\\d*(?:\\.\\d+)?|q\\d+[a-z]*|bid|tid|qid|qd|daily|weekly"
          + "|biweekly|po|iv|sc|c\\d+(?:d\\d+)?|cycles?|doses?|courses?|months?|mos?|yrs?|years?|weeks?|wks?|" + NUMBER_WORDS
          + "|[1-9]l|" + ORDINAL_LINE + "|line|of|for|maintenance|monotherapy|therapy|treatment|regimen|single-agent|single|agent"
          + "|rechallenge|re-challenge|retreatment|re-treatment|reinduction|re-induction"
          + "|dose-dense|the|a|an|total|was|were|is|has|been|had|permanently|[,:()\\[\\]=]");
  private static final Pattern DATE_CUE = Pattern.compile(
      "#+|in|on|at|from|since|start|started|starting|began|begun|initiated|commenced|resumed|completed|complete|finished"
          + "|stopped|discontinued|held|ended|through|thru|until|till|to|taper|last");
  private static final Pattern START_CUE = Pattern.compile(
      "since|from|start|started|starting|began|begun|initiated|commenced|resumed|c1|c1d1");
  private static final Pattern SWITCHED = Pattern.compile("(?i)switch\\w*|chang\\w*|transition\\w*|moved|converted");
  private static final Pattern FAILED_ON = Pattern.compile("(?i)relaps\\w*|progress\\w*|recurr\\w*|PD");
  private static final Pattern END_CUE = Pattern.compile(
      "completed|complete|finished|stopped|discontinued|held|ended|through|thru|until|till|to|last");
  private static final Pattern RESPONSE_GAP = Pattern.compile(
      "#+|[;>\\-→]|->|now|then|with|w/|until|in|on|from|to|through|since|started|completed|ct|pet|pet/ct|pet-ct|mri|imaging"
          + "|scans?|restaging|shows|showed|showing|demonstrated|demonstrates|demonstrating|revealed|reveals|which|c/w|consistent|f/u");
  private static final Pattern PREPOSITION = Pattern.compile("on|through|during|after|following|despite|to|from|under|while|of");
  private static final Pattern FORWARD_FILLER = Pattern.compile(
      "\\d+|" + NUMBER_WORDS + "|cycles?|of|the|a|an|single-agent|maintenance|line|[1-9]l|" + ORDINAL_LINE);
  /** Words that turn "progression ... on X" into another statement ("progression, started X"). */
  private static final Pattern NOT_BEFORE_PREPOSITION = Pattern.compile(
      "start\\w*|switch\\w*|chang\\w*|initiat\\w*|began|begun|plan\\w*|recommend\\w*|consider\\w*|will|now|then|but|receiv\\w*"
          + "|continu\\w*|resum\\w*");
  /** A word right before a response that makes it no outcome of a given therapy ("no progression", "until progression"). */
  private static final Pattern UNSAID = Pattern.compile(
      "no|not|without|negative|absence|free|until|at|upon|if|before|awaiting|await|monitor|r/o|rule");

  private static final Pattern LINE = Pattern.compile(
      "(?<![\\w-])(?:(?<n>[1-9])L|(?i:(?<w>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|front)[- ]?line))(?![\\w-])"
          // "Line 2: FOLFIRI + bevacizumab", "line #3 -"
          + "|(?<![\\w-])(?i:line)\\s*#?\\s*(?<d>[1-9])(?=\\s*[:)\\-])");
  private static final Pattern LINE_BEFORE_DRUG = Pattern.compile("[:=(\\-]|therapy|treatment|setting|regimen|with|of|is|was");
  private static final Pattern LINE_AFTER_DRUG = Pattern.compile("based|[,(\\-]|as|in|the|a");

  private static final String TOXIC = "toxicit(?:y|ies)|toxic|pneumonitis|colitis|hepatitis(?!\\s*[BC]\\b)|nephritis|myocarditis"
      + "|neuropathy|rash|dermatitis|neutropenia|thrombocytopenia|cytopenias?|diarrh?o?ea|mucositis|fatigue|intoleran(?:ce|t)"
      + "|adverse (?:events?|effects?|reactions?)|side[- ]effects?|irAEs?|immune[- ]related|infusion reaction|hypersensitivity"
      + "|allergic reaction|cardiotoxicity|hepatotoxicity|nephrotoxicity|transaminitis|interstitial lung disease|ILD";
  private static final Pattern TOXICITY = Pattern.compile("(?i)\\b(?:" + TOXIC + ")\\b");
  private static final Pattern CLAUSE_END = Pattern.compile("[;.,]");
  private static final Pattern PROGRESSION = Pattern.compile("(?i:\\bprogress(?:ed|ion|ing|ive)?\\b(?!-free))|(?<![\\w/-])PD(?![\\w-])");
  /** Response cues; PR and CR only where no receptor status or lab value follows. */
  private static final Pattern CUE = Pattern.compile(
      "(?<prog>(?i:\\bprogress(?:ed|ion|ing|ive)?\\b(?!-free)|\\brefractory\\b)|(?<![\\w/-])PD(?![\\w-]))"
          + "|(?<pr>(?i:\\bpartial (?:response|remission)\\b)|(?<![\\w/-])PR(?![\\w/-])"
          + "(?!\\s*[:=]?\\s*(?:[+\\-\\d(]|(?i:neg|pos|status|expression|low|high|weak|strong|score))))"
          + "|(?<cr>(?i:\\b(?:patholog(?:ic|ical) )?complete (?:response|remission)\\b)|(?<![\\w/-])p?CR(?![\\w/-])"
          + "(?!\\s*[:=]?\\s*[+\\-\\d(]))"
          + "|(?<sd>(?i:\\bstable disease\\b)|(?<![\\w/-])SD(?![\\w/-]))"
          + "|(?<resp>(?i:(?<!\\bin )\\b(?:(?:marked|good|excellent|dramatic|major|objective|radiographic|radiologic|clinical"
          + "|durable|significant|near-complete)\\s+)?respon(?:se|ding|ded)\\b))"
          + "|(?<stop>(?i:\\b(?:stopped|discontinued|d/c'?d|held|ceased|halted)\\b))"
          + "|(?<tolerated>(?i:\\b(?:not|poorly) tolerated\\b))"
          + "|(?<induced>(?i:(?<=[-\\s])(?:induced|related|associated)\\s+(?:grade\\s+\\d\\s+)?(?:" + TOXIC + ")\\b))"
          + "|(?<complicated>(?i:\\bcomplicated by\\b(?=(?:\\s+[\\w-]+){0,3}?\\s+(?:" + TOXIC + ")\\b)))"
          + "|(?<toxic>(?i:\\b(?:" + TOXIC + ")\\b))");
  /**
   * Where a cue may start: every alternative of CUE begins after a word boundary or a look-behind
   * that excludes word characters, with one of these words (its own first word, an adjective
   * before "response", the word before "tolerated", "induced" or "by", or a side effect, where
   * "toxic" covers toxicity and toxicities and "diarr" every spelling of diarrhoea).
   */
  private static final WordStarts CUE_STARTS = new WordStarts(
      "progress", "refractory", "pd", "partial", "pr", "patholog", "complete", "pcr", "cr", "stable", "sd",
      "respon", "marked", "good", "excellent", "dramatic", "major", "objective", "radiographic", "radiologic", "clinical",
      "durable", "significant", "near-complete",
      "stopped", "discontinued", "d/c", "held", "ceased", "halted", "not", "poorly", "induced", "related", "associated",
      "complicated",
      "toxic", "pneumonitis", "colitis", "hepatitis", "nephritis", "myocarditis", "neuropathy", "rash", "dermatitis",
      "neutropenia", "thrombocytopenia", "cytopenia", "diarr", "mucositis", "fatigue", "intoleran", "adverse", "side",
      "irae", "immune", "infusion", "hypersensitivity", "allergic", "cardiotoxicity", "hepatotoxicity", "nephrotoxicity",
      "transaminitis", "interstitial", "ild");

  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[/+]\\s*");

  private CourseReader() {}

  /** The course of each drug, in the order of {@code drugs}. */
  static List<TherapyCourse> read(String text, List<Place> drugs) {
    List<NoteDates.Found> dates = NoteDates.find(text);
    String masked = mask(text, dates);
    List<Group> groups = Regimens.groups(text,
        drugs.stream().map(d -> new Regimens.Drug(d.start(), d.end(), d.category())).toList(), dates);
    Builder[] b = new Builder[groups.size()];
    Arrays.setAll(b, i -> new Builder());
    dates(masked, dates, groups, b);
    lines(masked, groups, b);
    responses(text, masked, groups, b);
    TherapyCourse[] out = new TherapyCourse[drugs.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int i : groups.get(g).members()) {
        // Without an end there is nothing for a later group to cut short.
        String end = b[g].end == null || continuesLater(drugs, groups, g, i, b) ? null : b[g].end;
        out[i] = new TherapyCourse(b[g].line, b[g].start, end, b[g].response);
      }
    }
    return List.of(out);
  }

  /** What the sentence has said so far of one group. */
  private static final class Builder {
    Integer line;
    String start;
    String end;
    Response response;
  }

  /** The text with every date and range replaced by '#', so that a date is one token of a gap. */
  private static String mask(String text, List<NoteDates.Found> dates) {
    char[] c = text.toCharArray();
    for (NoteDates.Found d : dates) {
      Arrays.fill(c, d.start(), d.end(), '#');
    }
    return new String(c);
  }

  /**
   * Each date goes to the group before it, or failing that to the group after it when that group
   * has no date yet and a word or a range says what the date is. A range gives start and end; a
   * single date is an end after "completed", "discontinued", "through" and the like, else a start.
   */
  private static void dates(String masked, List<NoteDates.Found> dates, List<Group> groups, Builder[] b) {
    List<NoteDates.Found> left = new ArrayList<>();
    for (NoteDates.Found d : dates) {
      int g = before(groups, d.start());
      if (g >= 0 && all(masked.substring(groups.get(g).end(), d.start()), DATE_CUE, COMMON)) {
        place(d, words(masked.substring(groups.get(g).end(), d.start())), lead(masked, groups.get(g).start(), 5), b[g]);
      } else if (g >= 0 && startAfterPurpose(masked.substring(groups.get(g).end(), d.start()))) {
        // "abiraterone/prednisone for metastatic hormone-sensitive disease from 04/2023": the start of the drugs joined before it
        for (int k = g; k >= 0 && (k == g || JOINED.matcher(masked.substring(groups.get(k).end(), groups.get(k + 1).start())).matches()); k--) {
          if (b[k].start == null && b[k].end == null) {
            b[k].start = d.first();
          }
        }
      } else {
        left.add(d);
      }
    }
    for (NoteDates.Found d : left) {
      int g = after(groups, d.end());
      if (g < 0 || b[g].start != null || b[g].end != null || !all(masked.substring(d.end(), groups.get(g).start()), DATE_CUE, COMMON)) {
        continue;
      }
      List<String> gap = words(masked.substring(d.end(), groups.get(g).start()));
      List<String> lead = lead(masked, d.start(), 5);
      // A date before the drug needs a word that says what it dates ("since 2021 on X", "03/2024: started X"); "dx 2012 on X" has none.
      if (d.range() || lastCue(gap) != null || lastCue(lead) != null) {
        place(d, gap, lead, b[g]);
      }
    }
  }

  /** "abiraterone for metastatic hormone-sensitive disease from 04/2023": a short purpose, then a start word. */
  private static final Pattern PURPOSE_THEN_START = Pattern.compile(
      "(?i)\\s*(?:/\\s*\\w+\\s*)?for\\s+[\\w -]{3,60}?\\s(?:from|since|started|starting|begun|began)\\s*");

  private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:/|\\+|&|and|with|plus)\\s*");

  private static boolean startAfterPurpose(String gap) {
    return PURPOSE_THEN_START.matcher(gap).matches();
  }

  private static void place(NoteDates.Found d, List<String> gap, List<String> lead, Builder b) {
    if (d.range()) {
      b.start = b.start == null ? d.first() : b.start;
      b.end = b.end == null ? d.last() : b.end;
      return;
    }
    String cue = lastCue(gap);
    if (cue == null) {
      cue = lastCue(lead);
    }
    // "Relapse on anastrozole 03/2025", "PD on FOLFOX 05/2024": the date is when the course failed
    boolean failedThen = cue == null && lead.stream().anyMatch(w -> FAILED_ON.matcher(w).matches());
    if (failedThen || cue != null && END_CUE.matcher(cue).matches()) {
      b.end = b.end == null ? d.first() : b.end;
    } else if (b.start == null) {
      b.start = d.first();
    }
  }

  private static String lastCue(List<String> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = words.get(i);
      if (w.equalsIgnoreCase("to") && i > 0 && SWITCHED.matcher(words.get(i - 1)).matches()) {
        return "started"; // "switched to alectinib on 10/15/2025": the date the new drug started
      }
      if (START_CUE.matcher(w).matches() || END_CUE.matcher(w).matches()) {
        return w;
      }
    }
    return null;
  }

  /** Up to {@code n} words before a position, stopping at punctuation: "completed" in "completed 4 cycles of X". */
  private static List<String> lead(String masked, int at, int n) {
    List<String> w = words(masked.substring(Math.max(0, at - 60), at));
    int cut = w.size();
    for (int i = w.size() - 1; i >= 0 && i >= w.size() - n; i--) {
      if (!Character.isLetterOrDigit(w.get(i).charAt(0))) {
        break;
      }
      cut = i;
    }
    return w.subList(cut, w.size());
  }

  /** "2L docetaxel", "first-line osimertinib", "docetaxel-based second-line therapy", "X as third-line". */
  private static void lines(String masked, List<Group> groups, Builder[] b) {
    if (!mayNameLine(masked)) {
      return;
    }
    Matcher m = LINE.matcher(masked);
    while (m.find()) {
      int n = m.group("n") != null ? Integer.parseInt(m.group("n")) : m.group("d") != null ? Integer.parseInt(m.group("d")) : ordinal(m.group("w"));
      int next = after(groups, m.end());
      if (next >= 0 && within(masked.substring(m.end(), groups.get(next).start()), LINE_BEFORE_DRUG, 2)) {
        b[next].line = n;
        continue;
      }
      int prev = before(groups, m.start());
      if (prev >= 0 && within(masked.substring(groups.get(prev).end(), m.start()), LINE_AFTER_DRUG, 3)) {
        b[prev].line = n;
      }
    }
  }

  /**
   * Whether LINE could match: each of its matches holds a digit 1-9 followed by a capital L, or
   * "line" in some ASCII case, so a text with neither has no line.
   */
  private static boolean mayNameLine(String masked) {
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == 'L' && i > 0 && masked.charAt(i - 1) >= '1' && masked.charAt(i - 1) <= '9'
          || (c == 'l' || c == 'L') && masked.regionMatches(true, i, "line", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private static int ordinal(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      case "fifth", "5th" -> 5;
      default -> 1;
    };
  }

  /**
   * Each response cue ties forward to the drug after a preposition ("progressed on X", "partial
   * response to X", "pneumonitis from X") or else backward to the drug before it ("X 03/2024 ->
   * PD", "X, stopped for progression", "X-induced colitis"). The last cue of a group counts.
   */
  private static void responses(String text, String masked, List<Group> groups, Builder[] b) {
    Matcher m = CUE.matcher(masked);
    for (int at = 0; CUE_STARTS.find(m, masked, at); at = m.end()) {
      if (unsaid(masked, m.start())) {
        continue;
      }
      boolean toxic = m.group("toxic") != null;
      boolean forward = m.group("stop") == null && m.group("tolerated") == null && m.group("induced") == null
          && m.group("complicated") == null;
      Response r;
      if (m.group("stop") != null) {
        r = reason(text, m.end());
      } else {
        r = toxic || !forward ? Response.TOXICITY : outcome(m);
      }
      int next = after(groups, m.end());
      if (forward && next >= 0 && linksForward(masked.substring(m.end(), groups.get(next).start()), toxic ? 1 : 5)) {
        b[next].response = r;
        continue;
      }
      int prev = before(groups, m.start());
      if (toxic || prev < 0 || r == null) {
        continue;
      }
      String gap = masked.substring(groups.get(prev).end(), m.start());
      boolean near = m.group("induced") != null ? gap.isBlank() || gap.equals("-") : all(gap, RESPONSE_GAP, COMMON);
      if (near) {
        b[prev].response = r;
      }
    }
  }

  private static Response outcome(Matcher m) {
    if (m.group("prog") != null) {
      return Response.PROGRESSION;
    }
    if (m.group("pr") != null) {
      return Response.PARTIAL_RESPONSE;
    }
    if (m.group("cr") != null) {
      return Response.COMPLETE_RESPONSE;
    }
    return m.group("sd") != null ? Response.STABLE_DISEASE : Response.RESPONSE;
  }

  /**
   * Why a therapy was stopped: the words up to the end of the clause ("stopped for progression",
   * "discontinued (neuropathy)"), or else any side effect the sentence names ("developed
   * pneumonitis; pembrolizumab was discontinued"). Null when the sentence gives no reason.
   */
  private static Response reason(String text, int from) {
    Matcher clause = CLAUSE_END.matcher(text).region(from, text.length());
    String why = text.substring(from, clause.find() ? clause.start() : text.length());
    if (PROGRESSION.matcher(why).find()) {
      return Response.PROGRESSION;
    }
    return TOXICITY.matcher(text).find() ? Response.TOXICITY : null;
  }

  /** "no", "without", "until", "at" and the like among the three words before a cue, within its clause. */
  private static boolean unsaid(String masked, int at) {
    return lead(masked, at, 3).stream().anyMatch(w -> UNSAID.matcher(w).matches());
  }

  /**
   * "on X", "after first-line X", "in liver and lungs on X": at most {@code maxWords} words without
   * punctuation, then a preposition, then only line words or cycles.
   */
  private static boolean linksForward(String gap, int maxWords) {
    List<String> w = words(gap);
    for (int p = 0; p < w.size() && p <= maxWords; p++) {
      String t = w.get(p);
      if (PREPOSITION.matcher(t).matches() && w.subList(p + 1, w.size()).stream().allMatch(x -> FORWARD_FILLER.matcher(x).matches())) {
        return true;
      }
      if (!Character.isLetterOrDigit(t.charAt(0)) || NOT_BEFORE_PREPOSITION.matcher(t).matches()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a drug's end date stops short because the drug goes on in a later group without an
   * end ("carboplatin/pemetrexed/pembrolizumab x4 12/2023-03/2024, then pemetrexed/pembrolizumab
   * maintenance"): pembrolizumab did not end in 03/2024, the carboplatin/pemetrexed doublet did.
   */
  private static boolean continuesLater(List<Place> drugs, List<Group> groups, int g, int i, Builder[] b) {
    List<String> parts = parts(drugs.get(i).name());
    for (int later = g + 1; later < groups.size(); later++) {
      if (b[later].end != null) {
        continue;
      }
      List<String> goOn = groups.get(later).members().stream().flatMap(j -> parts(drugs.get(j).name()).stream()).toList();
      if (goOn.containsAll(parts)) {
        return true;
      }
    }
    return false;
  }

  /** The components of a regimen name ("carboplatin/pemetrexed"), or the name itself. */
  private static List<String> parts(String name) {
    // The separator holds a '/' or a '+', so a name with neither is one part.
    return name.indexOf('/') < 0 && name.indexOf('+') < 0 ? List.of(name) : List.of(PART_SEPARATOR.split(name));
  }

  /** The last group that ends at or before a position, or -1. */
  private static int before(List<Group> groups, int at) {
    int found = -1;
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).end() <= at) {
        found = g;
      }
    }
    return found;
  }

  /** The first group that starts at or after a position, or -1. */
  private static int after(List<Group> groups, int at) {
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).start() >= at) {
        return g;
      }
    }
    return -1;
  }

  private static boolean within(String gap, Pattern allowed, int max) {
    List<String> w = words(gap);
    return w.size() <= max && w.stream().allMatch(x -> allowed.matcher(x).matches());
  }

  private static boolean all(String gap, Pattern... allowed) {
    for (String w : words(gap)) {
      boolean ok = false;
      for (Pattern p : allowed) {
        ok |= p.matcher(w).matches();
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The tokens of a gap in small letters (Locale.ROOT), as {@code TOKEN.matcher(gap).find()} cuts them, cut by hand:
   * the course is read for every drug sentence, and its gap tests cut words many times a sentence. TOKEN's alternatives
   * in order at each place: "w/" before no ASCII word character, "->", a run of letters, numbers and '#' joined by any
   * of {@code ./'+-–—} to further runs (and a '+' after them if one stands there), else any one character but \s;
   * \s (space, tab, line feed, vertical tab, form feed, carriage return) starts none. {@link #wordsByPattern} is the
   * pattern's own cut, which a test compares with this one.
   */
  static List<String> words(String gap) {
    List<String> out = new ArrayList<>();
    int n = gap.length();
    int i = 0;
    while (i < n) {
      char c = gap.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        i++;
        continue;
      }
      int end;
      if (c == 'w' && i + 1 < n && gap.charAt(i + 1) == '/' && (i + 2 == n || !asciiWord(gap.charAt(i + 2)))) {
        end = i + 2;
      } else if (c == '-' && i + 1 < n && gap.charAt(i + 1) == '>') {
        end = i + 2;
      } else if (tokenChar(gap.codePointAt(i))) {
        end = run(gap, i);
        while (end + 1 < n && joiner(gap.charAt(end)) && tokenChar(gap.codePointAt(end + 1))) {
          end = run(gap, end + 1);
        }
        if (end < n && gap.charAt(end) == '+') {
          end++;
        }
      } else {
        end = i + Character.charCount(gap.codePointAt(i));
      }
      out.add(gap.substring(i, end).toLowerCase(Locale.ROOT));
      i = end;
    }
    return out;
  }

  /** The words of a gap as TOKEN's matcher cuts them: what {@link #words} must give. */
  static List<String> wordsByPattern(String gap) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(gap);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The end of the run of TOKEN's word characters that starts at {@code i}. */
  private static int run(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!tokenChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** [\p{L}\p{N}#]: a letter, a number (decimal digit, letter number, other number) or '#'. */
  private static boolean tokenChar(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '#';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean joiner(char c) {
    return c == '.' || c == '/' || c == '\'' || c == '+' || c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** \w as patterns read it without UNICODE_CHARACTER_CLASS. */
  private static boolean asciiWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
