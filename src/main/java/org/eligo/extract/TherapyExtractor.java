package org.eligo.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Assertion;
import org.eligo.lexicon.Drugs;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Therapies from lexicons/drugs.tsv (generic, brand and regimen names), and the generic phrases
 * that say whether any systemic therapy was given ("treatment-naive", "no prior systemic therapy",
 * "newly diagnosed", which implies no treatment yet).
 * Line, dates and response of each therapy come from its sentence ({@link CourseReader}).
 * Whether a therapy was received, is planned or hypothetical is left to context.
 */
final class TherapyExtractor implements Extractor {
  private static final KeyIndex.Gate SETTING_KEYS = KeyIndex.gate("adj", "perioperative", "neo-adj", "early-stage", "early stage");
  private static final KeyIndex.Gate TRANSPLANT_KEYS = KeyIndex.gate("high-dose", "high dose", "melphalan", "conditioning");
  private static final String AUTOLOGOUS = "(?:autologous|ASCT|auto-?SCT|auto-?HCT|stem[- ]cell\\s+(?:transplant\\w*|rescue|support))";
  /** "high-dose melphalan with ASCT", "ASCT (melphalan 200)", "BEAM conditioning and autologous transplant". */
  private static final Pattern CONDITIONING = Pattern.compile(
      "\\b(?:high[- ]dose\\s+\\w+|melphalan\\s*(?:140|200)|conditioning)[^.]{0,60}?\\b" + AUTOLOGOUS
          + "|\\b" + AUTOLOGOUS + "[^.;]{0,20}?\\b(?:high[- ]dose\\s+melphalan|melphalan\\s*(?:140|200)|conditioning)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final KeyIndex.Gate NAIVE_KEYS = KeyIndex.gate("naive", "naïve", "untreated", "new", "other than", "not previously", "beyond", " any ", "besides",
      "apart from", "except");
  private static final KeyIndex.Gate GENERIC_KEYS = KeyIndex.gate("therap", "treatment", "tx");
  private static final Pattern NAIVE = Pattern.compile(
      "\\b(?:treatment|therapy|chemotherapy|systemic therapy)[- ]na[iï]ve\\b|\\bpreviously untreated\\b(?!\\s+(?:brain|CNS|intracranial))"
          + "|\\bnot previously treated\\b(?!\\s+(?:with|for|by|brain|CNS|intracranial))"
          + "|\\bnewly (?:diagnosed|dx)\\b|\\bnew(?:ly)? diagnosis of\\b"
          + "|\\buntreated for (?:advanced|metastatic|recurrent|stage IV) disease\\b"
          + "|\\bno (?:systemic |cancer )?(?:treatment|therapy)(?: for (?:the |his |her )?[\\w-]+(?: [\\w-]+)?)? (?:other than|beyond|besides|apart from|except(?: for)?) (?:the\\s+)?(?:surgery|resection|excision)\\b"
          + "|^(?:still |currently )?untreated\\s*\\.?$"
          // "36M, untreated cHL", "untreated metastatic melanoma": the cancer named as never treated (not a brain lesion)
          + "|(?<!previously )\\buntreated\\s+(?:(?!brain|CNS|intracranial|cerebral|lesion)[\\w-]+\\s+){0,3}?"
          + "(?:cHL|HL|DLBCL|NSCLC|SCLC|AML|CLL|cancer|carcinoma|adenocarcinoma|lymphoma|leuka?emia|myeloma|melanoma|sarcoma|metastatic disease)\\b"
          // "squamous NSCLC stage IVB, untreated.": said of the cancer just named
          + "|(?<=\\b(?:stage\\s{1,2}[IV]{1,3}[ABC]?\\d?|cancer|carcinoma|NSCLC|SCLC|adenocarcinoma|melanoma|lymphoma|myeloma|leuka?emia|sarcoma|metastatic disease),\\s{0,2})"
          + "(?:still\\s+|as yet\\s+|previously\\s+)?untreated\\b(?=\\s*(?:[.;]|$))"
          + "|\\b(?:has|have|had) not (?:yet )?(?:started|received|begun|had) any (?:(?:systemic |cancer |anti-?cancer )?(?:treatment|therapy)|(?:systemic|cancer|anti-?cancer) (?:drugs?|medications?))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERIC = Pattern.compile(
      "\\b(?:(?:prior|previous)\\s+(?:systemic\\s+|cancer\\s+|anti-?cancer\\s+|oncologic\\s+)?(?:therapy|therapies|treatments?|lines? of therapy)"
          + "|(?:systemic\\s+(?:cancer\\s+)?(?:therapy|treatment|tx)|(?:cancer|oncologic|anti-?cancer)\\s+(?:therapy|treatment|tx))"
          + "(?:\\s+for\\s+(?:metastatic|advanced|recurrent|stage IV)\\s+disease)?"
          + "|(?:therapy|treatment)\\s+(?:(?:started|given|received)\\s+)?(?:for\\s+(?:metastatic|advanced|recurrent)\\s+disease\\s+)?"
          + "(?:yet|to date|since|so far)"
          + "|(?:therapy|treatment)\\s+for\\s+(?:metastatic|advanced|recurrent|stage IV)\\s+disease)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Where NAIVE may start: each alternative begins at a word boundary with one of these. */
  private static final WordStarts NAIVE_STARTS = new WordStarts("treatment", "therapy", "chemotherapy", "systemic", "previously", "new", "untreated", "no", "not", "still",
      "currently", "has", "have", "had");
  /** Where GENERIC may start: each alternative begins at a word boundary with one of these ("anti" for anti-cancer and anticancer). */
  private static final WordStarts GENERIC_STARTS = new WordStarts(
      "prior", "previous", "systemic", "cancer", "oncologic", "anti", "therapy", "treatment");
  /** Classes also given for autoimmune disease: methotrexate, cyclophosphamide, radioactive iodine for Graves' disease. */
  private static final java.util.Set<String> DMARD_CLASSES = java.util.Set.of("antimetabolite", "alkylating agent", "radiopharmaceutical");

  private static final Pattern SETTING = Pattern.compile("\\b(neo-?adjuvant|adjuvant|perioperative|neo-?adj|adj|early[- ]stage)\\b", Pattern.CASE_INSENSITIVE);
  /** "... for metastatic disease": an advanced setting, which a drug nearer to it than to an adjuvant word is given in. */
  private static final Pattern ADVANCED_SETTING = Pattern.compile(
      "(?i)\\b(?:for|in)\\s+(?:the\\s+)?(?:metastatic|advanced|recurrent)\\s+(?:disease|setting|recurrence)\\b");

  private final PhraseMatcher<Drugs.Drug> drugs;
  private final PhraseMatcher<org.eligo.lexicon.Conditions.Condition> conditions;

  TherapyExtractor(Drugs drugs, org.eligo.lexicon.Conditions conditions) {
    this.drugs = drugs.matcher();
    this.conditions = conditions.matcher();
  }

  private static final Pattern NOTHING = Pattern.compile("\\s*(?:none|nil|no(?:ne)? to date|none yet|none so far)\\s*\\.?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LESION = Pattern.compile("(?i)brain|lesion|\\bmets?\\b|metasta|MRI|CNS|nodule|mass");
  private static final Pattern OTHER_THAN_DRUGS = Pattern.compile("(?i)radiation|radiotherapy|surg|operation|procedure");

  /**
   * The setting written in the clause of the drug at {@code at}: clauses end at semicolons outside parentheses, so
   * "capecitabine-RT (neoadjuvant) and adjuvant CAPOX; for metastatic recurrence, FOLFIRI" gives
   * FOLFIRI none.
   */
  private static String setting(String t, int at) {
    // Semicolons outside parentheses: "(oxaliplatin stopped after C10; 5-FU completed)" stays in its clause.
    int from = 0;
    int to = t.length();
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ';' && depth == 0) {
        if (i < at) {
          from = i + 1;
        } else {
          to = i;
          break;
        }
      }
    }
    Matcher st = SETTING.matcher(t).region(from, to);
    boolean found = st.find();
    if (found) {
      // "adjuvant FOLFOX in 2023, recurrence 13 months later) and irinotecan in FOLFIRI for metastatic disease"
      Matcher adv = ADVANCED_SETTING.matcher(t).region(from, to);
      while (adv.find()) {
        if (adv.start() > at && Math.abs(adv.start() - at) < Math.abs(at - st.end()) && st.end() < at) {
          return null;
        }
      }
    }
    // treatment of early-stage disease was curative in intent: given around surgery, whichever side of it
    return found ? (st.group(1).toLowerCase().startsWith("adj") || st.group(1).toLowerCase().startsWith("early") ? "adjuvant" : "neoadjuvant")
        : null;
  }

