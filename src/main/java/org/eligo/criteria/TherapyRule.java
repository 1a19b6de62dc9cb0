package org.eligo.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Drugs;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Prior therapy: drugs and regimens of {@link Drugs} (lowercase generic or regimen names), drug
 * classes (names as in the classes column of {@code lexicons/drugs.tsv}; the class phrases
 * criteria use, "EGFR tyrosine kinase inhibitor", "anti-PD-1 antibody", "platinum-based", are
 * listed here), and counts of prior systemic lines.
 *
 * <ul>
 *   <li>A drug or class counts only in a prior-treatment context ("prior", "previously treated
 *       with", "progressed on", "-refractory", "-naive"); "-naive" negates it. "Concurrent" or
 *       "currently receiving" is a concomitant-medication gap; without any context it is a
 *       treatment plan, also a gap.
 *   <li>"BRAF or MEK inhibitor" expands to both classes.
 *   <li>Lines: "at least one prior systemic therapy", "≥ 2 prior lines" (minimum), "no more than
 *       2 prior regimens" (maximum), "1-3 prior lines", "one prior line" (exactly one);
 *       "previously treated", "progressed on or after prior therapy", "refractory" without a
 *       drug or class: at least one line. "Treatment-naive", "previously untreated", "no prior
 *       systemic therapy": no prior line. A count of one class is a gap unless it is "at least
 *       one" (then: the class was given) or "no" (then: it was not).
 *   <li>Radiotherapy and surgery the patient had ("prior pelvic radiotherapy", "surgery within 4
 *       weeks") are {@link Predicate.PriorProcedure}; planned or required ones are gaps;
 *       supportive drugs are ignored.
 *   <li>A setting after the therapy ("for metastatic disease", "in the adjuvant setting") is
 *       noted and kept from being read as a stage requirement.
 * </ul>
 */
final class TherapyRule implements Rule {

  /** Class phrases criteria use; classes missing from drugs.tsv are dropped at construction. */
  private static final Map<String, List<String>> CLASS_PHRASES = classPhrases();

  private static final String NUMW = "(\\d|one|two|three|four|five|a single|single)";
  /** The noun a count of lines counts; "up to 4 weeks after treatment" counts time, not lines. */
  private static final String LINE_NOUN =
      "((?:(?!(?:days?|weeks?|months?|years?|hours?|cycles?|doses?)\\b)[a-z0-9/()-]+\\s+){0,4}?(?:lines?|regimens?|therap(?:y|ies)|treatments?|chemotherap(?:y|ies)))\\b";
  private static final Pattern MIN = Pattern.compile(
      "(at least|\u2265|>=|>|a minimum of|minimum of|no less than|no fewer than|not less than)\\s*" + NUMW
          + "\\s*(?:\\(\\d\\)\\s*)?" + LINE_NOUN);
  private static final Pattern MIN_AFTER = Pattern.compile(NUMW + "\\s*(?:or more|\\+|or greater)\\s+" + LINE_NOUN);
  private static final Pattern MAX = Pattern.compile(
      "(no more than|not more than|up to|at most|\u2264|<=|<|a maximum of|maximum of|fewer than|less than)\\s*" + NUMW + "\\s+"
          + LINE_NOUN);
  private static final Pattern LINES_OF = Pattern.compile("\\s+(?:of|containing)\\s+((?:[a-z0-9/-]+\\s+){0,2}?[a-z0-9/-]+)\\b");
  private static final Pattern BETWEEN = Pattern.compile(NUMW + "\\s*(?:-|to|or)\\s*" + NUMW + "\\s+" + LINE_NOUN);
  private static final Pattern EXACT = Pattern.compile("(?<![\\w\u2265\u2264<>=-]\\s?)" + NUMW + "\\s+(?:prior|previous)\\s+" + LINE_NOUN);
  private static final Pattern NAIVE = Pattern.compile(
      "(?:treatment|therapy|systemic therapy)[- ]na[i\u00ef]ve|previously[- ]untreated|untreated (?=advanced|metastatic|locally|stage|disease|recurrent|patients|nsclc)|"
          + "(?:no|without|not (?:have )?(?:had|received)(?: any)?|never (?:been )?(?:received|treated with)|has not received|have not received|must not have received)"
          + "\\s+(?:any\\s+)?(?:prior|previous)?\\s*(?:(?:systemic|anti-?cancer|cancer|cancer-directed|standard)\\s+){0,2}(?:therapy|therapies|treatments?|lines?)\\b");
  private static final String TREATMENT_OF_CANCER =
      "(?:(?:anti-?cancer|anti-?neoplastic|oncologic|cancer-directed|specific)\\s+)?(?:therapy|therapies|treatments?)"
          + "(?:\\s+for\\s+(?:the\\s+|their\\s+|his\\s+|her\\s+)?(?:neoplasms?|malignanc(?:y|ies)|cancer))?\\b";
  /** Treatment of the cancer begun: "have started anti-cancer treatment". */
  private static final Pattern STARTED = Pattern.compile(
      "\\b(?:has|have)\\s+(?:already\\s+)?(?:started|begun|initiated|commenced)\\s+(?:any\\s+)?" + TREATMENT_OF_CANCER);
  /** None begun or received: "has not received specific treatment for neoplasms", "have not yet started treatment". */
  private static final Pattern NOT_STARTED = Pattern.compile(
      "\\b(?:has|have)\\s+not\\s+(?:yet\\s+)?(?:(?:started|begun|initiated|commenced)\\s+(?:any\\s+)?" + TREATMENT_OF_CANCER
          + "|received\\s+(?:any\\s+)?specific\\s+(?:therapy|therapies|treatments?)"
          + "(?:\\s+for\\s+(?:the\\s+|their\\s+|his\\s+|her\\s+)?(?:neoplasms?|malignanc(?:y|ies)|cancer))?\\b)");
  private static final Pattern PRETREATED = Pattern.compile(
      "previously[- ]treated|pre-?treated|progress\\w* (?:on|after|following|during|while on)|refractory to|relapsed (?:or|and/or|/) ?refractory|"
          + "relapsed (?:after|following|on)|\\br/r\\b|"
          + "failed (?:prior|previous|standard|first-line|at least)|failure of (?:prior|previous|standard|first-line)|"
          + "(?:prior|previous|received) (?:systemic |anti-?cancer |cancer-directed )+(?:therapy|therapies|treatments?)|second[- ]line|2nd[- ]line");
  /** "Standard therapy has failed", with the alternatives that follow it (group 1): not tolerated, not appropriate. */
  private static final Pattern STANDARD_FAILED = Pattern.compile(
      "\\bstandard(?: of care| anti-?cancer| systemic)? (?:therapy|therapies|treatments?) (?:has|have) failed"
          + "((?:,? (?:or |and/or )?(?:is |are |was |were )?(?:not tolerated|intolerable|(?:judged |considered |deemed )?(?:by the investigator )?"
          + "(?:not (?:to be )?appropriate|inappropriate|unsuitable|not suitable)(?: for the patient)?|refused|declined))+)?");
  /** Right before a drug or class: a course about to start ("planning to start treatment with", "will begin"). */
  private static final Pattern START_PLANNED = Pattern.compile(
      "\\b(?:(?:planning|planned|scheduled|going|about|due|expected|intending|intends?)\\s+to|will)\\s+(?:start|begin|initiate|commence)\\s+"
          + "(?:(?:the|a|an)\\s+)?(?:(?:treatment|therapy)\\s+(?:with\\s+)?)?(?:(?:the|a|an)\\s+)?$");
  /** "cabozantinib therapy for renal cancer": the noun after a planned drug is the plan's, not a treatment received. */
  private static final Pattern PLANNED_NOUN = Pattern.compile("[\\s-]*(?:therapy|treatment)\\b");
  private static final Pattern PRIOR_BEFORE = Pattern.compile(
      "\\b(?:prior|previous(?:ly)?|earlier|received|receipt|treated|treatment with|therapy with|exposure|exposed|"
          + "pre-?treated|progress\\w*|refractory|resistant|relapsed|recurred|failed|failure|intoleran\\w*|history of|had|following|after)\\b");
  private static final Pattern AFTER = Pattern.compile(
      "^[\\s-]*(?:\\([^)]{0,40}\\)\\s*)?(pre-?treated|treated|refractory|resistant|na[i\u00ef]ve|exposed|experienced|failure|failed|intolerant)");
  /** "Chemotherapy within 4 weeks before the first dose": a recent receipt, i.e. a prior therapy. */
  private static final Pattern RECENT = Pattern.compile("^[\\s,)]*(?:[a-z-]+\\s+){0,3}?(?:within|in the (?:last|past))\\s+\\d");
  private static final Pattern NAIVE_TO = Pattern.compile("na[i\u00ef]ve (?:to|for)\\s*(?:\\w+\\s*){0,3}$");
  /**
   * A criterion, or its part after a colon, that opens with the time before a treatment starts ("Cohort 2 only: prior to
   * starting chemotherapy"): the patient has not had it yet. Only at the opening, so "steroids within 14 days prior to
   * starting nivolumab" (a window before the study drug) is not read so.
   */
  private static final Pattern NOT_YET = Pattern.compile(
      "(?:^|:)\\s*(?:prior to|before)\\s+(?:starting|beginning|initiating|commencing)\\s+(?:(?:any|the|a|an)\\s+)?"
          + "(?:(?:treatment|therapy)\\s+with\\s+)?$");
  private static final Pattern END_OF_CLAUSE = Pattern.compile("\\s*(?:[.;]|$)");
  /** The group a criterion is said of, before its colon: "Cohort 2 only", "Part B only" (group 1 the group). */
  private static final Pattern ONLY_GROUP = Pattern.compile("\\b((?:cohort|arm|part|group|stratum)\\s+[\\w-]+)\\s+only\\s*$");
  /** Right before an anticancer drug or class: it is given now ("receiving", "currently on", "concurrent"). */
  private static final Pattern CURRENT = Pattern.compile(
      "\\b(?:(?:currently\\s+)?(?:receiving|undergoing)|currently\\s+(?:on|taking|treated\\s+with)|(?:current|concurrent|ongoing)"
          + "(?:\\s+(?:use\\s+of|treatment\\s+with))?)\\s+(?:(?:treatment|therapy)\\s+with\\s+)?(?:an?\\s+|any\\s+)?$");
  /** Immunosuppressive treatment said to be given now: "receiving immune suppressive treatment", "current immunosuppressive therapy". */
  private static final Pattern IMMUNOSUPPRESSION_NOW = Pattern.compile(
      "\\b(?:(?:currently\\s+)?(?:receiving|undergoing)|currently\\s+(?:on|taking|treated\\s+with)|(?:current|concurrent|ongoing)"
          + "(?:\\s+(?:use\\s+of|treatment\\s+with))?)\\s+(?:an?\\s+|any\\s+)?(?:(?:immuno-?|immune[- ])suppressive\\s+"
          + "(?:treatments?|therap(?:y|ies)|drugs?|agents?|medications?|regimens?)|immunosuppressants?|immunosuppression)\\b");
  /** What immunosuppressive treatment is given with: the immunosuppressant class and systemic corticosteroids. */
  private static final Set<String> IMMUNOSUPPRESSIVE = Set.of("corticosteroid", "immunosuppressant");
  private static final Pattern CONCOMITANT = Pattern.compile(
      "\\b(?:currently (?:receiving|taking|using|on|treated)|concurrent(?:ly)?|concomitant(?:ly)?|ongoing|chronic use|"
          + "while on|during (?:the )?study|at the same time)\\b");
  private static final Pattern SETTING = Pattern.compile(
      // "capecitabine or other fluoropyrimidine (for example 5-fluorouracil) for metastatic disease": an example in brackets between
      "^[\\s,]*(?:\\([^()]{0,60}\\)\\s*|\\)\\s*)?(?:(?:given|administered|received|either)\\s+)?(?:for|in|in the|as)\\s+(?:the\\s+)?(?:treatment of\\s+)?(?:their\\s+)?"
          + "((?:inoperable|locally[- ]advanced|advanced|metastatic|recurrent|unresectable|early|adjuvant|neo-?adjuvant|perioperative|curative)"
          + "[^;:.()]{0,60})");
  private static final Pattern PLAN = Pattern.compile(
      "\\b(?:candidates?|eligible|suitable|planned|scheduled|will receive|to receive|fit for|appropriate for|indicated|"
          + "intend\\w*|plan\\w*|willing to (?:receive|undergo|start))\\b");
  private static final Pattern NOT_CURATIVE = Pattern.compile(
      "(?:amenable|candidates?|suitable|eligible|fit)\\s+(?:to|for)\\s+(?:[a-z-]+\\s+){0,4}$|curative\\s+(?:[a-z-]+\\s+){0,2}$");
  private static final Pattern SETTING_STOP = Pattern.compile("\\b(?:with|who|whose|and (?!/)(?!metasta|locally|advanced|recurrent|unresectable))\\b|,\\s*(?:and|with)\\b");
  private static final Pattern ADVANCED_SETTING = Pattern.compile(
      "\\b(?:metastatic|advanced|recurrent|inoperable|unresectable|locally)\\b");
  private static final Pattern ADJUVANT = Pattern.compile("\\b(?:neo-?)?adjuvant\\b|perioperative");

  private final Drugs drugs;
  private final PhraseMatcher<List<String>> classes;
  private static final Pattern LIST_LINK = Pattern.compile(
      "(?:\\s*\\([^()]*\\))?\\s*,?\\s*(?:or|and|and\\s*/\\s*or)\\s+(?:with\\s+)?(?:any\\s+|an?\\s+)?(?:other\\s+)?");
  private static final Pattern CARRYING = Pattern.compile("\\s*(?:carrying|bearing|containing|with|whose payload is)\\s+(?:an?\\s+)?");

  TherapyRule(Drugs drugs) {
    this.drugs = drugs;
    PhraseMatcher.Builder<List<String>> b = PhraseMatcher.builder();
    CLASS_PHRASES.forEach((phrase, cls) -> {
      List<String> known = cls.stream().filter(drugs::isClass).toList();
      if (!known.isEmpty()) {
        b.add(phrase, known);
        if (!phrase.endsWith("s") && !phrase.endsWith("-based") && !phrase.endsWith("containing")) {
          b.add(phrase + "s", known);
        }
      }
    });
    this.classes = b.build();
  }

  /** One drug or class mention. */
  private record Mention(Set<String> drugs, Set<String> classes, int start, int end, String category) {}

  /** The words that may open a progression: "radiographic disease", "documented tumour". */
  private static final String PROGRESSION_QUALIFIERS =
      "\\b(?:(?:documented|radiographic|radiological|radiologic|objective)\\s+)?(?:(?:disease|tumou?r)\\s+)?";

  /**
   * "Radiographic disease progression documented during or after the most recent regimen given for advanced disease":
   * a line received, and the disease progressing on the last one.
   */
  private static final Pattern LAST_REGIMEN_PROGRESSION = Pattern.compile(
      PROGRESSION_QUALIFIERS
          + "(?:progression|progressive disease|progressed)\\s+(?:(?:documented|confirmed)\\s+)?"
          + "(?:during\\s+or\\s+after|on\\s+or\\s+after|during|after|following|on)\\s+(?:the\\s+)?(?:most\\s+recent|last|latest)\\s+"
          + "(?:line\\s+of\\s+(?:systemic\\s+)?(?:therapy|treatment)|(?:systemic\\s+)?(?:regimen|therapy|treatment)|line)\\b");
  /** "Prior therapy for advanced or metastatic NSCLC:": a heading that gives every therapy under it that setting. */
  private static final Pattern PRIOR_FOR_ADVANCED = Pattern.compile(
      "^\\W*(?:prior|previous)\\s+(?:systemic\\s+)?(?:therapy|therapies|treatment|treatments)\\s+for\\s+(?:the\\s+)?"
          + "(?:advanced|metastatic|recurrent|unresectable)(?:\\s+(?:or|and|and/or)\\s+(?:advanced|metastatic|recurrent|unresectable))?"
          + "(?:\\s+[a-z-]+){0,2}?\\s*:");

  @Override
  public void apply(Sentence s, Reading r) {
    int partsBefore = r.parts().size();
    Matcher heading = PRIOR_FOR_ADVANCED.matcher(s.lower());
    boolean advancedHeading = heading.lookingAt();
    Matcher lastProgression = LAST_REGIMEN_PROGRESSION.matcher(s.lower());
    if (lastProgression.find()) {
      s.mask(lastProgression.start(), lastProgression.end());
      boolean advanced = setting(s, r, lastProgression.end());
      r.add(new Part(new Predicate.AllOf(List.of(new Predicate.PriorTherapy(Set.of(), Set.of(), 1, null, advanced),
          new Predicate.TherapyResponse(Set.of(), Set.of(), Set.of("PROGRESSION"), true))), lastProgression.start(), lastProgression.end()));
    }
    applyReadings(s, r, partsBefore);
    if (advancedHeading) {
      // the heading's setting reaches each prior therapy read under it
      for (int i = partsBefore; i < r.parts().size(); i++) {
        Part part = r.parts().get(i);
        if (part.predicate() instanceof Predicate.PriorTherapy t && !t.advancedOnly()) {
          r.parts().set(i, new Part(new Predicate.PriorTherapy(t.drugs(), t.classes(), t.minLines(), t.maxLines(), true), part.start(), part.end(),
              part.note()));
        }
      }
    }
  }

  private void applyReadings(Sentence s, Reading r, int partsBefore) {
    lineCounts(s, r);
    Matcher stimulatory = CHECKPOINT_AGENT.matcher(s.lower());
    while (stimulatory.find()) {
      if (stimulatory.group().contains("stimulat")) {
        // OX-40 or CD137 agonists stimulate; the checkpoint inhibitor class does not hold them
        r.note("agents aimed at stimulatory T-cell receptors not represented");
      }
    }
    Matcher suppressed = IMMUNOSUPPRESSION_NOW.matcher(s.lower());
    while (suppressed.find()) {
      // "Receiving immune suppressive treatment": the immunosuppressants and the systemic corticosteroids, given now.
      s.mask(suppressed.start(), suppressed.end());
      r.add(new Part(new Predicate.CurrentTherapy(Set.of(), IMMUNOSUPPRESSIVE), suppressed.start(), suppressed.end()));
    }
    List<Mention> mentions = mentions(s);
    for (Mention m : mentions) {
      Matcher defined = DEFINED_AS.matcher(s.lower()).region(m.end(), s.lower().length());
      if ("surgery".equals(m.category()) && defined.lookingAt()) {
        // "any surgery, i.e., invasive procedure performed in the operating room with any level of anesthesia, within
        // prior month": what the criterion means by surgery, said in other words
        s.mask(defined.start(), defined.end());
        r.note("surgery defined as " + defined.group(1).trim());
      }
    }
    boolean anyDrugOrClass = false;
    String lower = s.lower();
    Mention previousPrior = null;
    String previousLine = null;
    for (Mention m : mentions) {
      int clauseStart = clauseStart(lower, m.start());
      if (!"systemic".equals(m.category())) {
        String lead = lower.substring(Math.max(clauseStart, m.start() - 40), m.start());
        if (NOT_CURATIVE.matcher(lead).find()) {
          continue; // "not amenable to curative surgery": stage wording, read by the stage rule
        }
        if ("radiation".equals(m.category()) || "surgery".equals(m.category())) {
          Part done = procedure(s, lower, m, mentions, clauseStart);
          if (done != null) {
            r.add(done);
            continue;
          }
          r.gap("THERAPY", "surgery, radiotherapy or procedure");
        }
        s.mask(m.start(), m.end());
        continue;
      }
      String before = lower.substring(Math.max(clauseStart, m.start() - 70), m.start());
      String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 45));
      Matcher a = AFTER.matcher(after);
      Matcher yet = NOT_YET.matcher(lower.substring(clauseStart, m.start()));
      // ... and closes with the treatment: "before starting imatinib: ECOG 0-2" only times what follows
      boolean notYet = yet.find() && END_OF_CLAUSE.matcher(lower).region(m.end(), lower.length()).lookingAt();
      if (notYet) {
        s.mask(clauseStart + yet.start(), m.start());
      }
      boolean naive = NAIVE_TO.matcher(before).find() || (a.find() && a.group(1).startsWith("na")) || notYet;
      Matcher inLine = IN_LINE.matcher(before);
      boolean ofLine = !naive && inLine.find();
      // "previous treatment with an ADC carrying a topoisomerase I inhibitor payload, or with any TROP2-directed
      // agent": the next item of a list of prior therapies, however far its cue is
      boolean listed = previousPrior != null && previousPrior.end() <= m.start() && m.start() >= clauseStart
          && LIST_LINK.matcher(lower.substring(previousPrior.end(), m.start())).matches();
      boolean prior = naive || ofLine || PRIOR_BEFORE.matcher(before).find() || a.find(0) || RECENT.matcher(after).lookingAt()
          || listed;
      String line = ofLine ? inLine.group(1).replaceAll("\\s+", " ") : listed ? previousLine : null;
      Matcher starting = START_PLANNED.matcher(before);
      if (starting.find() && !naive) {
        // "planning to start treatment with cabozantinib", "will begin chemotherapy": a course ahead, not one received
        Matcher noun = PLANNED_NOUN.matcher(lower).region(m.end(), lower.length());
        s.mask(Math.max(clauseStart, m.start() - 70) + starting.start(), noun.lookingAt() ? noun.end() : m.end());
        r.gap("THERAPY", PlanRule.WHAT + lower.substring(m.start(), m.end()));
        continue;
      }
      s.mask(m.start(), m.end());
      Matcher forms = CLASS_FORMS.matcher(lower).region(m.end(), lower.length());
      if (!m.classes().isEmpty() && forms.lookingAt()) {
        s.mask(forms.start(), forms.end()); // "anti-angiogenic agent (tyrosine kinase inhibitor or monoclonal antibodies)"
      }
      Matcher current = CURRENT.matcher(before);
      if ("systemic".equals(m.category()) && current.find() && !naive) {
        // "receiving chemotherapy", "concurrent chemotherapy", "currently receiving trastuzumab": given now
        int start = Math.max(clauseStart, m.start() - 70) + current.start();
        s.mask(start, m.start());
        r.add(new Part(new Predicate.CurrentTherapy(m.drugs(), m.classes()), start, m.end()));
        continue;
      }
      if (CONCOMITANT.matcher(before).find() || CONCOMITANT.matcher(after).lookingAt()) {
        r.gap("THERAPY", "concomitant medication");
        continue;
      }
      Matcher response = RESPONSE_TO.matcher(before);
      if (!prior && response.find()) {
        // "CR or PR achieved with the last platinum-based regimen": the response to a course of it
        Set<String> wanted = new java.util.TreeSet<>();
        String said = response.group(1);
        if (said.contains("complete") || said.matches("(?s).*\\bcr\\b.*")) {
          wanted.add("COMPLETE_RESPONSE");
        }
        if (said.contains("partial") || said.matches("(?s).*\\bpr\\b.*")) {
          wanted.add("PARTIAL_RESPONSE");
        }
        int start = Math.max(clauseStart, m.start() - 70) + response.start();
        s.mask(start, m.end());
        anyDrugOrClass = true;
        r.add(new Part(new Predicate.TherapyResponse(m.drugs(), m.classes(), wanted, response.group(2) != null), start, m.end()));
        continue;
      }
      if (!prior) {
        // "Candidates for platinum chemotherapy" plans a treatment; "sensitivity to EGFR TKIs" only names one.
        if (PLAN.matcher(before).find()) {
          r.gap("THERAPY", PlanRule.WHAT + lower.substring(m.start(), m.end()));
        } else if (NEEDED_FOR.matcher(before).find()) {
          // "radiation pneumonitis requiring hormonal therapy", "pneumonitis that required steroids": the treatment
          // narrows the condition before it, which no part here holds
          r.gap("THERAPY", "treatment a condition needed");
        }
        continue;
      }
      anyDrugOrClass = true;
      previousPrior = naive ? null : m;
      previousLine = naive ? null : line;
      int end = m.end();
      Matcher am = AFTER.matcher(after);
      if (am.find()) {
        end = m.end() + am.end();
        s.mask(m.end(), end);
      }
      boolean advanced = setting(s, r, end);
      if (advanced) {
        listedSetting(r, partsBefore, lower, m.start());
      }
      Predicate p = new Predicate.PriorTherapy(m.drugs(), m.classes(), null, null, advanced);
      int start = m.start();
      if (line != null) {
        // "whose first-line treatment included an mTOR inhibitor": received, in that line, which the predicate does not
        // read: a course found is left open, none found stands (so for each item of its list)
        if (ofLine) {
          start = Math.max(clauseStart, m.start() - 70) + inLine.start();
          s.mask(start, m.start());
        }
        p = new Predicate.Qualified(p, "given in the " + line + " treatment", false);
      }
      List<String> excepted = othersOfClass(lower, m, mentions);
      if (!excepted.isEmpty()) {
        // "lapatinib within 12 months, or any earlier neratinib, tucatinib or another HER2 TKI": "another" leaves out the
        // class's members the criterion names apart, under their own terms; a course of the class found is left open
        p = new Predicate.Qualified(p, "other than " + String.join(", ", excepted), false);
      }
      Predicate read = naive ? new Predicate.Not(p) : p;
      Matcher group = notYet ? ONLY_GROUP.matcher(lower.substring(clauseStart, clauseStart + yet.start())) : null;
      if (group != null && group.find()) {
        // "Cohort 2 only: prior to starting chemotherapy": the other cohorts may have had it, and which one a patient
        // joins the records do not say, so a course found leaves it open
        s.mask(clauseStart + group.start(), clauseStart + yet.start());
        read = new Predicate.Qualified(read, "for " + s.span(clauseStart + group.start(1), clauseStart + group.end(1))
            .replaceAll("\\s+", " ") + " only", true);
      }
      r.add(new Part(read, start, end));
    }
    if (!anyDrugOrClass) {
      generic(s, r);
    }
    // A procedure that holds its setting in its detail ("radical surgery after neoadjuvant therapy") has read it.
    StringBuilder unread = new StringBuilder(s.original().toLowerCase(Locale.ROOT));
    List<Part> added = new ArrayList<>();
    for (Part p : r.parts().subList(partsBefore, r.parts().size())) {
      if (settingInDetail(p.predicate())) {
        for (int i = p.start(); i < p.end() && i < unread.length(); i++) {
          unread.setCharAt(i, ' ');
        }
      } else {
        added.add(p);
      }
    }
    if (!added.isEmpty() && ADJUVANT.matcher(unread).find()
        && !added.stream().allMatch(p -> CriterionParser.advancedTherapy(p.predicate()))) {
      if (ADVANCED_SETTING.matcher(s.original().toLowerCase(Locale.ROOT)).find()) {
        r.note("adjuvant or neoadjuvant setting not represented"); // "either for metastatic disease or as adjuvant therapy"
      } else {
        // "neoadjuvant chemotherapy" only: narrower than any chemotherapy. THERAPY facts carry their setting, which this
        // predicate does not read: a course found is left open, none found stands.
        Matcher word = ADJUVANT.matcher(unread);
        word.find();
        String setting = "given in the " + word.group() + " setting";
        do {
          s.mask(word.start(), word.end());
        } while (word.find());
        List<Part> parts = r.parts();
        for (int i = partsBefore; i < parts.size(); i++) {
          Part p = parts.get(i);
          if (added.contains(p) && !CriterionParser.advancedTherapy(p.predicate())) {
            parts.set(i, new Part(qualify(p.predicate(), setting), p.start(), p.end(), p.note()));
          }
        }
      }
    }
  }

  /** The part narrowed by its setting; a negated part keeps its Not outside ("no neoadjuvant chemotherapy"). */
  private static Predicate qualify(Predicate p, String setting) {
    return p instanceof Predicate.Not not ? new Predicate.Not(new Predicate.Qualified(not.part(), setting, false))
        : new Predicate.Qualified(p, setting, false);
  }

  private static boolean settingInDetail(Predicate p) {
    return p instanceof Predicate.PriorProcedure pp && pp.detail() != null && ADJUVANT.matcher(pp.detail()).find();
  }

  /** Names of the lexicon that stand for any procedure of their category. */
  private static final Set<String> ANY_PROCEDURE = Set.of("surgery", "radiation therapy", "resection");
  /** A receipt in the past: "prior", "history of", "had undergone", "4 weeks from". */
  private static final Pattern PROCEDURE_PRIOR = Pattern.compile(
      "\\b(?:prior|previous(?:ly)?|earlier|history of|received|receipt of|had|has had|have had|undergone|underwent|"
          + "treated with|(?:days?|weeks?|months?|years?) (?:from|since|after)|no|(?:patients?|subjects?|participants?|women|men|individuals) with)\\b");
  /** A plan after the procedure ("no surgery planned"): "no" then denies a plan, not a receipt. */
  private static final Pattern PLANNED_AFTER = Pattern.compile(
      "^\\s*(?:is\\s+|are\\s+|was\\s+|were\\s+)?(?:planned|scheduled|expected|indicated|intended|foreseen|anticipated|required|needed)\\b");
  /**
   * A complete or partial response right before a drug or class ("complete response (CR) or partial
   * response (PR) achieved with last", "partial or complete response to the most recent"): group 1
   * the responses, group 2 "last" when only the newest course counts.
   */
  private static final Pattern RESPONSE_TO = Pattern.compile(
      "((?:\\b(?:complete|partial)(?:\\s+response)?(?:\\s*\\((?:cr|pr)\\))?|\\b(?:cr|pr)\\b)"
          + "(?:\\s*(?:or|/|and/or)\\s*(?:(?:complete|partial)(?:\\s+response)?(?:\\s*\\((?:cr|pr)\\))?|\\b(?:cr|pr)\\b))?)"
          + "(?<=response|response \\(cr\\)|response \\(pr\\)|\\bcr|\\bpr|\\(cr\\)|\\(pr\\))"
          + "\\s+(?:(?:was|were|has been|is)\\s+)?(?:(?:achieved|obtained|attained|documented)\\s+)?(?:with|to|on|after|following|from)\\s+"
          + "(?:the\\s+|their\\s+|his\\s+|her\\s+)?((?:last|latest|most recent|final)\\s+)?$");

  /** What the procedure came after: "after neoadjuvant therapy", "following induction chemotherapy". */
  private static final Pattern AFTER_THERAPY = Pattern.compile(
      "^\\s*(?:after|following)\\s+(?:the\\s+)?(?:neo-?adjuvant|induction|preoperative|pre-operative)\\s+"
          + "(?:chemo-?radio-?therapy|chemoradiation|radio-?chemotherapy|chemotherapy|radiotherapy|radiation(?: therapy)?|therapy|treatment)\\b");
  /**
   * A link to the next procedure of a list of alternatives, with words of its own before it: "hepatectomy or partial liver
   * resection". Not "and": whether "history of pelvic surgery and pelvic radiotherapy" asks for both or for either, the
   * part readings after it (all of them) would decide, so such lists stay as they were read.
   */
  private static final Pattern LISTED_PROCEDURE = Pattern.compile("^\\s*(?:,\\s*)?(?:or|and/or|,)\\s*(?:[a-z][a-z-]*\\s+){0,2}$");
  private static final Pattern AND = Pattern.compile("\\band\\b(?!/)");
  /** A link from one listed procedure to the next: "pleurodesis or thoracotomy". */
  private static final Pattern PROCEDURE_LIST_LINK = Pattern.compile("^\\s*(?:,\\s*)?(?:or|and|and/or|,)\\s*$");
  /** A plan, an ability or a condition caused by the procedure: not a receipt. */
  private static final Pattern PROCEDURE_NOT = Pattern.compile(
      "\\b(?:candidates?|eligible|suitable|planned|planning|scheduled|will|to undergo|undergoing|undergo|indicat\\w*|referr\\w*|"
          + "able|amenable|require[sd]?|requiring|need\\w*|fit|tolerate|contraindicat\\w*|consent\\w*|"
          + "before|awaiting|intend\\w*|plan|lesions?|measur\\w*)\\b");
  private static final Pattern RECENT_PROCEDURE = Pattern.compile(
      "^[\\s,)]*(?:(?:during|in|over) (?:the )?(?:last|past|previous) \\d|(?:within|during|in|over) (?:the )?(?:last|past|previous|prior) (?:week|month|year)\\b)");
  private static final Pattern PROCEDURE_EFFECT = Pattern.compile(
      "^[\\s-]*(?:induced|related|associated|pneumon\\w*|fibrosis|necrosis|proctitis|cystitis|dermatitis|enteritis|toxicit\\w*|"
          + "oncolog\\w*|field|ports?|plan|dose|course|site|bed|wound|complications?|candidates?|is|are|was|will|may)\\b");
  /** What may stand between the receipt cue and the procedure: list words, a setting, other therapies (blanked), a site. */
  private static final Pattern PROCEDURE_BETWEEN = Pattern.compile(
      "^(?:[\\s,/]|\\b(?:or|and|and/or|any|the|a|an|neo-?adjuvant|adjuvant|of)\\b)*((?:[a-z][a-z-]*\\s+){0,3})$");
  private static final Pattern PROCEDURE_SITE = Pattern.compile(
      "^\\s*(?:to|of|in|on|involving)\\s+(?:(?:>|\u2265|>=|more than|over|at least|greater than)?\\s*\\d+\\s*%\\s+of\\s+)?(?:the\\s+)?((?:(?!(?:within|during|in|prior|before|or|and|for|with|who|that|at|since|is|are|was|"
          + "were|from|after|than|more|less|of)\\b)[a-z][a-z-]*|and neck)(?:\\s+(?:(?!(?:within|during|in|prior|before|or|and|for|with|who|that|"
          + "at|since|is|are|was|were|from|after|than|more|less|of)\\b)[a-z][a-z-]*|and neck)){0,4}"
          + "(?:\\s+(?:or|and)\\s+[a-z][a-z-]*(?=\\s*(?:[.,;]|$)))?)");

  /**
   * A definition right after a surgery, between commas: ", i.e., invasive procedure performed in the operating room,"
   * (group 1); it says what a surgery is, not which one.
   */
  private static final Pattern DEFINED_AS = Pattern.compile(
      "\\s*,\\s*(?:i\\.\\s?e\\.?|that is)\\s*,?\\s*((?:an?\\s+|any\\s+)?(?:invasive\\s+|surgical\\s+|operative\\s+)*(?:procedures?|operations?)"
          + "\\b[^,;()]{0,100}?)\\s*,");

  /**
   * Right before a drug or class: the numbered line that held it ("first-line treatment included at least one",
   * "second-line therapy consisted of"); group 1 the line.
   */
  private static final Pattern IN_LINE = Pattern.compile(
      "\\b((?:first|second|third|1st|2nd|3rd)[- ]line)\\s+(?:systemic\\s+)?(?:treatments?|therap(?:y|ies)|regimens?)\\s+"
          + "(?:(?:has|have|had)\\s+)?(?:included|contained|consisted\\s+of|comprised)\\s+(?:at\\s+least\\s+one\\s+|an?\\s+|any\\s+)?$");

  /** The forms a class comes in, in brackets after it: "(tyrosine kinase inhibitor or monoclonal antibodies)", "(TKI or mAb)". */
  private static final Pattern CLASS_FORMS = Pattern.compile(
      "\\s*\\(\\s*(?:small[- ]molecule\\s+)?(?:tyrosine\\s+kinase\\s+inhibitors?|tkis?|small[- ]molecules?|(?:monoclonal\\s+)?antibod(?:y|ies)|mabs?)"
          + "(?:\\s*(?:,|/|or|and|and/or)\\s*(?:small[- ]molecule\\s+)?(?:tyrosine\\s+kinase\\s+inhibitors?|tkis?|small[- ]molecules?"
          + "|(?:monoclonal\\s+)?antibod(?:y|ies)|mabs?))+\\s*\\)");

  /** Right before a drug or class: what a condition needed ("requiring", "that required", "needing treatment with"). */
  private static final Pattern NEEDED_FOR = Pattern.compile(
      "\\b(?:requir(?:ing|ed|es)|need(?:ing|ed|s)|necessitat(?:ing|ed))\\s+(?:(?:treatment|therapy)\\s+with\\s+)?(?:[a-z-]+\\s+){0,2}?$");

  /** A passive verb of receipt before a window: "is carried out within", "was performed in the last". */
  private static final Pattern PASSIVE_RECEIPT = Pattern.compile(
      "^\\s*(?:is|are|was|were|has been|have been)\\s+(?:performed|carried out|done|given|administered|delivered|received|undergone)"
          + "\\s+(?=(?:within|in the (?:last|past))\\s+\\d)");

  /** After a procedure, an alternative of a kind no lexicon names, right before a window: ", or pain relieving procedures". */
  private static final Pattern UNNAMED_ALTERNATIVE = Pattern.compile(
      "^\\s*,?\\s*(?:or|and/or)\\s+((?:(?!(?:within|in|during|prior|before|or|and|any|the|a|an)\\b)[a-z][a-z-]*\\s+){1,3}procedures?)\\b"
          + "(?=\\s+(?:within|in the (?:last|past))\\s+\\d)");

  /** The share of an organ a radiotherapy reached, before the organ: "more than 30% ", "> 25% of the ". */
  private static final Pattern EXTENT_BEFORE = Pattern.compile(
      "^\\s*((?:>|\u2265|>=|more than|over|at least|greater than)\\s*\\d+(?:\\.\\d+)?\\s*%\\s+(?:of\\s+(?:the\\s+)?)?)");

  /** A radiation dose right after the procedure: "of more than 30 Gy", "> 50 Gy". */
  private static final Pattern DOSE = Pattern.compile(
      "^\\s*(?:of\\s+|with\\s+|to a (?:total )?dose of\\s+)?(?:more than|over|greater than|above|at least|>|\u2265|>=)?\\s*\\d+(?:\\.\\d+)?\\s*gy\\b");

  /**
   * A surgery or radiotherapy the patient had: a receipt cue before it in its clause ("prior
   * pelvic radiotherapy", "history of prostatectomy", "4 weeks from major surgery") or a window
   * right after it ("radiotherapy within 2 weeks"), with no plan, ability or negation between.
   * Words between the cue and the procedure ("pelvic", "major") and a site after it ("to the
   * prostate") are kept as a detail the records cannot confirm. Null when it is no such receipt.
   */
  private static Part procedure(Sentence s, String lower, Mention m, List<Mention> mentions, int clauseStart) {
    int blank = m.end();
    while (blank < lower.length() && lower.charAt(blank) == ' ') {
      blank++; // a definition masked right after it
    }
    String after = lower.substring(m.end(), Math.min(lower.length(), blank + 60));
    // "local radiation therapy is carried out within 1 week": the passive verb says it was given, the window when
    Matcher passive = PASSIVE_RECEIPT.matcher(after);
    int passiveEnd = 0;
    if (passive.lookingAt()) {
      passiveEnd = passive.end();
      after = " ".repeat(passiveEnd) + after.substring(passiveEnd);
    }
    // "Surgery, or pain relieving procedures within 2 weeks": an alternative of a kind no lexicon names, timed by the same
    // window; what the records hold of it is not read, so the procedure read is widened by it
    Matcher unnamed = UNNAMED_ALTERNATIVE.matcher(after);
    int unnamedEnd = 0;
    String unnamedSaid = null;
    if (unnamed.lookingAt()) {
      unnamedSaid = unnamed.group(1).replaceAll("\\s+", " ");
      unnamedEnd = unnamed.end();
      after = " ".repeat(unnamedEnd) + after.substring(unnamedEnd);
    }
    if (PROCEDURE_EFFECT.matcher(after).lookingAt()) {
      return null;
    }
    // "previous pleurodesis or thoracotomy in the affected hemithorax": a site after the last of a list is every one's.
    String sharedSite = null;
    Mention last = m;
    for (Mention o : mentions) {
      if (o.start() >= last.end() && !"systemic".equals(o.category())
          && PROCEDURE_LIST_LINK.matcher(lower.substring(last.end(), o.start())).matches()) {
        last = o;
      }
    }
    if (last != m) {
      Matcher shared = PROCEDURE_SITE.matcher(lower.substring(last.end(), Math.min(lower.length(), last.end() + 60)));
      if (shared.lookingAt()) {
        sharedSite = shared.group().trim();
      }
    }
    String before = lower.substring(Math.max(clauseStart, m.start() - 60), m.start());
    int offset = m.start() - before.length();
    Matcher cue = PROCEDURE_PRIOR.matcher(before);
    int cueEnd = -1;
    int cueStart = -1;
    while (cue.find()) {
      cueStart = cue.start();
      cueEnd = cue.end();
    }
    // "radiotherapy to more than 30% of the bone marrow within 4 weeks": the window may follow the site;
    // "thoracic radiotherapy of more than 30 Gy within 6 months": or a dose, kept as a detail too.
    Matcher dose = DOSE.matcher(after);
    int doseEnd = dose.lookingAt() ? dose.end() : 0;
    after = doseEnd > 0 ? " ".repeat(doseEnd) + after.substring(doseEnd) : after;
    Matcher siteFirst = PROCEDURE_SITE.matcher(after);
    String afterSite = siteFirst.lookingAt() ? after.substring(siteFirst.end()) : after;
    boolean recent = RECENT.matcher(after).lookingAt() || RECENT_PROCEDURE.matcher(after).lookingAt()
        || RECENT.matcher(afterSite).lookingAt() || RECENT_PROCEDURE.matcher(afterSite).lookingAt()
        || windowAfterList(lower, m, mentions);
    String between;
    String extentSaid = null;
    if (cueEnd >= 0) {
      // Other therapies listed between the cue and this one share the cue: blank them.
      StringBuilder b = new StringBuilder(before.substring(cueEnd));
      for (Mention o : mentions) {
        int from = Math.max(o.start(), offset + cueEnd) - offset - cueEnd;
        int to = Math.min(o.end(), m.start()) - offset - cueEnd;
        for (int i = Math.max(0, from); i < to && i < b.length(); i++) {
          b.setCharAt(i, ' ');
        }
      }
      between = b.toString();
      for (Mention o : mentions) {
        // "patients with liver cancer resection or partial liver resection": the words of an earlier item are its own
        if (o.end() <= m.start() && o.end() > offset + cueEnd && !"systemic".equals(o.category())
            && LISTED_PROCEDURE.matcher(lower.substring(o.end(), m.start())).matches()
            && !AND.matcher(lower.substring(offset + cueEnd, m.start())).find()) {
          between = " ".repeat(o.end() - offset - cueEnd) + lower.substring(o.end(), m.start());
        }
      }
    } else if (recent) {
      int from = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('('), 0));
      for (Mention o : mentions) {
        // "surgery or radiotherapy within 4 weeks": the list item before this one is no word of its own
        if (o.end() <= m.start() && o.end() - offset > from && !"systemic".equals(o.category())
            && LISTED_PROCEDURE.matcher(lower.substring(o.end(), m.start())).matches()
            && !AND.matcher(lower.substring(offset + from, m.start())).find()) {
          from = o.end() - offset;
        }
      }
      between = before.substring(from);
      between = between.replaceAll("^[,(]", "").replaceFirst("^\\s*(?:or|and|and/or)\\s+", " ");
      Matcher extent = EXTENT_BEFORE.matcher(between);
      if (extent.lookingAt()) {
        // "more than 30% bone marrow radiation therapy within 4 weeks": the share of an organ irradiated, before its name
        extentSaid = extent.group(1).trim().replaceAll("\\s+", " ");
        between = " ".repeat(extent.end()) + between.substring(extent.end());
      }
      if (!between.isBlank() && !between.matches("^\\s*(?:any\\s+)?(?:[a-z][a-z-]*\\s+){0,2}$")) {
        return null;
      }
    } else {
      return null;
    }
    if (PROCEDURE_NOT.matcher(before).find()) {
      return null;
    }
    boolean denied = cueStart >= 0 && before.substring(cueStart, cueEnd).equals("no");
    if (denied && PLANNED_AFTER.matcher(after).lookingAt()) {
      return null;
    }
    // "patients with liver resection": the patients had it, unless it is still to come ("patients with surgery planned")
    if (cueStart >= 0 && before.substring(cueStart, cueEnd).endsWith(" with") && PLANNED_AFTER.matcher(after).lookingAt()) {
      return null;
    }
    Matcher bw = PROCEDURE_BETWEEN.matcher(cueEnd >= 0 ? between : " " + between);
    if (!bw.matches()) {
      return null;
    }
    List<String> detail = new ArrayList<>();
    String pre = bw.group(1).trim().replaceAll("^(?:any|the)\\s+", "");
    int start = m.start();
    if (!pre.isEmpty()) {
      detail.add(pre);
      int at = before.lastIndexOf(pre);
      if (at < 0 || pre.contains("  ") || pre.matches(".*\\b(?:or|and|and/or|of)\\b.*")) {
        return null; // a word between two listed therapies ("chemotherapy including cetuximab or radiotherapy"): not a site
      }
      start = offset + at;
    }
    if (extentSaid != null) {
      if (pre.isEmpty()) {
        return null;
      }
      detail.set(0, extentSaid + " " + pre);
      start = offset + before.lastIndexOf(extentSaid.substring(0, Math.min(4, extentSaid.length())), start - offset);
    }
    int end = m.end();
    if (doseEnd > 0) {
      detail.add(lower.substring(m.end(), m.end() + doseEnd).trim());
      end = m.end() + doseEnd;
    }
    Matcher site = PROCEDURE_SITE.matcher(after);
    if (site.lookingAt()) {
      detail.add(after.substring(0, site.end()).trim());
      end = m.end() + site.end();
    } else if (sharedSite != null) {
      detail.add(sharedSite);
    }
    Matcher following = AFTER_THERAPY.matcher(lower.substring(end, Math.min(lower.length(), end + 60)));
    if (following.lookingAt()) {
      detail.add(following.group().trim());
      end += following.end();
    }
    s.mask(start, end);
    if (passiveEnd > 0 && end <= m.end()) {
      s.mask(m.end(), m.end() + passiveEnd);
    }
    // the cue is read with the procedure ("undergone", "history of"); a time span stays for the window, "no" for the negation
    if (cueStart >= 0 && !denied && !before.substring(cueStart, cueEnd).matches("^(?:days?|weeks?|months?|years?) .*")) {
      s.mask(offset + cueStart, offset + cueEnd); // "undergone", "history of": read with the procedure
    }
    String name = m.drugs().isEmpty() ? null : m.drugs().iterator().next();
    if (name != null && ANY_PROCEDURE.contains(name)) {
      name = null;
    }
    Predicate read = new Predicate.PriorProcedure(m.category(), name, detail.isEmpty() ? null : String.join(" ", detail));
    if (unnamedSaid != null) {
      s.mask(m.end(), m.end() + unnamedEnd);
      end = Math.max(end, m.end() + unnamedEnd);
      read = new Predicate.Qualified(read, "or " + unnamedSaid, true);
    }
    return new Part(read, start, end);
  }

  /**
   * "Hepatectomy or liver resection (was performed) within 3 months": a window after the last procedure of a list, the
   * passive verb of receipt between them, times every one of the list.
   */
  private static boolean windowAfterList(String lower, Mention m, List<Mention> mentions) {
    Mention last = m;
    for (Mention o : mentions) {
      if (o.start() >= last.end() && !"systemic".equals(o.category())
          && LISTED_PROCEDURE.matcher(lower.substring(last.end(), o.start())).matches()) {
        last = o;
      }
    }
    if (last == m || AND.matcher(lower.substring(m.end(), last.start())).find()) {
      return false;
    }
    String after = lower.substring(last.end(), Math.min(lower.length(), last.end() + 60));
    Matcher passive = PASSIVE_RECEIPT.matcher(after);
    if (passive.lookingAt()) {
      after = after.substring(passive.end());
    }
    return RECENT.matcher(after).lookingAt() || RECENT_PROCEDURE.matcher(after).lookingAt();
  }

  private void generic(Sentence s, Reading r) {
    // "have started anti-cancer treatment", "has not received specific treatment for neoplasms": any treatment of the
    // cancer (a drug, surgery or radiotherapy), whatever its setting, not only lines for advanced disease
    Matcher none = NOT_STARTED.matcher(s.lower());
    if (none.find()) {
      s.mask(none.start(), none.end());
      r.add(new Part(new Predicate.Not(DiagnosisRule.ANY_TREATMENT), none.start(), none.end()));
      return;
    }
    Matcher started = STARTED.matcher(s.lower());
    if (started.find()) {
      s.mask(started.start(), started.end());
      r.add(new Part(DiagnosisRule.ANY_TREATMENT, started.start(), started.end()));
      return;
    }
    Matcher n = NAIVE.matcher(s.lower());
    boolean naive = false;
    while (n.find()) {
      String after = s.lower().substring(n.end(), Math.min(s.length(), n.end() + 30));
      String before = s.lower().substring(Math.max(0, n.start() - 12), n.start());
      // "for which no standard therapy exists" speaks of the disease, not of the patient's history.
      if (!after.matches("^\\s*(?:is |are )?(?:exists?|availab|remains?|is known|options?).*") && !before.contains("which")) {
        naive = true;
        break;
      }
    }
    if (naive) {
      s.mask(n.start(), n.end());
      r.add(new Part(new Predicate.PriorTherapy(null, null, null, 0), n.start(), n.end()));
      setting(s, r, n.end());
      return;
    }
    Matcher failed = STANDARD_FAILED.matcher(s.lower());
    if (failed.find()) {
      // "Standard therapy has failed, is not tolerated, or is judged not appropriate": with no line received it has not
      // failed, and only the other alternatives could meet it, which the records do not say; a line received meets it
      // only if it was the standard therapy of that cancer and it failed, which the records do not say either
      s.mask(failed.start(), failed.end());
      Predicate received = new Predicate.Qualified(new Predicate.PriorTherapy(null, null, 1, null),
          "the therapy received being the standard therapy of the cancer, and its failure", false);
      r.add(new Part(failed.group(1) == null ? received
          : new Predicate.Qualified(received, "or standard therapy not tolerated or not appropriate", true), failed.start(), failed.end()));
      return;
    }
    Matcher p = s.find(PRETREATED);
    if (p != null) {
      s.mask(p.start(), p.end());
      r.add(new Part(new Predicate.PriorTherapy(null, null, 1, null), p.start(), p.end()));
      setting(s, r, p.end());
    }
  }

  /**
   * "for metastatic disease" after a therapy: a setting, not a stage requirement. An advanced
   * setting is represented (lines count only advanced-disease therapy; a drug or class predicate
   * gets {@code advancedOnly}); any other setting is noted. Returns whether it was advanced.
   */
  private static boolean setting(Sentence s, Reading r, int from) {
    String lower = s.lower();
    Matcher m = SETTING.matcher(lower.substring(from, Math.min(lower.length(), from + 90)));
    if (m.find()) {
      // The setting ends where the next requirement begins: "for metastatic disease with ...", ", and ...".
      Matcher stop = SETTING_STOP.matcher(m.group(1));
      int end = from + (stop.find() ? m.start(1) + stop.start() : m.end());
      s.mask(from + m.start(), end);
      String setting = s.span(from + m.start(1), end).trim();
      if (ADVANCED_SETTING.matcher(setting.toLowerCase(Locale.ROOT)).find() && !ADJUVANT.matcher(setting.toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
      r.note("treatment setting not represented: " + setting);
    }
    return false;
  }

  private void lineCounts(Sentence s, Reading r) {
    String lower = s.lower();
    List<int[]> done = new ArrayList<>();
    find(s, r, MIN, lower, done, 2, 3, 1, 'n');
    find(s, r, MIN_AFTER, lower, done, 1, 2, 0, 'n');
    find(s, r, MAX, lower, done, 2, 3, 1, 'x');
    find(s, r, BETWEEN, lower, done, 1, 3, 0, 'b');
    find(s, r, EXACT, lower, done, 1, 2, 0, 'e');
  }

  private void find(Sentence s, Reading r, Pattern p, String lower, List<int[]> done, int numGroup, int nounGroup, int opGroup, char kind) {
    Matcher m = p.matcher(lower);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (done.stream().anyMatch(d -> d[0] < end && start < d[1])) {
        continue;
      }
      String noun = m.group(nounGroup);
      // "1 or 2 prior lines of chemotherapy": the class written after the noun is what the lines hold.
      int to = end;
      Matcher of = LINES_OF.matcher(lower).region(end, lower.length());
      if (of.lookingAt() && (!classes.findAll(of.group(1)).isEmpty() || !drugs.matcher().findAll(of.group(1)).isEmpty())) {
        noun = noun + " " + of.group(1);
        to = of.end();
      }
      // "≥ 1 prior regimen" of chemotherapy: which class the count is of, if any.
      Set<String> cls = new LinkedHashSet<>();
      Set<String> drugNames = new LinkedHashSet<>();
      for (PhraseMatcher.Match<List<String>> c : classes.findAll(noun)) {
        cls.addAll(c.value());
      }
      for (PhraseMatcher.Match<Drugs.Drug> d : drugs.matcher().findAll(noun)) {
        String cl = classOf(d.value());
        if (cl != null) {
          cls.add(cl);
        } else if (d.value().systemic()) {
          drugNames.add(d.value().name());
        }
      }
      int lo;
      int hi;
      Integer min = null;
      Integer max = null;
      switch (kind) {
        case 'n' -> {
          lo = number(m.group(numGroup));
          min = opGroup > 0 && m.group(opGroup).equals(">") ? lo + 1 : lo;
        }
        case 'x' -> {
          hi = number(m.group(numGroup));
          String op = m.group(opGroup);
          max = op.equals("<") || op.equals("fewer than") || op.equals("less than") ? hi - 1 : hi;
        }
        case 'b' -> {
          lo = number(m.group(1));
          hi = number(m.group(2));
          if (lo > hi) {
            continue;
          }
          min = lo;
          max = hi;
        }
        default -> {
          lo = number(m.group(numGroup));
          min = lo;
          max = lo;
          r.note("'" + m.group().trim() + "' read as exactly " + lo);
        }
      }
      done.add(new int[] {start, to});
      s.mask(start, end);
      Matcher progressed = PROGRESSED_AFTER.matcher(lower.substring(0, start));
      if (cls.isEmpty() && drugNames.isEmpty() && min != null && min > 0 && max == null && progressed.find()) {
        // "radiographic disease progression during or after at least one prior systemic therapy": the lines, and the
        // disease progressing on the last of them (not while the current line works)
        s.mask(progressed.start(), start);
        r.add(new Part(new Predicate.AllOf(List.of(new Predicate.PriorTherapy(null, null, min, max),
            new Predicate.TherapyResponse(Set.of(), Set.of(), Set.of("PROGRESSION"), true))), progressed.start(), to));
      } else if (cls.isEmpty() && drugNames.isEmpty()) {
        r.add(new Part(new Predicate.PriorTherapy(null, null, min, max), start, to));
      } else if (min != null && min == 1 && max == null) {
        r.add(new Part(new Predicate.PriorTherapy(drugNames, cls, null, null), start, to));
      } else if (max != null && max == 0) {
        r.add(new Part(new Predicate.Not(new Predicate.PriorTherapy(drugNames, cls, null, null)), start, to));
      } else {
        // "2 or more lines of chemotherapy": counted over the lines that held the class
        r.add(new Part(new Predicate.PriorTherapy(drugNames, cls, min, max), start, to));
      }
      setting(s, r, end);
    }
  }

  /** Progression said right before a count of lines: "disease progression during or after", "progressed on". */
  private static final Pattern PROGRESSED_AFTER = Pattern.compile(
      PROGRESSION_QUALIFIERS
          + "(?:progression|progressive disease|progressed|progressing)\\s+(?:(?:of\\s+disease|of\\s+the\\s+disease)\\s+)?"
          + "(?:during\\s+or\\s+after|on\\s+or\\s+after|during|after|following|on|despite)\\s*$");

  private static int number(String w) {
    return switch (w) {
      case "one", "a single", "single" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      default -> Integer.parseInt(w);
    };
  }

  /**
   * "an agent aimed at another co-inhibitory T-cell receptor (for example CTLA-4)", "any other antibody or drug that
   * targets T-cell co-stimulation or checkpoint pathways": the co-inhibitory receptors whose inhibitors the lexicon holds
   * as classes, CTLA-4 and LAG-3 (not the class-level "immunotherapy" of a note, which names no receptor).
   */
  private static final Pattern CHECKPOINT_AGENT = Pattern.compile(
      "\\b(?:(?:an?|any)\\s+(?:other\\s+)?)?(?:antibody or drug|agent|antibody|drug|therapy)\\s+(?:(?:that\\s+is\\s+)?aimed at|directed (?:to|at|against)|targeting|"
          + "that targets?)\\s+(?:(?:an)?other\\s+)?(?:(?:co-?)?stimulatory\\s+or\\s+)?(?:co-?inhibitory t-cell receptors?|"
          + "t-cell co-?stimulation\\s+or\\s+(?:immune\\s+)?checkpoint pathways?)"
          + "(?:\\s*\\((?:for example|e\\.g\\.,?|such as)\\s+[^()]{1,40}\\))?");

  /** An abbreviation in brackets with the words after it: "(PARP) inhibitor". */
  private static final Pattern DEFINED_ABBREVIATION = Pattern.compile("\\(([A-Za-z][A-Za-z0-9/-]{1,9})\\)(?=\\s+[A-Za-z])");

  private List<Mention> mentions(Sentence s) {
    String cased = s.cased();
    String lower = s.lower();
    List<Mention> out = new ArrayList<>();
    List<Mention> checkpoints = new ArrayList<>();
    Matcher checkpoint = CHECKPOINT_AGENT.matcher(lower);
    while (checkpoint.find()) {
      checkpoints.add(new Mention(Set.of(), Set.of("CTLA-4 inhibitor", "LAG-3 inhibitor"), checkpoint.start(), checkpoint.end(), "systemic"));
      s.mask(checkpoint.start(), checkpoint.end());
    }
    cased = s.cased();
    lower = s.lower();
    // "poly (ADP-ribose) polymerase (PARP) inhibitor": the class named by its abbreviation, the written-out form before it.
    Matcher defined = DEFINED_ABBREVIATION.matcher(cased);
    while (defined.find()) {
      String abbreviation = defined.group(1);
      String tail = abbreviation + cased.substring(defined.end());
      List<PhraseMatcher.Match<List<String>>> hit = classes.findAll(tail);
      if (hit.isEmpty() || hit.get(0).start() != 0 || hit.get(0).end() <= abbreviation.length()) {
        continue;
      }
      int from = Abbreviations.longFormStart(cased, defined.start(), abbreviation);
      if (from < 0) {
        continue;
      }
      int to = defined.end() + hit.get(0).end() - abbreviation.length();
      out.add(new Mention(Set.of(), new LinkedHashSet<>(hit.get(0).value()), from, to, "systemic"));
      s.mask(from, to);
    }
    cased = s.cased();
    lower = s.lower();
    for (PhraseMatcher.Match<List<String>> c : classes.findAll(cased)) {
      Set<String> cls = new LinkedHashSet<>(c.value());
      int start = c.start();
      // "BRAF or MEK inhibitor", "anti-PD-1 or anti-PD-L1 antibody": the head word is shared.
      String head = lower.substring(c.start(), c.end()).replaceAll("^.*?([a-z]+)$", "$1");
      Matcher back = Pattern.compile("([a-z0-9()/-]+)\\s*(?:,|/|or|and|and/or)\\s*(?:,\\s*)?$").matcher(lower.substring(0, start));
      // "first or second generation of EGFR-TKI": the words after the phrase's first are shared.
      String tail = lower.substring(c.start(), c.end()).replaceAll("^[a-z0-9]+", "");
      while (back.find()) {
        String candidate = back.group(1) + " " + head;
        List<PhraseMatcher.Match<List<String>>> hit = classes.findAll(candidate);
        if (hit.size() != 1 || hit.get(0).start() != 0 || hit.get(0).end() != candidate.length()) {
          candidate = back.group(1).replaceAll("-$", "") + tail;
          hit = tail.isBlank() ? List.of() : classes.findAll(candidate);
        }
        if (hit.size() != 1 || hit.get(0).start() != 0 || hit.get(0).end() != candidate.length()) {
          break;
        }
        cls.addAll(hit.get(0).value());
        start = back.start();
        back = Pattern.compile("([a-z0-9()/-]+)\\s*(?:,|/|or|and|and/or)\\s*(?:,\\s*)?$").matcher(lower.substring(0, start));
      }
      // "anti-HER2 antibody-drug conjugate": two class words in a row name drugs of both classes.
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      // "an antibody-drug conjugate carrying a topoisomerase I inhibitor payload": the conjugate and what it carries.
      if (last != null && last.classes().size() == 1 && cls.size() == 1 && start == c.start()
          && (lower.substring(last.end(), start).isBlank()
              || cls.iterator().next().endsWith("payload") && CARRYING.matcher(lower.substring(last.end(), start)).matches())) {
        out.set(out.size() - 1, new Mention(Set.of(), Set.of(last.classes().iterator().next() + "+" + cls.iterator().next()),
            last.start(), c.end(), "systemic"));
      } else {
        out.add(new Mention(Set.of(), cls, start, c.end(), "systemic"));
      }
      s.mask(start, c.end());
    }
    for (PhraseMatcher.Match<Drugs.Drug> d : drugs.matcher().findAll(s.cased())) {
      Drugs.Drug drug = d.value();
      String cl = classOf(drug);
      Set<String> dn = cl == null ? Set.of(drug.name()) : Set.of();
      Set<String> cs = cl == null ? Set.of() : Set.of(cl);
      out.add(new Mention(dn, cs, d.start(), d.end(), drug.category()));
    }
    out.addAll(checkpoints);
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * "capecitabine or other fluoropyrimidine for metastatic disease": a setting after the last item of a list of
   * therapies is said of every item, so the items before it, joined to it by list words only, take it too.
   */
  private static void listedSetting(Reading r, int partsBefore, String lower, int at) {
    List<Part> parts = r.parts();
    for (int k = parts.size() - 1; k >= partsBefore; k--) {
      Part q = parts.get(k);
      if (!(q.predicate() instanceof Predicate.PriorTherapy t) || t.advancedOnly() || t.minLines() != null
          || t.maxLines() != null || q.end() > at || !LIST_GAP.matcher(lower.substring(q.end(), at)).matches()) {
        return;
      }
      parts.set(k, new Part(new Predicate.PriorTherapy(t.drugs(), t.classes(), null, null, true), q.start(), q.end(), q.note()));
      at = q.start();
    }
  }

  /** "Another" or "other" right before a class: "... tucatinib or another HER2-directed tyrosine kinase inhibitor". */
  private static final Pattern OTHER_BEFORE = Pattern.compile("\\b(?:an)?other\\s+$");
  /** What joins the items of one list of therapies: commas, "or", "and", an article, "other". */
  private static final Pattern LIST_GAP = Pattern.compile(
      "(?:\\s*\\([^()]*\\))?\\s*(?:,\\s*)?(?:(?:or|and|and\\s*/\\s*or)\\s+|/\\s*)?(?:any\\s+|an?\\s+)?(?:(?:an)?other\\s+)?");

  /**
   * The drugs of a class named "another" or "other" that the criterion names outside the class's own list, so
   * the class leaves them out ("lapatinib within the 12 months before study start, or any earlier treatment with
   * neratinib, afatinib, tucatinib or another HER2-directed tyrosine kinase inhibitor": lapatinib counts only within
   * its window). Drugs in the class's own list are the criterion's either way. Empty when none.
   */
  private List<String> othersOfClass(String lower, Mention m, List<Mention> mentions) {
    if (!m.drugs().isEmpty() || m.classes().isEmpty()
        || !OTHER_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 12), m.start())).find()) {
      return List.of();
    }
    int i = mentions.indexOf(m);
    int first = i;
    while (first > 0 && mentions.get(first - 1).end() <= mentions.get(first).start()
        && LIST_GAP.matcher(lower.substring(mentions.get(first - 1).end(), mentions.get(first).start())).matches()) {
      first--;
    }
    int last = i;
    while (last + 1 < mentions.size() && mentions.get(last).end() <= mentions.get(last + 1).start()
        && LIST_GAP.matcher(lower.substring(mentions.get(last).end(), mentions.get(last + 1).start())).matches()) {
      last++;
    }
    List<String> out = new ArrayList<>();
    for (int j = 0; j < mentions.size(); j++) {
      if (j >= first && j <= last || bracketed(lower, mentions.get(j).start())) {
        continue; // the class's own list, or an example in brackets ("(for example 5-fluorouracil)")
      }
      for (String drug : mentions.get(j).drugs()) {
        if (!out.contains(drug) && classesOf(drug).stream().anyMatch(m.classes()::contains)) {
          out.add(drug);
        }
      }
    }
    return out;
  }

  /** Whether {@code at} lies inside brackets. */
  private static boolean bracketed(String lower, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = lower.charAt(i);
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    }
    return depth > 0;
  }

  /** The classes the drug lexicon gives a drug. */
  private List<String> classesOf(String drug) {
    for (PhraseMatcher.Match<Drugs.Drug> d : drugs.matcher().findAll(drug)) {
      if (d.value().name().equals(drug) && d.start() == 0 && d.end() == drug.length()) {
        return d.value().classes();
      }
    }
    return List.of();
  }

  /** The class a class-level lexicon entry names ("chemotherapy", "parp inhibitor"), else null. */
  private String classOf(Drugs.Drug drug) {
    if (drugs.isClass(drug.name())) {
      return drug.name();
    }
    for (String c : drug.classes()) {
      if (c.equalsIgnoreCase(drug.name())) {
        return c;
      }
    }
    if (drug.name().contains("platinum-based")) {
      return drugs.isClass("platinum") ? "platinum" : null;
    }
    return null;
  }

  private static int clauseStart(String lower, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = lower.charAt(i);
      if (c == ';' || (c == '.' && i + 1 < lower.length() && lower.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Map<String, List<String>> classPhrases() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String[] g : new String[][] {
        {"EGFR TKI", "EGFR TKI", "EGFR tyrosine kinase inhibitor", "EGFR inhibitor", "EGFR-targeted TKI", "EGFR targeted therapy",
            "EGFR-targeted therapy", "EGFR directed therapy", "EGFR-directed therapy", "EGFR small molecule inhibitor"},
        {"first-generation EGFR TKI", "first-generation EGFR TKI", "first-generation of EGFR TKI",
            "first-generation EGFR tyrosine kinase inhibitor", "first-generation EGFR inhibitor", "1st-generation EGFR TKI",
            "1st-generation of EGFR TKI", "1st-generation EGFR tyrosine kinase inhibitor", "1st-generation EGFR inhibitor"},
        {"second-generation EGFR TKI", "second-generation EGFR TKI", "second-generation of EGFR TKI",
            "second-generation EGFR tyrosine kinase inhibitor", "second-generation EGFR inhibitor",
            "2nd-generation EGFR TKI", "2nd-generation of EGFR TKI", "2nd-generation EGFR tyrosine kinase inhibitor",
            "2nd-generation EGFR inhibitor"},
        {"third-generation EGFR TKI", "third-generation EGFR TKI", "third-generation of EGFR TKI",
            "third-generation EGFR tyrosine kinase inhibitor", "third-generation EGFR inhibitor", "3rd-generation EGFR TKI",
            "3rd-generation of EGFR TKI", "3rd-generation EGFR tyrosine kinase inhibitor", "3rd-generation EGFR inhibitor"},
        {"ALK TKI", "ALK TKI", "ALK inhibitor", "ALK tyrosine kinase inhibitor", "ALK-targeted therapy", "ALK targeted therapy"},
        {"ROS1 TKI", "ROS1 TKI", "ROS1 inhibitor", "ROS1 tyrosine kinase inhibitor"},
        {"MET TKI", "MET TKI", "MET inhibitor", "MET tyrosine kinase inhibitor", "c-MET inhibitor"},
        {"RET TKI", "RET TKI", "RET inhibitor", "RET tyrosine kinase inhibitor"},
        {"selective RET inhibitor", "selective RET inhibitor", "selective RET TKI", "selective RET tyrosine kinase inhibitor"},
        {"NTRK TKI", "NTRK TKI", "NTRK inhibitor", "TRK inhibitor", "TRK tyrosine kinase inhibitor"},
        {"KRAS G12C inhibitor", "KRAS G12C inhibitor", "G12C inhibitor", "KRASG12C inhibitor", "KRAS p.G12C inhibitor",
            "KRAS G12C targeted therapy", "KRAS G12C-targeted therapy"},
        {"BRAF inhibitor", "BRAF inhibitor", "BRAF-targeted therapy", "BRAF targeted therapy"},
        {"MEK inhibitor", "MEK inhibitor"},
        {"CDK4/6 inhibitor", "CDK4/6 inhibitor", "CDK 4/6 inhibitor", "CDK4/6i"},
        {"PARP inhibitor", "PARP inhibitor", "PARPi"},
        {"mTOR inhibitor", "mTOR inhibitor"},
        {"PI3K inhibitor", "PI3K inhibitor", "PI3K alpha inhibitor"},
        {"AKT inhibitor", "AKT inhibitor"},
        {"FGFR inhibitor", "FGFR inhibitor", "FGFR tyrosine kinase inhibitor"},
        {"BTK inhibitor", "BTK inhibitor"},
        {"BCL2 inhibitor", "BCL2 inhibitor", "BCL-2 inhibitor"},
        {"IDH inhibitor", "IDH inhibitor", "IDH1 inhibitor", "IDH2 inhibitor"},
        {"FLT3 inhibitor", "FLT3 inhibitor"},
        {"proteasome inhibitor", "proteasome inhibitor"},
        {"aromatase inhibitor", "aromatase inhibitor"},
        {"VEGF inhibitor", "VEGF inhibitor", "anti-VEGF", "anti-VEGF therapy", "anti-VEGF antibody", "VEGFR TKI", "VEGFR inhibitor",
            "VEGF-targeted therapy", "anti-angiogenic therapy", "antiangiogenic therapy", "anti-angiogenic agent"},
        {"PD-1 inhibitor", "PD-1 inhibitor", "anti-PD-1", "anti-PD1", "PD-1 antibody", "anti-PD-1 antibody", "PD-1 blocking antibody",
            "PD-1 blockade", "anti-programmed death-1", "anti-PD-1 therapy", "anti-PD-1 monoclonal antibody"},
        {"PD-L1 inhibitor", "PD-L1 inhibitor", "anti-PD-L1", "anti-PDL1", "PD-L1 antibody", "anti-PD-L1 antibody", "PD-L1 blockade",
            "anti-PD-L1 therapy", "anti-PD-L1 monoclonal antibody"},
        {"PD-1 inhibitor|PD-L1 inhibitor", "PD-1/PD-L1 inhibitor", "anti-PD-1/PD-L1", "anti-PD-1/L1",
            "PD-1/PD-L1 antibody", "anti-PD-1/PD-L1 antibody", "anti-PD-1 or PD-L1", "PD-1 or PD-L1 inhibitor", "anti-PD-1 or anti-PD-L1",
            "PD-1/PD-L1 blockade", "PD-1/L1 inhibitor"},
        {"CTLA-4 inhibitor", "CTLA-4 inhibitor", "anti-CTLA-4", "anti-CTLA4", "CTLA-4 antibody", "anti-CTLA-4 antibody"},
        {"LAG-3 inhibitor", "LAG-3 inhibitor", "anti-LAG-3"},
        {"immune checkpoint inhibitor", "immune checkpoint inhibitor", "checkpoint inhibitor", "immune checkpoint blockade",
            "checkpoint blockade", "ICI", "immune checkpoint therapy", "immune-checkpoint inhibitor", "checkpoint inhibitor therapy"},
        {"taxane", "taxane", "taxane-based", "taxane-based chemotherapy", "taxane-containing"},
        {"fluoropyrimidine", "fluoropyrimidine", "fluoropyrimidines", "fluoropyrimidine-based", "fluoropyrimidine-based chemotherapy",
            "fluoropyrimidine-containing"},
        {"platinum", "platinum", "platinum-based", "platinum-containing", "platinum doublet", "platinum-based chemotherapy",
            "platinum agent", "platinum compound", "platinum-based doublet", "platinum-doublet", "platinum-containing chemotherapy",
            "platinum-based doublet chemotherapy"},
        {"anthracycline", "anthracycline", "anthracycline-based", "anthracycline-containing"},
        {"antimetabolite", "antimetabolite"},
        {"topoisomerase inhibitor", "topoisomerase inhibitor", "topoisomerase I inhibitor"},
        {"topoisomerase I payload", "topoisomerase I payload", "topoisomerase I inhibitor payload", "topoisomerase-I inhibitor payload",
            "topoisomerase 1 inhibitor payload"},
        {"exatecan-derivative payload", "exatecan-derivative payload", "exatecan derivative payload", "exatecan derivative",
            "exatecan-derivative", "exatecan-derived payload", "exatecan payload"},
        {"alkylating agent", "alkylating agent"},
        {"vinca alkaloid", "vinca alkaloid"},
        {"HER2 TKI", "HER2 TKI", "HER2 tyrosine kinase inhibitor", "HER2-directed tyrosine kinase inhibitor",
            "HER2-targeted tyrosine kinase inhibitor", "HER2-directed TKI", "HER2-targeted TKI", "anti-HER2 tyrosine kinase inhibitor"},
        {"HER2-directed", "HER2-directed", "HER2-directed therapy", "HER2-targeted", "HER2-targeted therapy", "anti-HER2",
            "anti-HER2 therapy", "anti-HER2 agent", "HER2 targeted therapy"},
        {"antibody-drug conjugate", "antibody-drug conjugate", "antibody drug conjugate", "ADC"},
        {"anti-EGFR antibody", "anti-EGFR antibody", "anti-EGFR monoclonal antibody", "anti-EGFR therapy", "anti-EGFR mAb",
            "EGFR antibody", "EGFR monoclonal antibody"},
        {"endocrine therapy", "endocrine therapy", "hormonal therapy", "anti-estrogen therapy", "antiestrogen therapy",
            "endocrine-based therapy"},
        {"SERD", "SERD", "selective estrogen receptor degrader"},
        {"SERM", "SERM", "selective estrogen receptor modulator"},
        {"chemotherapy", "cytotoxic therapy", "cytotoxic chemotherapy", "cytotoxic agent", "chemotherapeutic agent"},
        {"bispecific antibody", "bispecific antibody", "bispecific T-cell engager"},
        {"TROP2-directed", "TROP2-directed", "anti-TROP2", "TROP2-targeted", "TROP2 ADC", "TROP-2 directed"},
        {"androgen receptor pathway inhibitor", "androgen receptor pathway inhibitor", "ARPI", "ARSI",
            "androgen receptor signaling inhibitor", "novel hormonal agent", "novel hormonal therapy", "AR-targeted therapy"},
        {"cellular therapy", "cellular therapy", "CAR T-cell therapy", "CAR-T cell therapy"},
        {"multikinase inhibitor", "multikinase inhibitor", "multi-kinase inhibitor"},
        {"hypomethylating agent", "hypomethylating agent", "HMA"},
        {"immunomodulatory drug", "immunomodulatory drug", "IMiD", "immunomodulatory agent"},
        {"anti-CD20 antibody", "anti-CD20 antibody", "anti-CD20", "anti-CD20 monoclonal antibody"},
        {"anti-CD38 antibody", "anti-CD38 antibody", "anti-CD38", "anti-CD38 monoclonal antibody"},
    }) {
      List<String> cls = List.of(g[0].split("\\|"));
      for (int i = 1; i < g.length; i++) {
        m.putIfAbsent(g[i].toLowerCase(Locale.ROOT), cls);
      }
    }
    return Collections.unmodifiableMap(m);
  }
}
