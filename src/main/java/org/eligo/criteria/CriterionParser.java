package org.eligo.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eligo.lexicon.Lexicons;

/**
 * Turns one criterion's text into a {@link Criterion}: computable with a {@link Predicate}, or
 * not computable with a category guess and the reason. Rule-based, driven by the lexicons.
 *
 * <p>Rules run in a fixed order on the text and mask what they consume: screening-visit items
 * (consent, contraception, pregnancy test, compliance, life expectancy, swallowing), planned or
 * feasible procedures and treatments ({@link PlanRule}), biomarkers,
 * performance status, age, metastases, conditions, prior therapy, gene variants, stage,
 * diagnosis, sex. Then:
 *
 * <ol>
 *   <li><b>Exceptions and examples.</b> Parts inside "except ...", "other than ...", "unless ..."
 *       are dropped (noted); parts inside "e.g. ...", "such as ...", "including ..." are dropped
 *       when a part of the same category comes before (they are instances of it).
 *   <li><b>Negation.</b> "no", "not", "without", "absence of", "negative for", "never" before a
 *       part (at most six words before it, no clause break) negate it and the parts listed right
 *       after it: inclusion "no EGFR or ALK alteration" is {@code Not(AnyOf(EGFR, ALK))}. Negation
 *       is read the same way in exclusions; the kind never flips a predicate: for an exclusion the
 *       predicate is the excluding statement.
 *   <li><b>Combination.</b> Parts joined by "or" or "/" are alternatives ({@link
 *       Predicate.AnyOf}), others must all hold ({@link Predicate.AllOf}); a bare comma list takes
 *       the conjunction that ends it, and in an exclusion a comma list of one category is a list of
 *       alternatives. Alternatives of prior therapy merge into one predicate (any of the drugs or
 *       classes), of diagnoses into one diagnosis.
 *   <li><b>Honesty.</b> A recognised concept that has no predicate (laboratory or ECG threshold,
 *       measurable disease, other malignancy not read whole by {@link OtherMalignancyRule}, procedures, concomitant medication, hypersensitivity,
 *       tissue, investigator judgement, menopausal status, a stage with an upper bound, a count of
 *       one drug class, a prior therapy within a time window, a permissive inclusion such as
 *       "treated brain metastases are eligible") makes the whole criterion not computable: a
 *       predicate that left out a conjunct (or a disjunct) would claim too much. Tied to the
 *       screening visit ("at screening", "screening ECG"), such measurements are administrative.
 *       Qualifiers that narrow a computed core without reversing it (a time window on a state,
 *       a long look-back on a condition, a treatment setting, "unresectable", an assumption such
 *       as "PD-L1 positive" read as TPS &ge; 1%) keep the criterion computable and are listed in
 *       its {@code reason}, which is otherwise null for computable criteria. A content word no
 *       rule read, or a qualifier word ("severe", "uncontrolled", "untreated"), beside the core
 *       makes the criterion not computable: one such word can change who qualifies.
 *   <li>Screening-visit items alone give {@link Predicate.Administrative}; beside other parts
 *       they are dropped with a note, since they never decide eligibility. A planned or feasible
 *       procedure ({@link PlanRule}) is dropped so only beside the parts of an inclusion. A vital
 *       sign with a limit, or the investigator's stated opinion, alone (the opinion also over
 *       conditions only) makes the criterion administrative too; so do a sample or data on file the
 *       study needs, and "adequate organ function" with no limit written in the criterion.
 * </ol>
 *
 * Text that none of this recognises is not computable, with reason "not yet computable: " and a
 * guess of its kind. Immutable and thread-safe once built.
 */
public final class CriterionParser {

  private static final Pattern RATIONALE = Pattern.compile(
      "\\b(?:should|must|will)?\\s*(?:be|are|is)\\s+excluded\\s+from\\s+(?:this|the)\\s+(?:clinical\\s+)?(?:study|trial)\\s+because\\b");
  private static final Pattern FAMILY = Pattern.compile(
      "family history|first-degree relatives?|\\brelatives? (?:with|who|of)|(?:mother|father|sister|brother|sibling)s? (?:with|who|had)");
  private static final Pattern HYPERSENSITIVITY = Pattern.compile(
      "hypersensitiv\\w*(?! pneumonitis)|allerg\\w*|anaphyla\\w*|contraindicat\\w*|intoleran\\w* to (?:any )?(?:of )?(?:the )?(?:study|investigational|excipient|components?)");

  /** A vital sign or body measurement: the screening visit takes it, the records hold an older one. */
  private static final String VITAL_SIGN = "vital sign or body measurement taken at screening";
  /** "In the investigator's opinion": the screening visit decides the criterion. */
  private static final String JUDGEMENT = "investigator judgement";
  private static final String SIGNIFICANT = "clinically significant (left to the investigator)";
  private static final String UNLISTED_CONDITION = "infection or other condition not in the lexicon";
  private static final String EXAMPLES = "general term known only by its examples";
  /** A tumour or blood sample the study tests: the site's pathology archive or the visit confirms it, not the notes. */
  private static final String TISSUE = "tissue sample availability";
  /**
   * A condition weighed for whether it lets the patient take part: "psychiatric disorder that would preclude study
   * participation", "... that would interfere with the ability to perform the test procedures", "vulnerability
   * affecting the participation in the trial", and the cause of a screening item ("inability to provide consent
   * because of ...", "inability to follow the procedures of the study, e.g. due to ..."). Compliance is confirmed at
   * the visit, so the conditions named are what the investigator weighs, not the criterion.
   */
  private static final String TAKING_PART = "judged to interfere with the study or taking part in it";
  private static final String AFFECT_VERB =
      "(?:interfer\\w*|preclud\\w*|affect\\w*|compromis\\w*|limit\\w*|imped\\w*|hamper\\w*|jeopardi[sz]\\w*)";
  private static final String WHOSE =
      "(?:the\\s+|their\\s+|his\\s+or\\s+her\\s+)?(?:(?:patients?|participants?|subjects?)(?:'s|')?\\s+)?";
  private static final Pattern TAKING_PART_JUDGED = Pattern.compile(
      "\\b" + AFFECT_VERB + "\\s+(?:with\\s+)?" + WHOSE + "(?:(?:ability|capacity)\\s+to\\s+(?:[\\w/-]+\\s+){0,5}?)?(?:the\\s+)?"
          + "(?:(?:study|trial|protocol)\\s+)?(?:participation|compliance|completion|requirements|procedures|(?:study|trial)\\b(?!\\s+(?:drugs?|treatments?|medications?|agents?|products?)))"
          + "(?:\\s+(?:in|of|with)\\s+(?:the\\s+)?(?:study|trial|protocol)(?:\\s+(?:requirements|procedures|treatment))?)?"
          + "|\\b(?:in)?ability\\s+to\\s+(?:(?:provide|give|sign)\\s+(?:informed\\s+|written\\s+)?consent"
          + "|(?:follow|comply\\s+with|adhere\\s+to|complete)\\s+(?:the\\s+)?(?:(?:study|trial)\\s+)?(?:procedures|requirements|protocol|visits)"
          + "(?:\\s+of\\s+the\\s+(?:study|trial))?)\\s*,?\\s*(?:e\\.g\\.,?\\s*|for example,?\\s*)?(?:because\\s+of|due\\s+to|owing\\s+to)\\b");
  private static final String NYHA_CLASS = "(?:iv|i{1,3}|[1-4])[ab]?";
  /** "NYHA class III-IV", "New York Heart Association (NYHA) Grade III-IV", "NYHA > 2", "NYHA III and IV". */
  private static final Pattern NYHA = Pattern.compile(
      "(?:\\(\\s*)?\\b(?:new york heart association|nyha)\\b(?:\\s*[(\\[]\\s*nyha\\s*[)\\]])?(?:\\s+(?:cardiac\\s+)?(?:functional\\s+)?"
          + "(?:class(?:ification)?|grade|stage)(?:\\s+of)?)?\\s*(?:(?:>|\u2265|>=|greater than)\\s*)?" + NYHA_CLASS
          + "(?:\\s*(?:-|\u2013|to|or|and|/)\\s*" + NYHA_CLASS + ")?\\b(?:\\s*\\))?");
  private static final Pattern VALID_DATA = Pattern.compile(
      "\\bvalid\\s+[^;.]{0,160}?\\b(?:data|results|information|follow-?up)\\b");
  private static final Pattern HAVE_SAMPLE = Pattern.compile(
      "\\b(?:have|has)\\s+(?:(?:an?|the|available)\\s+)?(?:(?:tumou?r|tissue|archival|biopsy)\\s+)?(?:specimens?|samples?|tissue\\s+blocks?)\\b");
  private static final Pattern MRI_CONTRAINDICATION = Pattern.compile(
      "contra-?indicat\\w*[^;.]{0,40}?\\b(?:mri|mr|magnetic resonance)\\b|\\b(?:mri|mr)\\s+contra-?indicat");
  /** What makes MRI unsafe or impossible, named beside "contraindication to MRI": examples of it, the same screening item. */
  private static final Pattern MRI_HAZARD = Pattern.compile(
      "\\b(?:metal(?:lic)?|ferromagnetic)\\s+(?:implants?|objects?|fragments?|foreign\\s+bod(?:y|ies)|devices?)\\b"
          + "|\\b(?:cardiac\\s+)?pacemakers?\\b|\\bclaustrophobi\\w*(?:\\s+not\\s+amenable\\s+to\\s+(?:medication|sedation))?");
  /** Data a (mostly retrospective) study needs on file: the study team checks it, not a fact about the patient. */
  private static final String DATA = "study data or follow-up on file";
  /** "Adequate organ function" with no limit in the text: the protocol's limits, checked on the screening tests. */
  private static final String ORGAN_FUNCTION = "organ function, limits left to the protocol (screening laboratory tests)";
  private static final Pattern UNSTATED_FUNCTION = Pattern.compile(
      "\\b(?:adequate|sufficient|appropriate|acceptable|normal|preserved)\\s+(?:[\\w,/-]+\\s+){0,6}?functions?\\b");
  /**
   * How a sample was obtained ("surgical tissue samples", "surgical/bioptic material", "tissue sample
   * (core, incisional or excisional biopsy)", "tissue from the resected primary tumour"): no
   * procedure criterion, the sample is.
   */
  private static final Pattern SAMPLE_SOURCE = Pattern.compile(
      "\\b(?:surgical|surgically resected|resected|excised|bioptic|biopsy|core|incisional|excisional)"
          + "(?:\\s*(?:/|,|or|and)\\s*(?:surgical|bioptic|biopsy|core|incisional|excisional))*\\s+(?:(?:tumou?r|malignant|primary)\\s+)?"
          + "(?:tissues?|material|specimens?|samples?|blocks?)\\b"
          + "|\\b(?:tissue|specimens?|samples?|material)\\s*\\((?:\\s*(?:core|needle|incisional|excisional|surgical|biops(?:y|ies)|or|and|,)\\s*)+\\)"
          + "|\\b(?:tissue|specimens?|samples?|material)\\s+from\\s+(?:the\\s+|an?\\s+)?(?:resected|excised|biopsied)\\s+(?:primary\\s+)?(?:tumou?r|lesion)\\b"
          // "tumour tissue from an unresectable or metastatic site": the stage words say where the sample was taken
          + "|\\b(?:tissue|specimens?|samples?|material)\\s+from\\s+(?:the\\s+|an?\\s+)?(?:(?:unresectable|inoperable|metastatic|recurrent|"
          + "locally advanced|advanced|primary)(?:\\s*(?:,|/|or|and|and/or)\\s*)?)+\\s*(?:tumou?r\\s+)?(?:sites?|lesions?|tumou?rs?|disease)\\b");

  /** Masks every match of {@code p} in {@code raw}: words read as said already or as how, not what. */
  private static void maskAll(Pattern p, String raw, Sentence s) {
    Matcher m = p.matcher(raw);
    while (m.find()) {
      s.mask(m.start(), m.end());
    }
  }

  private static final Pattern ADVANCED = Pattern.compile("\\b(?:locally advanced|metastatic|unresectable|advanced)\\b");
  private static final String CURATIVE_MEANS = "(?:surgery|surgical resection|resection|treatment|therapy|therapies|radiotherapy|radiation therapy|radiation"
      + "|chemoradiation|chemoradiotherapy|local therapy|locoregional therapy)";
  /** "not amenable to curative surgery or radiotherapy", "not a candidate for curative-intent treatment". */
  private static final Pattern NOT_CURABLE = Pattern.compile(
      "\\b(?:that is |which is |and )?(?:not|no longer)\\s+(?:amenable|suitable|eligible|candidates?|a candidate)\\s+(?:to|for)\\s+"
          + "((?:curative|definitive)(?:[\\s-]+intent)?\\s+" + CURATIVE_MEANS
          + "(?:\\s*(?:,|or|and/or|and)\\s*(?:curative\\s+|definitive\\s+)?" + CURATIVE_MEANS + ")*)");
  private static final String AGED = "\\s+for\\s+(?:participants|patients|subjects)\\s+aged\\s+";
  private static final String PS_RANGE = "([0-4])\\s*(?:to|-|\u2013)\\s*([0-4])";
  private static final Pattern ECOG_BY_AGE = Pattern.compile(
      "\\becog(?:\\s+performance\\s+status)?(?:\\s+of)?\\s+" + PS_RANGE + AGED + "(\\d{1,2})(?:\\s+years)?\\s+(?:or|and)\\s+(?:older|above)"
          + "\\s*[,;]?\\s*or\\s+" + PS_RANGE + AGED + "(\\d{1,2})\\s*(?:to|-|\u2013)\\s*(\\d{1,2})(?:\\s+years)?");
  private static final Pattern LANSKY_FOR_AGE = Pattern.compile(
      "\\blansky(?:\\s+play[- ]performance)?(?:\\s+(?:score|scale|status))?\\s*(?:\u2265|>=|of at least|at least)\\s*(\\d{2,3})\\s*%?"
          + "\\s+(?:for|in)\\s+(?:patients|participants|children|subjects)\\s+(?:aged\\s+)?"
          + "(?:(\\d{1,2})\\s*(?:to|-|\u2013)\\s*(\\d{1,2})(?:\\s+years)?|(?:<|under|younger than)\\s*(\\d{1,2})(?:\\s+years)?)");

  /**
   * The one ECOG requirement of the criterion holds above the Lansky age band, the Lansky score
   * within it: {lansky minimum, lowest age, highest age}. Without an ECOG part it stays a gap.
   */
  private static void byAgeBand(List<Part> parts, int[] band, Reading r) {
    List<Part> ecog = parts.stream().filter(p -> p.predicate() instanceof Predicate.PerformanceStatus ps && ps.scale().equals("ECOG")).toList();
    if (ecog.size() != 1) {
      r.gap("PERFORMANCE_STATUS", "Lansky play-performance scale");
      return;
    }
    Part e = ecog.get(0);
    Predicate adults = new Predicate.AllOf(List.of(new Predicate.Age(band[2] + 1, null), e.predicate()));
    Predicate children = new Predicate.AllOf(List.of(new Predicate.Age(band[1] == 0 ? null : band[1], band[2]),
        new Predicate.PerformanceStatus("Lansky", band[0], 100)));
    parts.set(parts.indexOf(e), new Part(new Predicate.AnyOf(List.of(adults, children)), e.start(), e.end(), e.note()));
  }

