package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Biomarker tests, with names as in FORMATS.md:
 *
 * <ul>
 *   <li>PD-L1: "TPS ≥ 50%", "tumor proportion score of at least 50%", "expression ≥ 1%" (a bare
 *       percentage is TPS), "CPS ≥ 10", "IC ≥ 1%"; "PD-L1 positive" without a number reads as TPS
 *       ≥ 1% and "PD-L1 negative" as TPS &lt; 1%, both noted;
 *   <li>TMB: "TMB ≥ 10 mut/Mb"; "TMB-high" reads as ≥ 10 mut/Mb, noted;
 *   <li>MSI and MMR: "MSI-H", "microsatellite instability-high", "MSS", "dMMR", "mismatch repair
 *       deficient", "pMMR";
 *   <li>HER2, ER, PR: "HER2-positive", "HER2-negative", "HER2-low", "ER+", "ER &lt; 1%" (negative),
 *       "hormone receptor-positive" (ER or PR positive), "ER/PR-negative" (both), "triple-negative"
 *       (ER, PR and HER2 negative).
 * </ul>
 *
 * HER2 amplification and HER2 mutations are variants of ERBB2 and left to {@link VariantRule}.
 * Strict limits become the next representable value ("&gt; 50%" is just above 50).
 */
final class BiomarkerRule implements Rule {
  private static final String POS = "positive|pos\\b|\\+(?![\\d])|overexpress\\w*|over-expression|high\\b|3\\+";
  private static final String NEG = "negative|neg\\b|-(?=[\\s,;/).]|$)|non-?expressing|low\\b|0\\b";

  private static final Pattern PDL1 = Pattern.compile(
      "pd-?\\s?l-?1|programmed (?:cell )?death[- ]ligand[- ]1|programmed death-ligand 1");
  private static final Pattern SCORE = Pattern.compile(
      "\\b(tps|tumou?r proportion score|tc|tumou?r cells?)\\b|\\b(cps|combined positive score)\\b|\\b(ic|immune cells?)\\b");
  private static final Pattern PDL1_REGARDLESS = Pattern.compile("regardless of|irrespective of|any |independent of|unknown|status|testing|test\\b|result|availab|tissue");
  private static final Pattern TMB = Pattern.compile("\\btmb\\b|tumou?r mutation(?:al)? burden");
  private static final Pattern MSI_H = Pattern.compile(
      "\\bmsi-?\\s?h(?:igh)?\\b|microsatellite instability[- ]high|high[- ](?:level )?microsatellite instability|"
          + "microsatellite[- ]unstable|\\bmsi\\b(?= ?\\(?high)");
  private static final Pattern MSS = Pattern.compile("\\bmss\\b|microsatellite[- ]stable|\\bmsi-?l(?:ow)?\\b");
  private static final Pattern DMMR = Pattern.compile(
      "\\bd-?mmr\\b|\\bmmr[- ]?deficien\\w*|deficient (?:dna )?mismatch[- ]repair|mismatch[- ]repair[- ]deficien\\w*|"
          + "mismatch[- ]repair \\(mmr\\)[- ]deficien\\w*");
  private static final Pattern PMMR = Pattern.compile(
      "\\bp-?mmr\\b|\\bmmr[- ]?proficient|proficient (?:dna )?mismatch[- ]repair|mismatch[- ]repair[- ]proficient");
  private static final Pattern TRIPLE_NEGATIVE = Pattern.compile("triple[- ]?negative|\\btnbc\\b");
  /** ER, PR, HR, HER2 with a status; the short names must be in capitals. */
  private static final Pattern RECEPTOR = Pattern.compile(
      "(?<![A-Za-z])((?i:her-?2(?:/neu)?|her2neu|erbb2)|ER|PgR|PR|HR|(?i:estrogen|oestrogen|progesterone|hormone)[- ](?i:receptors?))"
          + "(?![A-Za-z0-9])");
  private static final Pattern STATUS = Pattern.compile(
      "^[\\s(]*(?:\\([A-Za-z]{2,4}\\)\\s*)?(?:status\\s*|expression\\s*|disease\\s*)?(?:is\\s*)?[:=]?[- ]?\\s*(?:(" + POS + ")|(" + NEG + "))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?:/|,|and/or|and|or|&)\\s*");
  private static final Pattern PERCENT_BELOW_ONE = Pattern.compile("^[\\s)]*(?:\\([^)]{0,40}\\)\\s*)?(?:expression\\s*)?(?:<|less than)\\s*1\\s*%");
  private static final Pattern PERCENT_AT_LEAST = Pattern.compile("^[\\s)]*(?:\\([^)]{0,40}\\)\\s*)?(?:expression\\s*)?(?:\u2265|>=|>|at least)\\s*(\\d+)\\s*%");

