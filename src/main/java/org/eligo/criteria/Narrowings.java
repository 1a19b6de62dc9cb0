package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qualifiers that records may hold but eligo does not read, each tied to the kind of part it
 * qualifies. They are found and blanked before the rules, and placed on their part after them as
 * {@link Predicate.Qualified}; one whose part is not in the reading leaves the criterion a gap.
 *
 * <ul>
 *   <li>a BCLC stage ("Barcelona stage (BCLC stage) 0-A", "BCLC B or C"): a staging of
 *       hepatocellular carcinoma, narrowing it;
 *   <li>the tumour's distance from the anal verge ("(anal verge ≤ 10cm)", "within 12 cm of the
 *       anal verge"): narrowing a rectal or colorectal cancer;
 *   <li>"secondary" before an entity that has a secondary form (AML, MDS, myelofibrosis,
 *       glioblastoma: arising from an earlier disease or its treatment), narrowing it; before
 *       other cancers "secondary" means metastatic and is left alone;
 *   <li>a transfusion allowed to reach a blood count ("Patient may receive packed red blood cell
 *       transfusion so as to have hemoglobin ≥ 9 g/dL"): widening the count's limit, since a
 *       count below it may be raised;
 *   <li>a condition "that needed steroid treatment" ("radiation pneumonitis requiring
 *       corticosteroids"): narrowing the condition right before it;
 *   <li>a tumour grade written beside a tumour word ("glioma (grade I, II, III or glioblastoma)",
 *       "WHO grade II-III astrocytoma"): the diagnoses of the lexicon hold no grade (a histology
 *       that names one, "low-grade serous carcinoma", is not narrowed again), so it narrows them;
 *   <li>the phase of a chronic myeloid leukaemia ("CML blast crisis", "in chronic phase"): a
 *       state of the disease notes state and eligo does not read, narrowing it; a definition of
 *       the phase after "according to the WHO criteria:" only says what the phase is;
 *   <li>the assessment a stage was found at ("locally advanced prostate cancer in preoperative
 *       assessment", "at initial staging"): the records' stage is the newest, not necessarily that
 *       one, so it narrows the stage, metastasis or setting read.
 * </ul>
 *
 * Glosses that say what the words already say are blanked with nothing placed: an ICD code in
 * brackets after the diagnosis ("(ICD 10 is C22.0)") and the letters of TNM spelt out ("TNM (T:
 * primary tumor, N: regional nodes, M: metastasis)"), and "hereditary" with its link to a named syndrome
 * ("hereditary colorectal cancer linked to Lynch syndrome": the cancer and the syndrome).
 */
final class Narrowings {

  /** A qualifier found at {@code [start, end)} of the text, to be placed on a part {@code target} accepts. */
  record Found(int start, int end, String qualifier, boolean widens, java.util.function.Predicate<Predicate> target, Place place) {}

  /** Where the part a qualifier accepts stands: anywhere, right after the qualifier, or right before it. */
  enum Place { ANY, NEXT, PREVIOUS }

  private static final Set<String> SECONDARY_FORMS = Set.of("AML", "MDS", "MPN", "GLIOBLASTOMA");

  private static final Pattern ICD_GLOSS = Pattern.compile(
      "\\(\\s*icd[- ]?(?:o[- ]?3|9|10|11)?(?:[- ]?cm)?\\s*(?:codes?\\s*)?(?:is|:|=)?\\s*[a-z]\\d{2}(?:\\.\\d{1,2})?"
          + "(?:\\s*(?:,|or|and|-|to)\\s*[a-z]?\\d{2}(?:\\.\\d{1,2})?)*\\s*\\)");
  private static final String LETTER = "\\s*[:=]\\s*[a-z][a-z ]{2,30}";
  private static final Pattern TNM_LETTERS = Pattern.compile("\\(\\s*t" + LETTER + "\\s*[,;]\\s*n" + LETTER + "\\s*[,;]\\s*m" + LETTER + "\\s*\\)");
  private static final String BCLC_CLASS = "(?:0|a|b|c|d)(?![a-z0-9])";
  private static final Pattern BCLC = Pattern.compile(
      "(?:\\bbarcelona(?:\\s+clinic)?(?:\\s+liver\\s+cancer)?\\s+(?:stage|staging)?\\s*)?\\(?\\s*\\bbclc\\b(?:\\s+(?:stage|staging|class))?\\s*\\)?"
          + "\\s*(?:stage\\s*)?(?:of\\s+)?[:-]?\\s*(" + BCLC_CLASS + "(?:\\s*(?:-|to|or|and|,|/)\\s*" + BCLC_CLASS + ")*)");
  private static final String SYNDROME = "(?=\\s+[^.;]{0,40}?\\b(?:syndromes?|polyposis|hnpcc)\\b)";
  /** "hereditary colorectal cancer linked to Lynch syndrome": the cancer in a patient with the syndrome, which says "hereditary". */
  private static final Pattern HEREDITARY_LINK = Pattern.compile(
      "\\bhereditary\\s+(?=(?:[a-z-]+\\s+){1,4}(?:linked to|associated with|due to|caused by|arising in)" + SYNDROME + ")"
          + "|(?<=\\b(?:cancers?|carcinomas?|tumou?rs?)\\s)(?:linked|associated|caused|arising)(?=\\s+(?:to|with|by|in)" + SYNDROME + ")");
  private static final Pattern CLASS_LETTER = Pattern.compile("\\b[a-d]\\b");
  private static final String CM = "\\d+(?:\\.\\d+)?\\s*cm\\b";
  private static final Pattern ANAL_VERGE = Pattern.compile(
      "\\(\\s*(?:distance\\s+(?:from|to)\\s+(?:the\\s+)?)?anal verge\\s*(?:distance\\s*)?(?:[:]\\s*)?(?:\u2264|<=|<|\u2265|>=|>)\\s*" + CM + "\\s*\\)"
          + "|\\b(?:(?:located|situated|lying)\\s+)?(?:within|up to|at most|no more than|less than|(?:\u2264|<=|<|\u2265|>=|>))\\s*" + CM
          + "\\s+(?:from|of|above)\\s+(?:the\\s+)?anal verge\\b");
  private static final Pattern SECONDARY = Pattern.compile(
      "\\bsecondary\\s+(?=(?:acute myeloid|aml\\b|mds\\b|myelodysplas|(?:primary\\s+)?myelofibrosis|glioblastoma|gbm\\b))");
  private static final Pattern TRANSFUSION = Pattern.compile(
      "(?:\\b(?:may|can|could)\\s+(?:be\\s+)?(?:receive|have|be given|given|transfused)\\s+(?:an?\\s+|with\\s+)?(?:[\\w()-]+\\s+){0,6}?"
          + "transfusions?\\b|\\btransfusions?\\s+(?:is|are)\\s+(?:allowed|permitted)\\b)[^.;]*");
  private static final Set<String> TRANSFUSED = Set.of("hemoglobin", "platelets");
  /** "radiation pneumonitis that needed steroid treatment", "pneumonitis requiring corticosteroids": a condition of that severity. */
  private static final Pattern STEROIDS_NEEDED = Pattern.compile(
      "\\b(?:(?:that|which)\\s+(?:has\\s+|have\\s+)?)?(?:needed|required|requiring|needing|requires|needs|necessitated)\\s+"
          + "(?:(?:treatment|therapy)\\s+with\\s+)?(?:systemic\\s+|oral\\s+|high[- ]dose\\s+)?(?:cortico)?steroids?"
          + "(?:\\s+(?:treatment|therapy))?\\b");

  /**
   * Which test's value counts when two disagree, in brackets after a limit: "(if MRI and TRUS have conflicting values, then
   * MRI value will be utilized)". Records keep the newest value of whatever test, so it narrows the limit right before it.
   */
  private static final Pattern SOURCE_ON_CONFLICT = Pattern.compile(
      "\\(\\s*if\\b[^()]{0,80}?\\b(?:conflict\\w*|differ\\w*|disagree\\w*|discordan\\w*|discrepan\\w*)\\b[^()]{0,60}?"
          + "\\b(?:will|should|shall|is to|are to)\\s+be\\s+(?:used|utili[sz]ed|taken|applied|considered)\\s*\\.?\\s*\\)");

  private static final String GRADE_NUMBER = "(?:iv|i{1,3}|[1-4])[ab]?(?![a-z0-9])";
  private static final String GRADE_LIST = "(?:who\\s+)?grades?\\s*" + GRADE_NUMBER
      + "(?:\\s*(?:,\\s*(?:or|and)|,|-|/|to|or|and|and/or)\\s*(?:(?:who\\s+)?grades?\\s*)?(?:" + GRADE_NUMBER
      + "|glioblastomas?(?:\\s+multiforme)?|gbm\\b))*";
  private static final String TUMOUR_WORD = "(?:gliomas?|astrocytomas?|oligodendrogliomas?|ependymomas?|meningiomas?|tumou?rs?|neoplasms?"
      + "|cancers?|carcinomas?|sarcomas?|lymphomas?)\\b";
  /**
   * A tumour grade beside a tumour word: right after it ("glioma (grade I, II, III or glioblastoma)", "glioma grade II or
   * III"; group 1) or right before it ("WHO grade II-III glioma", "grade 3 ... carcinoma"; group 2).
   */
  private static final Pattern TUMOUR_GRADE = Pattern.compile(
      "(?<=" + TUMOUR_WORD + ")\\s*,?\\s*(\\(\\s*" + GRADE_LIST + "\\s*\\)|" + GRADE_LIST + ")"
          + "|\\b(" + GRADE_LIST + ")(?=\\s+(?:[a-z-]+\\s+){0,2}?" + TUMOUR_WORD + ")");
  /** The phase of a chronic myeloid leukaemia: "blast crisis", "in accelerated phase", "chronic-phase". */
  private static final String ONE_PHASE = "(?:chronic|accelerated|(?:myeloid\\s+|lymphoid\\s+)?blast(?:ic)?)[- ](?:phase|crisis)\\b";
  private static final Pattern CML_PHASE = Pattern.compile(
      "\\b(?:in\\s+(?:the\\s+)?)?" + ONE_PHASE + "(?:\\s*(?:,|/|or|and|and/or)\\s*(?:in\\s+(?:the\\s+)?)?" + ONE_PHASE + ")*");
  /** The definition of a phase by a body's criteria, to the end of the criterion: "according to the WHO criteria: Blasts ...". */
  private static final Pattern PHASE_DEFINED = Pattern.compile(
      "\\b(?:according to|as defined by|defined by|per)\\s+(?:the\\s+)?(?:who|eln|european leukemia ?net|icc)(?:\\s+\\d{4})?"
          + "\\s+(?:criteria|classification|definition)(?:\\s*:.*)?$", Pattern.DOTALL);

  /** The assessment a stage was found at, right after the stage or cancer: "in preoperative assessment", "at initial staging". */
  private static final Pattern FOUND_AT = Pattern.compile(
      "(?<=\\b(?:cancers?|carcinomas?|disease|tumou?rs?|metastas[ie]s|metastatic|stage\\s(?:iv|i{1,3}|[0-4])[a-c]?)\\s)"
          + "(?:in|at|on)\\s+(?:the\\s+)?(?:pre-?operative|pre-?surgical|pre-?treatment|initial|baseline)\\s+"
          + "(?:clinical\\s+)?(?:assessment|staging|evaluation|work-?up|imaging)\\b");

  /** Brain metastases narrowed by what they cause or need: symptoms, corticosteroids, immediate local therapy. */
  private static final Pattern BRAIN_NEEDS = Pattern.compile(
      "\\bsymptomatic(?:\\s*(?:,|or|and)\\s*uncontrolled)?(?=\\s*,?\\s*(?:brain|cns|central nervous system)\\s+metasta)"
          + "|(?:,\\s*)?(?:\\bor\\s+)?\\b(?:that|which)\\s+(?:(?:are|is)\\s+(?:symptomatic|uncontrolled)"
          + "|causes?\\s+symptoms"
          + "|(?:need|needs|require|requires)\\s+(?:systemic\\s+)?(?:cortico)?steroids(?:\\s+to\\s+control\\s+(?:the\\s+|their\\s+)?symptoms)?"
          + "|(?:(?:are|is)\\s+judged\\s+to\\s+)?(?:need|needs|require|requires)\\s+immediate\\s+local\\s+(?:therapy|treatment)"
          + "(?:\\s*\\((?:surgery|radiotherapy|radiation)(?:\\s+or\\s+(?:surgery|radiotherapy|radiation))?\\))?)");
  /** The needs denied in an allowance after the excluding sentence. */
  private static final Pattern NOT_NEEDED = Pattern.compile(
      "\\b(?:do|does)\\s+not\\s+(?:need|require)\\s+(?:immediate\\s+local\\s+(?:therapy|treatment)|(?:cortico)?steroids)");
  private static final Pattern UNTREATED = Pattern.compile("\\buntreated\\b");
  /** Brain metastases in the excluding sentence. */
  private static final Pattern BRAIN = Pattern.compile("\\b(?:brain|cns|central nervous system)\\s+metasta");
  /** Words that make the excluded lesions the active ones, of which symptoms are one sign among others. */
  private static final Pattern ACTIVE_WORDS = Pattern.compile("\\b(?:untreated|active|progress\\w*|new)\\b");

  private Narrowings() {}

  /** Blanks the glosses and the qualifiers in {@code s}; the qualifiers are returned for {@link #place}. */
  static List<Found> find(Sentence s, Reading r) {
    String raw = s.lower();
    List<Found> out = new ArrayList<>();
    if (mask(ICD_GLOSS, raw, s)) {
      r.note("the ICD code in brackets read as the diagnosis's code");
    }
    mask(TNM_LETTERS, raw, s);
    mask(HEREDITARY_LINK, raw, s);
    Matcher bclc = BCLC.matcher(raw);
    while (bclc.find()) {
      s.mask(bclc.start(), bclc.end());
      out.add(new Found(bclc.start(), bclc.end(), "BCLC stage " + CLASS_LETTER.matcher(bclc.group(1).replaceAll("\\s+", " "))
          .replaceAll(m -> m.group().toUpperCase(java.util.Locale.ROOT)),
          false, p -> p instanceof Predicate.Diagnosis d && d.cancers().contains("HEPATOCELLULAR"), Place.ANY));
    }
    Matcher verge = ANAL_VERGE.matcher(raw);
    while (verge.find()) {
      s.mask(verge.start(), verge.end());
      out.add(new Found(verge.start(), verge.end(), "the tumour's distance from the anal verge ("
          + raw.substring(verge.start(), verge.end()).replaceAll("[()]", "").replaceAll("\\s+", " ").trim() + ")",
          false, p -> p instanceof Predicate.Diagnosis d && d.cancers().contains("COLORECTAL"), Place.ANY));
    }
    Matcher secondary = SECONDARY.matcher(raw);
    while (secondary.find()) {
      s.mask(secondary.start(), secondary.end());
      out.add(new Found(secondary.start(), secondary.end(), "secondary (arising from an earlier disease or its treatment)", false,
          p -> p instanceof Predicate.Diagnosis d && !d.cancers().isEmpty() && SECONDARY_FORMS.containsAll(d.cancers()), Place.NEXT));
    }
    Matcher steroids = STEROIDS_NEEDED.matcher(raw);
    while (steroids.find()) {
      // "brain metastases (untreated, or needing steroids)": the metastasis rules read their own need
      String before = raw.substring(Math.max(0, steroids.start() - 80), steroids.start());
      if (raw.lastIndexOf('(', steroids.start()) > raw.lastIndexOf(')', steroids.start()) || before.contains("metasta")) {
        continue;
      }
      s.mask(steroids.start(), steroids.end());
      out.add(new Found(steroids.start(), steroids.end(), "that needed corticosteroids", false,
          p -> p instanceof Predicate.Condition, Place.PREVIOUS));
    }
    Matcher source = SOURCE_ON_CONFLICT.matcher(raw);
    while (source.find()) {
      s.mask(source.start(), source.end());
      out.add(new Found(source.start(), source.end(), "the value of the test named when tests disagree", false,
          p -> p instanceof Predicate.Measurement || p instanceof Predicate.Lab, Place.PREVIOUS));
    }
    brainNeeds(raw, s, out);
    Matcher grade = TUMOUR_GRADE.matcher(raw);
    while (grade.find()) {
      int g = grade.group(1) != null ? 1 : 2;
      s.mask(grade.start(g), grade.end(g));
      String said = s.span(grade.start(g), grade.end(g)).replaceAll("[()]", "").replaceAll("\\s+", " ").trim();
      out.add(new Found(grade.start(g), grade.end(g), "tumour " + said, false,
          p -> p instanceof Predicate.Diagnosis d && d.histologies().stream().noneMatch(h -> h.contains("grade")), Place.ANY));
    }
    Matcher phase = CML_PHASE.matcher(raw);
    boolean phased = false;
    while (phase.find()) {
      s.mask(phase.start(), phase.end());
      phased = true;
      out.add(new Found(phase.start(), phase.end(), phase.group().replaceAll("\\s+", " ").replaceFirst("^in (?:the )?", "").trim(), false,
          p -> p instanceof Predicate.Diagnosis d && d.cancers().equals(Set.of("CML")), Place.ANY));
    }
    Matcher defined = PHASE_DEFINED.matcher(raw);
    if (phased && defined.find()) {
      s.mask(defined.start(), defined.end());
      r.note("the phase's definition (" + s.span(defined.start(), defined.end()).replaceFirst("(?s)\\s*:.*", "").trim() + ") not read");
    }
    Matcher found = FOUND_AT.matcher(raw);
    while (found.find()) {
      s.mask(found.start(), found.end());
      out.add(new Found(found.start(), found.end(), "found " + found.group().replaceAll("\\s+", " ").trim(), false,
          p -> p instanceof Predicate.Stage || p instanceof Predicate.Metastasis || p instanceof Predicate.DiseaseSetting, Place.ANY));
    }
    Matcher transfusion = TRANSFUSION.matcher(raw);
    while (transfusion.find()) {
      s.mask(transfusion.start(), transfusion.end());
      out.add(new Found(transfusion.start(), transfusion.end(), "a count reached by transfusion", true,
          p -> p instanceof Predicate.Lab l && TRANSFUSED.contains(l.analyte()), Place.ANY));
    }
    return out;
  }

  /**
   * "Brain metastases that are symptomatic, that need corticosteroids to control symptoms, or that are judged to need
   * immediate local therapy (surgery or radiotherapy)", "Symptomatic, uncontrolled brain metastases": lesions narrowed by
   * what they cause or need, which a metastasis's status (active, treated and stable) does not say. Read in the first
   * sentence only, and only when it names the lesions by symptoms or needs alone: beside "untreated", "active" or
   * "progressing" those are signs of activity, which the status holds.
   */
  private static void brainNeeds(String raw, Sentence s, List<Found> out) {
    int end = firstSentenceEnd(raw);
    String first = raw.substring(0, end);
    if (!BRAIN.matcher(first).find() || ACTIVE_WORDS.matcher(first).find()) {
      return;
    }
    Matcher m = BRAIN_NEEDS.matcher(first);
    List<String> said = new ArrayList<>();
    int from = -1;
    int to = -1;
    while (m.find()) {
      s.mask(m.start(), m.end());
      said.add(m.group().replaceFirst("^[,\\s]*(?:or\\s+)?", "").replaceAll("\\s+", " "));
      from = from < 0 ? m.start() : from;
      to = m.end();
    }
    if (!said.isEmpty()) {
      // "Untreated brain metastases that do not need immediate local therapy ... are allowed": the same needs, denied
      Matcher denied = NOT_NEEDED.matcher(raw);
      while (denied.find()) {
        s.mask(denied.start(), denied.end());
        // "Untreated brain metastases that do not need ...": lesions without the needs, allowed whether treated or not
        int sentence = Math.max(raw.lastIndexOf(". ", denied.start()), 0);
        Matcher untreated = UNTREATED.matcher(raw).region(sentence, denied.start());
        while (untreated.find()) {
          s.mask(untreated.start(), untreated.end());
        }
      }
      out.add(new Found(from, to, "lesions " + String.join("; ", said), false,
          p -> p instanceof Predicate.Metastasis x && x.site().equals("brain"), Place.ANY));
    }
  }

  /** The end of the first sentence: a full stop before a space and a capital letter, else the text's end. */
  private static int firstSentenceEnd(String raw) {
    Matcher stop = Pattern.compile("\\.\\s+(?=\\S)").matcher(raw);
    return stop.find() ? stop.start() : raw.length();
  }

  /**
   * Wraps the parts of {@code core} each found qualifier accepts (an adjacent one: the part that
   * starts right after it) in {@link Predicate.Qualified}; a qualifier that accepts none is a gap.
   */
  static void place(List<Found> found, List<Part> core, String text, Reading r) {
    for (Found f : found) {
      boolean placed = false;
      // "pneumonitis/ILD that required steroids": the part right before it, and those joined to that one by a slash
      for (int edge = f.start(), i = previous(f, core, text, edge, true); i >= 0; i = previous(f, core, text, edge, false)) {
        Part p = core.get(i);
        core.set(i, new Part(new Predicate.Qualified(p.predicate(), f.qualifier(), f.widens()), p.start(), p.end(), p.note()));
        placed = true;
        edge = p.start();
      }
      for (int i = 0; i < core.size() && f.place() != Place.PREVIOUS; i++) {
        Part p = core.get(i);
        if (accepts(f, p, text)) {
          core.set(i, new Part(new Predicate.Qualified(p.predicate(), f.qualifier(), f.widens()), p.start(), p.end(), p.note()));
          placed = true;
        }
      }
      if (!placed) {
        r.gap("OTHER", "qualifier not placed (" + f.qualifier() + ")");
      }
    }
  }

  private static boolean accepts(Found f, Part p, String text) {
    if (f.place() == Place.NEXT && !(p.start() >= f.end() && text.substring(f.end(), p.start()).isBlank())) {
      return false;
    }
    Predicate inner = p.predicate();
    while (inner instanceof Predicate.Qualified q) {
      inner = q.part();
    }
    return f.target().test(inner);
  }

  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

  /** The part a PREVIOUS qualifier accepts that ends at {@code edge}: right before it ({@code first}), else joined by a slash; -1 if none. */
  private static int previous(Found f, List<Part> core, String text, int edge, boolean first) {
    if (f.place() != Place.PREVIOUS) {
      return -1;
    }
    for (int i = 0; i < core.size(); i++) {
      Part p = core.get(i);
      if (p.end() <= edge && (first ? text.substring(p.end(), edge).isBlank() : SLASH.matcher(text.substring(p.end(), edge)).matches())
          && !(p.predicate() instanceof Predicate.Qualified) && f.target().test(p.predicate())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean mask(Pattern p, String raw, Sentence s) {
    Matcher m = p.matcher(raw);
    boolean any = false;
    while (m.find()) {
      s.mask(m.start(), m.end());
      any = true;
    }
    return any;
  }
}