  private static final Pattern HER2_TWICE = Pattern.compile(
      "\\b(her-?2)\\s*\\(erbb2\\)\\s*amplification(?:\\s+or\\s+(overexpression)(?=\\s*\\(her-?2[- ]positive\\)))?");
  /**
   * Words that change no one's eligibility: "with or without X" ending its clause (one to three
   * words, no "and" or "or" among them, so "with or without radiation or chemotherapy" is left
   * alone), "unilateral and/or bilateral", which together leave no side out, "invasive" or "non-invasive"
   * glossed by a stage in brackets ("non-invasive (stage 0)"), which the stage says, "epithelial" before a
   * carcinoma, which is epithelial by definition, and grade IV (WHO
   * grade 4) beside glioblastoma, which is that grade by definition; "invasive or in situ" (either
   * order) before a cancer, which together leave no one out.
   */
  private static final Pattern HARMLESS = Pattern.compile(
      "\\bwith or without\\s+(?:(?!(?:and|or|and/or)\\b)[\\w/-]+\\s*){1,3}(?=[,;.)]|$)|"
          + "\\bepithelial(?=\\s+(?:[a-z-]+\\s+)?carcinomas?\\b)|"
          + "\\b(?:invasive\\s+or\\s+(?:non-?invasive|in[- ]situ)|(?:non-?invasive|in[- ]situ)\\s+or\\s+invasive)\\b|"
          + "\\b(?:unilateral\\s+(?:and/or|or|and\\s*/\\s*or)\\s+bilateral|bilateral\\s+(?:and/or|or|and\\s*/\\s*or)\\s+unilateral)\\b|"
          + "\\b(?:non-?invasive|invasive|in[- ]situ)(?=\\s*\\(\\s*stages?\\s+(?:[0-4]|iv|i{1,3})[a-c]?\\b)|"
          + "\\b(?:who\\s+)?grade\\s+(?:iv|4)\\s+(?=glioblastoma\\b)|(?<=glioblastoma)\\s*,?\\s*\\(?(?:who\\s+)?grade\\s+(?:iv|4)\\)?");
  private static final Pattern DRIVER_HEADING = Pattern.compile(
      "\\b(?:another|other|an?|any)\\s+(?:known\\s+)?(?:oncogenic\\s+|actionable\\s+|targetable\\s+)*driver"
          + "(?:\\s+(?:alterations?|mutations?|genes?))?(?:\\s+(?:besides|other than|apart from|in addition to)\\s+[a-z0-9]+)?\\s*:");
  private static final Pattern OR_OTHER = Pattern.compile(
      "\\b[a-z]+ or other (?=(?:[a-z]+ )?(?:cancers?|carcinomas?|tumou?rs?|malignanc(?:y|ies))\\b)");
  /** An enumeration that ends with "other": "NSCLC, medullary or other thyroid cancer and any other solid tumour". */
  private static final Pattern ENUMERATION_END = Pattern.compile("(?:\\bor|\\band|\\bany|,|\\bincluding|\\bsuch as)\\s*$");

  /**
   * Whether the text speaks of a second cancer; in an inclusion, "other" at the end of an
   * enumeration of the trial's own cancers ("... or other thyroid cancer") names no second one.
   */
  private static boolean secondCancerNamed(String raw, Criterion.Kind kind) {
    Matcher m = OtherMalignancyRule.TRIGGER.matcher(raw);
    while (m.find()) {
      boolean enumerated = kind == Criterion.Kind.INCLUSION && raw.startsWith("other", m.start())
          && ENUMERATION_END.matcher(raw.substring(Math.max(0, m.start() - 14), m.start())).find();
      // "Histologically confirmed malignancy other than melanoma": the trial's own cancer, any but those
      // named (DiagnosisRule); "no malignancy other than ..." or "history of" still speak of a second one.
      boolean ownCancer = kind == Criterion.Kind.INCLUSION && m.group().endsWith("other than")
          && !NEGATION.matcher(raw.substring(0, m.start())).find() && !raw.substring(0, m.start()).contains("history");
      if (!enumerated && !ownCancer) {
        return true;
      }
    }
    return false;
  }

  /** A sample the study needs: "must be able to provide tissue samples", "an archival FFPE specimen is available". */
  private static final Pattern SAMPLE = Pattern.compile(
      "(?:provide[sd]?|provision of|submit\\w*|supplies|supply|collect\\w*|availability of|sufficient|adequate|enough|amount of|must have|willing to provide)"
          + "\\s+(?:[\\w/-]+\\s+){0,4}?(?:tissue|specimens?|samples?|blocks?|slides|material)\\b"
          + "|\\btissue\\s+(?:(?:is|are)\\s+)?(?:not\\s+)?(?:available|accessible)"
          + "|\\b(?:tissue|specimens?|samples?|material|blocks?)\\b[^.;]{0,60}?\\b(?:is|are)\\s+(?:\\w+\\s+)?available\\b|\\barchival\\b|paraffin|\\bffpe\\b");

  /** Gaps recognised in what the rules left unmasked. */
  private static final List<Object[]> LEFT_GAPS = List.of(
      new Object[] {"LAB", "laboratory threshold", Pattern.compile(
          "\\b(?:anc|absolute neutrophil|neutrophils?|platelets?|ha?emoglobin|hgb|creatinine|bilirubin|ast|alt|sgot|sgpt|"
              + "transaminases?|aminotransferase|uln|upper limit of normal|albumin|inr|a?ptt|prothrombin|clearance|wbc|"
              + "white blood cells?|leukocytes?|lymphocytes? count|potassium|sodium|calcium|magnesium|glucose|hba1c|lipase|amylase|"
              + "tsh|psa|laboratory (?:values?|tests?|results?|parameters?|abnormalit\\w*|criteria|function)|adequate laboratory|lab values|organ (?:system )?function|marrow function|hepatic function|renal function|liver function|"
              + "kidney function|blood counts?|hematologic(?:al)? function|g/dl|mg/dl|µmol/l|umol/l|ml/min|/mm3|x ?10\\^?9)\\b")},
      new Object[] {"LAB", "cardiac measurement", Pattern.compile(
          "(?:qtc\\w*|qt interval|lvef|ejection fraction)"
              + "[^;.]{0,40}?(?:[<>\u2264\u2265]|\\d{2,3}\\s*(?:ms|msec|%|mm|kg))|\\bnyha (?:class )?(?:i|ii|iii|iv|[1-4])\\b")},
      new Object[] {"LAB", VITAL_SIGN, Pattern.compile(
          "\\b(?:blood pressure|oxygen saturation|spo2|heart rate|pulse rate|bmi|body mass index|(?:body )?weight(?! loss| gain))"
              + "[^;.]{0,40}?(?:[<>\u2264\u2265]|\\d{2,3}\\s*(?:ms|msec|%|mm|kg|bpm)"
              + "|\\b(?:under|over|above|below|less than|greater than|more than|at least|at most)\\s+\\d)")},
      new Object[] {"MEASURABLE_DISEASE", "measurable disease (RECIST)", Pattern.compile(
          "measurable|evaluable (?:disease|lesions?)|\\brecist|target lesions?|\\brano\\b|\\blugano\\b|\\biwg\\b")},
      new Object[] {"THERAPY", "concomitant medication or vaccine", Pattern.compile(
          "\\b(?:concomitant|concurrent) (?:use|medications?|treatment|therapy|administration|drugs?)|strong (?:cyp\\w*|inhibitors?|inducers?)|"
              + "\\bcyp ?3a4?\\b|\\bp-gp\\b|live (?:attenuated )?vaccin\\w*|vaccin\\w* within|"
              + "(?:current|ongoing|chronic|daily|concurrent|concomitant|receiving|taking) (?:use of )?(?:systemic |oral )?(?:cortico)?steroids?|"
              + "(?:cortico)?steroids?[^;.()]{0,25}(?:\\d+\\s*mg|equivalent)|(?:current|ongoing|receiving|taking) immunosuppressive")},
      new Object[] {"THERAPY", "other investigational treatment or study", Pattern.compile(
          "investigational (?:agents?|drugs?|products?|devices?|therap\\w*|medicin\\w*|treatments?)|(?:another|other) (?:interventional )?(?:clinical )?(?:trials?|stud(?:y|ies))|"
              + "participat\\w* in (?:another|other|an?) (?:\\w+ )?(?:clinical )?(?:trial|study)")},
      new Object[] {"THERAPY", "surgery, radiotherapy or procedure", Pattern.compile(
          "\\bsurger(?:y|ies)|surgical|radiotherapy|radiation|irradiat\\w*|\\bresection|transplant\\w*|\\bprocedures?\\b|"
              + "\\bbiops(?:y|ies)|\\bstents?\\b|catheter|\\bimplant\\w*|\\bdialysis")},
      new Object[] {"OTHER", TISSUE, SAMPLE},
      new Object[] {"OTHER", DATA, Pattern.compile(
          "\\b(?:complete[d]?|valid|available|availability of|sufficient)\\s+(?:[\\w/-]+\\s+){0,3}?(?:data|information)\\b"
              + "|\\b(?:record|clinical|follow-?up|sample|treatment|ihc|msi|outcome|survival)\\s+(?:data|information)\\b"
              + "|\\b\\d+\\s*(?:years?|months?)\\s+of\\s+follow-?up\\b")},
      new Object[] {"OTHER", JUDGEMENT, Pattern.compile(
          "investigator'?s? (?:opinion|judge?ment|discretion)|opinion of (?:the |an? )?(?:treating )?(?:investigator|physician)|"
              + "judge?ment of (?:the |an? )?(?:treating )?(?:investigator|physician)|(?:deemed|considered|judged) by (?:the |an? )?(?:treating )?(?:investigator|physician)|"
              + "at the discretion")},
      new Object[] {"OTHER", "clinically significant (left to the investigator)", Pattern.compile("clinically significant")},
      new Object[] {"STAGE", "stage wording not read", Pattern.compile(
          "\\bstages?\\s*(?:[<>\u2264\u2265=]|greater than|higher than|above|below|less than|lower than|of)?\\s*(?:iv|i{1,3}|[0-4])[abc]?\\b")},
      new Object[] {"CONDITION", "menopausal status", Pattern.compile("menopaus\\w*")},
      new Object[] {"OTHER", UNLISTED_CONDITION, Pattern.compile(
          "\\binfections?\\b|\\bsepsis\\b")});

  private static final Pattern CONFIRMED_BY_BIOPSY = Pattern.compile(
      "\\bbiops(?:y|ies)[- ](?:proven|proved|confirmed)\\b|"
          + "\\b(?:confirmed|proven|proved|diagnosed|documented)\\s+(?:by|on|at|via|with|from)\\s+(?:an?\\s+|the\\s+)?"
          + "(?:(?:previous|prior|endoscopic|core|needle|tissue|diagnostic)\\s+)*biops(?:y|ies)\\b"
          + "(?:\\s+or\\s+(?:pathological|histological|histopathological)\\s+examination\\s+of\\s+the\\s+(?:resected|surgical)\\s+"
          + "(?:tumou?r|specimen))?|"
          + "\\bon\\s+(?:an?\\s+|the\\s+)?(?:previous|prior)\\s+biops(?:y|ies)\\b");
  /** "(for example adenocarcinoma)" after a cancer of a stated histology: an illustration of it, not a further condition. */
  private static final Pattern HISTOLOGY_EXAMPLE = Pattern.compile(
      "(?i)\\((?:for example|for instance|e\\.g\\.,?|such as)\\s+(?:[a-z-]+\\s+){0,2}[a-z-]*(?:carcinoma|sarcoma|blastoma)s?"
          + "(?:\\s*(?:,|or|and)\\s*(?:[a-z-]+\\s+){0,2}[a-z-]*(?:carcinoma|sarcoma|blastoma)s?)*\\s*\\)");
  private static final Pattern ANY_TIME_OR_KIND = Pattern.compile(
      "\\b(?:concurrent|current)\\s+or\\s+(?:prior|previous|past)\\b|\\bor\\s+related\\b(?=\\s+dementias?\\b)");
  /** "need corticosteroids or anticonvulsants to control symptoms": what the need is for, which the need already says. */
  private static final Pattern TO_CONTROL_SYMPTOMS = Pattern.compile("\\bto control (?:the |their |its )?(?:symptoms|them)\\b");
  private static final Pattern SCREENING = Pattern.compile(
      "\\bscreening\\b|at (?:the )?(?:baseline|enrol?ment) visit|prior to (?:the )?(?:first dose|randomi[sz]ation|enrol?ment)");
  private static final Pattern SUSPECTED = Pattern.compile("(?i)\\b(?:suspected|presumed|presumptive|probable|suspicion of)\\b");

  /**
   * Each diagnosis part that a suspicion word precedes by at most 60 characters, with no other part
   * between, becomes {@code Qualified[widens=true]}; true when every suspicion word found one.
   */
  private static boolean widenSuspected(String raw, List<Part> core) {
    Matcher m = SUSPECTED.matcher(raw);
    boolean all = true;
    while (m.find()) {
      int cue = m.end();
      int best = -1;
      for (int i = 0; i < core.size(); i++) {
        Part part = core.get(i);
        boolean between = false;
        for (Part other : core) {
          // a stage or setting between ("suspected primary or metastatic breast cancer") is the disease's own wording
          between |= other != part && other.start() >= cue && other.start() < part.start() && !other.predicate().category().equals("STAGE");
        }
        if (part.start() >= cue && part.start() - cue <= 60 && !between
            && (part.predicate() instanceof Predicate.Diagnosis || part.predicate() instanceof Predicate.Qualified q && q.widens())) {
          best = i;
        }
      }
      if (best < 0) {
        all = false;
      } else if (core.get(best).predicate() instanceof Predicate.Diagnosis d) {
        Part part = core.get(best);
        core.set(best, new Part(new Predicate.Qualified(d, "a suspected diagnosis", true), part.start(), part.end(), part.note()));
      }
    }
    return all;
  }
  static final Pattern WINDOW = Pattern.compile(
      "(?:within|in the (?:last|past|previous|prior)|during (?:the )?(?:last|past|previous|prior)|over the (?:last|past))\\s+(?:the\\s+)?"
          + "(?:last |past |previous |prior )?(\\d+|one|two|three|four|five|six|twelve)\\s*(days?|weeks?|months?|years?|half-lives|hours?)"
          + "|(\\d+)\\s*(days?|weeks?|months?|years?|half-lives)\\s+(?:prior to|before|from|after|since)"
          + "|(?:days?|weeks?|months?)\\s+(?:prior to|before)\\s+(?:randomi|enrol|registration|first dose|start|day 1|study)"
          + "|(?:within|in|during|over)\\s+(?:the\\s+)?(?:last|past|previous|prior)\\s+(?<single>year|month|week)\\b");

  /** The amount of a {@link #WINDOW} match as written ("4", "six"; "1" for "the past year"), or null when it names none. */
  static String windowAmount(Matcher w) {
    return w.group(1) != null ? w.group(1) : w.group(3) != null ? w.group(3) : w.group("single") != null ? "1" : null;
  }

  /** The unit of a {@link #WINDOW} match as written ("weeks", "year"), or null when it names none. */
  static String windowUnit(Matcher w) {
    return w.group(2) != null ? w.group(2) : w.group(4) != null ? w.group(4) : w.group("single");
  }
  /** A stage group with brackets right after it (group 1). */
  private static final Pattern STAGE_THEN_TNM = Pattern.compile(
      "\\bstages?\\s+(?:(?:[0-4]|iv|i{1,3})[a-c]?(?:\\s*(?:-|\u2013|to|or|and|,)\\s*)?)+\\s*(\\(\\s*[ptc]?t(?:[0-4x]|is)[^()]*\\))");
  /** A T, an N and an M category, written apart or run together ("T1-4N0M0"). */
  private static final Pattern FULL_TNM = Pattern.compile(
      "^(?=.*\\bc?[ptc]?t(?:[0-4x]|is))(?=.*(?:\\b|[0-4a-d])n[0-3x])(?=.*(?:\\b|[0-3a-c])m[01x]\\b)");

