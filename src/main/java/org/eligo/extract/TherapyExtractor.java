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
  private static final KeyIndex.Gate SETTING_KEYS = KeyIndex.gate("adjuvant", "perioperative");
  private static final KeyIndex.Gate TRANSPLANT_KEYS = KeyIndex.gate("high-dose", "high dose");
  private static final Pattern CONDITIONING = Pattern.compile(
      "\\bhigh[- ]dose\\s+\\w+[^.;]{0,60}?\\b(?:autologous|ASCT|auto-?SCT|auto-?HCT|stem[- ]cell\\s+(?:transplant\\w*|rescue|support))",
      Pattern.CASE_INSENSITIVE);
  private static final KeyIndex.Gate NAIVE_KEYS = KeyIndex.gate("naive", "naïve", "untreated", "new", "other than");
  private static final KeyIndex.Gate GENERIC_KEYS = KeyIndex.gate("therap", "treatment", "tx");
  private static final Pattern NAIVE = Pattern.compile(
      "\\b(?:treatment|therapy|chemotherapy|systemic therapy)[- ]na[iï]ve\\b|\\bpreviously untreated\\b(?!\\s+(?:brain|CNS|intracranial))"
          + "|\\bnewly (?:diagnosed|dx)\\b|\\bnew(?:ly)? diagnosis of\\b"
          + "|\\buntreated for (?:advanced|metastatic|recurrent|stage IV) disease\\b"
          + "|\\bno (?:systemic |cancer )?(?:treatment|therapy) other than (?:surgery|resection|excision)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERIC = Pattern.compile(
      "\\b(?:(?:prior|previous)\\s+(?:systemic\\s+|cancer\\s+|anti-?cancer\\s+|oncologic\\s+)?(?:therapy|therapies|treatments?|lines? of therapy)"
          + "|systemic\\s+(?:cancer\\s+)?(?:therapy|treatment|tx)|(?:cancer|oncologic|anti-?cancer)\\s+(?:therapy|treatment|tx)"
          + "|(?:therapy|treatment)\\s+(?:(?:started|given|received)\\s+)?(?:yet|to date)"
          + "|(?:therapy|treatment)\\s+for\\s+(?:metastatic|advanced|recurrent|stage IV)\\s+disease)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Where NAIVE may start: each alternative begins at a word boundary with one of these. */
  private static final WordStarts NAIVE_STARTS = new WordStarts("treatment", "therapy", "chemotherapy", "systemic", "previously", "new", "untreated", "no");
  /** Where GENERIC may start: each alternative begins at a word boundary with one of these ("anti" for anti-cancer and anticancer). */
  private static final WordStarts GENERIC_STARTS = new WordStarts(
      "prior", "previous", "systemic", "cancer", "oncologic", "anti", "therapy", "treatment");
  /** Cytotoxics that are also disease-modifying drugs for autoimmune disease. */
  /** Classes also given for autoimmune disease: methotrexate, cyclophosphamide, radioactive iodine for Graves' disease. */
  private static final java.util.Set<String> DMARD_CLASSES = java.util.Set.of("antimetabolite", "alkylating agent", "radiopharmaceutical");

  private static final Pattern SETTING = Pattern.compile("\\b(neo-?adjuvant|adjuvant|perioperative)\\b", Pattern.CASE_INSENSITIVE);

  private final PhraseMatcher<Drugs.Drug> drugs;
  private final PhraseMatcher<org.eligo.lexicon.Conditions.Condition> conditions;

  TherapyExtractor(Drugs drugs, org.eligo.lexicon.Conditions conditions) {
    this.drugs = drugs.matcher();
    this.conditions = conditions.matcher();
  }

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    String setting = null;
    if (s.has(SETTING_KEYS)) {
      Matcher st = SETTING.matcher(t);
      setting = st.find() ? (st.group(1).toLowerCase().startsWith("adj") ? "adjuvant" : "neoadjuvant") : null;
    }
    List<PhraseMatcher.Match<Drugs.Drug>> found = drugs.findAll(s.tokens());
    // "high-dose melphalan + autologous stem cell transplant": the transplant's conditioning, part of the line it follows.
    boolean conditioning = !found.isEmpty() && s.has(TRANSPLANT_KEYS) && CONDITIONING.matcher(t).find();
    boolean autoimmune = !found.isEmpty()
        && conditions.findAll(s.tokens()).stream().anyMatch(c -> "autoimmune disease".equals(c.value().group()));
    List<TherapyCourse> courses = found.isEmpty() ? List.of()
        : CourseReader.read(t, found.stream()
            .map(m -> new CourseReader.Place(m.start(), m.end(), m.value().name(), m.value().category())).toList());
    for (int i = 0; i < found.size(); i++) {
      PhraseMatcher.Match<Drugs.Drug> m = found.get(i);
      Drugs.Drug d = m.value();
      String where = !d.systemic() ? null
          : autoimmune && d.classes().stream().anyMatch(DMARD_CLASSES::contains) ? Finding.Therapy.NON_CANCER
          : conditioning && d.classes().contains("alkylating agent") ? Finding.Therapy.CONDITIONING : setting;
      // Only systemic therapy for advanced disease has a line; an operation has no response of its own.
      TherapyCourse read = courses.get(i);
      TherapyCourse course = new TherapyCourse(d.systemic() && where == null ? read.line() : null, read.startDate(), read.endDate(),
          "surgery".equals(d.category()) ? null : read.response());
      Finding.Therapy therapy = new Finding.Therapy(d.classLevel() ? null : d.name(), d.classes(), d.category(), where, course);
      out.add(s.mention(therapy, m.start(), m.end(), d.classLevel() ? "therapy.class" : "therapy.drug"));
    }
    // Every alternative of NAIVE holds "naive" (or "naïve"), "untreated", "new" or "other than".
    if (s.has(NAIVE_KEYS)) {
      Matcher n = NAIVE.matcher(t);
      for (int at = 0; NAIVE_STARTS.find(n, t, at); at = n.end()) {
        out.add(s.mention(new Finding.Therapy(null, List.of(), "systemic", null), n.start(), n.end(), "therapy.naive", Assertion.ABSENT));
      }
    }
    if (s.has(GENERIC_KEYS)) {
      Matcher g = GENERIC.matcher(t);
      for (int at = 0; GENERIC_STARTS.find(g, t, at); at = g.end()) {
        out.add(s.mention(new Finding.Therapy(null, List.of(), "systemic", null), g.start(), g.end(), "therapy.generic"));
      }
    }
  }
}
