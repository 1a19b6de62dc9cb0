package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a criterion that no rule consumed and that carry meaning: everything left after
 * masking, minus function words and the wording criteria wrap around a concept ("patients with
 * histologically confirmed", "must have", "known"). Qualifiers that narrow a concept ("severe",
 * "uncontrolled") are reported apart from other content.
 */
final class Residue {
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9'-]*[a-z0-9]|[a-z]");
  private static final Set<String> FLUFF = set(
      // function words
      "the", "and", "for", "with", "without", "who", "whom", "whose", "which", "that", "this", "these", "those", "than", "then",
      "are", "was", "were", "has", "have", "had", "having", "been", "being", "will", "would", "shall", "should", "must", "may",
      "can", "could", "does", "did", "not", "nor", "any", "all", "each", "both", "either", "neither", "other", "another", "such", "from",
      "into", "onto", "upon", "per", "via", "their", "they", "them", "his", "her", "its", "one", "two", "three", "more", "less",
      "least", "most", "also", "only", "well", "yet", "within", "over", "under", "after", "before", "prior", "during", "since",
      "until", "following", "based", "between", "among", "any", "some", "being", "etc", "including", "include", "includes", "included", "e.g", "i.e", "defined", "following:",
      "there", "where", "when", "while", "whether", "because", "due", "about", "above", "below", "least", "equal", "greater",
      "lower", "higher", "same", "either", "via", "along", "as", "by", "at", "to", "of", "in", "on", "or", "an", "is", "be",
      "it", "if", "no", "any", "all", "out", "off", "own", "per", "his", "her", "non", "vs", "versus", "plus", "if",
      // assays and how a result was obtained
      "ihc", "ish", "fish", "sish", "cish", "immunohistochemistry", "hybridization", "situ", "assay", "assays", "ngs", "pcr",
      "sequencing", "validated", "approved", "fda-approved", "certified", "clia", "qualified", "accredited", "clia-certified", "shown", "next-generation", "equivalently", "laboratory", "laboratories", "22c3", "sp263", "sp142", "28-8", "exon",
      "non-infectious", "noninfectious", "biopsy-proven", "measured", "methods", "method",
      "hbsag", "reactive", "rna", "dna", "detected", "detectable", "undetectable", "viral", "load", "antibody", "antibodies",
      "serology", "seropositive", "seronegative", "amplified", "non-amplified", "tissue", "sample", "samples", "specimen",
      "blood", "plasma", "molecular", "radiographic", "radiographically", "radiological", "radiologic", "objective",
      "imaging", "example", "examples", "instance", "neoadjuvant", "adjuvant", "neo-adjuvant", "perioperative", "either",
      "curative", "intent", "cannot", "amenable", "corticosteroids", "corticosteroid", "steroid", "steroids",
      "anticonvulsants", "anticonvulsant", "antiepileptics", "antiepileptic", "anti-epileptic",
      "immunosuppressive", "disease-modifying", "drugs", "drug", "medication", "medications", "anti", "mutated", "mutant",
      "identified", "remained", "remain", "remains", "given", "most", "recent", "otherwise", "meaning", "defined",
      "carries", "carry", "carrying", "harbors", "harbor", "harbour", "harbours", "harboring", "harbouring", "confer",
      "confers", "conferring", "sensitivity", "sensitive", "alone", "together", "medical", "needed", "need", "needs", "longer",
      "illness", "illnesses", "take", "taking", "meaning", "whose", "what", "how", "who", "eg",
      // criteria wrapping
      "patient", "patients", "subject", "subjects", "participant", "participants", "individual", "individuals", "person",
      "persons", "people", "adult", "adults", "volunteer", "volunteers", "case", "cases", "candidate", "candidates",
      "presents", "history", "known", "documented", "documentation", "confirmed", "confirmation", "proven", "histologically", "histological",
      "histologic", "cytologically", "cytological", "pathologically", "pathological", "pathology", "radiologically",
      "clinically", "clinical", "diagnosis", "diagnosed", "diagnoses", "evidence", "presence", "present", "current", "currently",
      "previous", "previously", "existing", "pre-existing", "suspected", "suspicion", "presumed", "established", "new", "newly", "active",
      "ongoing", "disease", "diseases", "condition", "conditions", "disorder", "disorders", "status", "positive", "negative",
      "eligible", "eligibility", "criteria", "criterion", "inclusion", "exclusion", "excluded", "include", "study", "trial",
      "entry", "enrollment", "enrolment", "enrolled", "enrol", "enroll", "registration", "randomization", "randomisation", "screening", "baseline",
      "time", "date", "day", "days", "week", "weeks", "month", "months", "year", "years", "old", "age", "aged", "ages",
      "male", "males", "female", "females", "men", "women", "woman", "man", "gender", "sex", "either", "require", "required",
      "requires", "requiring", "needing", "allowed", "permitted", "acceptable", "meet", "meets", "fulfil", "fulfill", "following",
      "receive", "received", "receiving", "treated", "treatment", "treatments", "therapy", "therapies", "line", "lines",
      "regimen", "regimens", "systemic", "standard", "agent", "agents", "prior", "documented", "tested", "testing", "test", "tests",
      "result", "results", "report", "reported", "local", "central", "laboratory", "assessed", "assessment", "determined",
      "measured", "according", "investigator", "tumor", "tumour", "tumors", "tumours", "cancer", "cancers", "carcinoma",
      "malignancy", "disease", "lesion", "lesions", "mutation", "mutations", "alteration", "alterations", "expression",
      "score", "level", "levels", "value", "values", "least", "minimum", "maximum", "approximately", "ability", "able",
      "willing", "unable", "unwilling", "signed", "sign", "provide", "written", "form", "stage", "type", "types", "setting",
      "note", "please", "see", "section", "protocol", "defined", "definition", "term", "terms", "exception", "except",
      "unless", "besides", "provided", "group", "cohort", "arm", "part", "phase", "part", "use", "used", "using", "also", "like", "other",
      "others", "otherwise", "specified", "specific", "relevant", "appropriate", "adequate",
      "sufficient", "evaluation", "evaluated", "available", "availability", "obtained", "obtain", "first", "second",
      "third", "last", "past", "recent", "recently", "documented", "days", "hours", "dose", "doses", "dosing", "primary",
      "advanced", "local", "locally", "recurrent", "metastatic", "unresectable", "inoperable", "relapsed", "refractory",
      "progressive", "progression", "progressed", "progressing", "recurred", "after", "least",
      // how a finding was established or stated, which does not change who qualifies
      "uicc", "ajcc", "edition", "classification", "guidelines", "guideline", "found", "seropositivity", "total", "combination", "earlier",
      "intolerance", "intolerant", "start", "exclude", "rule", "pathologically-confirmed", "histologically-confirmed", "cytologically-confirmed", "performed",
      "examination", "histopathology", "histopathological", "histology", "cytology", "possibly", "randomized", "randomised", "exposure", "exposed", "incurable", "highly-effective", "addition");
  private static final Set<String> QUALIFIERS = set(
      "severe", "uncontrolled", "unstable", "symptomatic", "chronic", "acute", "mild", "moderate", "serious", "major", "minor",
      "poorly", "controlled", "stable", "untreated", "persistent", "significant", "significantly", "clinically-significant",
      "life-threatening", "grade", "moderate-to-severe", "decompensated", "compensated", "end-stage");

