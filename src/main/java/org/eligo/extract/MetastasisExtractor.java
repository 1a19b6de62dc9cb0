package org.eligo.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Assertion;

/**
 * Metastatic sites and their status. A brain metastasis is ACTIVE when called new, untreated,
 * growing or symptomatic, TREATED_STABLE when treated (SRS, WBRT, resection) or stable, else
 * UNKNOWN; "no brain metastases" is left to context, which asserts the mention ABSENT (and the
 * consolidated status becomes ABSENT).
 */
final class MetastasisExtractor implements Extractor {
  private static final KeyIndex.Gate METASTATIC_KEYS = KeyIndex.gate("metast", "mets", "met ", "met,", "met.", "met;", "met)");
  private static final KeyIndex.Gate IMAGING_KEYS = KeyIndex.gate("mri", "ct ", "imaging");
  private static final KeyIndex.Gate HEAD_KEYS = KeyIndex.gate("brain", "head");
  private static final KeyIndex.Gate LEPTO_KEYS = KeyIndex.gate("lepto");
  private static final KeyIndex.Gate IMAGED_KEYS = KeyIndex.gate("imag", "mri", "ct ");
  private static final Pattern BRAIN_LABEL_NEGATIVE = Pattern.compile(
      "(?i)(?:^|[\\n;.]\\s*|\\s-\\s)(?:brain|CNS|intracranial)\\s*:\\s*(?:no (?:evidence of )?(?:disease|metastas[ie]s|metastatic disease|mets|lesions?)"
          + "|negative|clear|none|unremarkable|normal)\\b");
  /**
   * The brain stated as not imaged: "brain not imaged", "we have not imaged the brain", "No brain
   * imaging", "MRI brain not done", "Brain MRI has not been performed". The statement is itself the
   * denial of a scan, so no negation around it turns it into an absent metastasis.
   */
  private static final Pattern BRAIN_NOT_IMAGED = Pattern.compile(
      "\\b(?:brain|head)\\s+(?:has\\s+|was\\s+)?(?:not|never)\\s+(?:yet\\s+)?(?:been\\s+)?imaged\\b"
          + "|\\b(?:not|never)\\s+(?:yet\\s+)?(?:been\\s+)?imaged\\s+(?:the\\s+|her\\s+|his\\s+)?(?:brain|head)\\b"
          // "no brain imaging since 2024 -> MRI 02/2026: ..." says a scan was done before
          + "|\\bno\\s+(?:brain|head)\\s+(?:imaging|MRI|CT|scan)\\b(?!\\s*(?:showed|shows|revealed|findings?|abnormalit|evidence|lesions?|since|until|before|prior|[:=]))"
          // "MRI brain not done", "brain MRI ordered - not yet done"
          + "|(?:\\b(?:brain|head)\\s+(?:MRI|CT|imaging|scan)|\\b(?:MRI|CT)\\s+(?:of\\s+the\\s+)?(?:brain|head))\\s+"
          + "(?:(?:ordered|requested|booked|scheduled)\\s*[-,]?\\s*(?:but\\s+)?)?"
          + "(?:has\\s+|have\\s+|was\\s+|were\\s+)?(?:not|never)\\s+(?:yet\\s+)?(?:been\\s+)?(?:done|performed|obtained)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * Every alternative of BRAIN and of BRAIN_UNCERTAIN holds one of these: a word of the brain or
   * its parts, "head" of a head scan, or "enhancing" of an enhancing lesion.
   */
  private static final KeyIndex.Gate BRAIN_KEYS = KeyIndex.gate("brain", "intracranial", "cerebral", "cns", "cerebell",
      "intraparenchymal", "enhancing", "head", "frontal", "parietal", "temporal", "occipital", "thalamic", "pontine", "periventricular");
  private static final String METS = "(?:metastas[ie]s|metastatic (?:disease|lesions?|deposits?|foci|focus)|mets?\\b)";
  private static final String SUSPECTED =
      "(?:c/w|consistent with|compatible with|suspicious for|concerning for|worrisome for)\\s+(?:an?\\s+)?(?:(?:small|tiny|solitary|single|new|untreated|early)\\s+)?metasta\\w+";
  private static final Pattern BRAIN = Pattern.compile(
      "\\b(?:brain|intracranial|cerebral|CNS|cerebellar|intraparenchymal)\\s+(?:and\\s+\\w+\\s+)?" + METS
          + "|\\b" + METS + "\\s+(?:to|in|involving)\\s+(?:the\\s+)?(?:brain|CNS|cerebellum)"
          + "|\\b(?:enhancing|ring-enhancing)\\s+(?:brain\\s+)?(?:lesions?|focus|foci|nodules?)\\b[^.;]{0,60}?" + SUSPECTED
          // "MRI brain: 4 mm focus in the left frontal lobe, suspicious for a small metastasis"
          + "|(?:\\b(?:MRI|CT)\\s+(?:of\\s+the\\s+)?(?:brain|head)\\b|\\bbrain\\s+(?:MRI|CT)\\b)[^.;]{0,80}?" + SUSPECTED
          + "|\\bintracranial\\s+metastatic\\s+disease\\b"
          // "Brain: SRS-treated mets stable on MRI": the site named as a label
          + "|\\b(?:brain|CNS)\\s*:\\s*(?:(?!(?:no|not|without|any)\\b)[\\w/-]+\\s+){0,3}?" + METS
          // "R frontal met", "left cerebellar metastasis", "parietal lobe metastases": a lobe of the brain
          + "|\\b(?:frontal|parietal|temporal|occipital|thalamic|pontine|periventricular)(?:\\s+lobe)?\\s+" + METS,
      Pattern.CASE_INSENSITIVE);
  /**
   * A brain focus that may be a metastasis: "cerebellar enhancing focus - nonspecific; an early
   * metastasis cannot be excluded", "L frontal focus, ?tiny met", "6 mm frontal focus - met vs
   * cavernoma", "a tiny metastasis is possible".
   */
  private static final Pattern BRAIN_UNCERTAIN = Pattern.compile(
      "\\b(?:cerebell\\w*|frontal|parietal|temporal|occipital|brain|intracranial|thalamic|pontine|periventricular)\\b[^.]{0,100}?"
          + "(?:\\b(?:metastas[ie]s|met)\\s+(?:cannot|can ?not|can't)\\s+be\\s+(?:excluded|ruled out)"
          + "|\\?\\s*(?:(?:early|tiny|small)\\s+)?met(?:astasis)?\\b"
          + "|\\bmet(?:astasis)?\\s+(?:vs\\.?|versus)\\s"
          + "|\\b(?:metastasis|met)\\s+is\\s+(?:possible|not excluded)"
          + "|\\bpossible\\s+(?:(?:early|tiny|small)\\s+)?metastasis)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CALLED_ACTIVE = Pattern.compile("(?i)\\b(?:new|untreated)\\s+metasta\\w*$");
  private static final Pattern NO_METASTASIS = Pattern.compile(
      "(?i)\\s*(?:impression:\\s*)?no\\s+(?:evidence\\s+of\\s+)?(?:(?!(?:new|other|additional|further|progressive)\\b)[\\w-]+\\s+(?:or\\s+)?){0,3}?(?:metastas[ie]s|metastatic disease|mets)\\b");
  private static final Pattern BRAIN_REPORT_TITLE = Pattern.compile(
      "(?i)^\\W*(?:MRI|MR|CT)\\s+(?:of\\s+the\\s+)?(?:brain|head)\\b|^\\W*(?:brain|head)\\s+(?:MRI|MR|CT)\\b");

  /** Whether the note is a brain scan report: its first line names the scan. */
  private static boolean brainReport(Snippet s) {
    String note = s.document().note().text();
    int eol = note.indexOf('\n');
    return BRAIN_REPORT_TITLE.matcher(eol < 0 ? note : note.substring(0, eol)).find();
  }

  private static final Pattern SITE_LABEL = Pattern.compile("(?i)(?:brain|CNS)\\s*:");
  /** Where BRAIN_UNCERTAIN may start: it begins at a word boundary with one of these. */
  private static final WordStarts UNCERTAIN_STARTS = new WordStarts(
      "cerebell", "frontal", "parietal", "temporal", "occipital", "brain", "intracranial", "thalamic", "pontine", "periventricular");
  private static final Pattern NO_NEW_BEFORE = Pattern.compile("(?i)\\bno\\s+new\\s+$");
  /** Where BRAIN may start: each alternative begins at a word boundary with one of these ("met" begins every METS). */
  private static final WordStarts BRAIN_STARTS = new WordStarts(
      "brain", "intracranial", "cerebral", "cns", "cerebellar", "intraparenchymal", "met", "enhancing", "ring-enhancing", "mri", "ct",
      "frontal", "parietal", "temporal", "occipital", "thalamic", "pontine", "periventricular");
  /** Where the three BRAIN_IMAGING patterns may start: each begins at a word boundary with an imaging word or "brain". */
  private static final WordStarts IMAGING_STARTS = new WordStarts("mri", "ct", "imaging", "brain");
  private static final Pattern BRAIN_IMAGING_NEGATIVE = Pattern.compile(
      "(?:\\b(?:MRI|CT|imaging)\\s+(?:of\\s+the\\s+)?(?:brain|head)\\b|\\bbrain\\s+(?:MRI|imaging|CT)\\b)[^.;]{0,40}?"
          + "\\b(?:no (?:evidence of )?(?:intracranial |brain |new )?(?:(?:enhancing|suspicious|focal) )?(?:metastas\\w+|mets|metastatic disease|lesions?|disease)"
          + "|negative(?: for (?:intracranial )?(?:metastas\\w+|mets|metastatic disease|disease))?|neg\\b|unremarkable|normal\\b|clear\\b"
          + "|without (?:evidence of )?(?:metastas\\w+|mets))",
      Pattern.CASE_INSENSITIVE);
  /** "no distant disease on CT and brain MRI": a staging work-up that included the brain found nothing. */
  private static final Pattern NONE_ON_BRAIN_IMAGING = Pattern.compile(
      "\\bno\\s+(?:evidence\\s+of\\s+)?(?:distant|metastatic|intracranial)\\s+(?:disease|metastas[ie]s|spread)\\s+on\\s+[^.;()]{0,30}?"
          + "(?:\\bbrain\\s+(?:MRI|imaging|CT)|\\b(?:MRI|CT)\\s+(?:of\\s+the\\s+)?(?:brain|head))\\b",
      Pattern.CASE_INSENSITIVE);
  /** "MRI brain: the treated right parietal lesion has decreased ... no new lesions". */
  private static final Pattern BRAIN_IMAGING_TREATED = Pattern.compile(
      "(?:\\b(?:MRI|CT|imaging)\\s+(?:of\\s+the\\s+)?(?:brain|head)\\b|\\bbrain\\s+(?:MRI|imaging|CT)\\b)[^.;]{0,60}?"
          + "\\b(?:treated|irradiated|post-?radiation|post-?SRS|resection cavity)\\b[^.;]{0,60}?"
          + "\\b(?:stable|decreased|smaller|resolved|no new|unchanged|improved)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "MRI brain 2/20/26 - two new enhancing lesions", "brain MRI: 3 punctate foci": lesions a brain scan found. */
  private static final Pattern BRAIN_IMAGING_LESIONS = Pattern.compile(
      "(?:\\b(?:MRI|CT|imaging)\\s+(?:of\\s+the\\s+)?(?:brain|head)\\b|\\bbrain\\s+(?:MRI|imaging|CT)\\b)[^.;]{0,40}?"
          + "(?<!\\bno\\s)(?<!\\bany\\s)\\b(?:\\d+|one|two|three|four|five|six|several|multiple|numerous|innumerable|scattered)\\s+"
          + "(?:(?:new|small|punctate|tiny|subcentimeter|enlarging|additional)\\s+)*(?:(?:ring-)?enhancing\\s+)?(?:lesions|foci|nodules|masses)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * A note that withholds brain-directed treatment ("no upfront SRS", "deferring WBRT", "not yet
   * treated"): brain metastases it names without a status are untreated, so active.
   */
  private static final Pattern UNTREATED_IN_NOTE = Pattern.compile(
      "\\b(?:no|without|defer(?:ring|red)?|hold(?:ing)? off on)\\s+(?:upfront\\s+|up-front\\s+|immediate\\s+|local\\s+)?"
          + "(?:SRS|WBRT|radiosurgery|gamma knife|whole[- ]brain (?:radiation|radiotherapy|RT)|brain[- ]directed (?:therapy|treatment|radiation))\\b"
          + "|\\bnot yet treated\\b|\\buntreated (?:brain|intracranial|CNS)\\b"
          // "lesions to be followed on TKI rather than radiated"
          + "|\\brather than (?:be(?:ing)?\\s+)?(?:radiated|irradiated|treated with (?:SRS|WBRT|radiation)|SRS|WBRT|radiosurgery)\\b"
          + "|\\bnot\\s+(?:to\\s+)?treat\\s+(?:the\\s+)?(?:brain|intracranial|CNS)\\s+(?:lesions?|metastas[ie]s|mets)\\b"
          // brain-directed treatment still to come: "SRS scheduled 7/28", "awaiting SRS", "Rad Onc (SRS planning)"
          + "|\\b(?:SRS|WBRT|radiosurgery|gamma knife)\\s+(?:is\\s+)?(?:scheduled|planned|planning)\\b"
          + "|\\b(?:awaiting|scheduled for|plans?(?:\\s+for)?|planning|referred for|referral for)\\s+(?:SRS|WBRT|radiosurgery|gamma knife)\\b"
          // "SRS deferred while on a CNS-active TKI"; a report of the lesions that says nothing was given yet
          + "|\\b(?:SRS|WBRT|radiosurgery|gamma knife|radiation|radiotherapy)\\s+(?:is\\s+|was\\s+)?(?:deferred|withheld|held|postponed)\\b"
          + "|\\bno\\s+prior\\s+(?:treatment|therapy)\\b|\\btreatment[- ]na[iï]ve\\b",
      Pattern.CASE_INSENSITIVE);
  /** Where UNTREATED_IN_NOTE may start: each alternative begins at a word boundary with one of these ("no" also for "not yet"). */
  private static final WordStarts UNTREATED_STARTS = new WordStarts("no", "without", "defer", "hold", "untreated",
      "srs", "wbrt", "radiosurgery", "gamma", "awaiting", "scheduled", "plan", "referr", "rather", "radiation", "radiotherapy", "treatment");
  private static final Pattern LEPTO = Pattern.compile(
      "\\bleptomeningeal\\s+(?:disease|metastas[ie]s|carcinomatosis|spread|enhancement|involvement)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER = Pattern.compile(
      "\\b(liver|hepatic|bone|osseous|adrenal|pulmonary|lung|peritoneal|pleural|nodal)\\s+" + METS
          + "|\\b" + METS + "\\s+to\\s+(?:the\\s+)?(liver|bones?|adrenals?|lungs?|peritoneum|pleura)"
          // "metastatic recurrence was found in 03/2025 in the lungs"
          + "|\\bmetastatic (?:recurrence|relapse|disease|spread)\\s+(?:(?:was|were)\\s+(?:found|diagnosed|detected|confirmed)\\s+"
          + "(?:in\\s+\\d{1,2}/\\d{2,4}\\s+)?)?(?:in|to|involving)\\s+(?:the\\s+)?(liver|bones?|adrenals?|lungs?|peritoneum|pleura)"
          // "Liver biopsy 04/28/2026: metastatic carcinoma consistent with the breast primary"
          + "|\\b(liver|bone|adrenal|lung|peritoneal|pleural)\\s+(?:core\\s+|needle\\s+)?(?:biopsy|bx)\\b[^.;:]{0,20}:\\s*"
          + "(?:positive for\\s+)?metastatic\\s+(?:carcinoma|adenocarcinoma|melanoma|disease|tumou?r)"
          // "breast cancer metastatic to liver and bone"
          + "|\\bmetastatic\\s+to\\s+(?:the\\s+)?(liver|bones?|adrenals?|lungs?|peritoneum|pleura)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MORE_SITES = Pattern.compile(
      "\\s*(?:,|and|&|\\+)\\s*(?:and\\s+)?(?:the\\s+)?(liver|bones?|adrenals?|lungs?|peritoneum|pleura)\\b", Pattern.CASE_INSENSITIVE);
  /** Where OTHER may start: each alternative begins at a word boundary with a site or with "met" (METS, "metastatic"). */
  private static final WordStarts OTHER_STARTS = new WordStarts(
      "liver", "hepatic", "bone", "osseous", "adrenal", "pulmonary", "lung", "peritoneal", "pleural", "nodal", "met");
  private static final Pattern TREATED = Pattern.compile(
      "\\b(?:s/p|status post|treated|post[- ]treatment|previously treated|after|following)\\b[^.;]{0,40}?|\\b(?:SRS|SBRT|stereotactic|radiosurgery|gamma knife|WBRT|whole[- ]brain|resect\\w*|craniotomy|irradiated)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STABLE = Pattern.compile(
      "\\b(?:stable|no new|without (?:new|progression)|no (?:evidence of )?progression|unchanged|resolved|decreased|improved|no interval)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Where TREATED, STABLE and ACTIVE may start: each alternative begins at a word boundary with one of these. */
  private static final WordStarts TREATED_STARTS = new WordStarts("s/p", "status", "treated", "post", "previously", "after", "following",
      "srs", "sbrt", "stereotactic", "radiosurgery", "gamma", "wbrt", "whole", "resect", "craniotomy", "irradiated");
  private static final WordStarts STABLE_STARTS = new WordStarts("stable", "no", "without", "unchanged", "resolved", "decreased", "improved");
  private static final WordStarts ACTIVE_STARTS = new WordStarts(
      "new", "untreated", "active", "enlarging", "progress", "increasing", "symptomatic", "growing");
  private static final Pattern ACTIVE = Pattern.compile(
      "\\b(?:new|untreated|active|enlarging|progressing|progressive|increasing|symptomatic|growing|progression of)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public void extract(Snippet s, List<Mention> out) {
    boolean metastatic = s.has(METASTATIC_KEYS);
    boolean imaging = s.has(IMAGING_KEYS) && s.has(HEAD_KEYS);
    // "CNS: no evidence of disease", "Brain: negative": the site as a label, its result after it
    if (s.has(BRAIN_KEYS) && s.text().indexOf(':') >= 0) {
      Matcher label = BRAIN_LABEL_NEGATIVE.matcher(s.text());
      if (label.find()) {
        out.add(s.mention(new Finding.Metastasis("brain", MetStatus.ABSENT), label.start(), label.end(), "metastasis.brain-label-negative",
            Assertion.ABSENT));
      }
    }
    boolean notImaged = s.has(HEAD_KEYS) && s.has(IMAGED_KEYS);
    if (!metastatic && !imaging && !notImaged && !s.has(LEPTO_KEYS)) {
      return;
    }
    String t = s.text();
    Matcher m;
    if (notImaged && (m = BRAIN_NOT_IMAGED.matcher(t)).find()) {
      out.add(s.mention(new Finding.Metastasis("brain", MetStatus.UNKNOWN), m.start(), m.end(), Finding.Metastasis.NOT_IMAGED));
    }
    boolean brain = false;
    boolean brainWords = metastatic && s.has(BRAIN_KEYS);
    if (brainWords) {
      m = BRAIN.matcher(t);
      for (int at = 0; BRAIN_STARTS.find(m, t, at); at = m.end()) {
        if (NO_NEW_BEFORE.matcher(t).region(Math.max(0, m.start() - 12), m.start()).find()) {
          continue; // "no new intracranial metastases" says nothing of the lesions already known
        }
        // "Brain: 2 new mets": the words after the label describe the lesions
        int lesions = SITE_LABEL.matcher(t).region(m.start(), m.end()).lookingAt() ? t.lastIndexOf(' ', m.end() - 1) + 1 : m.start();
        // "... consistent with untreated metastasis": the finding's own word
        MetStatus status = CALLED_ACTIVE.matcher(m.group()).find() ? MetStatus.ACTIVE : withheld(s, brainStatus(t, lesions, m.end()));
        // "PD 09/2026 (new liver mets, 2 brain mets)", then "SRS 10/01/26 to R frontal + L cerebellar lesions": treated since
        if (status == MetStatus.ACTIVE && !UNTREATED.matcher(t).find() && datedBrainTreatmentAfter(s)) {
          status = MetStatus.TREATED_STABLE;
        }
        out.add(s.mention(new Finding.Metastasis("brain", status), m.start(), m.end(), "metastasis.brain"));
        brain = true;
      }
    }
    if (brainWords && !brain && UNCERTAIN_STARTS.find(m = BRAIN_UNCERTAIN.matcher(t), t, 0)) {
      // An indeterminate focus: no status, and no withheld treatment in the note makes it active.
      out.add(s.mention(new Finding.Metastasis("brain", MetStatus.UNKNOWN), m.start(), m.end(), "metastasis.brain-uncertain"));
      brain = true;
    }
    if (imaging && !brain && IMAGING_STARTS.find(m = BRAIN_IMAGING_TREATED.matcher(t), t, 0)) {
      out.add(s.mention(new Finding.Metastasis("brain", MetStatus.TREATED_STABLE), m.start(), m.end(), "metastasis.brain-imaging-treated"));
      brain = true;
    }
    if (imaging && !brain && IMAGING_STARTS.find(m = BRAIN_IMAGING_LESIONS.matcher(t), t, 0)) {
      int lesions = t.lastIndexOf(' ', m.end() - 1) + 1;
      out.add(s.mention(new Finding.Metastasis("brain", withheld(s, brainStatus(t, lesions, m.end()))), m.start(), m.end(),
          "metastasis.brain-imaging-lesions"));
      brain = true;
    }
    if (imaging && !brain && ((m = NONE_ON_BRAIN_IMAGING.matcher(t)).find()
        || IMAGING_STARTS.find(m = BRAIN_IMAGING_NEGATIVE.matcher(t), t, 0))) {
      out.add(s.mention(new Finding.Metastasis("brain", MetStatus.ABSENT), m.start(), m.end(), "metastasis.brain-imaging-negative",
          Assertion.ABSENT));
    }
    if (metastatic && !brain && (m = NO_METASTASIS.matcher(t)).lookingAt() && brainReport(s)) {
      // "MRI BRAIN: ... No enhancing mass or metastasis.": a brain scan report's own negative
      out.add(s.mention(new Finding.Metastasis("brain", MetStatus.ABSENT), m.start(), m.end(), "metastasis.brain-report-negative",
          Assertion.ABSENT));
    }
    if (s.has(LEPTO_KEYS)) {
      m = LEPTO.matcher(t);
      while (m.find()) {
        out.add(s.mention(new Finding.Metastasis("leptomeningeal", MetStatus.ACTIVE), m.start(), m.end(), "metastasis.leptomeningeal"));
      }
    }
    if (!metastatic) {
      return;
    }
    if ((m = METASTATIC_DIAGNOSIS.matcher(t)).lookingAt()) {
      // "Liver lesion, segment 8, core biopsy\nMetastatic carcinoma ...": the specimen line above names the site
      String site = specimenSite(s);
      if (site != null) {
        out.add(s.mention(new Finding.Metastasis(canonical(site), MetStatus.ACTIVE), m.start(1), m.end(1), "metastasis.specimen"));
      }
    }
    m = OTHER.matcher(t);
    for (int at = 0; OTHER_STARTS.find(m, t, at); at = m.end()) {
      String site = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
          : m.group(4) != null ? m.group(4) : m.group(5)).toLowerCase();
      out.add(s.mention(new Finding.Metastasis(canonical(site), MetStatus.ACTIVE), m.start(), m.end(), "metastasis.site"));
      if (m.group(1) == null) {
        // "metastatic to liver and bones", "in the lungs, liver and bones": the sites joined to the first
        Matcher more = MORE_SITES.matcher(t).region(m.end(), t.length());
        while (more.lookingAt()) {
          out.add(s.mention(new Finding.Metastasis(canonical(more.group(1).toLowerCase()), MetStatus.ACTIVE), more.start(1), more.end(1),
              "metastasis.site"));
          more.region(more.end(), t.length());
        }
      }
    }
  }

  /** A pathology diagnosis that opens with a metastasis of a named tumour kind. */
  private static final Pattern METASTATIC_DIAGNOSIS = Pattern.compile(
      "(?i)\\s*(?:(?:final\\s+)?diagnosis\\s*[:-]\\s*)?(metastatic\\s+(?:[\\w-]+\\s+){0,3}?(?:carcinoma|adenocarcinoma|melanoma|sarcoma))\\b");
  /** A specimen line: the site first, then how the tissue was taken. */
  private static final Pattern SPECIMEN = Pattern.compile(
      "(?i)^[\\s\\W]*(?:[a-z ]{0,40}?\\s[-:\u2013]\\s*)?(?:specimen\\s*:\\s*)?(?:(?:left|right|bilateral)\\s+)?(liver|hepatic|bone|adrenal|lung|peritoneal|peritoneum|pleural|pleura)\\b[^\\n]{0,60}?"
          + "\\b(?:biopsy|bx|core|FNA|fine[- ]needle|resection|excision|wedge)\\b[^\\n]*$");

  /** The site a specimen line names on one of the two lines just above the sentence, else null. */
  private static String specimenSite(Snippet s) {
    String line = s.lineAbove(2, SPECIMEN);
    if (line == null) {
      return null;
    }
    Matcher m = SPECIMEN.matcher(line);
    return m.find() ? m.group(1).toLowerCase() : null;
  }

  /** A status the sentence left open is ACTIVE when the note withholds or has yet to give brain-directed treatment. */
  private static MetStatus withheld(Snippet s, MetStatus status) {
    if (status != MetStatus.UNKNOWN) {
      return status;
    }
    String note = s.document().note().text();
    if (UNTREATED_STARTS.find(UNTREATED_IN_NOTE.matcher(note), note, 0)) {
      return MetStatus.ACTIVE;
    }
    // "stage IV M1d (R parietal brain met, ...)" and later "SRS 09/15/2026 to 14 mm R parietal lesion": treated in the note
    return givenBrainTreatment(note) ? MetStatus.TREATED_STABLE : status;
  }

  private static final Pattern BRAIN_TREATMENT = Pattern.compile(
      "\\b(?:SRS|WBRT|radiosurgery|gamma knife|whole[- ]brain\\s+(?:radiation|radiotherapy|RT)|craniotomy)\\b", Pattern.CASE_INSENSITIVE);

  /** What may stand between a brain treatment and its date: a few separators, or the lesions it was given to. */
  private static final Pattern TREATMENT_TO_DATE = Pattern.compile(
      "(?i)[\\s(:,-]{0,4}|\\s+to\\s+(?:the\\s+)?[a-z][a-z /+-]{0,36}?(?:\\s+on)?[\\s(:,-]{1,4}");

  private static final Pattern UNTREATED = Pattern.compile("(?i)\\buntreated\\b|\\bnot\\s+(?:yet\\s+)?treated\\b");

  /**
   * Whether the note, after the sentence, gives brain-directed treatment with its date written
   * right after it, on or before the note's date ("SRS 10/01/26 to R frontal + L cerebellar
   * lesions"): done, not planned.
   */
  private static boolean datedBrainTreatmentAfter(Snippet s) {
    String note = s.document().note().text();
    java.time.LocalDate noteDate = s.document().note().date();
    Matcher m = BRAIN_TREATMENT.matcher(note).region(s.end(), note.length());
    while (noteDate != null && m.find()) {
      int to = Math.min(note.length(), m.end() + 48);
      int line = note.indexOf('\n', m.end());
      String after = note.substring(m.end(), line >= 0 && line < to ? line : to);
      List<NoteDates.Found> dates = NoteDates.find(after);
      // "SRS 07/14/2026", "SRS to cerebellar lesion 07/14/2026": the date of the treatment, next to it or to its target
      if (!dates.isEmpty() && TREATMENT_TO_DATE.matcher(after.substring(0, dates.get(0).start())).matches() && given(note, m)
          && !StatedDates.earliest(dates.get(0).first()).isAfter(noteDate)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the note says brain-directed treatment was given (not withheld, planned or conditional). */
  private static boolean givenBrainTreatment(String note) {
    Matcher m = BRAIN_TREATMENT.matcher(note);
    while (m.find()) {
      if (given(note, m)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the treatment word matched is given: not withheld, planned or conditional by the words around it. */
  private static boolean given(String text, Matcher m) {
    String before = text.substring(Math.max(0, m.start() - 24), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 16));
    return !notGivenBefore(text, m.start(), before) && !NOT_GIVEN_AFTER.matcher(after).lookingAt();
  }

  /** A word before a treatment that withholds or conditions it; an arrow only after an "if" ("if progression -> SRS"). */
  private static boolean notGivenBefore(String text, int at, String before) {
    Matcher n = NOT_GIVEN_BEFORE.matcher(before);
    if (!n.find()) {
      return false;
    }
    if (!n.group().contains("->")) {
      return true;
    }
    int clause = Math.max(Math.max(text.lastIndexOf('.', at), text.lastIndexOf(';', at)), text.lastIndexOf('\n', at)) + 1;
    return IF.matcher(text.substring(clause, at)).find();
  }

  private static final Pattern IF = Pattern.compile("(?i)\\bif\\b");

  /**
   * ACTIVE when the sentence calls the lesions new, untreated, growing or symptomatic (unless
   * they are also treated and stable and the active word is not right before them);
   * TREATED_STABLE when it says they were treated or are stable; UNKNOWN when it says neither.
   */
  static MetStatus brainStatus(String sentence, int start, int end) {
    String before = sentence.substring(Math.max(0, start - 40), start);
    String after = sentence.substring(end, afterEnd(sentence, end));
    boolean activeBefore = ACTIVE_STARTS.find(ACTIVE.matcher(before), before, 0);
    boolean active = activeBefore || ACTIVE_STARTS.find(ACTIVE.matcher(after), after, 0);
    boolean treated = treated(sentence);
    boolean stable = STABLE_STARTS.find(STABLE.matcher(sentence), sentence, 0);
    if (active && !(treated && stable && !activeBefore)) {
      return MetStatus.ACTIVE;
    }
    if (treated || stable) {
      return MetStatus.TREATED_STABLE;
    }
    return MetStatus.UNKNOWN;
  }

  /** A treatment word that is not withheld, planned or conditional ("no SRS for now", "if progression -> SRS"). */
  private static boolean treated(String sentence) {
    Matcher m = TREATED.matcher(sentence);
    for (int at = 0; TREATED_STARTS.find(m, sentence, at); at = m.end()) {
      if (given(sentence, m)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern NOT_GIVEN_BEFORE = Pattern.compile(
      "(?:\\b(?:no|without|defer\\w*|if|consider\\w*|plan\\w*|awaiting|for|candidate for|vs\\.?|versus|recommend\\w*|options?|discuss\\w*|offer\\w*|refer\\w*)|->)\\s*(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_GIVEN_AFTER = Pattern.compile(
      "\\s*(?:\\(?\\w+\\)?\\s+)?(?:is\\s+)?(?:scheduled|planned|planning|recommended|pending|if)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * How far after the lesions their description reaches: 20 characters, or to the end of a
   * parenthesis that opens right after them ("4 brain mets (largest 2.3 cm, symptomatic)").
   */
  private static int afterEnd(String sentence, int end) {
    int limit = Math.min(sentence.length(), end + 20);
    int open = end;
    while (open < sentence.length() && sentence.charAt(open) == ' ') {
      open++;
    }
    if (open < sentence.length() && sentence.charAt(open) == '(') {
      int close = sentence.indexOf(')', open);
      if (close > 0 && close - open <= 80) {
        return Math.max(limit, close);
      }
    }
    return limit;
  }

  private static String canonical(String site) {
    return switch (site) {
      case "hepatic" -> "liver";
      case "osseous", "bones" -> "bone";
      case "pulmonary", "lungs" -> "lung";
      case "adrenals" -> "adrenal";
      case "peritoneum" -> "peritoneal";
      case "pleura" -> "pleural";
      default -> site;
    };
  }
}
