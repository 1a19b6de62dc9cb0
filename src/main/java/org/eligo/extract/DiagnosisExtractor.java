package org.eligo.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Cancers;
import org.eligo.lexicon.PhraseMatcher;
import org.eligo.lexicon.TnmStages;

/**
 * Cancer type and histology from lexicons/cancer_terms.tsv (root categories such as "solid
 * tumor" are skipped), stage groups as written, and stage groups from TNM (lexicons/tnm_stages.tsv:
 * M1 is stage IV for every cancer; for lung cancer T and N give the group as well).
 */
final class DiagnosisExtractor implements Extractor {
  private static final KeyIndex.Gate ACRONYM_KEYS = KeyIndex.gate("bc", "crc", "nsclc", "crpc", "rcc", "muc", "pdac");
  private static final KeyIndex.Gate STAGE_KEYS = KeyIndex.gate("stage", "ann arbor", "lugano");
  private static final Pattern STAGE = Pattern.compile(
      "\\b(?:stage|Ann Arbor(?: stage)?|Lugano(?: stage)?)\\s+(0|IV|I{1,3})((?:[ABC]|(?<=III)D)[1-3]?)?\\b", Pattern.CASE_INSENSITIVE);
  /** "pT2a N2 M0", "cT4N3M1c", "ypT1bpN0cM0": T, N and M together, each with an optional c/p/y prefix. */
  private static final Pattern TNM = Pattern.compile(
      "\\b(?:[cpy]{1,2})?T(is|x|[0-4](?:mi|[a-d])?)\\s?(?:[cpy]{1,2})?N([0-3][a-c]?|x)\\s?(?:[cpy]{1,2})?M([01][a-c]?|x)\\b");
  /** Acronyms that say metastatic by themselves: MBC, mCRC, mNSCLC, mTNBC, mCRPC. */
  private static final Pattern METASTATIC_ACRONYM = Pattern.compile("\\b(?:MBC|mBC|mCRC|mNSCLC|mTNBC|mCRPC|mRCC|mUC|mPDAC)\\b");
  /** Where STAGE and METASTATIC_ACRONYM may start: at a word boundary with their first word. */
  private static final WordStarts STAGE_STARTS = new WordStarts("stage", "ann", "lugano");
  private static final WordStarts ACRONYM_STARTS = new WordStarts("mbc", "mcrc", "mnsclc", "mtnbc", "mcrpc", "mrcc", "muc", "mpdac");
  private static final Pattern METASTATIC = Pattern.compile("\\bmetastatic\\s*$", Pattern.CASE_INSENSITIVE);
  /** Distant disease said of the patient without naming the cancer (the text is matched in lower case). */
  private static final Pattern METASTATIC_DISEASE = Pattern.compile("\\b(?:de novo metastatic|metastatic (?:disease|recurrence|relapse))\\b");
  /**
   * "no intracranial metastatic disease", "no evidence of metastatic disease": said of one site, or a
   * denial, which the stage a note states elsewhere outranks; only a positive statement is read.
   */
  private static final Pattern SAID_OF_A_SITE = Pattern.compile(
      "\\b(?:no|not|without|negative|free of|rule out|r/o)\\b|\\b(?:intracranial|brain|cns|liver|hepatic|bone|osseous|pulmonary|lung|nodal|peritoneal|adrenal)\\s+$");
  /** "metastatic disease in 2 of 14 lymph nodes": nodal disease, no stage IV. */
  private static final Pattern NODAL_AFTER = Pattern.compile("[^.;]{0,40}?\\b(?:lymph nodes?|nodes?|nodal)\\b");

  private final PhraseMatcher<Cancers.Term> terms;
  private final PhraseMatcher<Cancers.Site> sites;
  private final Cancers cancers;
  private final TnmStages tnmStages;