  private Residue() {}

  private static Set<String> set(String... words) {
    return Set.copyOf(new java.util.HashSet<>(List.of(words)));
  }

  /** Content words left in {@code masked}, qualifiers excluded, in order, without repeats. */
  static List<String> content(String masked) {
    return words(masked, false);
  }

  private static final Pattern SHORT_ACRONYM = Pattern.compile("(?<![\\p{L}\\d-])\\p{Lu}{2}(?![\\p{L}\\d-])");
  /** Two capitals that are English words, roman numerals or units, not names of a concept. */
  private static final Set<String> SHORT_WORDS = set(
      "OR", "AND", "NO", "AN", "IN", "OF", "TO", "AT", "BY", "ON", "IS", "BE", "AS", "IF", "II", "IV", "VI", "XI", "MM", "CM", "ML", "KG", "MG", "DL");

  /**
   * Capitalised two-letter words left in {@code masked} ("metastatic PC"): too short for the
   * content check, but an acronym of a concept as often as not.
   */
  static List<String> acronyms(String masked) {
    List<String> out = new ArrayList<>();
    Matcher m = SHORT_ACRONYM.matcher(masked);
    while (m.find()) {
      if (!SHORT_WORDS.contains(m.group()) && !out.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
        out.add(m.group().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  /** Qualifier words left in {@code masked} ("severe", "uncontrolled"). */
  static List<String> qualifiers(String masked) {
    return words(masked, true);
  }

  private static List<String> words(String masked, boolean qualifiers) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(masked);
    while (m.find()) {
      String w = m.group();
      if (w.length() < 3 || FLUFF.contains(w) || out.contains(w)) {
        continue;
      }
      if (QUALIFIERS.contains(w) == qualifiers) {
        out.add(w);
      }
    }
    return out;
  }
}