  private final Bounds percent = new Bounds("%|percent|mut/mb|mutations?/mb|mutations per megabase", false, false);

  @Override
  public void apply(Sentence s, Reading reading) {
    List<Part> parts = reading.parts();
    tripleNegative(s, parts);
    pdl1(s, parts);
    tmb(s, parts);
    category(s, parts, MSI_H, "MSI", "MSI-H");
    category(s, parts, MSS, "MSI", "MSS");
    category(s, parts, DMMR, "MMR", "dMMR");
    category(s, parts, PMMR, "MMR", "pMMR");
    receptors(s, parts);
  }

  private static void tripleNegative(Sentence s, List<Part> parts) {
    Matcher m = s.find(TRIPLE_NEGATIVE);
    if (m == null) {
      return;
    }
    s.mask(m.start(), m.end());
    parts.add(new Part(new Predicate.AllOf(List.of(
        new Predicate.Biomarker("ER", null, null, "negative"),
        new Predicate.Biomarker("PR", null, null, "negative"),
        new Predicate.Biomarker("HER2", null, null, "negative"))), m.start(), m.end()));
    // The receptors spelled out after it ("(ER < 1%, PR < 1%, HER2 negative)") say the same thing.
    maskReceptors(s, m.end(), Math.min(s.length(), m.end() + 120));
  }

  private static void maskReceptors(Sentence s, int from, int to) {
    Matcher r = RECEPTOR.matcher(s.cased());
    r.region(from, to);
    while (r.find()) {
      int end = Math.min(to, r.end() + 24);
      s.mask(r.start(), end);
    }
  }

  private void pdl1(Sentence s, List<Part> parts) {
    String lower = s.lower();
    Matcher k = PDL1.matcher(lower);
    int searchFrom = 0;
    boolean anyKeyword = false;
    while (k.find(searchFrom)) {
      searchFrom = k.end();
      String pre = lower.substring(Math.max(0, k.start() - 6), k.start());
      String post = lower.substring(k.end(), Math.min(lower.length(), k.end() + 25));
      if (pre.matches(".*anti-?\\s?$|.*/\\s?$") || post.matches("^[\\s-]*(?:/\\s?pd-?l?\\s?[12]\\s*)?(?:inhibitor|antibod|blockade|blocking|targeted|directed|therap|agent|drug|mab\\b).*")) {
        continue; // "anti-PD-L1", "PD-L1 inhibitor": a drug class, read by the therapy rule
      }
      anyKeyword = true;
      int to = clauseEnd(lower, k.end(), 90);
      Part p = score(s, lower, k.start(), k.end(), to, null);
      if (p != null) {
        parts.add(p);
        searchFrom = p.end();
        continue;
      }
      String after = lower.substring(k.end(), Math.min(lower.length(), k.end() + 30));
      String before = lower.substring(Math.max(0, k.start() - 25), k.start());
      s.mask(k.start(), k.end());
      if (PDL1_REGARDLESS.matcher(before).find() || after.matches("^\\s*(?:status|testing|test|result|assay).*")) {
        continue;
      }
      Matcher st = STATUS.matcher(after);
      if (st.find()) {
        int end = k.end() + st.end();
        s.mask(k.start(), end);
        if (st.group(1) != null && !st.group(1).startsWith("high")) {
          parts.add(new Part(new Predicate.Biomarker("PD-L1 TPS", 1.0, null, null), k.start(), end,
              "PD-L1 positive read as TPS >= 1%"));
        } else if (st.group(2) != null && !st.group(2).startsWith("low") && !st.group(2).startsWith("0")) {
          parts.add(new Part(new Predicate.Biomarker("PD-L1 TPS", null, Math.nextDown(1.0), null), k.start(), end,
              "PD-L1 negative read as TPS < 1%"));
        }
      }
    }
    if (!anyKeyword) {
      // "CPS ≥ 10", "TPS ≥ 50%" without the PD-L1 name.
      Matcher sc = SCORE.matcher(lower);
      while (sc.find()) {
        if (sc.group(1) != null && !sc.group(1).equals("tps") && !sc.group(1).contains("proportion")) {
          continue;
        }
        if (sc.group(3) != null) {
          continue;
        }
        Part p = score(s, lower, sc.start(), sc.start(), clauseEnd(lower, sc.end(), 60), null);
        if (p != null) {
          parts.add(p);
        }
      }
    }
  }