  /** The setting a short label opening the sentence's line names ("Adjuvant:", "Early-stage history:"), else null. */
  private static String labelSetting(Snippet s) {
    String label = s.lineBefore().strip();
    if (!label.endsWith(":") || label.length() > 40) {
      return null;
    }
    return setting(label, 0);
  }

  /** A pathological stage of a resected primary without distant spread: "pT1c N0", "ypT2 ypN1a". */
  private static final Pattern RESECTED_STAGE = Pattern.compile("\\by?pT(?:is|[0-4][a-d]?)\\s*,?\\s*(?:y?p)?N[0-3]");
  private static final Pattern ADVANCED = Pattern.compile("(?i)metasta|recurr|relaps|progress|\\bstage\\s+IV|\\bM1");

  /**
   * "History: left breast IDC pT1c N0, 2020; lumpectomy, radiotherapy, anastrozole": a drug named
   * after the operation in a sentence that gives the resected early stage was given after surgery
   * with curative intent, not as a line for advanced disease.
   */
  private static boolean afterResection(String t, List<PhraseMatcher.Match<Drugs.Drug>> found, int i) {
    if (t.indexOf("pT") < 0 || !RESECTED_STAGE.matcher(t).find() || ADVANCED.matcher(t).find()) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      if ("surgery".equals(found.get(j).value().category())) {
        return true;
      }
    }
    return false;
  }

  private boolean autoimmune(PhraseMatcher.Tokens tokens) {
    return conditions.findAll(tokens).stream().anyMatch(c -> "autoimmune disease".equals(c.value().group()));
  }

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    boolean settings = s.has(SETTING_KEYS);
    List<PhraseMatcher.Match<Drugs.Drug>> found = drugs.findAll(s.tokens());
    // "Early-stage history: lumpectomy, dose-dense AC then paclitaxel": a label on the sentence's line gives the setting
    // of its drugs (read only when the sentence names one)
    String labelSetting = settings || found.isEmpty() ? null : labelSetting(s);
    // "high-dose melphalan + autologous stem cell transplant": the transplant's conditioning, part of the line it follows.
    // The spans that name a transplant's conditioning; an alkylator inside one is that conditioning, not induction before it.
    List<int[]> conditioning = new java.util.ArrayList<>();
    if (!found.isEmpty() && s.has(TRANSPLANT_KEYS)) {
      Matcher c = CONDITIONING.matcher(t);
      while (c.find()) {
        conditioning.add(new int[] {c.start(), c.end()});
      }
    }
    // "Rheumatoid arthritis since 2011. He took methotrexate until 2019.": the disease named in this sentence or the one before.
    boolean dmard = !found.isEmpty() && found.stream().anyMatch(m -> m.value().classes().stream().anyMatch(DMARD_CLASSES::contains));
    String before = dmard ? s.previousInParagraph() : null;
    boolean autoimmune = dmard && (autoimmune(s.tokens()) || (before != null && autoimmune(PhraseMatcher.tokens(before))));
    List<TherapyCourse> courses = found.isEmpty() ? List.of()
        : CourseReader.read(t, found.stream()
            .map(m -> new CourseReader.Place(m.start(), m.end(), m.value().name(), m.value().category())).toList());
    for (int i = 0; i < found.size(); i++) {
      PhraseMatcher.Match<Drugs.Drug> m = found.get(i);
      Drugs.Drug d = m.value();
      String where = !d.systemic() ? null
          : autoimmune && d.classes().stream().anyMatch(DMARD_CLASSES::contains) ? Finding.Therapy.NON_CANCER
          : d.classes().contains("alkylating agent") && conditioning.stream().anyMatch(c -> c[0] <= m.start() && m.end() <= c[1])
              ? Finding.Therapy.CONDITIONING
          : settings ? setting(t, m.start()) : labelSetting;
      if (where == null && d.systemic() && afterResection(t, found, i)) {
        where = "adjuvant";
      }
      // Only systemic therapy for advanced disease has a line; an operation has no response of its own.
      TherapyCourse read = courses.get(i);
      TherapyCourse course = new TherapyCourse(d.systemic() && where == null ? read.line() : null, read.startDate(), read.endDate(),
          "surgery".equals(d.category()) ? null : read.response());
      Finding.Therapy therapy = new Finding.Therapy(d.classLevel() ? null : d.name(), d.classes(), d.category(), where, course);
      out.add(s.mention(therapy, m.start(), m.end(), d.classLevel() ? "therapy.class" : "therapy.drug"));
    }
    // Every alternative of NAIVE holds "naive" (or "naïve"), "untreated", "new", "other than", "not previously", "beyond", " any ",
    // "besides", "apart from" or "except".
    if (s.has(NAIVE_KEYS)) {
      Matcher n = NAIVE.matcher(t);
      for (int at = 0; NAIVE_STARTS.find(n, t, at); at = n.end()) {
        if (n.start() == 0 && n.end() >= t.strip().length() && LESION.matcher(String.valueOf(s.previousInParagraph())).find()) {
          continue; // "MRI brain: 6 mm lesion. Untreated.": said of the lesion
        }
        out.add(s.mention(new Finding.Therapy(null, List.of(), "systemic", null), n.start(), n.end(), "therapy.naive", Assertion.ABSENT));
      }
    }
    // "Prior therapy: none.": the header holds the therapy, its whole content the denial.
    if ("TREATMENT_HISTORY".equals(s.section()) && NOTHING.matcher(t).matches() && !OTHER_THAN_DRUGS.matcher(s.lineBefore()).find()) {
      out.add(s.mention(new Finding.Therapy(null, List.of(), "systemic", null), 0, t.length(), "therapy.naive", Assertion.ABSENT));
    }
    if (s.has(GENERIC_KEYS)) {
      Matcher g = GENERIC.matcher(t);
      for (int at = 0; GENERIC_STARTS.find(g, t, at); at = g.end()) {
        out.add(s.mention(new Finding.Therapy(null, List.of(), "systemic", null), g.start(), g.end(), "therapy.generic"));
      }
    }
  }
}