  DiagnosisExtractor(Cancers cancers, TnmStages tnmStages) {
    this.tnmStages = tnmStages;
    this.terms = cancers.matcher();
    this.sites = cancers.sites();
    this.cancers = cancers;
  }

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    List<PhraseMatcher.Match<Cancers.Term>> named = terms.findAll(s.tokens());
    // the site may be in the sentence or, for a sentence that opens its line, on the specimen line above it
    if (named.isEmpty() && s.has(HISTOLOGY_KEYS) && (s.has(SITE_KEYS) || opensLine(s))) {
      siteAndHistology(s, t, out);
    }
    for (PhraseMatcher.Match<Cancers.Term> m : named) {
      if (cancers.lineage(m.value().code()).size() == 1) {
        continue; // "solid tumor panel": a root category says nothing about this patient's cancer
      }
      out.add(s.mention(new Finding.Diagnosis(m.value().code(), m.value().histology(), null), m.start(), m.end(), "diagnosis.term"));
      Matcher meta = METASTATIC.matcher(s.lower().substring(Math.max(0, m.start() - 30), m.start()));
      if (s.lower().length() == t.length() && meta.find()) {
        int base = Math.max(0, m.start() - 30);
        out.add(s.mention(new Finding.Diagnosis(null, null, "IV"), base + meta.start(), base + meta.start() + "metastatic".length(), "stage.metastatic"));
      }
    }
    if (named.isEmpty() && t.length() > 18) {
      // "This is de novo metastatic disease", "metastatic recurrence in 2025": distant disease of the patient's cancer
      int at = s.lower().indexOf("metastatic");
      Matcher md = at < 0 ? null : METASTATIC_DISEASE.matcher(s.lower());
      if (md != null && md.find(Math.max(0, at - 8)) && !NODAL_AFTER.matcher(s.lower()).region(md.end(), Math.min(t.length(), md.end() + 50)).lookingAt()
          && !SAID_OF_A_SITE.matcher(s.lower()).region(Math.max(0, md.start() - 40), md.start()).find()) {
        out.add(s.mention(new Finding.Diagnosis(null, null, "IV"), md.start(), md.end(), "stage.metastatic-disease"));
      }
    }
    if (s.has(ACRONYM_KEYS)) {
      Matcher ma = METASTATIC_ACRONYM.matcher(t);
      for (int at = 0; ACRONYM_STARTS.find(ma, t, at); at = ma.end()) {
        out.add(s.mention(new Finding.Diagnosis(null, null, "IV"), ma.start(), ma.end(), "stage.metastatic-acronym"));
      }
    }
    boolean written = false;
    if (s.has(STAGE_KEYS)) {
      Matcher st = STAGE.matcher(t);
      for (int at = 0; STAGE_STARTS.find(st, t, at); at = st.end()) {
        written = true;
        String stage = st.group(1).toUpperCase() + (st.group(2) == null ? "" : st.group(2).toUpperCase());
        out.add(s.mention(new Finding.Diagnosis(null, null, stage), st.start(), st.end(), "stage.group"));
      }
    }
    // A stage group written beside its TNM ("Stage IIIB (cT3N3M0)") is the author's word.
    if (written || !followedBy(t, 'N', "0123x") || !followedBy(t, 'M', "01x")) {
      return;
    }
    Matcher tnm = TNM.matcher(t);
    List<String> lineage = null;
    while (tnm.find()) {
      if (lineage == null) {
        lineage = noteCancers(s);
      }
      Optional<String> stage = tnmStages.stage(lineage, "T" + tnm.group(1), "N" + tnm.group(2), "M" + tnm.group(3));
      if (stage.isPresent()) {
        out.add(s.mention(new Finding.Diagnosis(null, null, stage.get()), tnm.start(), tnm.end(), "stage.tnm"));
      }
    }
  }

  /**
   * A bare histology written beside a primary site ("Adenocarcinoma, cecum/ascending colon",
   * "lung SCC", "cecal ca"): the cancer of that site, within 60 characters. After "metastatic"
   * the site is where the metastasis was found, so only a site called the primary counts, or one
   * written between "metastatic" and the histology ("metastatic sigmoid ca").
   */
  private void siteAndHistology(Snippet s, String t, List<Mention> out) {
    boolean siteWords = s.has(SITE_KEYS);
    // without a site word only a histology near the start can take the specimen line's site
    Matcher h = HISTOLOGY.matcher(t).region(0, siteWords ? t.length() : Math.min(t.length(), 60));
    if (!h.find()) {
      return;
    }
    List<PhraseMatcher.Match<Cancers.Site>> found = siteWords ? sites.findAll(s.tokens()) : List.of();
    int window = Math.max(0, h.start() - 25);
    int metastaticAt = t.substring(window, h.start()).toLowerCase(java.util.Locale.ROOT).indexOf("metasta");
    boolean metastatic = metastaticAt >= 0;
    PhraseMatcher.Match<Cancers.Site> nearest = null;
    int best = 61;
    for (PhraseMatcher.Match<Cancers.Site> site : found) {
      int gap = site.start() >= h.end() ? site.start() - h.end() : h.start() - site.end();
      boolean primary = PRIMARY.matcher(t.substring(site.end())).lookingAt();
      // "metastatic sigmoid ca": a site between "metastatic" and the histology names the cancer's own organ
      boolean named = metastatic && site.start() > window + metastaticAt && site.end() <= h.start();
      if (gap >= 0 && gap < best && (!metastatic || primary || named)) {
        best = gap;
        nearest = site;
      }
    }
    Cancers.Site site = nearest == null ? null : nearest.value();
    int from = nearest == null ? h.start() : Math.min(h.start(), nearest.start());
    int to = nearest == null ? h.end() : Math.max(h.end(), nearest.end());
    if (site == null && !metastatic && h.start() <= 40) {
      // "Specimen: colon, caecum, biopsies" above "Diagnosis: invasive adenocarcinoma": the specimen's organ
      site = specimenSite(s);
    }
    if (site == null) {
      return;
    }
    String word = h.group(1).toLowerCase(java.util.Locale.ROOT);
    String histology = word.startsWith("adeno") ? "adenocarcinoma"
        : word.startsWith("squamous") || word.equals("scc") || word.equals("sqcc") ? "squamous cell carcinoma" : null;
    String code = histology == null ? site.code() : site.nonSmall();
    out.add(s.mention(new Finding.Diagnosis(code, histology, null), from, to, "diagnosis.site-histology"));
  }

  /** Whether the sentence opens its line (after spaces, an item marker, or a label such as "Diagnosis:"). */
  private static boolean opensLine(Snippet s) {
    String note = s.document().note().text();
    int i = s.start() - 1;
    while (i >= 0 && (note.charAt(i) == ' ' || note.charAt(i) == '\t')) {
      i--;
    }
    if (i >= 1 && (note.charAt(i) == '.' || note.charAt(i) == ')')) {
      // " A. Squamous cell carcinoma", "2) Adenocarcinoma": an item marker of one or two characters opens the line
      int j = i - 1;
      while (j >= 0 && j >= i - 2 && Character.isLetterOrDigit(note.charAt(j))) {
        j--;
      }
      while (j >= 0 && (note.charAt(j) == ' ' || note.charAt(j) == '\t')) {
        j--;
      }
      return j < 0 || note.charAt(j) == '\n';
    }
    return i < 0 || note.charAt(i) == '\n' || note.charAt(i) == ':';
  }

  private static final Pattern SPECIMEN_LINE = Pattern.compile(
      "(?i)\\b(?:specimen|biops(?:y|ies)|bx|core|resection|excision|polypectomy|colectomy|hemicolectomy|lumpectomy|mastectomy|lobectomy|wedge|FNA|curettings)\\b");

  /** The primary site a specimen line names on one of the two lines above the sentence, else null. */
  private Cancers.Site specimenSite(Snippet s) {
    String line = s.lineAbove(2, SPECIMEN_LINE);
    List<PhraseMatcher.Match<Cancers.Site>> named = line == null ? List.of() : sites.findAll(line);
    return named.isEmpty() ? null : named.get(0).value();
  }

  private static final Pattern HISTOLOGY = Pattern.compile(
      "\\b(adenocarcinoma|adeno-?ca|adeno|squamous cell carcinoma|squamous cell ca|squamous carcinoma|SCC|SqCC|carcinoma|ca(?![\\s-]*\\d)|cancer)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Every site of lexicons/cancer_sites.tsv holds one of these in lower case (ExtractorsTest checks it). */
  static final String[] SITE_WORDS = {"lung", "pulmon", "rul", "rml", "rll", "lul", "lll", "bronch", "lobe", "lingul", "colo", "cec", "caec", "sigmoid", "flexure",
      "rect", "breast", "prostat", "pancrea", "stomach", "gastric", "esophag", "oesophag", "endometri", "uterine", "ovar", "bladder",
      "urothel", "kidney", "renal", "thyroid"};
  private static final KeyIndex.Gate SITE_KEYS = KeyIndex.gate(SITE_WORDS);
  /** Every alternative of HISTOLOGY holds one of these. */
  private static final KeyIndex.Gate HISTOLOGY_KEYS = KeyIndex.gate("carcinoma", "adeno", "ca", "scc", "sqcc", "cancer");
  private static final Pattern PRIMARY = Pattern.compile("\\s*(?:primary|origin)\\b", Pattern.CASE_INSENSITIVE);

  /** Whether {@code letter} stands somewhere right before one of {@code next}: TNM needs "N" and "M" so followed. */
  static boolean followedBy(String t, char letter, String next) {
    for (int i = t.indexOf(letter); i >= 0 && i + 1 < t.length(); i = t.indexOf(letter, i + 1)) {
      if (next.indexOf(t.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Every cancer code the note names, with their ancestors: a TNM's stage group depends on the organ. */
  private List<String> noteCancers(Snippet s) {
    Set<String> codes = new LinkedHashSet<>();
    for (PhraseMatcher.Match<Cancers.Term> m : terms.findAll(s.document().note().text())) {
      codes.addAll(cancers.lineage(m.value().code()));
    }
    return List.copyOf(codes);
  }
}