  /** A PD-L1 score limit after the keyword, e.g. "tumor proportion score (TPS) ≥ 50%". */
  private Part score(Sentence s, String lower, int start, int from, int to, String forced) {
    List<Part> found = new ArrayList<>();
    int at = from;
    while (true) {
      Bounds.Bound b = percent.first(lower, at, to);
      if (b == null) {
        break;
      }
      String between = lower.substring(from, b.start());
      String name = forced;
      Matcher sc = SCORE.matcher(between);
      while (sc.find()) {
        name = sc.group(1) != null ? "PD-L1 TPS" : sc.group(2) != null ? "PD-L1 CPS" : "PD-L1 IC";
      }
      if (name == null) {
        name = "PD-L1 TPS";
      }
      found.add(new Part(biomarker(name, b), start, b.end()));
      // "TC ≥ 50% or IC ≥ 10%": a second score may follow.
      at = b.end();
      from = b.end();
      start = b.end();
      if (!lower.substring(at, Math.min(to, at + 25)).matches("^\\s*(?:\\)|,)?\\s*(?:or|and)\\b.*")) {
        break;
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    int first = found.get(0).start();
    int last = found.get(found.size() - 1).end();
    s.mask(first, last);
    if (found.size() == 1) {
      return found.get(0);
    }
    List<Predicate> ps = found.stream().map(Part::predicate).toList();
    boolean and = lower.substring(first, last).contains(" and ");
    return new Part(and ? new Predicate.AllOf(ps) : new Predicate.AnyOf(ps), first, last);
  }

  private static Predicate biomarker(String name, Bounds.Bound b) {
    Double lo = b.low() == null ? null : b.lowStrict() ? Math.nextUp(b.low()) : b.low();
    Double hi = b.high() == null ? null : b.highStrict() ? Math.nextDown(b.high()) : b.high();
    return new Predicate.Biomarker(name, lo, hi, null);
  }

  private void tmb(Sentence s, List<Part> parts) {
    String lower = s.lower();
    Matcher k = TMB.matcher(lower);
    if (!k.find()) {
      return;
    }
    int to = clauseEnd(lower, k.end(), 60);
    Bounds.Bound b = percent.first(lower, k.end(), to);
    if (b != null) {
      s.mask(k.start(), b.end());
      parts.add(new Part(biomarker("TMB", b), k.start(), b.end()));
      return;
    }
    String after = lower.substring(k.end(), Math.min(lower.length(), k.end() + 20));
    Matcher high = Pattern.compile("^\\s*\\)?\\s*[-(]?\\s*(?:high|h\\b)").matcher(after);
    String before = lower.substring(Math.max(0, k.start() - 6), k.start());
    if (high.find() || before.contains("high")) {
      int end = high.find(0) ? k.end() + high.end() : k.end();
      s.mask(Math.max(0, k.start() - (before.contains("high") ? 6 : 0)), end);
      parts.add(new Part(new Predicate.Biomarker("TMB", 10.0, null, null), k.start(), end,
          "TMB-high read as >= 10 mut/Mb"));
    }
  }

  private static void category(Sentence s, List<Part> parts, Pattern p, String name, String category) {
    Matcher m = p.matcher(s.lower());
    if (m.find()) {
      int start = m.start();
      int end = m.end();
      s.mask(start, end);
      // "microsatellite instability-high (MSI-H)": the abbreviation repeats the same result.
      while (m.find()) {
        s.mask(m.start(), m.end());
      }
      parts.add(new Part(new Predicate.Biomarker(name, null, null, category), start, end));
    }
  }

  /** HER2/ER/PR/HR with a status; lists share the status that follows the last name. */
  private static void receptors(Sentence s, List<Part> parts) {
    String cased = s.cased();
    Matcher r = RECEPTOR.matcher(cased);
    List<int[]> pending = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int from = 0;
    while (from < cased.length() && r.find(from)) {
      String name = canonical(r.group(1));
      int end = r.end();
      String rest = cased.substring(end);
      Matcher below = PERCENT_BELOW_ONE.matcher(rest);
      Matcher atLeast = PERCENT_AT_LEAST.matcher(rest);
      Matcher status = STATUS.matcher(rest);
      String cat = null;
      int statusEnd = end;
      if (!name.equals("HER2") && !name.equals("HR") && below.find()) {
        cat = "negative";
        statusEnd = end + below.end();
      } else if (!name.equals("HER2") && !name.equals("HR") && atLeast.find()) {
        cat = "positive";
        statusEnd = end + atLeast.end();
      } else if (status.find() && !amplified(rest)) {
        cat = status.group(1) != null ? "positive" : "negative";
        String word = (status.group(1) != null ? status.group(1) : status.group(2)).toLowerCase();
        if (name.equals("HER2") && word.startsWith("low")) {
          cat = "low";
        } else if (name.equals("HER2") && word.equals("0")) {
          cat = "negative";
        } else if (word.startsWith("low") || word.startsWith("high") || word.equals("0")) {
          cat = null;
        }
        statusEnd = end + status.end();
      }
      pending.add(new int[] {r.start(), end});
      names.add(name);
      if (cat != null) {
        emit(s, parts, names, pending, cat, statusEnd);
        pending.clear();
        names.clear();
        from = statusEnd;
        continue;
      }
      Matcher join = LIST_JOIN.matcher(rest);
      if (!(join.find() && RECEPTOR.matcher(rest.substring(join.end())).lookingAt())) {
        pending.clear();
        names.clear();
      }
      from = end;
    }
  }

  private static boolean amplified(String rest) {
    return rest.matches("^[\\s-]*(?:gene\\s*)?(?:amplif|mutat|mutant|exon|copy|alteration|variant|insertion|ins\\b).*");
  }

  private static void emit(Sentence s, List<Part> parts, List<String> names, List<int[]> spans, String cat, int end) {
    int start = spans.get(0)[0];
    // "HR+/HER2-": statuses of different receptors joined by a slash all hold.
    Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    boolean slashPair = last != null && last.end() <= start && s.original().substring(last.end(), start).trim().equals("/")
        && last.predicate().category().equals("BIOMARKER");
    if (slashPair) {
      parts.remove(parts.size() - 1);
      List<Part> tmp = new ArrayList<>();
      emit(s, tmp, names, spans, cat, end);
      parts.add(new Part(new Predicate.AllOf(List.of(last.predicate(), tmp.get(0).predicate())), last.start(), end));
      return;
    }
    s.mask(start, end);
    List<Predicate> ps = new ArrayList<>();
    for (String name : names) {
      if (name.equals("HR")) {
        Predicate er = new Predicate.Biomarker("ER", null, null, cat);
        Predicate pr = new Predicate.Biomarker("PR", null, null, cat);
        ps.add(cat.equals("positive") ? new Predicate.AnyOf(List.of(er, pr)) : new Predicate.AllOf(List.of(er, pr)));
      } else {
        Predicate p = new Predicate.Biomarker(name, null, null, cat);
        if (!ps.contains(p)) {
          ps.add(p);
        }
      }
    }
    if (ps.size() == 1) {
      parts.add(new Part(ps.get(0), start, end));
    } else if (cat.equals("positive") && !s.lower(start, end).contains(" and ")) {
      // "ER/PR-positive", "ER and/or PR positive": either receptor.
      parts.add(new Part(new Predicate.AnyOf(ps), start, end));
    } else {
      parts.add(new Part(new Predicate.AllOf(ps), start, end));
    }
  }

  private static String canonical(String surface) {
    String l = surface.toLowerCase();
    if (l.startsWith("her") || l.startsWith("erbb2")) {
      return "HER2";
    }
    if (l.equals("er") || l.startsWith("estrogen") || l.startsWith("oestrogen")) {
      return "ER";
    }
    if (l.equals("pr") || l.equals("pgr") || l.startsWith("progesterone")) {
      return "PR";
    }
    return "HR";
  }

  /** End of the clause that starts at {@code from}: the next ';' or sentence end, at most {@code max} on. */
  static int clauseEnd(String lower, int from, int max) {
    int to = Math.min(lower.length(), from + max);
    for (int i = from; i < to; i++) {
      char c = lower.charAt(i);
      if (c == ';' || (c == '.' && (i + 1 == lower.length() || lower.charAt(i + 1) == ' ') && (i == 0 || !Character.isDigit(lower.charAt(i - 1))))) {
        return i;
      }
    }
    return to;
  }
}
