package org.eligo.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Biomarkers: PD-L1 TPS/CPS/IC with assay and categorical forms, HER2 IHC score and ISH result,
 * ER/PR percent or status, Ki-67, MSI status, MMR status (including loss of MLH1/PMS2
 * expression), TMB.
 */
final class BiomarkerExtractor implements Extractor {
  private static final KeyIndex.Gate PDL1_KEYS = KeyIndex.gate("pd-l1", "pdl1", "positive score", "proportion score", "cps");
  private static final KeyIndex.Gate HER2_KEYS = KeyIndex.gate("her2", "her-2", "erbb2");
  private static final KeyIndex.Gate HORMONE_KEYS = KeyIndex.gate("estrogen", "progesterone", "triple", "tnbc");
  private static final KeyIndex.Gate KI67_KEYS = KeyIndex.gate("ki-67", "ki67");
  private static final KeyIndex.Gate MSI_MMR_TMB_KEYS =
      KeyIndex.gate("msi", "mss", "ms-stab", "microsatellite", "mmr", "mismatch", "mlh1", "msh2", "msh6", "pms2", "tmb", "mutational burden");
  private static final String NUM = "(\\d{1,3}(?:\\.\\d+)?)(?![0-9A-Za-z])";
  /** "PD-L1", or a line that opens with a score only PD-L1 has ("Combined positive score (CPS): 15" under a PD-L1 heading). */
  private static final Pattern PDL1 = Pattern.compile(
      "\\bPD-?L1\\b|^\\s*(?=(?:combined positive score|tumou?r proportion score)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PDL1_VALUE = Pattern.compile(
      "^[^.;]{0,60}?(?:(TPS|tumou?r proportion score|CPS|combined positive score|\\bIC\\b|immune cell)[^0-9<>≥≤;]{0,25})?"
          + "(?:(<|less than|≥|>=|>)\\s*)?" + NUM + "\\s*(%|percent)?(?:\\s*-\\s*" + NUM + "\\s*%)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PDL1_CATEGORY = Pattern.compile(
      "^[^.;0-9]{0,30}?\\b(negative|positive|high|low|not expressed)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MASK = Pattern.compile("\\b(?:22C3|SP263|SP142|28-8|PD-?L1|D5F3)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ASSAY = Pattern.compile("\\b(22C3|SP263|SP142|28-8)\\b");

  private static final Pattern HER2 = Pattern.compile("\\b(?:HER-?2(?:/neu)?|ERBB2)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern IHC_SCORE = Pattern.compile(
      "^[^.;]{0,25}?(?:IHC|immunohistochemistry|score)?[^.;0-9]{0,12}?\\b([0-3])\\s*\\+|^[^.;]{0,20}?\\bIHC\\s*(?:score\\s*)?(?:of\\s*)?([0-3])\\b|^[^.;]{0,20}?\\b(0)\\s*(?:by IHC)"
          // "HER2 0", "HER2 (4B5): 0 (negative)": a zero needs no plus sign.
          + "|^\\s*(?:\\([A-Za-z0-9 .-]{1,24}\\)\\s*)?(?:IHC\\s*)?[:=]?\\s*(0)(?![0-9%/+]|[.,][0-9])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISH = Pattern.compile(
      // The result may follow the report's figures: "dual ISH: HER2/CEP17 ratio 2.6; average HER2 copy number 6.1 -> AMPLIFIED".
      "\\b(?:FISH|ISH|SISH|CISH|DISH)\\b(?:[^.;]|\\.(?=\\d)|;(?=\\s*(?:average|mean|HER2|CEP17|copy|signals?|ratio)\\b)){0,90}?"
          + "\\b(not amplified|non-?amplified|negative|neg|amplified|positive)\\b"
          + "|\\b(not amplified|non-?amplified|amplified)\\b[^.;]{0,15}?\\bby\\s+(?:FISH|ISH)"
          // "(IHC 2+, ISH+)"
          + "|\\b(?:FISH|ISH|SISH|CISH|DISH)\\s?([+-])(?![\\w+-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HER2_STATUS = Pattern.compile(
      "^\\s*(?:-|\\s)?\\s*(?:(?:is|was|gene)\\s+)?(positive|negative|low|\\+(?![0-9])|-(?![0-9A-Za-z>])|amplified|not amplified|non-?amplified|unamplified)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern HORMONE = Pattern.compile(
      "\\b(ER|PR|PgR|estrogen receptor|progesterone receptor)(?:\\s*(?:/|and)\\s*(PR|PgR|progesterone receptor))?"
          + "(?:\\s*\\(?(?:by\\s+)?IHC\\)?)?(?:\\s*\\([A-Za-z0-9 .-]{1,12}\\))?\\s*(?::|-|\\s)\\s*"
          + "(?:(positive|negative|\\+|-)(?![A-Za-z0-9>])\\s*(?:\\(?\\s*" + NUM + "\\s*%\\)?)?|" + NUM + "\\s*%|(<)\\s*1\\s*%"
          // "ER 0, PR 0": a zero is none, in percent or Allred alike.
          + "|(0)(?![0-9%/+]|[.,][0-9])"
          // "ER Allred 7/8", "PR: Allred score 2": 0-2 is negative, 3-8 positive
          + "|Allred(?:\\s+score)?\\s*(?:of\\s*)?[:=]?\\s*([0-8])(?:\\s*/\\s*8)?(?![0-9])"
          // "ER-low (3%)", "ER: low positive, about 5% of nuclei": 1-10% stained is low but positive (ASCO/CAP 2020)
          + "|(low)(?:[- ]positive)?\\b(?:[^.;0-9%]{0,30}?" + NUM + "\\s*%)?)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LIKENED = Pattern.compile(
      "\\b(?:like|as|resembl\\w*|similar to|akin to|treated as)\\s+(?:an?\\s+|the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRIPLE_NEGATIVE = Pattern.compile("\\btriple[- ]negative\\b|\\bTNBC\\b", Pattern.CASE_INSENSITIVE);

  /** Where each pattern may start: every alternative begins at a word boundary with one of its words. */
  private static final WordStarts KI67_STARTS = new WordStarts("ki");
  private static final WordStarts MSI_STARTS = new WordStarts("msi", "mss", "ms-stab", "microsatellite", "high");
  private static final WordStarts MSI_LABEL_STARTS = new WordStarts("msi", "microsatellite");
  private static final WordStarts MMR_STARTS = new WordStarts(
      "dmmr", "pmmr", "mmr", "mismatch", "deficient", "proficient", "intact", "loss", "retained", "preserved", "mlh1", "msh2", "msh6",
      "pms2");
  private static final WordStarts TMB_STARTS = new WordStarts("tmb", "tumo");
  private static final WordStarts HORMONE_STARTS = new WordStarts("er", "pr", "pgr", "estrogen", "progesterone");
  private static final WordStarts TRIPLE_STARTS = new WordStarts("triple", "tnbc");
  private static final Pattern MSI = Pattern.compile(
      "\\b(MSI-H|MSI-high|MSI high|MSI-L|MSS|MS-stable|microsatellite[ -]instability[ -]high|high[ -]microsatellite instability|microsatellite[ -]stable|microsatellite stability)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_FOUND_AFTER = Pattern.compile(
      "\\s*[:=\\-\u2013]?\\s*(?:not\\s+(?:detected|identified|present|seen)|negative|absent)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_BEFORE = Pattern.compile("\\b(?:not|no|negative for)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MSI_LABEL = Pattern.compile(
      "\\b(?:MSI|microsatellite (?:instability|status))(?:\\s+status)?\\s*(?::|=|-|is|was)?\\s*(?:MSI?-)?(stable|high|low)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MMR = Pattern.compile(
      "\\b(dMMR|pMMR|MMR(?:\\s+(?:IHC|by IHC|status|proteins?))?\\s*(?:[ :-]|is|are)\\s*(?:deficient|deficiency|proficient|intact|retained|preserved|lost|absent)|mismatch repair[ -](?:deficient|deficiency|proficient|intact)"
          + "|(?:deficient|proficient|intact) (?:mismatch repair|MMR)"
          + "|loss of (?:nuclear )?(?:expression of )?(?:MLH1|MSH2|MSH6|PMS2)(?:(?:,| and|/|\\s)+(?:MLH1|MSH2|MSH6|PMS2))*(?: (?:protein )?expression)?"
          + "|(?:retained|intact|preserved) (?:nuclear )?(?:expression of )?(?:all four |all 4 )?(?:MMR proteins|mismatch repair proteins|MLH1)"
          // "MLH1, MSH2, MSH6, PMS2 expression retained": all four named, all kept
          + "|(?:MLH1|MSH2|MSH6|PMS2)(?:(?:\\s*[,/]\\s*|\\s+and\\s+|\\s+)(?:MLH1|MSH2|MSH6|PMS2)){3}\\s*(?::\\s*)?(?:(?:protein|nuclear)\\s+)?"
          + "(?:expression\\s+)?(?:(?:all|is|are)\\s+)?(?:retained|intact|preserved)"
          // "MSH2 and MSH6 lost", "PMS2: loss of expression": a protein gone is deficiency
          + "|(?:MLH1|MSH2|MSH6|PMS2)(?:(?:\\s*[,/]\\s*|\\s+and\\s+)(?:MLH1|MSH2|MSH6|PMS2))*\\s*(?::\\s*)?(?:(?:protein|nuclear)\\s+)?"
          + "(?:expression\\s+)?(?:(?:is|are|was|were)\\s+)?(?:lost|absent|loss of (?:nuclear )?expression|loss(?!\\s+of\\s+heterozyg))\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KI67 = Pattern.compile("\\bKi-?67(?:\\s+(?:index|proliferation index|labeling index))?\\s*(?::|=|of|was|is)?\\s*(?:~|approximately\\s+)?(\\d{1,3})\\s*%",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TMB = Pattern.compile(
      "\\b(?:TMB|tumou?r mutational burden)(?:\\s{2,}|[^0-9.;]){0,20}?" + NUM
          + "\\s*(mut(?:ation)?s?\\s*(?:/|per)\\s*(?:Mb|megabase)|/Mb)|\\b(TMB[- ]high|TMB[- ]low|TMB-H)\\b"
          // "MSI stable; TMB 2.1": a report's bare figure is in mutations per megabase
          + "|\\bTMB\\s*(?:[:=]|is|of)?\\s*" + NUM + "(?=\\s*(?:[;,)]|$|\\.(?![0-9])|\\((?:low|high|intermediate)))",
      Pattern.CASE_INSENSITIVE);

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    if (s.has(PDL1_KEYS)) {
      pdl1(s, t, out);
    }
    if (s.has(HER2_KEYS)) {
      her2(s, t, out);
    }
    if (t.contains("ER") || t.contains("PR") || t.contains("PgR") || s.has(HORMONE_KEYS)) {
      hormone(s, t, out);
    }
    if (s.has(KI67_KEYS)) {
      Matcher k = KI67.matcher(t);
      for (int at = 0; KI67_STARTS.find(k, t, at); at = k.end()) {
        out.add(s.mention(new Finding.Biomarker("Ki-67", Double.parseDouble(k.group(1)), null, "%", "IHC"), k.start(), k.end(), "biomarker.ki67"));
      }
    }
    if (!s.has(MSI_MMR_TMB_KEYS)) {
      return;
    }
    Matcher m = MSI.matcher(t);
    for (int at = 0; MSI_STARTS.find(m, t, at); at = m.end()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      String cat = w.contains("stab") || w.equals("mss") ? "MSS" : w.contains("-l") ? "MSI-L" : "MSI-H";
      // "MSI-High: NOT detected", "negative for MSI-H": the result is stable.
      if (cat.equals("MSI-H") && (NOT_FOUND_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()
          || NOT_BEFORE.matcher(t.substring(Math.max(0, m.start() - 20), m.start())).find())) {
        cat = "MSS";
      }
      out.add(s.mention(new Finding.Biomarker("MSI", null, cat, null, null), m.start(), m.end(), "biomarker.msi"));
    }
    m = MSI_LABEL.matcher(t);
    for (int at = 0; MSI_LABEL_STARTS.find(m, t, at); at = m.end()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      String cat = w.equals("stable") ? "MSS" : w.equals("low") ? "MSI-L" : "MSI-H";
      if (cat.equals("MSI-H") && NOT_FOUND_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) {
        cat = "MSS";
      }
      out.add(s.mention(new Finding.Biomarker("MSI", null, cat, null, null), m.start(), m.end(), "biomarker.msi"));
    }
    m = MMR.matcher(t);
    for (int at = 0; MMR_STARTS.find(m, t, at); at = m.end()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      String cat = w.startsWith("d") || w.contains("defici") || w.startsWith("loss") || w.endsWith("lost") || w.endsWith("loss") || w.endsWith("absent")
          || w.endsWith("expression") && w.contains("loss") ? "dMMR" : "pMMR";
      out.add(s.mention(new Finding.Biomarker("MMR", null, cat, null, "IHC"), m.start(), m.end(), "biomarker.mmr"));
    }
    m = TMB.matcher(t);
    for (int at = 0; TMB_STARTS.find(m, t, at); at = m.end()) {
      String figure = m.group(1) != null ? m.group(1) : m.group(4);
      Finding.Biomarker b = figure != null
          ? new Finding.Biomarker("TMB", Double.parseDouble(figure), null, "mut/Mb", null)
          : new Finding.Biomarker("TMB", null, m.group(3).toLowerCase(Locale.ROOT).contains("h") ? "high" : "low", null, null);
      out.add(s.mention(b, m.start(), m.end(), "biomarker.tmb"));
    }
  }

  /** "ER 0 PR 0 HER2 0, CPS 5": a combined positive score named alone is PD-L1's. */
  private static final Pattern BARE_CPS = Pattern.compile("\\bCPS\\s*(?:[:=]|of|was|is)?\\s*(?:(<|≥|>=|>)\\s*)?(\\d{1,3})(?![0-9%]|\\.[0-9])");

  private void pdl1(Snippet s, String t, List<Mention> out) {
    Matcher p = PDL1.matcher(t);
    if (!p.find()) {
      Matcher c = BARE_CPS.matcher(t);
      // "(CPS 12)" in a plan restates a result reported elsewhere; written as a result of its own it is one
      if (c.find() && !(c.start() > 0 && t.charAt(c.start() - 1) == '(')) {
        Finding.Biomarker b = c.group(1) == null ? new Finding.Biomarker("PD-L1 CPS", Double.parseDouble(c.group(2)), null, null, null)
            : new Finding.Biomarker("PD-L1 CPS", null, (c.group(1).startsWith("<") ? "<" : ">=") + c.group(2), "%", null);
        out.add(s.mention(b, c.start(), c.end(), "biomarker.pdl1"));
      }
      return;
    }
    p.reset();
    while (p.find()) {
      // Assay clones and a repeated "PD-L1" hold digits that are not the score: blank them out.
      String after = MASK.matcher(t.substring(p.end())).replaceAll(m -> " ".repeat(m.group().length()));
      Matcher a = ASSAY.matcher(t);
      String assay = a.find() ? a.group(1) : null;
      Matcher v = PDL1_VALUE.matcher(after);
      if (v.lookingAt() && (v.group(4) != null || v.group(1) != null)) {
        String kind = v.group(1) == null ? "" : v.group(1).toLowerCase(Locale.ROOT);
        String name = kind.startsWith("c") ? "PD-L1 CPS" : kind.startsWith("i") ? "PD-L1 IC" : "PD-L1 TPS";
        double value = Double.parseDouble(v.group(3));
        if (name.equals("PD-L1 TPS") && value > 100) {
          continue;
        }
        String op = v.group(2);
        Finding.Biomarker b;
        if (v.group(5) != null) {
          b = new Finding.Biomarker(name, null, v.group(3) + "-" + v.group(5) + "%", "%", assay);
        } else if (op != null) {
          String sym = op.startsWith("<") || op.startsWith("less") ? "<" : ">=";
          b = new Finding.Biomarker(name, null, sym + v.group(3) + (name.equals("PD-L1 CPS") ? "" : "%"), "%", assay);
        } else {
          b = new Finding.Biomarker(name, value, null, name.equals("PD-L1 CPS") ? null : "%", assay);
        }
        out.add(s.mention(b, p.start(), p.end() + v.end(), "biomarker.pdl1"));
        continue;
      }
      Matcher c = PDL1_CATEGORY.matcher(after);
      if (c.lookingAt()) {
        String cat = c.group(1).toLowerCase(Locale.ROOT).replace("not expressed", "negative");
        out.add(s.mention(new Finding.Biomarker("PD-L1 TPS", null, cat, "%", assay), p.start(), p.end() + c.end(), "biomarker.pdl1"));
      }
    }
  }

  private void her2(Snippet s, String t, List<Mention> out) {
    Matcher h = HER2.matcher(t);
    while (h.find()) {
      String after = t.substring(h.end());
      Matcher st = HER2_STATUS.matcher(after);
      Matcher ihc = IHC_SCORE.matcher(after);
      if (ihc.lookingAt()) {
        String score = ihc.group(1) != null ? ihc.group(1) : ihc.group(2) != null ? ihc.group(2) : ihc.group(3) != null ? ihc.group(3) : ihc.group(4);
        out.add(s.mention(new Finding.Biomarker("HER2", null, score.equals("0") ? "0" : score + "+", null, "IHC"),
            h.start(), h.end() + ihc.end(), "biomarker.her2.ihc"));
      } else if (st.lookingAt() && !symbolInResultList(t, h)) {
        String w = st.group(1).toLowerCase(Locale.ROOT);
        String cat = w.equals("+") ? "positive" : w.equals("-") ? "negative" : w;
        if (cat.endsWith("amplified")) {
          String ish = cat.equals("amplified") ? cat : "not amplified";
          out.add(s.mention(new Finding.Biomarker("HER2", null, ish, null, "ISH"), h.start(), h.end() + st.end(), "biomarker.her2.ish"));
        } else {
          out.add(s.mention(new Finding.Biomarker("HER2", null, cat, null, null), h.start(), h.end() + st.end(), "biomarker.her2.status"));
        }
      }
      Matcher ish = ISH.matcher(after);
      if (ish.find() && ish.start() < 60) {
        String w = (ish.group(1) != null ? ish.group(1) : ish.group(2) != null ? ish.group(2) : ish.group(3)).toLowerCase(Locale.ROOT);
        String cat = w.startsWith("not") || w.startsWith("non") || w.startsWith("neg") || w.equals("-") ? "not amplified" : "amplified";
        out.add(s.mention(new Finding.Biomarker("HER2", null, cat, null, "ISH"),
            h.end() + ish.start(), h.end() + ish.end(), "biomarker.her2.ish"));
      }
    }
  }

  /**
   * "ERBB2 .... negative" in a gene panel is a sequencing result (no variant), not the receptor
   * status, which IHC or ISH gives; the HER2 names are the receptor's.
   */
  private static boolean symbolInResultList(String t, Matcher h) {
    return t.regionMatches(true, h.start(), "ERBB2", 0, 5);
  }

  private void hormone(Snippet s, String t, List<Mention> out) {
    Matcher m = HORMONE.matcher(t);
    for (int at = 0; HORMONE_STARTS.find(m, t, at); at = m.end()) {
      String first = m.group(1).toLowerCase(Locale.ROOT).startsWith("e") ? "ER" : "PR";
      String status = m.group(3);
      String pct = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(7);
      Double value = pct == null ? null : Double.parseDouble(pct);
      String cat;
      if (m.group(6) != null) {
        cat = "negative";
        value = null;
      } else if (m.group(9) != null) {
        cat = "positive";
        value = m.group(10) == null ? null : Double.parseDouble(m.group(10));
      } else if (m.group(8) != null) {
        cat = Integer.parseInt(m.group(8)) >= 3 ? "positive" : "negative";
      } else if (status != null) {
        cat = status.equals("+") || status.equalsIgnoreCase("positive") ? "positive" : "negative";
      } else {
        cat = value != null && value >= 1 ? "positive" : "negative";
      }
      out.add(s.mention(new Finding.Biomarker(first, value, cat, value == null ? null : "%", "IHC"), m.start(), m.end(), "biomarker.hormone"));
      if (m.group(2) != null) {
        out.add(s.mention(new Finding.Biomarker("PR", value, cat, value == null ? null : "%", "IHC"), m.start(), m.end(), "biomarker.hormone"));
      }
    }
    Matcher tn = TRIPLE_NEGATIVE.matcher(t);
    for (int at = 0; TRIPLE_STARTS.find(tn, t, at); at = tn.end()) {
      if (LIKENED.matcher(t).region(Math.max(0, tn.start() - 24), tn.start()).find()) {
        continue; // "behaves like a triple-negative cancer": a comparison, not the receptor results
      }
      for (String name : List.of("ER", "PR", "HER2")) {
        out.add(s.mention(new Finding.Biomarker(name, null, "negative", null, null), tn.start(), tn.end(), "biomarker.triple-negative"));
      }
    }
  }
}
