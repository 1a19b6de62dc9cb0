package org.eligo.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procedure or treatment the patient is to have, or is fit for: "scheduled for radical
 * cystectomy", "planning to receive chemotherapy", "indication for hysterectomy", "able to
 * undergo surgery", "contraindication to MRI", "not suitable for radiochemotherapy". The records
 * tell what a patient had, not what is planned or what the patient could go through; the
 * screening visit decides it. Each mention is a gap whose {@code what} starts with {@link
 * #WHAT}; {@link CriterionParser} makes a criterion of nothing else DEFERRED, drops it with a
 * note beside the other parts of an inclusion (a conjunct the visit checks), and keeps it a gap
 * in an exclusion beside other parts (there it narrows whom the other parts exclude).
 */
final class PlanRule implements Rule {
  static final String WHAT = "planned or feasible procedure or treatment: ";

  private static final String CUE =
      // "no longer be considered suitable for endocrine treatment": whose view it is belongs to the same screening item
      "\\b(?:(?:considered|deemed|judged)\\s+(?:to\\s+be\\s+)?(?=(?:candidates?|eligible|suitable|(?:un)?fit|appropriate)\\b))?(?:planned|planning|plans?|scheduled|intend\\w*|expect(?:s|ed|ing)?|awaiting|referr(?:al|ed)|undergoing|undergo|"
          + "will (?:undergo|receive|have|start|require|need)|to (?:undergo|receive)|treatment plan includes|indications? for|indicated for|"
          + "candidates? for|eligible for|suitable for|(?:un)?fit for|appropriate for|consent\\w* to|"
          + "(?:in)?ability to (?:undergo|tolerate|withstand|receive)|(?:un)?able (?:to )?(?:undergo|tolerate|withstand|receive)|tolerate|withstand|"
          + "contra-?indicat\\w*|preclud\\w*)\\b";
  private static final String OBJECT =
      "(?:surger(?:y|ies)|surgical (?:resection|removal|intervention|treatment|procedures?|biops(?:y|ies))|operations?|resections?|[a-z]+ectom(?:y|ies)|[a-z]+otom(?:y|ies)|[a-z]+oscop(?:y|ies)|biops(?:y|ies)|"
          + "lymphadenectomy|dissection|radiotherapy|radiation(?: therapy)?|irradiation|chemoradi\\w+|radiochemotherapy|brachytherapy|"
          + "chemotherapy|(?:chemotherapeutic|chemotherapy|treatment)\\s+regimens?|immunotherapy|(?:systemic|anti-?cancer|cancer|targeted|endocrine|hormonal|multimodal(?:ity)?) (?:therapy|treatment)|"
          + "transplant\\w*|hsct|mri|magnetic resonance(?: imaging)?|mr (?:scanning|imaging)|ct|pet(?:[/-]ct)?|imaging(?: procedures?| studies)?|scans?|"
          + "scanning|examinations?|exams?|ana?esthesia|procedures?|hipec|work-?ups?|"
          // "exercise training or testing", "a minimal invasive approach": what a study does with the patient
          + "exercise(?:\\s+(?:training|testing|tests?))?(?:\\s+(?:or|and)\\s+(?:training|testing))?|"
          + "(?:minimal(?:ly)?[- ]invasive|laparoscopic|robotic|vaginal|endoscopic|surgical)\\s+(?:approach|route))\\b";
  /**
   * A procedure that accompanies the planned one: "exam under anesthesia", "with oropharyngeal surgical biopsy", "with
   * primary anastomosis" (the bowel ends joined in the same operation), "with a diverting stoma".
   */
  private static final String WITH_PROCEDURE =
      "\\s+(?:under\\s+(?:general\\s+)?ana?esthesia|with\\s+(?:[a-z/-]+\\s+){0,2}?(?:surgical\\s+)?(?:biops(?:y|ies)|[a-z]+ectom(?:y|ies)|resections?"
          + "|anastomos[ie]s|[a-z]*stom(?:a|as|y|ies)))\\b";
  /**
   * What the plan goes on to name: further procedures or treatments of a list ("radical hysterectomy and/or
   * pelvic-/para-aortic (sentinel-node) lymphadenectomy", "radiotherapy or chemoradiotherapy or multimodality
   * treatment"), one it leaves out ("surgical lung resection other than lobectomy") and a parenthesis right after
   * it ("(radiation therapy is permitted)", "(resection or biopsy)"): all of it is the plan the visit confirms.
   */
  private static final String MORE =
      "(?:" + WITH_PROCEDURE + "|\\s*,?\\s*(?:or|and|and/or|,)\\s+(?:[\\w/()-]+\\s+){0,3}?" + OBJECT
          + "|\\s+(?:other than|except(?: for)?|excluding)\\s+(?:[a-z-]+\\s+){0,2}?" + OBJECT + ")*"
          // a parenthesis of several words that names a treatment or a permission, and no number or stage ("(ECOG 0-1)" is a
          // requirement; "(MRI)" only abbreviates)
          + "(?:\\s*\\((?=[^()]*?\\S\\s+\\S)(?=[^()]*?(?:\\b" + OBJECT + "|\\b(?:permitted|allowed)\\b))(?![^()]*\\bstages?\\b)[^()\\d]{1,80}\\))?";
  private static final Pattern PLAN = Pattern.compile(CUE + "[^;:.]{0,40}?\\b" + OBJECT + MORE);
  private static final Pattern OBJECT_FIRST = Pattern.compile("\\b(?:mri|mr)\\s+contra-?indications?\\b"
      // "chemotherapy with cisplatin applicable (no contra-indications)": the treatment is feasible for the patient
      + "|\\b" + OBJECT + "(?:\\s+with\\s+[\\w-]+)?\\s+(?:is\\s+|are\\s+)?(?:applicable|feasible)\\b(?:\\s*\\((?:no\\s+)?contra-?indications?\\))?");
  /** "unacceptable anesthesia or operative risk": fitness for surgery, which the visit weighs. */
  private static final Pattern RISK = Pattern.compile(
      "\\b(?:unacceptable|prohibitive|excessive|high|increased)\\s+(?:ana?esthe\\w*|operative|surgical|perioperative)"
          + "(?:\\s+(?:or|and|and/or)\\s+(?:ana?esthe\\w*|operative|surgical|perioperative))*\\s+risks?\\b");

  /**
   * After a planned surgery and what it is for ("planned surgery for gastric or colorectal cancer with primary
   * anastomosis"): a step that exists only inside an operation, so it belongs to the plan, not to the records.
   */
  private static final Pattern WITH_STEP = Pattern.compile(
      "^[^;:.]{0,80}?\\b(with\\s+(?:an?\\s+)?(?:[a-z-]+\\s+){0,2}?(?:anastomos[ie]s|[a-z]*stom(?:a|as|y|ies)))\\b");

  @Override
  public void apply(Sentence s, Reading r) {
    for (Pattern p : new Pattern[] {PLAN, OBJECT_FIRST, RISK}) {
      Matcher m = p.matcher(s.lower());
      while (m.find()) {
        String what = m.group();
        Matcher step = WITH_STEP.matcher(s.lower()).region(m.end(), s.lower().length());
        if (p == PLAN && step.lookingAt()) {
          s.mask(step.start(1), step.end(1));
          what += " ... " + step.group(1);
        }
        r.gap("THERAPY", WHAT + what);
        s.mask(m.start(), m.end());
      }
    }
  }

  /** Whether a gap is one this rule found. */
  static boolean decidedAtScreening(Reading.Gap g) {
    return g.what().startsWith(WHAT);
  }
}