  /** "first primary cancer (diagnosis)", "first primary malignancy". */
  private static final Pattern FIRST_PRIMARY = Pattern.compile(
      "\\bfirst\\s+primary\\s+(?:cancer|malignancy|tumou?r|neoplasm)(?:\\s+diagnosis)?\\b");
  /** An alternative after a window that falls in the study itself: "or during the study period". */
  private static final Pattern ON_STUDY = Pattern.compile(
      "\\s*,?\\s*(?:or|and/or)\\s+(?:at\\s+any\\s+time\\s+)?during\\s+(?:the\\s+)?(?:course\\s+of\\s+(?:the\\s+)?)?(?:study|trial)"
          + "(?:\\s+(?:period|treatment|participation))?\\b(?![\\w-])");
  private static final Pattern PERMISSIVE = Pattern.compile(
      "\\b(?:are|is|will be|may be|can be|would be)\\s+(?:also\\s+)?(?:eligible|allowed|permitted|acceptable|included|enrolled)\\b"
          + "|\\bmay (?:participate|enrol+)\\b");
  /**
   * "another anti-PD-1 agent besides nivolumab": after "other" or "another", "besides" leaves out what follows it (not in a
   * heading before a colon, "another driver besides RET: ...", whose list is what the criterion names).
   */
  private static final String BESIDES = "(?<=\\b(?:an)?other\\s[^.;,]{0,60})besides\\b(?!\\s+[\\w-]+\\s*:)";
  private static final Pattern EXCEPT = Pattern.compile(
      "\\b(?:except(?:\\s+for)?|with the exception of|excluding|other than|apart from|aside from|but not|unless|not including|"
          + "exceptions?(?: are| include)?:|" + BESIDES + ")");
  /** "Replacement therapy (...) does not count as systemic treatment", in a sentence after the first. */
  private static final Pattern REPLACEMENT_NOT_SYSTEMIC = Pattern.compile(
      "(?<=[.;]\\s)[^.;]*?\\breplacement\\b[^.;]*?\\bdo(?:es)? not count as (?:an? )?systemic (?:treatment|therapy)[^.;]*[.;]?");
  private static final Predicate AUTOIMMUNE = new Predicate.Condition("autoimmune disease");
  private static final Pattern LOOK_BACK_YEARS = Pattern.compile(
      "(?i)\\b(?:in|within|during)\\s+the\\s+(?:past|last|previous|preceding)\\s+(\\d{1,2}|one|two|three|four|five)\\s+years?\\b");

  /** "in the past 2 years", "within the last two years": the years, or null. */
  private static Integer lookBackYears(String raw) {
    Matcher m = LOOK_BACK_YEARS.matcher(raw);
    if (!m.find()) {
      return null;
    }
    return Character.isDigit(m.group(1).charAt(0)) ? Integer.parseInt(m.group(1)) : SpelledNumbers.value(m.group(1));
  }

  private static final Pattern LOCAL_TREATMENT_EXCEPTED = Pattern.compile(
      "(?i)\\b(?:only\\s+(?:hormone\\s+)?replacement|hormone\\s+replacement|not\\s+(?:needing|requiring|requir\\w*)\\s+systemic|topical)");
  private static final Pattern NEEDED_SYSTEMIC_TREATMENT = Pattern.compile(
      "(?i)(?<!\\bnot\\s)(?<!\\bno\\s)\\b(?:requir\\w*|need\\w*|necessitat\\w*)\\s+(?:\\w+\\s+){0,2}?systemic\\s+(?:treatment|therapy)");
  /** The autoimmune conditions whose treatment is hormone replacement (thyroxine, insulin, physiological corticosteroids). */
  private static final List<String> REPLACED_HORMONES = List.of("autoimmune thyroiditis", "type 1 diabetes", "Addison disease");

  /** A sentence after the first that lets patients back in: "... do not exclude", "... are allowed". */
  private static final Pattern NOT_EXCLUDED = Pattern.compile(
      "(?<=[.;]\\s)[^.;]*?\\b(?:do(?:es)? not exclude|(?:is|are) not (?:considered )?exclusionary"
          + "|(?:is|are) (?:allowed|permitted|acceptable|eligible)|may (?:be )?(?:enrol\\w*|included|participate))\\b[^.;]*[.;]?");
  private static final Pattern EXAMPLE = Pattern.compile(
      "\\b(?:e\\.g\\.?|eg\\.|such as|including|includes|i\\.e\\.?|for example|for instance|namely)|(?<=[a-z] )like\\b(?!\\s+to\\b)");
  private static final Pattern NEGATION = Pattern.compile(
      "\\b(?:no|not|without|absence of|absent|free of|negative for|never|neither|lack of|lacking|ruled out|denies|must not|cannot have)\\b");
  private static final Pattern PSEUDO_NEGATION = Pattern.compile(
      "^(?:no|not) (?:more|less|greater|longer|exceeding|fewer|older|younger|lower|higher|only|later|amenable|candidates?|"
          + "a candidate|eligible|suitable|required|applicable|responding|responsive|due|related|limited)\\b|^no evidence of disease progression");
  private static final Pattern TERMINATOR = Pattern.compile("[;:.]|\\b(?:but|however|although|except|unless|which|whose)\\b");
  private static final Pattern LIST_GAP = Pattern.compile("^[\\s,/()]*(?:(?:or|and|nor|and/or|either)\\b[\\s,/()]*)*$");
  /** "neither a sensitizing EGFR mutation nor an ALK rearrangement": an article after or/nor still lists. */
  private static final Pattern ALTERNATIVE_ARTICLE = Pattern.compile("\\b(or|nor)\\s+(?:an?|any|the)\\b");
  private static final Pattern OR_GAP = Pattern.compile("\\bor\\b|/|\\bnor\\b|\\beither\\b");
  /** ", or": an alternative after a qualifying clause ("ILD that required steroids, or current pneumonitis"). */
  private static final Pattern LISTED_OR = Pattern.compile("[,;]\\s*(?:or|and/or)\\b");
  private static final Pattern SEMICOLON_OR = Pattern.compile("\\s*;\\s*(?:or|and/or)\\b");
  private static final Pattern SEMICOLON_ITEM = Pattern.compile("\\s*;\\s*(?:(?:an?|the)\\s+)?");
  /** "; and": a word right after an exclusion's semicolon that joins its items into one requirement. */
  private static final Pattern EXCLUSION_ITEM_AND = Pattern.compile(";\\s*(?:and|plus|both|with)\\b(?!/)");
  private static final Pattern QUALIFYING_GAP = Pattern.compile("\\bwith\\b|\\bwho\\b|\\bthat\\b|\\bhaving\\b|\\bwhose\\b|;");
  /**
   * "prior immunotherapy or treatment with another anti-PD-1 agent": "or" before a treatment noun and "with" (or "of") joins
   * alternatives; the "with" there takes the treatment's object and qualifies nothing.
   */
  private static final Pattern OR_TREATMENT_WITH = Pattern.compile(
      "^\\s*,?\\s*(?:or|and/or)\\s+(?:(?:any|prior|previous|earlier)\\s+)?(?:treatment|therapy|exposure|use)\\s+(?:with|of|to)"
          + "\\s+(?:(?:an?|any|the)\\s+)?(?:(?:an)?other\\s+)?$");
  private static final Pattern AND_GAP = Pattern.compile("\\band\\b|\\bwith\\b|\\bplus\\b|;|\\bwho\\b|\\bhaving\\b|\\bthat\\b|\\bwhose\\b");

  /** Longest text read as one criterion; the longest line of the 986 LCT trials has 805. */
  static final int MAX_LENGTH = 2_000;

  /**
   * Unrecognised content words from which a computed core no longer stands for the criterion: one
   * is enough, since a single word ("secondary", "CNS", "of the thigh", "Child C") can narrow or
   * widen who qualifies.
   */
  private static final int RESIDUE_LIMIT = 1;

  private final List<Rule> rules;
  private final org.eligo.lexicon.Cancers cancers;

  /** A parser over {@code lexicons} and {@code lexicons/variant_sets.tsv}. */
  public CriterionParser(Lexicons lexicons) {
    Objects.requireNonNull(lexicons, "lexicons");
    this.cancers = lexicons.cancers();
    this.rules = List.of(
        new AdministrativeRule(),
        new PlanRule(),
        new HypersensitivityRule(),
        new LabRule(lexicons.labs()),
        new MeasurementRule(),
        new BiomarkerRule(),
        new PerformanceRule(),
        new MeasurableRule(),
        new LesionRule(),
        new AgeRule(),
        new MetastasisRule(),
        new ConditionRule(lexicons.conditions()),
        new RelapseRule(lexicons.drugs()),
        new TherapyRule(lexicons.drugs()),
        new VariantRule(lexicons.genes(), VariantSets.load()),
        new StageRule(),
        new DiagnosisRule(lexicons.cancers()),
        new TumourSiteRule(),
        new SexRule());
  }

  /** A criterion and the concepts read from its text, with their spans, for agreement with span annotations. */
  public record Parse(Criterion criterion, List<Concept> concepts) {
    public Parse {
      Objects.requireNonNull(criterion, "criterion");
      concepts = List.copyOf(concepts);
    }
  }

  /**
   * A concept at {@code [start, end)} of a criterion's text that a predicate was built from:
   * {@code CONDITION} (a condition, cancer diagnosis or metastasis), {@code DRUG} (a drug or drug
   * class of a prior-therapy part) or {@code COMPARISON} (then {@code comparison} says how it
   * compares). Concepts inside an exception ("except ...") are not the criterion's and are left out.
   */
  public record Concept(String type, int start, int end, Comparison comparison) {}

  /** The criterion {@code id} of {@code kind} read from {@code text}. */
  public Criterion parse(String id, Criterion.Kind kind, String text) {
    return parse(id, kind, text, new ArrayList<>());
  }

  /** The criterion {@code id} of {@code kind} read from {@code text}, with the concepts it was read from. */
  public Parse read(String id, Criterion.Kind kind, String text) {
    List<Concept> concepts = new ArrayList<>();
    Criterion c = parse(id, kind, text, concepts);
    return new Parse(c, concepts);
  }

  private Criterion parse(String id, Criterion.Kind kind, String text, List<Concept> concepts) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      // A block the segmenter could not split (no bullets, no line ends) is no single statement.
      return Criterion.notComputable(id, kind, text, "OTHER",
          "not computable: " + text.length() + " characters are too long for one criterion (at most " + MAX_LENGTH + "); split the text into items");
    }
    Sentence s = new Sentence(text);
    Reading r = new Reading();
    String raw = s.lower();
    // An exclusion of a second cancer is read whole or not at all (OtherMalignancyRule); in an
    // inclusion "malignancy other than melanoma" names the trial's own cancer and stays a gap.
    if (secondCancerNamed(raw, kind)
        && !(kind == Criterion.Kind.EXCLUSION && OtherMalignancyRule.read(s, r, cancers))) {
      r.gap("DIAGNOSIS", "other malignancy");
    }
    // "first primary cancer diagnosis": the trial's cancer is the patient's first, so no other cancer came before it
    Matcher first = FIRST_PRIMARY.matcher(raw);
    if (kind == Criterion.Kind.INCLUSION && first.find()) {
      s.mask(first.start(), first.end());
      r.add(new Part(new Predicate.Not(new Predicate.OtherMalignancy(null, false, Set.of(), false)), first.start(), first.end()));
    }
    // "Pregnant women are excluded from this study because ...": the reason given for an exclusion, and what it asks
    // of the site ("breastfeeding should be discontinued if ..."), is no further criterion.
    Matcher rationale = RATIONALE.matcher(raw);
    if (kind == Criterion.Kind.EXCLUSION && rationale.find()) {
      s.mask(rationale.start(), raw.length());
      raw = s.lower();
    }
    if (FAMILY.matcher(raw).find()) {
      r.gap("CONDITION", "family history");
    }
    // "Adjuvant chemotherapy is allowed if completed 6 months before ...": an allowance, read
    // below against the core (it restates an advanced-setting therapy predicate), not a requirement.
    Matcher allowance = ADJUVANT_ALLOWANCE.matcher(raw);
    String allowed = null;
    if (allowance.find()) {
      allowed = text.substring(allowance.start(), allowance.end()).trim();
      s.mask(allowance.start(), allowance.end());
    }
    // "locally advanced or metastatic ..., not amenable to curative surgery or radiotherapy": the same advanced disease, said again.
    String notCurable = null;
    if (kind == Criterion.Kind.INCLUSION && ADVANCED.matcher(raw).find()) {
      maskAll(NOT_CURABLE, raw, s);
    } else if (kind == Criterion.Kind.INCLUSION) {
      // "stage IIIB, IIIC or IV ... that is not a candidate for curative surgery or definitive chemoradiation":
      // a stage group alone does not say it; read against the stage below, after the rules.
      Matcher nc = NOT_CURABLE.matcher(raw);
      if (nc.find()) {
        notCurable = raw.substring(nc.start(1), nc.end()).trim();
        s.mask(nc.start(), nc.end());
      }
    }
    // "medullary or other thyroid cancer", "breast or other solid tumours": the broader cancer after "other" holds the first.
    if (kind == Criterion.Kind.INCLUSION) {
      maskAll(OR_OTHER, raw, s);
    }
    // "HER2 (ERBB2) amplification or overexpression (HER2-positive)": one gene named twice, and overexpression
    // is the HER2-positive status the parenthesis reads.
    Matcher twice = HER2_TWICE.matcher(raw);
    while (twice.find()) {
      s.mask(twice.start(1), twice.end(1));
      if (twice.group(2) != null) {
        s.mask(twice.start(2), twice.end(2));
      }
    }
    // "ECOG 0 to 2 for participants aged 75 or older, or 0 to 3 for participants aged 18 to 74": one range per age band.
    Matcher ecogByAge = ECOG_BY_AGE.matcher(raw);
    if (ecogByAge.find()) {
      int[] g = new int[8];
      for (int i = 1; i <= 7; i++) {
        g[i] = Integer.parseInt(ecogByAge.group(i));
      }
      if (g[1] <= g[2] && g[4] <= g[5] && g[6] <= g[7] && g[7] < g[3]) {
        r.add(new Part(new Predicate.AnyOf(List.of(
            new Predicate.AllOf(List.of(new Predicate.Age(g[3], null), new Predicate.PerformanceStatus("ECOG", g[1], g[2]))),
            new Predicate.AllOf(List.of(new Predicate.Age(g[6], g[7]), new Predicate.PerformanceStatus("ECOG", g[4], g[5]))))),
            ecogByAge.start(), ecogByAge.end(), null));
        s.mask(ecogByAge.start(), ecogByAge.end());
      }
    }
    // "ECOG 0-2 (Lansky >= 40% for patients aged 12 to 16)": the children's scale holds in its age band only.
    Matcher lansky = LANSKY_FOR_AGE.matcher(raw);
    int[] lanskyBand = null;
    if (lansky.find()) {
      int low = lansky.group(2) != null ? Integer.parseInt(lansky.group(2)) : 0;
      int high = lansky.group(3) != null ? Integer.parseInt(lansky.group(3)) : Integer.parseInt(lansky.group(4)) - 1;
      if (low <= high) {
        lanskyBand = new int[] {Integer.parseInt(lansky.group(1)), low, high};
        s.mask(lansky.start(), lansky.end());
      }
    }
    // "another known oncogenic driver besides RET: ...": the heading of the list of drivers that follows.
    maskAll(DRIVER_HEADING, raw, s);
    maskAll(HARMLESS, raw, s);
    // "biopsy-proven", "confirmed on previous biopsy": how a diagnosis was made, not a procedure criterion.
    maskAll(CONFIRMED_BY_BIOPSY, raw, s);
    Matcher source = SAMPLE_SOURCE.matcher(raw);
    while (SAMPLE.matcher(raw).find() && source.find()) {
      s.mask(source.start(), source.end());
      r.gap("OTHER", TISSUE);
    }
    // "concurrent or prior pregnancy", "Alzheimer's or related dementia": words that widen to the whole
    // of what follows, which the predicate already is.
    maskAll(ANY_TIME_OR_KIND, raw, s);
    // "surgery within 2 weeks of entry into the study or during the study period": what happens once the study has begun
    // is the study's rule for later; at screening only the window before it can have happened.
    Matcher onStudy = ON_STUDY.matcher(raw);
    while (onStudy.find()) {
      Matcher w = WINDOW.matcher(raw.substring(Math.max(0, onStudy.start() - 80), onStudy.start()));
      if (w.find()) {
        s.mask(onStudy.start(), onStudy.end());
        r.note("events during the study are not screened");
      }
    }
    boolean replacementExcepted = false;
    boolean locallyTreatedExcepted = false;
    Set<String> exceptedByName = new java.util.TreeSet<>();
    if (kind == Criterion.Kind.EXCLUSION) {
      // "Active autoimmune disease that needed systemic treatment ... Replacement therapy (for example thyroxine,
      // insulin ...) does not count as systemic treatment": the conditions treated by hormone replacement do not count.
      Matcher replacement = REPLACEMENT_NOT_SYSTEMIC.matcher(raw);
      if (replacement.find()) {
        s.mask(replacement.start(), replacement.end());
        replacementExcepted = true;
      }
    }
    if (kind == Criterion.Kind.EXCLUSION) {
      // "Active autoimmune disease. Vitiligo, type 1 diabetes ... do not exclude": a later sentence that lets some
      // patients back in is an exception, dropped with a note like "except ..." (metastases have their own reading).
      Matcher back = NOT_EXCLUDED.matcher(raw);
      while (back.find()) {
        String said0 = raw.substring(back.start(), back.end());
        if (!said0.contains("metasta") && !said0.contains("lesion")) {
          if (LOCAL_TREATMENT_EXCEPTED.matcher(said0).find()) {
            // "... hypothyroidism needing only hormone replacement, or psoriasis not needing systemic treatment do not exclude"
            locallyTreatedExcepted = true;
            for (String named : List.of("vitiligo", "type 1 diabetes")) {
              if (said0.contains(named)) {
                exceptedByName.add(named);
              }
            }
          }
          s.mask(back.start(), back.end());
          String said = text.substring(back.start(), back.end()).trim();
          if (!LOCAL_TREATMENT_EXCEPTED.matcher(said0).find()) {
            r.note("exception not represented: " + (said.length() > 60 ? said.substring(0, 57) + "..." : said));
          }
        }
      }
    }
    maskAll(TO_CONTROL_SYMPTOMS, raw, s);
    maskAll(HISTOLOGY_EXAMPLE, raw, s);
    if (MRI_CONTRAINDICATION.matcher(raw).find()) {
      // "Metallic implants, claustrophobia ..., or known contraindications to MR scanning": the usual contraindications to MRI
      maskAll(MRI_HAZARD, raw, s);
    }
    // "have valid BRAF, KRAS, CIMP results", "have tumor specimens": what a (mostly retrospective) study needs on file,
    // whatever the results say.
    Matcher valid = VALID_DATA.matcher(raw);
    while (valid.find()) {
      s.mask(valid.start(), valid.end());
      r.gap("OTHER", DATA);
    }
    Matcher specimens = HAVE_SAMPLE.matcher(raw);
    while (specimens.find()) {
      s.mask(specimens.start(), specimens.end());
      r.gap("OTHER", TISSUE);
    }
    // "intermediate- or high-risk prostate cancer": a risk group narrows the cancer after it, read after the rules
    Matcher risk = RISK_GROUP.matcher(raw);
    List<int[]> riskSpans = new ArrayList<>();
    while (risk.find()) {
      riskSpans.add(new int[] {risk.start(), risk.end()});
      s.mask(risk.start(), risk.end());
    }
    // "metastasis on initial presentation": when the stage was reached narrows it, read after the rules
    Matcher presentation = AT_PRESENTATION.matcher(raw);
    List<int[]> presentationSpans = new ArrayList<>();
    while (presentation.find()) {
      presentationSpans.add(new int[] {presentation.start(1), presentation.end(1)});
      s.mask(presentation.start(1), presentation.end(1));
    }
    // "stage I-II (T1-4N0M0)": a full T, N and M category in brackets after a stage group defines it
    Matcher tnm = STAGE_THEN_TNM.matcher(raw);
    while (tnm.find()) {
      if (FULL_TNM.matcher(tnm.group(1)).find()) {
        s.mask(tnm.start(1), tnm.end(1));
        r.note("the TNM categories in brackets read as the stage group's definition");
      }
    }
    // "heart failure NYHA class III-IV": the class narrows the heart failure, read after the rules
    Matcher nyha = NYHA.matcher(raw);
    List<int[]> nyhaSpans = new ArrayList<>();
    while (nyha.find()) {
      nyhaSpans.add(new int[] {nyha.start(), nyha.end()});
      s.mask(nyha.start(), nyha.end());
    }
    Matcher judgedPart = TAKING_PART_JUDGED.matcher(raw);
    while (judgedPart.find()) {
      // a screening item like compliance, placed where it is said: inside an example list it is dropped with the list
      s.mask(judgedPart.start(), judgedPart.end());
      r.add(new Part(new Predicate.Administrative(TAKING_PART), judgedPart.start(), judgedPart.end()));
    }
    // "BCLC stage 0-A", "(anal verge ≤ 10cm)", "secondary AML", "may receive a transfusion": qualifiers placed after the rules
    List<Narrowings.Found> narrowings = Narrowings.find(s, r);
    for (Rule rule : rules) {
      rule.apply(s, r);
    }
    settings(s, r);
    completed(s, r);
    String left = s.lower();
    // After the rules: "contraindication to MRI" is a procedure the visit decides, read by PlanRule.
    if (HYPERSENSITIVITY.matcher(left).find()) {
      r.gap("CONDITION", "drug hypersensitivity or contraindication");
    }
    for (Object[] g : LEFT_GAPS) {
      if (((Pattern) g[2]).matcher(left).find()) {
        r.gap((String) g[0], (String) g[1]);
      }
    }
    List<Part> parts = new ArrayList<>(r.parts());
    if (notCurable != null) {
      notCurable(parts, notCurable, r);
    }
    if (lanskyBand != null) {
      byAgeBand(parts, lanskyBand, r);
    }
    parts.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    String unblanked = left;
    List<Part> beforeDrop = List.copyOf(parts);
    left = dropExceptions(raw, left, parts, r);
    // the examples of a general term were read though dropped: they count as concepts read
    String exampled = raw;
    List<Part> illustrations = beforeDrop.stream().filter(p -> !parts.contains(p) && inExampleList(exampled, p)).toList();
    String cased = blankedLike(s.cased(), unblanked, left);
    dropInstances(raw, parts);
    if (kind == Criterion.Kind.INCLUSION) {
      dropAllowances(raw, parts, r);
    }
    for (Part p : parts) {
      if (p.note() != null) {
        r.note(p.note());
      }
    }
    List<Part> admin = parts.stream().filter(p -> p.predicate() instanceof Predicate.Administrative).toList();
    List<Part> core = new ArrayList<>(parts.stream().filter(p -> !(p.predicate() instanceof Predicate.Administrative)).toList());
    if (core.stream().anyMatch(p -> p.predicate() instanceof Predicate.OtherMalignancy)
        && core.stream().anyMatch(p -> mentions(p.predicate(), Predicate.Diagnosis.class) || mentions(p.predicate(), Predicate.Stage.class))) {
      // "bone metastases secondary to another tumour than breast cancer": which cancer is the other one is not held
      r.gap("DIAGNOSIS", "other malignancy beside a named cancer");
    }
    if (kind == Criterion.Kind.INCLUSION && SUSPECTED.matcher(raw).find()
        && core.stream().anyMatch(p -> mentions(p.predicate(), Predicate.Diagnosis.class))) {
      // "Known or suspected breast cancer": a suspicion qualifies, and records hold diagnoses made. A
      // diagnosis the suspicion comes right before is widened by it (a recorded one meets, another
      // cancer leaves it open); a suspicion of something else leaves the criterion a gap.
      if (!widenSuspected(raw, core)) {
        r.gap("DIAGNOSIS", "a suspected diagnosis qualifies");
      }
    }
    if (!nyhaSpans.isEmpty()) {
      // before the window: "NYHA class III-IV heart failure within 6 months" times the narrowed heart failure
      nyhaClass(text, nyhaSpans, core, r, kind);
    }
    boolean contraception = admin.stream().anyMatch(a -> ((Predicate.Administrative) a.predicate()).what().equals("contraception"));
    window(left, core, beforeDrop, r, adjuvantAllowance(raw, core), contraception);
    concepts.addAll(concepts(parts, r));
    concepts.addAll(concepts(illustrations, new Reading()));
    boolean adjuvantAllowance = adjuvantAllowance(raw, core);
    if (allowed != null && !adjuvantAllowance) {
      r.gap("THERAPY", "allowance of adjuvant therapy without an advanced-setting requirement");
    }
    Set<String> coreKinds = core.stream().map(p -> p.predicate().category()).collect(Collectors.toSet());
    // "One previous line of chemotherapy for metastatic disease is allowed": the setting's stage is the therapy's.
    boolean allowable = Set.of("METASTASIS", "THERAPY", "CONDITION", "PROCEDURE").containsAll(coreKinds)
        || coreKinds.contains("THERAPY") && Set.of("THERAPY", "STAGE").containsAll(coreKinds);
    if (kind == Criterion.Kind.INCLUSION && !core.isEmpty() && PERMISSIVE.matcher(raw).find() && allowable) {
      if (adjuvantAllowance) {
        // "adjuvant chemotherapy is allowed" restates what an advanced-setting predicate means
        r.note("adjuvant or neoadjuvant therapy allowed (it never counts for advanced disease)"
            + (allowed == null ? "" : "; its condition is not checked: '" + allowed + "'"));
      } else if (!allowedLines(core, r)) {
        r.gap("OTHER", "permissive statement (allows, does not require)");
      }
    }
    if (oneSiteOfColorectal(raw, core)) {
      // "Primary colon adenocarcinoma": the lexicon holds colon and rectum as one cancer, so a recorded
      // colorectal cancer leaves the site open; a diagnosis inside another part stays a gap.
      String site = COLON_SITE.matcher(raw).find() ? "of the colon, not the rectum" : "of the rectum, not the colon";
      if (!qualifyDiagnoses(core, d -> d.cancers().equals(Set.of("COLORECTAL")), site)) {
        r.gap("DIAGNOSIS", "colon or rectum only (the lexicon holds colorectal cancer as one)");
      }
    }
    for (int[] span : presentationSpans) {
      // the stage or metastasis right before it was reached at diagnosis; the records' stage is the newest, so a stage
      // found is left open, none found stands
      String said = text.substring(span[0], span[1]).trim();
      boolean placed = false;
      for (int i = 0; i < core.size(); i++) {
        Part p = core.get(i);
        if ((p.predicate() instanceof Predicate.Stage || p.predicate() instanceof Predicate.Metastasis) && p.end() <= span[0]
            && text.substring(p.end(), span[0]).matches("(?i)\\s*(?:(?:disease|cancer|tumou?r)\\s*)?")) {
          core.set(i, new Part(new Predicate.Qualified(p.predicate(), "reached " + said, false), p.start(), p.end(), p.note()));
          placed = true;
        }
      }
      if (!placed) {
        r.gap("STAGE", "time of diagnosis (" + said + ")");
      }
    }
    for (int[] span : riskSpans) {
      // the risk group's cancer is the diagnosis right after it; none there, or one inside another part, is a gap
      String whole = raw;
      String said = whole.substring(span[0], span[1]).replaceAll("\\s+", " ").trim();
      boolean placed = core.stream().anyMatch(p -> p.predicate() instanceof Predicate.Diagnosis && p.start() >= span[1]
          && RISK_TO_DIAGNOSIS.matcher(whole.substring(span[1], p.start())).matches())
          && qualifyDiagnoses(core, d -> true, said);
      if (!placed) {
        r.gap("DIAGNOSIS", "risk group (" + said + ")");
      }
    }
    boolean graded = gradedDiagnosis(raw, core);
    if (graded) {
      // "Previous low-grade glioma": the grade is not held by the diagnosis the lexicon gives, so a recorded glioma
      // leaves it open
      Matcher grade = GRADED.matcher(raw);
      grade.find();
      graded = !qualifyDiagnoses(core, d -> true, grade.group());
    }
    Matcher viralLoad = VIRAL_LOAD.matcher(raw);
    if (viralLoad.find() && core.stream().anyMatch(p -> namesCondition(p.predicate(), "HIV"))) {
      // "HIV infection (with a detectable viral load)": a patient with HIV and a suppressed viral load
      // does not count, which records state and eligo does not read: HIV, and a hepatitis named before
      // the viral load, are qualified by it.
      String load = viralLoad.group().startsWith("detectable")
          ? "a detectable viral load" : "a viral load above the stated limit";
      for (int i = 0; i < core.size(); i++) {
        Part part = core.get(i);
        if (part.predicate() instanceof Predicate.Condition c && (c.name().equals("HIV")
            || VIRAL_HEPATITIS.contains(c.name()) && part.start() < viralLoad.start())) {
          core.set(i, new Part(new Predicate.Qualified(c, load, false), part.start(), part.end(), part.note()));
        }
      }
    }
    if (NEWLY_DIAGNOSED.matcher(raw).find() && core.stream().anyMatch(p -> untreated(p.predicate()))) {
      // "Newly diagnosed or previously untreated squamous cell carcinoma": no treatment of any kind
      // (surgery, radiotherapy), where a line count covers systemic therapy for advanced disease only.
      for (int i = 0; i < core.size(); i++) {
        Part part = core.get(i);
        if (untreated(part.predicate())) {
          core.set(i, new Part(NO_TREATMENT, part.start(), part.end(), part.note()));
        }
      }
    }
    if (replacementExcepted && !(core.size() == 1 && core.get(0).predicate().equals(AUTOIMMUNE))) {
      r.gap("CONDITION", "replacement therapy excepted beside another concept");
    }
    Narrowings.place(narrowings, core, raw, r);
    boolean screening = SCREENING.matcher(raw).find();
    List<Reading.Gap> gaps = new ArrayList<>(r.gaps());
    List<Reading.Gap> plans = gaps.stream().filter(PlanRule::decidedAtScreening).toList();
    if (!gaps.isEmpty() && core.isEmpty() && gaps.stream().allMatch(CriterionParser::decidedAtVisit)) {
      String what = gaps.stream().map(Reading.Gap::what).distinct().collect(Collectors.joining(", "));
      return Criterion.computable(id, kind, text,
          new Predicate.Administrative(admin.isEmpty() ? what : administrative(admin).what() + ", " + what));
    }
    Part takingPart = admin.stream().filter(a -> ((Predicate.Administrative) a.predicate()).what().equals(TAKING_PART))
        .findFirst().orElse(null);
    if (takingPart != null) {
      admin = admin.stream().filter(a -> !((Predicate.Administrative) a.predicate()).what().equals(TAKING_PART)).toList();
    }
    if (judgedConditions(core, gaps, takingPart)) {
      // "Major medical or psychiatric illness which, in the investigator's opinion, would prevent
      // completion of treatment": the conditions are what the investigator weighs, not the criterion.
      String judged = core.stream().map(p -> ((Predicate.Condition) p.predicate()).name()).distinct()
          .collect(Collectors.joining(", "));
      String judgement = gaps.stream().anyMatch(g -> g.what().equals(JUDGEMENT)) || takingPart == null ? JUDGEMENT : TAKING_PART;
      String what = judgement + (judged.isEmpty() ? "" : " (" + judged + ")");
      return Criterion.computable(id, kind, text,
          new Predicate.Administrative(admin.isEmpty() ? what : administrative(admin).what() + ", " + what));
    }
    if (takingPart != null && !core.isEmpty()) {
      // "active infection, heart failure, or psychiatric illness that would limit compliance": the judgement weighs the
      // last condition only, which the others do not share
      gaps.add(new Reading.Gap("OTHER", "a condition " + TAKING_PART + " beside other conditions"));
    } else if (takingPart != null) {
      admin = new ArrayList<>(admin);
      admin.add(takingPart);
    }
    if (!plans.isEmpty() && !core.isEmpty() && kind == Criterion.Kind.INCLUSION) {
      // "Bladder cancer scheduled for cystectomy": the plan is a conjunct the screening visit confirms.
      plans.forEach(g -> r.note(g.what() + " is confirmed at the screening visit"));
      gaps.removeAll(plans);
    }
    // "Clinically significant corneal disease": the condition is necessary, its significance the investigator's to
    // judge; read as the condition narrowed (present: UNKNOWN; absent or never mentioned: not met)
    boolean significant = !core.isEmpty() && !gaps.isEmpty() && gaps.stream().allMatch(g -> g.what().equals(SIGNIFICANT))
        && core.stream().allMatch(p -> p.predicate().category().equals("CONDITION"));
    if (significant) {
      gaps.clear();
    }
    if (!gaps.isEmpty()) {
      boolean measurementsOnly = gaps.stream().allMatch(g -> g.category().equals("LAB"));
      if (screening && measurementsOnly && core.isEmpty()) {
        return Criterion.computable(id, kind, text, new Predicate.Administrative("screening measurement"));
      }
      if (measurementsOnly && core.isEmpty() && UNSTATED_FUNCTION.matcher(raw).find() && !raw.matches("(?s).*\\d.*")) {
        // "Adequate organ function as indicated in protocol": no limit is written here, so none can be checked on the records.
        return Criterion.computable(id, kind, text, new Predicate.Administrative(ORGAN_FUNCTION));
      }
      if (core.isEmpty() && !admin.isEmpty()) {
        return Criterion.computable(id, kind, text, administrative(admin));
      }
      String what = gaps.stream().map(Reading.Gap::what).distinct().collect(Collectors.joining("; "));
      String understood = core.isEmpty() ? ""
          : "; understood only: " + core.stream().map(p -> p.predicate().category()).distinct().collect(Collectors.joining(", "));
      return Criterion.notComputable(id, kind, text, gaps.get(0).category(), "not yet computable: " + what + understood,
          required(raw, core, left, kind));
    }
    if (core.isEmpty()) {
      if (!admin.isEmpty()) {
        return Criterion.computable(id, kind, text, administrative(admin));
      }
      String[] guess = guess(raw);
      return Criterion.notComputable(id, kind, text, guess[0], "not yet computable: " + guess[1]);
    }
    for (Part a : admin) {
      r.note(((Predicate.Administrative) a.predicate()).what() + " is confirmed at the screening visit");
    }
    Predicate p = combine(negate(left, core), left, kind);
    Predicate conditional = conditional(raw, core, left, kind);
    if (conditional != null) {
      p = conditional;
    }
    if (kind == Criterion.Kind.EXCLUSION && allowed != null) {
      p = allowedAfter(p, allowed, r);
    }
    if (significant) {
      p = new Predicate.Qualified(p, "clinically significant, as the investigator judges", false);
    }
    if (p.equals(AUTOIMMUNE) && locallyTreatedExcepted) {
      p = new Predicate.TreatedCondition("autoimmune disease", exceptedByName, true, null);
      r.note("a condition treated only by hormone replacement or topically does not count (read from the drugs in the records)"
          + (exceptedByName.isEmpty() ? "" : "; " + String.join(", ", exceptedByName) + " do not count"));
    } else if (p.equals(AUTOIMMUNE) && NEEDED_SYSTEMIC_TREATMENT.matcher(raw).find()) {
      Integer years = lookBackYears(raw);
      p = new Predicate.TreatedCondition("autoimmune disease", replacementExcepted ? Set.copyOf(REPLACED_HORMONES) : Set.of(), false, years);
      if (years != null) {
        r.notes().removeIf(n -> n.startsWith("time window not represented"));
      }
      r.note("needing systemic treatment: read from immunosuppressive or disease-modifying drugs in the records"
          + (years != null ? ", given within the past " + years + (years == 1 ? " year" : " years") : "")
          + (replacementExcepted ? "; replacement therapy is no systemic treatment: " + String.join(", ", REPLACED_HORMONES) + " do not count" : ""));
    } else if (replacementExcepted && p.equals(AUTOIMMUNE)) {
      p = new Predicate.ConditionOtherThan("autoimmune disease", Set.copyOf(REPLACED_HORMONES));
      r.note("replacement therapy is no systemic treatment: " + String.join(", ", REPLACED_HORMONES) + " do not count");
    }
    if (measuredBeforeDosing(raw) && measurementsOnly(p)) {
      p = new Predicate.AtScreening(p);
    }
    List<String> residue = new ArrayList<>(Residue.content(left));
    residue.addAll(Residue.acronyms(cased));
    // Words left over from "adjuvant chemotherapy is permitted if ..." qualify the allowance,
    // which the advanced-setting predicate already grants: noted, not fatal.
    if (residue.size() >= RESIDUE_LIMIT && !adjuvantAllowance(raw, core)) {
      return Criterion.notComputable(id, kind, text, p.category(),
          "not yet computable: text not understood ('" + String.join(" ", residue.subList(0, Math.min(6, residue.size())))
              + (residue.size() > 6 ? " ..." : "") + "'); understood only: " + p,
          kind == Criterion.Kind.EXCLUSION ? sufficient(left, core, p) : required(raw, core, left, kind));
    }
    if (!residue.isEmpty()) {
      r.note("not represented: '" + String.join(" ", residue) + "'");
    }
    List<String> qualifiers = new ArrayList<>(Residue.qualifiers(left));
    if (significant) {
      qualifiers.remove("significant"); // read: the Qualified wrapper above
    }
    if (recurrentDiagnosis(left, core)) {
      qualifiers.add("recurrent");
    }
    // "newly diagnosed or previously untreated": both are a cancer that had no treatment of any kind, read as such
    if (newlyDiagnosed(left, core) && core.stream().noneMatch(x -> x.predicate().equals(NO_TREATMENT))) {
      qualifiers.add("newly diagnosed");
    }
    if (graded) {
      qualifiers.add("grade");
    }
    if (!qualifiers.isEmpty()) {
      return Criterion.notComputable(id, kind, text, p.category(),
          "not yet computable: qualifier not represented ('" + String.join(" ", qualifiers) + "'); understood only: " + p,
          required(raw, core, left, kind));
    }
    String reason = r.notes().isEmpty() ? null : "partly represented: " + String.join("; ", r.notes());
    return new Criterion(id, kind, text, p, p.category(), reason);
  }

  private static final Pattern RECURRENT = Pattern.compile("\\brecurren(?:t|ce)\\b");
  private static final Pattern RECURRENT_ADJECTIVE = Pattern.compile("\\brecurrent\\b");

  /**
   * "Newly diagnosed" and, beside a diagnosis that no stage part qualifies, "recurrent" are the
   * disease's setting ({@link Predicate.DiseaseSetting}), a part of their own where they stand.
   * "Newly diagnosed or recurrent" leaves no one out and is left to {@link #newlyDiagnosed}.
   */
  private static final Pattern ALTERNATIVE_BEFORE = Pattern.compile("(?:\\bor|/|\\band/or)\\s*(?:\\w+\\s+)?$");
  private static final Pattern ALTERNATIVE_AFTER = Pattern.compile("^\\s*(?:or\\b|/|and/or\\b)");

  /** "primary or recurrent", "recurrent or persistent": a setting among alternatives is left to the other readings. */
  private static boolean alternative(String text, Matcher m) {
    return ALTERNATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()
        || ALTERNATIVE_AFTER.matcher(text.substring(m.end())).find();
  }

  private static final Pattern WORDS_BEFORE_DIAGNOSIS = Pattern.compile("^[\\s,]*(?:(?:with|of|an?|the|[a-z-]+ly|confirmed|proven)[\\s,]+){0,4}$");

  /** Whether a diagnosis part starts right after {@code from}, with only a few qualifying words between. */
  private static boolean diagnosisAfter(String text, int from, Reading r) {
    return r.parts().stream().anyMatch(p -> p.predicate() instanceof Predicate.Diagnosis && p.start() >= from
        && WORDS_BEFORE_DIAGNOSIS.matcher(text.substring(from, p.start())).matches());
  }

  private static void settings(Sentence s, Reading r) {
    String text = s.lower();
    Matcher any = NEW_OR_RECURRENT.matcher(text);
    if (any.find()) {
      // "newly diagnosed or recurrent glioblastoma": every setting of the disease, so none is required
      s.mask(any.start(), any.end());
      r.note("'" + s.span(any.start(), any.end()).trim() + "' leaves no setting out");
      return;
    }
    boolean alone = r.parts().isEmpty();
    Matcher m = NEWLY_DIAGNOSED.matcher(text);
    while (m.find()) {
      // said of the cancer read right after it ("newly diagnosed, histologically confirmed glioblastoma"), or all there is
      if (alternative(text, m) || !alone && !diagnosisAfter(text, m.end(), r)) {
        continue;
      }
      r.add(new Part(new Predicate.DiseaseSetting("newly diagnosed"), m.start(), m.end()));
      s.mask(m.start(), m.end());
    }
    boolean staged = r.parts().stream().anyMatch(p -> p.predicate() instanceof Predicate.Stage);
    Matcher rec = RECURRENT_ADJECTIVE.matcher(text);
    if (!staged && rec.find() && !alternative(text, rec) && diagnosisAfter(text, rec.end(), r)) {
      r.add(new Part(new Predicate.DiseaseSetting("recurrent"), rec.start(), rec.end()));
      s.mask(rec.start(), rec.end());
    }
  }
  private static final Pattern NEW_OR_RECURRENT = Pattern.compile(
      "\\bnewly[- ]diagnosed\\s*(?:,|or|and/or|/)\\s*(?:\\w+\\s+)?(?:recurrent|relapsed|refractory|previously treated)"
          + "|(?:recurrent|relapsed|refractory|previously treated)\\s*(?:,|or|and/or|/)\\s*(?:\\w+\\s+)?newly[- ]diagnosed");

  /**
   * "Women with newly diagnosed ovarian cancer": a first diagnosis, which a recurrence is not; no
   * predicate holds it. "Newly diagnosed or recurrent" leaves no one out.
   */
  private static boolean newlyDiagnosed(String left, List<Part> core) {
    // left unread (not beside a cancer it qualifies): "newly diagnosed hypertension" is no hypertension of any date
    return NEWLY_DIAGNOSED.matcher(left).find() && !NEW_OR_RECURRENT.matcher(left).find() && !core.isEmpty();
  }

  /**
   * "Recurrent colon adenocarcinoma": a recurrence of a named cancer that no stage part stands for
   * is not the cancer at any time (with a stage part, "recurrent" is read as IIIB by {@link StageRule}).
   */
  private static boolean recurrentDiagnosis(String left, List<Part> core) {
    return RECURRENT.matcher(left).find() && core.stream().anyMatch(p -> p.predicate() instanceof Predicate.Diagnosis)
        && core.stream().noneMatch(p -> p.predicate() instanceof Predicate.Stage);
  }

  private static final Pattern COLON_SITE = Pattern.compile("\\b(?:colon|colonic|cecal|caecal|cecum|caecum|sigmoid)\\b");
  private static final Pattern RECTAL_SITE = Pattern.compile("\\b(?:rectal|rectum|anorectal)\\b");
  private static final Pattern WHOLE_COLORECTUM = Pattern.compile("\\bcolorectal|\\bcrc\\b|\\bbowel\\b|\\brectosigmoid|\\bcolo-?rectum");

  /** A colorectal diagnosis the text names by the colon alone, or by the rectum alone. */
  /**
   * The NYHA class beside heart failure narrows it: "heart failure NYHA class III-IV" is {@code Qualified[part=Condition[heart
   * failure], qualifier=NYHA class III-IV]} (records rarely state the class, so a recorded heart failure is UNKNOWN); a class
   * alone in an exclusion ("NYHA Grade III-IV") names heart failure of that class. With another part naming heart failure
   * inside it, or in an inclusion alone, it stays the gap it was.
   */
  private static void nyhaClass(String text, List<int[]> spans, List<Part> core, Reading r, Criterion.Kind kind) {
    String qualifier = spans.stream().map(x -> text.substring(x[0], x[1]).replaceAll("^[(\\s]+|[)\\s]+$", "").trim())
        .collect(Collectors.joining(", "));
    Predicate hf = new Predicate.Condition("heart failure");
    List<Integer> direct = new ArrayList<>();
    for (int i = 0; i < core.size(); i++) {
      if (core.get(i).predicate().equals(hf)) {
        direct.add(i);
      } else if (namesCondition(core.get(i).predicate(), "heart failure")) {
        r.gap("LAB", "cardiac measurement");
        return;
      }
    }
    if (direct.size() == 1) {
      Part p = core.get(direct.get(0));
      core.set(direct.get(0), new Part(new Predicate.Qualified(hf, qualifier, false), p.start(), p.end(), p.note()));
    } else if (direct.isEmpty() && spans.size() == 1 && kind == Criterion.Kind.EXCLUSION) {
      // in an inclusion "NYHA class I-II" may as well describe a heart without failure
      core.add(new Part(new Predicate.Qualified(hf, qualifier, false), spans.get(0)[0], spans.get(0)[1]));
      core.sort((a, b) -> Integer.compare(a.start(), b.start()));
    } else {
      r.gap("LAB", "cardiac measurement");
    }
  }

  /**
   * Wraps each diagnosis part of the core that {@code which} accepts in a narrowing {@link Predicate.Qualified}; false,
   * changing nothing, when a diagnosis sits inside another part (a list, a negation), where the wrap could not be placed.
   */
  private static boolean qualifyDiagnoses(List<Part> core, java.util.function.Predicate<Predicate.Diagnosis> which, String qualifier) {
    boolean any = false;
    for (Part p : core) {
      if (p.predicate() instanceof Predicate.Diagnosis d) {
        any |= which.test(d);
      } else if (mentions(p.predicate(), Predicate.Diagnosis.class)) {
        return false;
      }
    }
    if (!any) {
      return false;
    }
    for (int i = 0; i < core.size(); i++) {
      Part p = core.get(i);
      if (p.predicate() instanceof Predicate.Diagnosis d && which.test(d)) {
        core.set(i, new Part(new Predicate.Qualified(d, qualifier, false), p.start(), p.end(), p.note()));
      }
    }
    return true;
  }

  private static boolean oneSiteOfColorectal(String raw, List<Part> core) {
    if (core.stream().noneMatch(p -> mentions(p.predicate(), Predicate.Diagnosis.class)) || !raw.contains("co") && !raw.contains("rect")
        || WHOLE_COLORECTUM.matcher(raw).find()) {
      return false;
    }
    boolean colorectal = core.stream().anyMatch(p -> diagnosisCodes(p.predicate()).contains("COLORECTAL"));
    return colorectal && COLON_SITE.matcher(raw).find() != RECTAL_SITE.matcher(raw).find();
  }

  private static Set<String> diagnosisCodes(Predicate p) {
    if (p instanceof Predicate.Diagnosis d) {
      return d.cancers();
    }
    Set<String> out = new java.util.TreeSet<>();
    if (p instanceof Predicate.AllOf a) {
      a.parts().forEach(x -> out.addAll(diagnosisCodes(x)));
    } else if (p instanceof Predicate.AnyOf a) {
      a.parts().forEach(x -> out.addAll(diagnosisCodes(x)));
    } else if (p instanceof Predicate.Not n) {
      out.addAll(diagnosisCodes(n.part()));
    } else if (p instanceof Predicate.Within w) {
      out.addAll(diagnosisCodes(w.part()));
    }
    return out;
  }

  private static final Set<String> VIRAL_HEPATITIS = Set.of("hepatitis B", "hepatitis C");
  private static final Pattern VIRAL_LOAD = Pattern.compile("(?<!un)detectable\\s+(?:hiv\\s+)?(?:viral load|hiv(?:-1)? rna)|\\bviral load\\s*(?:>|≥|above|of|greater)");
  private static boolean namesCondition(Predicate p, String name) {
    if (p instanceof Predicate.Condition c) {
      return c.name().equals(name);
    }
    if (p instanceof Predicate.Not n) {
      return namesCondition(n.part(), name);
    }
    if (p instanceof Predicate.Within w) {
      return namesCondition(w.part(), name);
    }
    List<Predicate> parts = p instanceof Predicate.AllOf a ? a.parts() : p instanceof Predicate.AnyOf o ? o.parts() : List.of();
    return parts.stream().anyMatch(x -> namesCondition(x, name));
  }

  private static final Predicate NO_TREATMENT = new Predicate.Not(DiagnosisRule.ANY_TREATMENT);
  private static final Pattern NEWLY_DIAGNOSED = Pattern.compile("\\bnewly[- ]diagnosed\\b");

  /** No prior line of therapy ("previously untreated", "treatment-naive"). */
  private static boolean untreated(Predicate p) {
    return p instanceof Predicate.PriorTherapy t && t.drugs().isEmpty() && t.classes().isEmpty()
        && t.minLines() == null && t.maxLines() != null && t.maxLines() == 0;
  }

  /** Right after a metastasis or stage (group 1): "on initial presentation", "at the time of diagnosis", "at first diagnosis". */
  private static final Pattern AT_PRESENTATION = Pattern.compile(
      "\\b(?:metastas[ie]s|metastatic(?:\\s+(?:disease|cancer|tumou?r))?|stage\\s+(?:iv|iii|ii|i|[0-4])[a-c]?(?:\\s+(?:disease|cancer))?)"
          + "\\s+((?:on|at)\\s+(?:the\\s+time\\s+of\\s+)?(?:(?:initial|first|primary)\\s+)?(?:presentation|diagnosis))\\b");
  private static final String RISK_LEVEL = "(?:very\\s+)?(?:low|intermediate|high|standard|favou?rable|unfavou?rable|poor|good)";
  /** A risk group written before a cancer: "high-risk", "intermediate- or high-risk", "high risk or very high risk". */
  private static final Pattern RISK_GROUP = Pattern.compile(
      "\\b(?:" + RISK_LEVEL + "(?:[- ]risk)?\\s*-?\\s*(?:,|/|or|and|and/or|to)\\s+)*" + RISK_LEVEL + "[- ]risk\\b(?![- ](?:features?|factors?|groups?\\s+of|cytogenetic\\w*|karyotypes?|genetics?|mutations?|molecular))");
  /** What may stand between a risk group and its cancer: nothing, or a few words that are no clause ("risk localized"). */
  private static final Pattern RISK_TO_DIAGNOSIS = Pattern.compile("^[\\s,]*(?:[a-z-]+\\s+){0,3}?$");
  private static final Pattern GRADED = Pattern.compile("\\b(?:low|high)[- ]grade\\b|\\b(?:lgg|hgg)\\b");

  /**
   * "Previous low-grade glioma": a grade inside a cancer term the lexicon maps to the cancer alone
   * (low-grade glioma is GLIOMA) is a qualifier the diagnosis does not hold, unless the histology
   * read carries it ("low-grade serous carcinoma").
   */
  private static boolean gradedDiagnosis(String raw, List<Part> core) {
    return GRADED.matcher(raw).find()
        && core.stream().anyMatch(p -> mentions(p.predicate(), Predicate.Diagnosis.class))
        && core.stream().noneMatch(p -> p.predicate() instanceof Predicate.Diagnosis d
            && d.histologies().stream().anyMatch(h -> h.contains("grade")));
  }

  /** A gap the screening visit closes: a plan or fitness for a procedure, a vital sign, the investigator's opinion. */
  private static boolean decidedAtVisit(Reading.Gap g) {
    return PlanRule.decidedAtScreening(g) || g.what().equals(VITAL_SIGN) || g.what().equals(JUDGEMENT)
        || g.what().equals(TISSUE) || g.what().equals(DATA);
  }

  /**
   * The investigator's stated opinion decides a criterion that names only conditions, or nothing
   * eligo reads: whatever else
   * is left open is either closed at the visit too or is "clinically significant", which that opinion
   * settles.
   */
  private static boolean judgedConditions(List<Part> core, List<Reading.Gap> gaps, Part takingPart) {
    // "that would limit compliance" weighs the condition right before it, or the causes after it ("due to ..."), not
    // a list of conditions before it ("active infection, heart failure, ... or psychiatric illness that would ...")
    boolean judged = gaps.stream().anyMatch(g -> g.what().equals(JUDGEMENT))
        || takingPart != null && (core.size() <= 1 || core.stream().allMatch(p -> p.start() > takingPart.start()));
    return core.stream().allMatch(p -> p.predicate() instanceof Predicate.Condition)
        && judged
        && gaps.stream().allMatch(g -> decidedAtVisit(g) || g.what().equals(SIGNIFICANT)
            || g.what().equals(UNLISTED_CONDITION) || g.what().startsWith(EXAMPLES));
  }

  /**
   * What an inclusion criterion demands even though part of it was not understood: its
   * understood parts, when nothing in the text offers an alternative to them ("or", "either",
   * "unless", "except", "if"), so that they are conjoined with whatever was not understood.
   * With an alternative somewhere in the text only the cancer it names is demanded: the
   * alternatives of an inclusion criterion qualify the disease ("myeloma with M-protein ≥ 0.5
   * g/dL or light chains ≥ 10 mg/dL"), and another cancer would have been read as one.
   */
  private static Predicate required(String raw, List<Part> core, String left, Criterion.Kind kind) {
    if (kind != Criterion.Kind.INCLUSION || core.isEmpty() || CONDITION_THEN_MUST.matcher(raw).find()) {
      return null;
    }
    if (!ALTERNATIVE.matcher(outsideParts(raw, core)).find()) {
      return combine(negate(left, core), left, kind);
    }
    // "measurable by RECIST 1.1, or by RANO for primary CNS tumours": a cancer that says whom an alternative is for is
    // no cancer the criterion demands
    if (core.stream().anyMatch(p -> p.predicate() instanceof Predicate.Diagnosis
        && FOR_WHOM.matcher(raw.substring(Math.max(0, p.start() - 60), Math.max(0, p.start()))).find())) {
      return null;
    }
    List<Predicate> cancers = core.stream().map(Part::predicate).filter(p -> p instanceof Predicate.Diagnosis).toList();
    return cancers.isEmpty() ? null : cancers.size() == 1 ? cancers.get(0) : new Predicate.AnyOf(cancers);
  }

  /**
   * Right before a cancer, in an alternative: "or by RANO for", "or ... in patients with": whom that alternative is for
   * (not "therapy for", which names the therapy's cancer).
   */
  private static final Pattern FOR_WHOM = Pattern.compile(
      "\\bor\\b(?:(?!therap|treatment|regimen|line|chemo)[^;.])*?\\b(?:for|in)\\s+(?:(?:patients|participants|subjects|those|people)\\s+with\\s+)?(?:(?:an?|the)\\s+)?(?:[a-z-]+\\s+){0,2}$");

  /**
   * An exclusion whose unread words all come after an "or" that follows everything it read
   * ("Earlier anti-PD-1 or anti-PD-L1 therapy, or an agent aimed at another T-cell receptor"):
   * what it read is one alternative, and meeting it excludes; else null.
   */
  private static Predicate sufficient(String left, List<Part> core, Predicate read) {
    if (core.isEmpty()) {
      return null;
    }
    int lastEnd = core.stream().mapToInt(Part::end).max().orElseThrow();
    if (!Residue.content(left.substring(0, lastEnd)).isEmpty()) {
      return null;
    }
    Matcher or = OR_REST.matcher(left).region(lastEnd, left.length());
    return or.lookingAt() && Residue.content(left.substring(lastEnd, or.start(1))).isEmpty() ? read : null;
  }

  /** The words after a reading up to a ", or" that opens what was not read. */
  private static final Pattern OR_REST = Pattern.compile("[^;.()]{0,25}?,\\s*(or|and/or)\\b");

  /**
   * The text with what the parts read blanked, and a TNM definition in brackets ("stage IIB or IIC
   * (T3b, T4a or T4b, N0, M0)"): an "or" there lists stages, not alternatives to the criterion.
   */
  private static String outsideParts(String raw, List<Part> core) {
    char[] out = raw.toCharArray();
    for (Part p : core) {
      for (int i = Math.max(0, p.start()); i < Math.min(out.length, p.end()); i++) {
        out[i] = ' ';
      }
    }
    Matcher tnm = TNM_DEFINITION.matcher(raw);
    while (tnm.find()) {
      for (int i = tnm.start(); i < tnm.end(); i++) {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  private static final Pattern TNM_DEFINITION = Pattern.compile(
      "\\(\\s*(?:[ptc]?[tnm](?:[0-4x]|is)[a-d]?\\s*(?:,|;|or|and|/)?\\s*)+[^()]*\\)");

  private static final Pattern ALTERNATIVE = Pattern.compile("\\b(?:or|either|unless|except|if|otherwise|alternatively)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * A requirement for some patients only: "tumours that are MSI-H or dMMR must also have had an
   * anti-PD-1 antibody", "patients with brain metastases must have completed radiotherapy",
   * "hormone receptor-positive disease must have been treated with endocrine therapy". What
   * comes before "must" says who; what comes after says what they need.
   */
  private static final Pattern CONDITION_THEN_MUST = Pattern.compile(
      "^(?:(?:patients|participants|subjects|those|women|men)\\s+(?:with|who|whose)\\b"
          + "|(?:tumou?rs?|cancers?|diseases?)\\s+(?:that|which)\\b"
          + "|[\\w+/-]+(?:\\s+[\\w+/-]+){0,3}\\s+(?:disease|tumou?rs?|cancers?)\\s+(?=must\\b))[^.;]*?\\bmust\\b");

  /** Not the condition, or the requirement: a criterion that binds only the patients it names. */
  private static Predicate conditional(String raw, List<Part> core, String left, Criterion.Kind kind) {
    Matcher m = CONDITION_THEN_MUST.matcher(raw);
    if (kind != Criterion.Kind.INCLUSION || !m.find()) {
      return null;
    }
    int must = m.end();
    List<Part> who = core.stream().filter(x -> x.end() <= must).toList();
    List<Part> what = core.stream().filter(x -> x.start() >= must).toList();
    if (who.isEmpty() || what.isEmpty() || who.size() + what.size() != core.size()) {
      return null;
    }
    return new Predicate.AnyOf(List.of(new Predicate.Not(combine(who, left, kind)), combine(what, left, kind)));
  }

  private static final Pattern BEFORE_DOSING = Pattern.compile(
      "within \\d+ (?:days?|weeks?) (?:before|prior to|of) (?:the )?(?:first dose|start|randomi[sz]ation|enrol?ment|registration|day 1)");

  /** The text ties its measurements to the screening visit or to the days before the first dose. */
  private static boolean measuredBeforeDosing(String raw) {
    return SCREENING.matcher(raw).find() || BEFORE_DOSING.matcher(raw).find();
  }

  /** Lab limits, with the metastasis or condition that relaxes one of them, and nothing else. */
  private static boolean measurementsOnly(Predicate p) {
    return p instanceof Predicate.Lab || p instanceof Predicate.Measurement || relaxedLimit(p)
        || p instanceof Predicate.AllOf all && all.parts().stream().allMatch(CriterionParser::measurementsOnly)
        || p instanceof Predicate.AnyOf any && any.parts().stream().allMatch(CriterionParser::measurementsOnly);
  }

  /** "≤ 5 × ULN with liver metastases": a lab limit that holds together with a metastasis or condition. */
  private static boolean relaxedLimit(Predicate p) {
    return p instanceof Predicate.AllOf all && all.parts().stream().anyMatch(x -> x instanceof Predicate.Lab)
        && all.parts().stream().allMatch(x -> x instanceof Predicate.Lab || x instanceof Predicate.Metastasis
            || x instanceof Predicate.Condition || x instanceof Predicate.AnyOf any && any.parts().stream()
                .allMatch(y -> y instanceof Predicate.Metastasis || y instanceof Predicate.Condition));
  }

  private static Predicate.Administrative administrative(List<Part> admin) {
    String what = admin.stream().map(a -> ((Predicate.Administrative) a.predicate()).what()).distinct()
        .collect(Collectors.joining(", "));
    return new Predicate.Administrative(what);
  }

  /**
   * Parts inside an exception are dropped; inside an example list, when their category came before. An example list
   * that names at least one member of the general term before it only illustrates that term: all of it is dropped,
   * with the words eligo does not read in it ("hereditary colorectal cancer syndromes, including familial adenomatous
   * polyposis, ... (PTEN) tumor-hamartoma syndromes"). Returns {@code left} with those lists blanked.
   */
  private static String dropExceptions(String raw, String left, List<Part> parts, Reading r) {
    StringBuilder blanked = new StringBuilder(left);
    for (Pattern cue : List.of(EXCEPT, EXAMPLE)) {
      Matcher m = cue.matcher(raw);
      while (m.find()) {
        int end = scopeEnd(raw, m.start(), m.end());
        int from = m.start();
        List<Part> inside = parts.stream().filter(p -> p.start() >= from && p.start() < end).toList();
        if (inside.isEmpty()) {
          continue;
        }
        if (cue == EXAMPLE) {
          Set<String> before = parts.stream().filter(p -> p.end() <= from).map(p -> p.predicate().category()).collect(Collectors.toSet());
          List<Part> covered = inside.stream().filter(p -> before.contains(p.predicate().category())).toList();
          parts.removeAll(covered);
          if (!covered.isEmpty()) {
            parts.removeAll(inside);
            for (int i = m.start(); i < Math.min(end, blanked.length()); i++) {
              blanked.setCharAt(i, ' ');
            }
          }
          if (covered.isEmpty() && !Residue.content(left.substring(clauseStart(left, from), from)).isEmpty()) {
            // "Severe respiratory disease such as ILD or asthma": the examples do not make the general term.
            r.gap(inside.get(0).predicate().category(), EXAMPLES + " ("
                + raw.substring(clauseStart(raw, from), Math.min(raw.length(), m.end() + 30)).trim() + "...)");
          }
        } else {
          parts.removeAll(inside);
          String scope = raw.substring(m.start(), end).trim();
          r.note("exception not represented: " + (scope.length() > 60 ? scope.substring(0, 57) + "..." : scope));
        }
      }
    }
    return blanked.toString();
  }

  /**
   * "Completion of ≥ 2 previous platinum-containing regimens", "completed adjuvant chemotherapy": a course completed is
   * narrower than one received (it may have been stopped early), and THERAPY facts do not say whether a course ran its
   * full length. The prior therapy right after the words becomes a narrowing {@link Predicate.Qualified}: received is
   * left open, not received stands.
   */
  private static void completed(Sentence s, Reading r) {
    String lower = s.lower();
    List<Part> parts = r.parts();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (!(p.predicate() instanceof Predicate.PriorTherapy)) {
        continue;
      }
      Matcher m = COMPLETED_BEFORE.matcher(lower.substring(0, p.start()));
      if (m.find()) {
        s.mask(m.start(1), m.end(1));
        parts.set(i, new Part(new Predicate.Qualified(p.predicate(), "completed", false), m.start(1), p.end(), p.note()));
      }
    }
  }

  private static final Pattern COMPLETED_BEFORE = Pattern.compile(
      "(?:^|[\\s,;:(])((?:(?:must|should)\\s+)?(?:(?:has|have|having)\\s+)?(?:completed|completion\\s+of))\\s+(?:(?:the|a|an|all)\\s+)?$");

  /**
   * "One previous line of chemotherapy for advanced/metastatic disease is allowed", "up to 2 prior lines are permitted":
   * an allowance of N lines is a limit, at most N (none qualifies too). The stage its setting gave ("for metastatic
   * disease", after the count) says where the lines were given, not what the patient must have, and lines are counted
   * for advanced disease anyway, so it is dropped. Only when every part is such a count (exact or at most) or that
   * setting; false, changing nothing, otherwise.
   */
  private static boolean allowedLines(List<Part> core, Reading r) {
    List<Part> counts = core.stream().filter(p -> p.predicate() instanceof Predicate.PriorTherapy t && t.maxLines() != null
        && (t.minLines() == null || t.minLines().equals(t.maxLines()))).toList();
    if (counts.isEmpty()) {
      return false;
    }
    int firstEnd = counts.stream().mapToInt(Part::end).min().getAsInt();
    if (!core.stream().allMatch(p -> counts.contains(p) || p.predicate() instanceof Predicate.Stage && p.start() >= firstEnd)) {
      return false;
    }
    core.removeIf(p -> !counts.contains(p));
    for (int i = 0; i < core.size(); i++) {
      Part p = core.get(i);
      Predicate.PriorTherapy t = (Predicate.PriorTherapy) p.predicate();
      core.set(i, new Part(new Predicate.PriorTherapy(t.drugs(), t.classes(), null, t.maxLines(), t.advancedOnly()), p.start(), p.end(), p.note()));
      r.note("allowed, not required: at most " + t.maxLines() + (t.maxLines() == 1 ? " line" : " lines"));
    }
    r.notes().removeIf(n -> n.contains("' read as exactly ") || n.contains("' read as stage "));
    return true;
  }

  /**
   * A stage read beside "not a candidate for curative surgery or definitive chemoradiation": stage IV is
   * past cure by those means; a lower stage holds with the judgement, which records do not hold
   * ({@link Predicate.NotCurable}). Without a stage the judgement is all there is: a gap.
   */
  private static void notCurable(List<Part> parts, String means, Reading r) {
    boolean staged = false;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.predicate() instanceof Predicate.Stage st) {
        staged = true;
        if (Predicate.Stage.ORDER.indexOf(st.minStage()) < Predicate.Stage.ORDER.indexOf("IV")) {
          parts.set(i, new Part(new Predicate.AnyOf(List.of(new Predicate.Stage("IV"),
              new Predicate.AllOf(List.of(st, new Predicate.NotCurable(means))))), p.start(), p.end(), p.note()));
        }
      }
    }
    if (!staged) {
      r.gap("STAGE", "not a candidate for " + means + " without a stage");
    }
  }

  private static int clauseStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == ':' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * "Breast cancer or lymphoma (patients with treated, stable brain metastases are acceptable)":
   * the parts of an aside or clause that allows something are not required, when the criterion
   * requires something outside it. Dropped with a note.
   */
  private static void dropAllowances(String raw, List<Part> parts, Reading r) {
    Matcher m = PERMISSIVE.matcher(raw);
    while (m.find()) {
      int open = raw.lastIndexOf('(', m.start());
      boolean aside = open >= 0 && raw.lastIndexOf(')', m.start()) < open;
      int from = aside ? open : clauseStart(raw, m.start());
      int close = aside ? raw.indexOf(')', m.end()) : -1;
      int to = aside ? (close < 0 ? raw.length() : close) : clauseEnd(raw, m.end());
      List<Part> inside = parts.stream().filter(p -> p.start() >= from && p.end() <= to).toList();
      if (!inside.isEmpty() && inside.size() < parts.size()) {
        parts.removeAll(inside);
        String scope = raw.substring(from, to).replaceAll("^[(\\s]+", "").trim();
        r.note("allowed, not required: " + (scope.length() > 60 ? scope.substring(0, 57) + "..." : scope));
      }
    }
  }

  /** "an anti-HER2 ADC (trastuzumab emtansine or trastuzumab deruxtecan)": the aside lists instances. */
  private static void dropInstances(String raw, List<Part> parts) {
    for (Part p : List.copyOf(parts)) {
      Matcher open = Pattern.compile("^\\s*\\(").matcher(raw.substring(p.end()));
      if (!parts.contains(p) || !open.find()) {
        continue;
      }
      int from = p.end() + open.end();
      int close = raw.indexOf(')', from);
      int end = close < 0 ? raw.length() : close;
      parts.removeIf(q -> q != p && q.start() >= from && q.start() < end && q.predicate().category().equals(p.predicate().category()));
    }
  }

  /** End of an exception's scope: the closing parenthesis if it opens inside one, else the clause. */
  /** Whether {@code p} stands inside an example list ("such as", "including", "e.g.") of {@code raw}. */
  private static boolean inExampleList(String raw, Part p) {
    Matcher m = EXAMPLE.matcher(raw);
    while (m.find()) {
      if (p.start() >= m.start() && p.start() < scopeEnd(raw, m.start(), m.end())) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} blanked where {@code after} was blanked from {@code before} (all three of one length). */
  private static String blankedLike(String text, String before, String after) {
    if (text.length() != before.length() || before.length() != after.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i < b.length(); i++) {
      if (after.charAt(i) == ' ' && before.charAt(i) != ' ') {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  private static int scopeEnd(String raw, int cueStart, int from) {
    int depth = 0;
    for (int i = cueStart - 1; i >= 0; i--) {
      char c = raw.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          int close = raw.indexOf(')', from);
          return close < 0 ? raw.length() : close;
        }
        depth--;
      }
    }
    for (int i = from; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ';' || (c == '.' && i + 1 < raw.length() && raw.charAt(i + 1) == ' ' && !raw.startsWith("e.g", i - 3))) {
        return i;
      }
      if (c == ',' && EXTENT_AFTER.matcher(raw).region(i + 1, raw.length()).lookingAt()) {
        // "malignancy other than melanoma, locally advanced or metastatic": the extent is the trial's cancer's again
        return i;
      }
    }
    return raw.length();
  }

  private static final Pattern EXTENT_AFTER = Pattern.compile(
      "\\s*(?:(?:that|which) is\\s+)?(?:locally advanced|advanced|unresectable|inoperable|metastatic|stage\\s)");

  /**
   * Time windows. A washout on prior therapy or a recent condition ("within 4 weeks", "6 months
   * before randomisation") wraps each therapy or condition part of the window's clause in {@link
   * Predicate.Within}; when another part shares the clause, or the window names no amount, it is a
   * gap. A long look-back on a condition (years) and windows on other parts are noted. Beside
   * contraception, a period after the last dose or the end of treatment ("for 7 months after the
   * last dose") is how long the contraception lasts, not a window on what the criterion names.
   */
  private static List<Concept> concepts(List<Part> parts, Reading r) {
    List<Concept> out = new ArrayList<>();
    for (Part p : parts) {
      if (mentions(p.predicate(), Predicate.Condition.class) || mentions(p.predicate(), Predicate.Diagnosis.class)
          || mentions(p.predicate(), Predicate.Metastasis.class)) {
        out.add(new Concept("CONDITION", p.start(), p.end(), null));
      }
      if (drugOrClass(p.predicate())) {
        out.add(new Concept("DRUG", p.start(), p.end(), null));
      }
    }
    for (Comparison c : r.comparisons()) {
      if (parts.stream().anyMatch(p -> p.start() <= c.start() && c.end() <= p.end()) || r.windows().contains(c)) {
        out.add(new Concept("COMPARISON", c.start(), c.end(), c));
      }
    }
    return out;
  }

  private static boolean drugOrClass(Predicate p) {
    if (p instanceof Predicate.PriorTherapy t) {
      return !t.drugs().isEmpty() || !t.classes().isEmpty();
    }
    if (p instanceof Predicate.TherapyResponse) {
      return true;
    }
    if (p instanceof Predicate.Not n) {
      return drugOrClass(n.part());
    }
    if (p instanceof Predicate.Within w) {
      return drugOrClass(w.part());
    }
    if (p instanceof Predicate.AllOf a) {
      return a.parts().stream().anyMatch(CriterionParser::drugOrClass);
    }
    return p instanceof Predicate.AnyOf a && a.parts().stream().anyMatch(CriterionParser::drugOrClass);
  }

  private static void window(String raw, List<Part> core, List<Part> read, Reading r, boolean adjuvantAllowance, boolean contraception) {
    Matcher w = WINDOW.matcher(raw);
    boolean found = false;
    while (w.find()) {
      if (!contraception || !AHEAD.matcher(raw.substring(w.end())).lookingAt()) {
        found = true;
        break;
      }
    }
    if (!found || core.isEmpty()) {
      return;
    }
    String unit = windowUnit(w) != null ? windowUnit(w) : "weeks";
    boolean therapy = core.stream().anyMatch(p -> mentions(p.predicate(), Predicate.PriorTherapy.class)
        || mentions(p.predicate(), Predicate.PriorProcedure.class));
    boolean condition = core.stream().anyMatch(p -> mentions(p.predicate(), Predicate.Condition.class));
    if (therapy && adjuvantAllowance) {
      r.note("time window on allowed adjuvant therapy not checked: " + w.group().trim());
    } else if (therapy || condition && (!unit.startsWith("year") || bindsCondition(raw, core, w))) {
      if (!wrap(raw, core, read, w, r) && !paired(raw, core, r)) {
        r.gap(therapy ? "THERAPY" : "CONDITION", (therapy ? "prior therapy" : "condition") + " within a time window (" + w.group().trim() + ")");
      }
    } else {
      r.note("time window not represented: " + w.group().trim());
    }
  }

  /**
   * Whether a look-back in years follows the last condition part with nothing between them but
   * a generic noun ("condition", "event") or "occurring" ("seizure within the last year"). A condition
   * stays with the patient for years, so when other words stand between ("autoimmune disease that
   * needed systemic treatment within the past 2 years") the window may time those words instead.
   */
  private static boolean bindsCondition(String raw, List<Part> core, Matcher w) {
    int last = core.stream().mapToInt(Part::end).max().orElse(w.start());
    if (last > w.start()) {
      return false;
    }
    return YEARS_GAP.matcher(raw.substring(last, w.start())).matches();
  }

  private static final Pattern YEARS_GAP = Pattern.compile(
      "(?i)(?:(?:s|es)\\b)?[\\s,()]*(?:(?:conditions?|disorders?|events?|episodes?)\\b[\\s,]*)?"
          + "(?:(?:that |which )?(?:occurr(?:ed|ing)|diagnosed)\\s*)?");

  /** Wraps the therapy and condition parts of the window's clause; false when that cannot be done faithfully. */
  private static boolean wrap(String raw, List<Part> core, List<Part> read, Matcher w, Reading r) {
    String amount = windowAmount(w);
    String unit = windowUnit(w);
    if (amount == null || unit == null || !unit.matches("(?:day|week|month|year)s?")) {
      return false;
    }
    int from = clauseStart(raw, w.start());
    int to = clauseEnd(raw, w.end());
    List<Part> inClause = core.stream().filter(p -> p.start() >= from && p.end() <= to).toList();
    if (inClause.isEmpty() || inClause.size() != core.size() && !ListedWindow.otherItems(raw, core, inClause, from, to)
        || !inClause.stream().allMatch(p -> p.predicate() instanceof Predicate.PriorTherapy || conditions(p.predicate())
            || p.predicate() instanceof Predicate.PriorProcedure
            || p.predicate() instanceof Predicate.Qualified q && (q.part() instanceof Predicate.PriorTherapy || q.part() instanceof Predicate.PriorProcedure)
            || p.predicate() instanceof Predicate.Qualified q && !q.widens() && q.part() instanceof Predicate.Condition)) {
      return false;
    }
    // "Any prior allogeneic transplant, or an autologous transplant within 12 weeks": after ", or"
    // the window may bind the last alternative only. It surely times what follows the last ", or";
    // what comes before it may be timed too or not, so it stands at any time, narrowed by the window
    // it may have (ListedWindow).
    int timedFrom = -1;
    if (inClause.size() > 1 && w.start() > inClause.get(inClause.size() - 1).start()) {
      timedFrom = ListedWindow.lastListedOr(raw, inClause);
      if (timedFrom >= 0 && !ListedWindow.rightAfter(raw, inClause, w.start())) {
        return false;
      }
    }
    // "4 weeks from major surgery or 2 weeks from minor surgery": one window would not do for both.
    if (inClause.stream().anyMatch(p -> p.predicate() instanceof Predicate.PriorProcedure)
        && WINDOW.matcher(raw.substring(from, to)).results().count() > 1) {
      return false;
    }
    String plural = unit.endsWith("s") ? unit : unit + "s";
    int n = amount.matches("\\d+") ? Integer.parseInt(amount) : WORD_NUMBERS.indexOf(amount) + 1;
    // "lapatinib within the 12 months before study start, or any earlier treatment with neratinib ...": the window
    // times what comes before ", or any earlier"; what follows counts at any time.
    Matcher earlier = OR_ANY_EARLIER.matcher(raw).region(w.end(), to);
    int timedUpTo = earlier.find() && inClause.stream().anyMatch(p -> p.end() <= w.start()) ? earlier.start() : Integer.MAX_VALUE;
    // "Myocardial infarction within 6 months, unstable angina or stroke": a window written after a part and before
    // others times what it follows; the parts after it stand at any time.
    // A part read there counts though an example list dropped it ("including ... myocardial infarction within 6 months").
    int untimedFrom = inClause.stream().anyMatch(p -> p.end() <= w.start())
        || read.stream().anyMatch(p -> p.start() >= from && p.end() <= w.start()) ? w.end() : Integer.MAX_VALUE;
    boolean timed = false;
    for (int i = 0; i < core.size(); i++) {
      Part p = core.get(i);
      if (p.start() >= untimedFrom || !inClause.contains(p)) {
        continue;
      } else if (p.start() < timedFrom) {
        core.set(i, new Part(ListedWindow.perhapsTimed(p.predicate(), n, plural), p.start(), p.end(), p.note()));
      } else if (p.end() <= timedUpTo) {
        core.set(i, new Part(new Predicate.Within(p.predicate(), n, plural), p.start(), p.end(), p.note()));
      }
      timed = true;
    }
    if (timed) {
      // a window that times none of the parts left was said of a part an example list dropped
      r.window(new Comparison(w.start(), w.end(), "<=", n, null));
    }
    return true;
  }

  private static final Pattern OR_ANY_EARLIER = Pattern.compile(
      "(?i),?\\s*or\\s+(?:any\\s+)?(?:earlier|prior|previous)\\s+(?:treatment|therapy|exposure|use)\\b");

  /**
   * Several windows, each right beside one part ("≤ 4 weeks from major surgery or ≤ 2 weeks from
   * minor surgery", "radiotherapy within 2 weeks, chemotherapy within 3 weeks"): each part takes
   * its own. Every part must be a prior therapy, procedure or condition, and parts and windows
   * must pair one to one with nothing but blanks between a window and its part (a comma too when
   * the window follows); false otherwise, and nothing is changed.
   */
  private static boolean paired(String raw, List<Part> core, Reading r) {
    List<MatchResult> windows = WINDOW.matcher(raw).results().toList();
    if (windows.size() >= 2 && windows.size() < core.size()) {
      return listsPaired(raw, core, windows, r);
    }
    if (windows.size() < 2 || windows.size() != core.size()
        || !core.stream().allMatch(p -> p.predicate() instanceof Predicate.PriorTherapy || conditions(p.predicate())
            || p.predicate() instanceof Predicate.PriorProcedure)) {
      return false;
    }
    List<Part> parts = new ArrayList<>(core);
    parts.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<MatchResult> taken = new ArrayList<>();
    List<Part> wrapped = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    for (Part p : parts) {
      MatchResult mine = null;
      for (MatchResult w : windows) {
        boolean before = w.end() <= p.start() && raw.substring(w.end(), p.start()).isBlank();
        boolean after = p.end() <= w.start() && raw.substring(p.end(), w.start()).matches("[\\s,]*");
        if ((before || after) && !taken.contains(w)) {
          mine = w;
          break;
        }
      }
      if (mine == null) {
        return false;
      }
      Matcher m = WINDOW.matcher(raw);
      if (!m.find(mine.start()) || m.start() != mine.start()) {
        return false;
      }
      String amount = windowAmount(m);
      String unit = windowUnit(m);
      if (amount == null || unit == null || !unit.matches("(?:day|week|month|year)s?")) {
        return false;
      }
      taken.add(mine);
      int n = amount.matches("\\d+") ? Integer.parseInt(amount) : WORD_NUMBERS.indexOf(amount) + 1;
      wrapped.add(new Part(new Predicate.Within(p.predicate(), n, unit.endsWith("s") ? unit : unit + "s"), p.start(), p.end(), p.note()));
      comparisons.add(new Comparison(mine.start(), mine.end(), "<=", n, null));
    }
    for (int i = 0; i < core.size(); i++) {
      core.set(i, wrapped.get(parts.indexOf(core.get(i))));
    }
    comparisons.forEach(r::window);
    return true;
  }

  /** Between alternatives of one list: "or", "and/or", a comma. */
  private static final Pattern ALTERNATIVES_GAP = Pattern.compile("^[\\s,]*(?:(?:or|and/or)\\b[\\s,]*)?$");
  /** Between a list's last item and its window: nothing, or a passive verb of receipt ("is performed"). */
  private static final Pattern TO_WINDOW = Pattern.compile(
      "^[\\s,]*(?:(?:is|are|was|were|has been|have been)\\s+(?:performed|carried out|done|given|administered|delivered|received|undergone)\\s*)?$");

  /**
   * "Local radiotherapy within 1 week; bone marrow radiotherapy or extensive radiotherapy within 4 weeks": more parts than
   * windows, each window right after a list of alternatives in its own clause, times every item of that list. False (and
   * nothing changed) unless every part falls in such a list.
   */
  private static boolean listsPaired(String raw, List<Part> core, List<MatchResult> windows, Reading r) {
    if (!core.stream().allMatch(p -> p.predicate() instanceof Predicate.PriorTherapy || p.predicate() instanceof Predicate.PriorProcedure)) {
      return false;
    }
    List<Part> parts = new ArrayList<>(core);
    parts.sort((a, b) -> Integer.compare(a.start(), b.start()));
    java.util.Map<Part, Predicate> wrapped = new java.util.IdentityHashMap<>();
    List<Comparison> comparisons = new ArrayList<>();
    int next = 0;
    for (MatchResult w : windows) {
      int first = next;
      while (next < parts.size() && parts.get(next).end() <= w.start()) {
        next++;
      }
      if (next == first || !TO_WINDOW.matcher(raw.substring(parts.get(next - 1).end(), w.start())).matches()) {
        return false;
      }
      for (int i = first + 1; i < next; i++) {
        if (!ALTERNATIVES_GAP.matcher(raw.substring(parts.get(i - 1).end(), parts.get(i).start())).matches()) {
          return false;
        }
      }
      Matcher m = WINDOW.matcher(raw);
      if (!m.find(w.start()) || m.start() != w.start()) {
        return false;
      }
      String amount = windowAmount(m);
      String unit = windowUnit(m);
      if (amount == null || unit == null || !unit.matches("(?:day|week|month|year)s?")) {
        return false;
      }
      int n = amount.matches("\\d+") ? Integer.parseInt(amount) : WORD_NUMBERS.indexOf(amount) + 1;
      for (int i = first; i < next; i++) {
        wrapped.put(parts.get(i), new Predicate.Within(parts.get(i).predicate(), n, unit.endsWith("s") ? unit : unit + "s"));
      }
      comparisons.add(new Comparison(w.start(), w.end(), "<=", n, null));
    }
    if (next != parts.size()) {
      return false;
    }
    for (int i = 0; i < core.size(); i++) {
      Part p = core.get(i);
      core.set(i, new Part(wrapped.get(p), p.start(), p.end(), p.note()));
    }
    comparisons.forEach(r::window);
    return true;
  }

  /** A condition, or a condition term that names several ("bone marrow transplant": of any kind). */
  private static boolean conditions(Predicate p) {
    return p instanceof Predicate.Condition
        || p instanceof Predicate.AnyOf a && a.parts().stream().allMatch(x -> x instanceof Predicate.Condition);
  }

  private static final List<String> WORD_NUMBERS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final Pattern AHEAD = Pattern.compile(
      "^\\s*(?:following|after|from)?\\s*(?:the\\s+)?(?:last|final|end of|completion of|discontinuation of|stopping)\\b");

  private static int clauseEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return text.length();
  }

  private static final Pattern ADJUVANT_ALLOWANCE = Pattern.compile(
      "[^.:;]*\\b(?:neo-?)?adjuvant\\b[^.:;]*\\b(?:allowed|permitted|acceptable|eligible)\\b[^.;]*");
  private static final Pattern ADJUVANT_TEXT = Pattern.compile("(?i)\\b(?:neo-?)?adjuvant\\b");

  /** The least time an allowance asks since adjuvant therapy: "if it was finished at least 12 months before study start". */
  private static final Pattern ALLOWED_AFTER = Pattern.compile(
      "(?i)\\b(?:at least|more than|over|≥|>=?)\\s*(\\d+)\\s*(days?|weeks?|months?|years?)\\s+(?:before|prior to|earlier)\\b");

  /**
   * An exclusion of therapy for advanced disease whose allowance of adjuvant therapy asks for time since it
   * ("Previous capecitabine ... for metastatic disease. Capecitabine given only as adjuvant therapy is allowed if it
   * was finished at least 12 months before study start"): adjuvant therapy inside that time is excluded too, so the
   * same therapy in any setting within the window is an alternative. Other exclusions are returned as they are.
   */
  private static Predicate allowedAfter(Predicate p, String allowed, Reading r) {
    Matcher m = ALLOWED_AFTER.matcher(allowed);
    if (!(p instanceof Predicate.PriorTherapy t) || !t.advancedOnly() || t.minLines() != null || t.maxLines() != null || !m.find()) {
      return p;
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    unit = unit.endsWith("s") ? unit : unit + "s";
    r.notes().removeIf(n -> n.startsWith("time window on allowed adjuvant therapy not checked"));
    return new Predicate.AnyOf(List.of(p,
        new Predicate.Within(new Predicate.PriorTherapy(t.drugs(), t.classes(), null, null, false), Integer.parseInt(m.group(1)), unit)));
  }

  /** The text speaks of adjuvant therapy and every prior-therapy part is about advanced disease only. */
  private static boolean adjuvantAllowance(String raw, List<Part> core) {
    List<Part> therapy = core.stream().filter(p -> mentions(p.predicate(), Predicate.PriorTherapy.class)).toList();
    return ADJUVANT_TEXT.matcher(raw).find() && !therapy.isEmpty() && therapy.stream().allMatch(p -> advancedTherapy(p.predicate()));
  }

  /** A prior-therapy predicate about advanced disease: line counts, or a drug/class limited to it. */
  static boolean advancedTherapy(Predicate p) {
    if (p instanceof Predicate.PriorTherapy t) {
      return t.advancedOnly() || t.minLines() != null || t.maxLines() != null;
    }
    if (p instanceof Predicate.Not n) {
      return advancedTherapy(n.part());
    }
    if (p instanceof Predicate.AllOf a) {
      return a.parts().stream().allMatch(CriterionParser::advancedTherapy);
    }
    if (p instanceof Predicate.AnyOf a) {
      return a.parts().stream().allMatch(CriterionParser::advancedTherapy);
    }
    return false;
  }

  private static boolean mentions(Predicate p, Class<? extends Predicate> type) {
    if (type.isInstance(p)) {
      return true;
    }
    if (p instanceof Predicate.Not n) {
      return mentions(n.part(), type);
    }
    if (p instanceof Predicate.Within w) {
      return mentions(w.part(), type);
    }
    if (p instanceof Predicate.Qualified q) {
      return mentions(q.part(), type);
    }
    if (p instanceof Predicate.AllOf a) {
      return a.parts().stream().anyMatch(x -> mentions(x, type));
    }
    if (p instanceof Predicate.AnyOf a) {
      return a.parts().stream().anyMatch(x -> mentions(x, type));
    }
    return false;
  }

  /** Applies negation cues: each cue negates the next part and the parts listed right after it. */
  private static List<Part> negate(String left, List<Part> parts) {
    List<Part> out = new ArrayList<>();
    int i = 0;
    int searchFrom = 0;
    while (i < parts.size()) {
      Part p = parts.get(i);
      if (!negated(left, searchFrom, p.start())) {
        out.add(p);
        searchFrom = p.end();
        i++;
        continue;
      }
      List<Part> group = new ArrayList<>(List.of(p));
      int j = i + 1;
      while (j < parts.size() && LIST_GAP.matcher(ALTERNATIVE_ARTICLE.matcher(gap(left, parts.get(j - 1), parts.get(j))).replaceAll("$1")).matches()) {
        group.add(parts.get(j));
        j++;
      }
      Predicate inner = group.size() == 1 ? group.get(0).predicate()
          : combine(group, left, Criterion.Kind.EXCLUSION);
      out.add(new Part(not(inner), group.get(0).start(), group.get(group.size() - 1).end()));
      searchFrom = group.get(group.size() - 1).end();
      i = j;
    }
    return out;
  }

  /** The negation in its one canonical form, Not on the leaves: "no A or B" is AllOf(Not A, Not B). */
  private static Predicate not(Predicate p) {
    return Negation.toLeaves(p);
  }

  /** Whether a negation cue between {@code from} and the part start scopes over the part. */
  private static boolean negated(String left, int from, int partStart) {
    if (partStart <= from) {
      return false;
    }
    String between = left.substring(from, partStart);
    Matcher m = NEGATION.matcher(between);
    boolean found = false;
    while (m.find()) {
      if (PSEUDO_NEGATION.matcher(between.substring(m.start())).lookingAt()) {
        continue;
      }
      String scope = between.substring(m.end());
      if (TERMINATOR.matcher(scope).find() || scope.trim().split("\\s+").length > 6) {
        found = false;
        continue;
      }
      found = true;
    }
    return found;
  }

  private static String gap(String left, Part a, Part b) {
    return b.start() > a.end() ? left.substring(a.end(), b.start()) : "";
  }

  private enum Join { AND, OR, COMMA }

  /** Parts in text order into one predicate: or-joined runs become AnyOf, the runs AllOf. */
  private static Predicate combine(List<Part> parts, String left, Criterion.Kind kind) {
    if (parts.size() == 1) {
      return parts.get(0).predicate();
    }
    Part last = parts.get(parts.size() - 1);
    if (last.predicate() instanceof Predicate.EarlyRelapse
        && CLAUSE_OR.matcher(gap(left, parts.get(parts.size() - 2), last)).find()) {
      // "1 or 2 prior lines for metastatic disease, or disease that recurred during adjuvant chemotherapy ...":
      // the relapse is another way in, an alternative to all that comes before it.
      return anyOf(List.of(combine(parts.subList(0, parts.size() - 1), left, kind), last.predicate()));
    }
    List<Join> joins = new ArrayList<>();
    // "an EGFR mutation; an ALK fusion; ...; or MET amplification": semicolons that separate the items of one list.
    List<String> gaps = new ArrayList<>();
    for (int i = 0; i + 1 < parts.size(); i++) {
      gaps.add(gap(left, parts.get(i), parts.get(i + 1)));
    }
    boolean semicolonList = gaps.stream().anyMatch(g -> SEMICOLON_OR.matcher(g).lookingAt());
    for (int i = 0; i + 1 < parts.size(); i++) {
      String g = gaps.get(i);
      if (LISTED_OR.matcher(g).find()) {
        joins.add(Join.OR);
      } else if (semicolonList && SEMICOLON_ITEM.matcher(g).matches()) {
        joins.add(Join.COMMA);
      } else if (kind == Criterion.Kind.EXCLUSION && g.contains(";") && !EXCLUSION_ITEM_AND.matcher(g).find()
          && !QUALIFYING_GAP.matcher(g.substring(0, g.indexOf(';'))).find()) {
        // "chemotherapy within 7 days; previous treatment with osimertinib": an exclusion's items set apart by
        // semicolons each exclude
        joins.add(Join.OR);
      } else if (OR_TREATMENT_WITH.matcher(g).matches()) {
        joins.add(Join.OR);
      } else if (QUALIFYING_GAP.matcher(g).find()) {
        joins.add(Join.AND);
      } else if (OR_GAP.matcher(g).find()) {
        joins.add(Join.OR);
      } else if (AND_GAP.matcher(g).find()) {
        joins.add(Join.AND);
      } else if (g.trim().matches("^[,\\s()]*$") || g.contains(",")) {
        joins.add(Join.COMMA);
      } else {
        joins.add(Join.AND);
      }
    }
    // A comma takes the conjunction that ends its list; an exclusion's list of one kind is either-or.
    for (int i = joins.size() - 1; i >= 0; i--) {
      if (joins.get(i) == Join.COMMA) {
        Join next = i + 1 < joins.size() ? joins.get(i + 1) : null;
        boolean sameKind = parts.get(i).predicate().category().equals(parts.get(i + 1).predicate().category());
        if (next != null && next != Join.COMMA) {
          joins.set(i, next);
        } else {
          joins.set(i, kind == Criterion.Kind.EXCLUSION && sameKind ? Join.OR : Join.AND);
        }
      }
    }
    List<Predicate> all = new ArrayList<>();
    List<Predicate> run = new ArrayList<>(List.of(parts.get(0).predicate()));
    for (int i = 0; i < joins.size(); i++) {
      if (joins.get(i) == Join.OR) {
        run.add(parts.get(i + 1).predicate());
      } else {
        all.add(anyOf(run));
        run = new ArrayList<>(List.of(parts.get(i + 1).predicate()));
      }
    }
    all.add(anyOf(run));
    return allOf(all);
  }

  private static final Pattern CLAUSE_OR = Pattern.compile(",\\s*(?:or|and/or)\\b");

  private static Predicate anyOf(List<Predicate> parts) {
    List<Predicate> flat = new ArrayList<>();
    for (Predicate p : parts) {
      if (p instanceof Predicate.AnyOf a) {
        flat.addAll(a.parts());
      } else {
        flat.add(p);
      }
    }
    // Alternatives of drugs and classes are one prior therapy; of plain diagnoses, one diagnosis.
    Set<String> drugs = new LinkedHashSet<>();
    Set<String> classes = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    List<Predicate> out = new ArrayList<>();
    int therapyAt = -1;
    int diagnosisAt = -1;
    // "capecitabine or other fluoropyrimidine for metastatic disease": a setting after the last alternative is said of all.
    boolean advancedOnly = false;
    for (Predicate p : flat) {
      if (p instanceof Predicate.PriorTherapy t && t.minLines() == null && t.maxLines() == null) {
        drugs.addAll(t.drugs());
        classes.addAll(t.classes());
        advancedOnly = t.advancedOnly();
        if (therapyAt < 0) {
          therapyAt = out.size();
          out.add(p);
        }
      } else if (p instanceof Predicate.Diagnosis d && d.histologies().isEmpty()) {
        codes.addAll(d.cancers());
        if (diagnosisAt < 0) {
          diagnosisAt = out.size();
          out.add(p);
        }
      } else if (!out.contains(p)) {
        out.add(p);
      }
    }
    if (therapyAt >= 0) {
      out.set(therapyAt, new Predicate.PriorTherapy(drugs, classes, null, null, advancedOnly));
    }
    if (diagnosisAt >= 0) {
      out.set(diagnosisAt, new Predicate.Diagnosis(codes, Set.of()));
    }
    out = mergeVariants(out);
    return out.size() == 1 ? out.get(0) : new Predicate.AnyOf(out);
  }

  /** "EGFR exon 19 deletion or EGFR L858R": one variant predicate of the gene. */
  private static List<Predicate> mergeVariants(List<Predicate> in) {
    List<Predicate> out = new ArrayList<>();
    for (Predicate p : in) {
      if (p instanceof Predicate.Variant v) {
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i) instanceof Predicate.Variant o && o.gene().equals(v.gene())) {
            at = i;
          }
        }
        if (at >= 0) {
          Predicate.Variant o = (Predicate.Variant) out.get(at);
          Set<String> union = new LinkedHashSet<>(o.variants());
          union.addAll(v.variants());
          out.set(at, new Predicate.Variant(v.gene(), o.variants().isEmpty() || v.variants().isEmpty() ? Set.of() : union));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static Predicate allOf(List<Predicate> parts) {
    List<Predicate> flat = new ArrayList<>();
    for (Predicate p : parts) {
      List<Predicate> items = p instanceof Predicate.AllOf a ? a.parts() : List.of(p);
      for (Predicate x : items) {
        if (!flat.contains(x)) {
          flat.add(x);
        }
      }
    }
    // Two stage parts ("stage IV ... metastatic") keep the stricter minimum.
    List<Predicate> stages = flat.stream().filter(p -> p instanceof Predicate.Stage).toList();
    if (stages.size() > 1) {
      Predicate strict = stages.stream().max((a, b) -> Integer.compare(
          StageRule.ORDER.indexOf(((Predicate.Stage) a).minStage()), StageRule.ORDER.indexOf(((Predicate.Stage) b).minStage()))).get();
      flat.removeIf(p -> p instanceof Predicate.Stage && p != strict);
    }
    return flat.size() == 1 ? flat.get(0) : new Predicate.AllOf(flat);
  }

  /** A category and a kind of text for what no rule recognised. */
  private static String[] guess(String raw) {
    if (raw.matches("(?s).*\\b(?:cancer|carcinoma|tumou?r|malignan\\w*|neoplasm|lymphoma|leukemia|sarcoma|histolog\\w*|cytolog\\w*|diagnos\\w*)\\b.*")) {
      return new String[] {"DIAGNOSIS", "diagnosis not in the lexicon"};
    }
    if (raw.matches("(?s).*\\b(?:therap\\w*|treatment|treated|drugs?|medications?|agents?|dose|doses|chemotherapy|regimens?)\\b.*")) {
      return new String[] {"THERAPY", "therapy not in the lexicon"};
    }
    if (raw.matches("(?s).*\\b(?:disease|disorder|syndrome|history of|condition|illness|infection|impairment|dysfunction|failure)\\b.*")) {
      return new String[] {"CONDITION", "condition not in the lexicon"};
    }
    if (raw.matches("(?s).*\\b(?:mutation|gene|genetic|molecular|expression|marker|positive|negative)\\b.*")) {
      return new String[] {"BIOMARKER", "molecular or biomarker test not in the lexicon"};
    }
    return new String[] {"OTHER", "no criterion concept recognised"};
  }
}
