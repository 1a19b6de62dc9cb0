package org.eligo.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Labs;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Laboratory thresholds: an analyte of lexicons/labs.tsv (or "transaminases", which is AST and
 * ALT), then a comparison, a number and a unit or a multiple of the upper limit of normal: "ANC ≥
 * 1.5 × 10^9/L", "absolute neutrophil count >= 1,500/mm3", "platelets ≥ 100,000/µL", "hemoglobin ≥
 * 9 g/dL (5.6 mmol/L)", "total bilirubin ≤ 1.5 × ULN", "creatinine clearance ≥ 50 mL/min
 * (Cockcroft-Gault)", "albumin ≥ 3 g/dL", "1.5 × 10^9/L or more". Each becomes a {@link
 * Predicate.Lab} in the analyte's canonical unit; a ULN multiple stays a multiple and carries the
 * lexicon's default ULN. Written units convert as follows (results rounded to three decimals, as
 * note values are):
 *
 * <ul>
 *   <li>counts (10^9/L): × 10^9/L, G/L, × 10^3/µL, K/µL as they are; /µL = /mm3 = 10^6/L, so
 *       1,500/mm3 = 1.5 × 10^9/L; × 10^6/L divided by 1000;
 *   <li>hemoglobin, albumin (g/dL): g/L divided by 10; g% is g/dL; hemoglobin mmol/L divided by
 *       0.6206 (5.6 mmol/L = 9.02 g/dL);
 *   <li>creatinine (mg/dL): µmol/L divided by 88.4; bilirubin (mg/dL): µmol/L divided by 17.1;
 *       magnesium (mg/dL): mmol/L times 2.431;
 *   <li>AST, ALT (U/L): IU/L as it is; creatinine clearance (mL/min): mL/min/1.73 m² as it is.
 * </ul>
 *
 * A number without a unit is read in the unit its size implies, as in notes (ANC 1500 is /µL,
 * hemoglobin 90 is g/L), and noted. A unit that does not fit the analyte ("hemoglobin ≥ 10 mg/dL")
 * or a ULN multiple of an analyte without a default ULN leaves a gap: the criterion is not
 * computable, with the reason.
 *
 * <p>Analytes listed before one limit ("AST and ALT ≤ 2.5 × ULN", "AST/ALT", "transaminases")
 * must all be within it when the limit is on the acceptable side (an upper limit of creatinine,
 * bilirubin, AST, ALT; a lower limit of the others); any of them beyond it counts when the limit
 * is on the abnormal side ("AST or ALT &gt; 3 × ULN" in an exclusion). A conditional limit after
 * the first ("or ≤ 5 × ULN with liver metastases", "(≤ 3 × ULN for Gilbert's syndrome)", "unless
 * Gilbert's syndrome") becomes an alternative: {@code AnyOf(base, AllOf(relaxed limit,
 * condition))}, the condition being liver metastases (any status) or the condition "Gilbert
 * syndrome". A conditional limit on the abnormal side is a gap: an exclusion would assume the
 * condition absent when no note mentions it. "X (or Y)" of two limits is {@code AnyOf(X, Y)}.
 * Captions such as "adequate organ function defined by the following laboratory values" are
 * consumed once a limit is read.
 */
final class LabRule implements Rule {
  private static final String OP = "(≥|>\\s*=|=>|greater than or equal to|more than or equal to|equal to or greater than|"
      + "equal or greater than|equal to or more than|equal to or above|at or above|at least|no less than|not less than|no lower than|"
      + "not lower than|minimum(?: of)?)"
      + "|(>|greater than|more than|higher than|above|over|exceeding|in excess of)"
      + "|(≤|<\\s*=|=<|less than or equal to|equal to or less than|equal or less than|equal to or below|no more than|"
      + "at or below|not more than|no greater than|not greater than|no higher than|not higher than|not exceeding|not to exceed|"
      + "does not exceed|at most|maximum(?: of)?|up to)"
      + "|(<|less than|lower than|below|under)";
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+,\\d{1,2}(?![\\d,])|\\d+(?:\\.\\d+)?|\\.\\d+)";
  /** Words between an analyte and its limit: "(Cockcroft-Gault)", "count", "level of", "must be", ":". */
  private static final String FILLER = "[\\s)\\]]*(?:\\([^()\\d]{1,40}\\)\\s*)?(?:(?:counts?|levels?|concentrations?|values?|results?)\\s*)?"
      + "(?:\\([^()\\d]{1,40}\\)\\s*)?(?:(?:must|should|has to|needs to|shall) be\\s+|(?:is|are)\\s+|of\\s+|[:=]\\s*|-\\s+)?";
  private static final Pattern LEAD = Pattern.compile(FILLER + "(?:" + OP + ")(?![a-z])\\s*(?:of\\s+|:\\s*)?");
  private static final Pattern BARE_LEAD = Pattern.compile(FILLER);
  private static final Pattern OP_ONLY = Pattern.compile("\\s*(?:" + OP + ")(?![a-z])\\s*(?:of\\s+)?");
  private static final Pattern NUMBER = Pattern.compile(NUM);
  private static final Pattern ULN = Pattern.compile("\\s*(?:[x×*]|times|-?fold)?\\s*(?:the\\s+)?(?:institutional\\s+|upper\\s+)?"
      + "(?:uln|upper limits? of (?:the\\s+)?(?:institutional\\s+)?normal(?:\\s+range)?|normal upper limit|upper normal limit|"
      + "(?:maximum|upper) normal value)(?:\\s*\\(uln\\))?"
      + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:institution|laboratory|local laboratory|reference range))?");
  /** The lower limit of normal: "LLN", "the lower limit of normal", "institutional lower limit of normal". */
  private static final Pattern LLN = Pattern.compile("\\s*(?:[x×*]|times|-?fold)?\\s*(?:the\\s+)?(?:institutional\\s+|lower\\s+)?"
      + "(?:lln|lower limits? of (?:the\\s+)?(?:institutional\\s+)?normal(?:\\s+range)?|normal lower limit|lower normal limit|"
      + "(?:minimum|lower) normal value)(?:\\s*\\(lln\\))?"
      + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:institution|laboratory|local laboratory|reference range))?");
  /** The unit a {@link Limit} carries for a multiple of the lower limit of normal. */
  private static final String LLN_UNIT = Predicate.Lab.TIMES_LLN;
  private static final Pattern SUFFIX = Pattern.compile(
      "\\s*(?:(or (?:more|greater|higher|above|over)|and (?:above|over))|(or (?:less|lower|below|under)|and (?:below|under)))(?![a-z])");
  /** Something shaped like a unit that no conversion knows: "mg/mL", "ng/dL", "%". */
  private static final Pattern UNIT_LIKE = Pattern.compile(
      "\\s*(?!and/|or/)(?:[a-zµμ][a-zµμ0-9^*]{0,8}\\s*/\\s*[a-zµμ0-9.³]{1,8}|%|(?:mg|gm?|ng|mmol|[uµμ]mol|iu|ml|mm|ms|sec)(?![a-z]))");
  private static final Pattern ALT_UNIT_OPEN = Pattern.compile("\\s*[(\\[]\\s*(?:or\\s+)?(?:(?:" + OP + ")(?![a-z])\\s*)?");
  private static final Pattern CLOSE = Pattern.compile("\\s*[)\\]]");
  private static final Pattern METHOD = Pattern.compile("\\s*(?:(\\()|,\\s*)?\\s*(?:(?:as\\s+)?(?:measured or calculated|calculated or measured|calculated|estimated|measured|determined)\\s+)?"
      + "(?:(?:by|per|using|according to|with|via)\\s+)?(?:the\\s+)?(?:modified\\s+)?(?:cockcroft[- ]?(?:and[- ])?gault|mdrd|ckd[- ]?epi)"
      + "(?:\\s+(?:formula|equation|method))?");

  private static final String CONDITION = "((?:liver|hepatic)[- ](?:metastas[ie]s|mets|involvement|lesions?)"
      + "|(?:metastas[ie]s|metastatic disease|tumou?r involvement|involvement)\\s+(?:to|in|of|involving)\\s+(?:the\\s+)?liver"
      + "|gilbert'?s?(?:'s)?(?:\\s+(?:syndrome|disease))?)";
  private static final String WHO = "(?:(?:patients?|subjects?|participants?|those|cases|individuals)\\s+(?:with|who have|having)\\s+)?"
      + "(?:(?:known|documented|confirmed|proven|presence of|the presence of|evidence of|due to|caused by)\\s+)?";
  private static final String INTRO = "(?:in the presence of|in (?:the )?case of|with|for|in|if|when|where|among)";
  private static final Pattern ALT_OPEN = Pattern.compile("\\s*(?:[,;]\\s*)?([(\\[])?\\s*(?:(?:or|and/or)\\s*,?\\s*)?");
  private static final Pattern CONDITION_AFTER = Pattern.compile(
      "\\s*,?\\s*" + INTRO + "\\s+" + WHO + CONDITION + "(?:\\s+(?:is|are)\\s+present)?");
  private static final Pattern CONDITION_BEFORE = Pattern.compile(
      "(?:(unless|except (?:for |in )?)|" + INTRO + ")\\s+" + WHO + CONDITION
          + "(?:\\s+(?:is|are)\\s+present)?\\s*(?:[,:]\\s*)?(?:(?:in which case|then|where|when)\\s*,?\\s*)?");
  private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[;,)\\]]|\\.(?!\\d)|$)");

  private static final Pattern JOIN = Pattern.compile("^[\\s,/&()\\[\\]]*(?:(?:and/or|and|or|as well as)[\\s,/&()\\[\\]]*)?$");
  private static final Pattern TRANSAMINASES = Pattern.compile(
      "\\b(?:(?:serum|liver)\\s+)?(?:transaminases|aminotransferases|liver transaminases|liver enzymes)\\b");
  private static final Pattern MODIFIERS = Pattern.compile(
      "(?:(?:serum|plasma|blood|total|calculated|estimated|measured|absolute|baseline)\\s+)+$");
  /** Other measurements named after an analyte: HbA1c, direct bilirubin, urine creatinine. */
  private static final Pattern OTHER_BEFORE = Pattern.compile("(?:glycated|glycosylated|direct|conjugated|indirect|unconjugated|urine|urinary)\\s+$");
  private static final Pattern OTHER_AFTER = Pattern.compile("^\\s*a\\s?1\\s?c");
  private static final Pattern LIST = Pattern.compile("^\\s*[;,]\\s*(?:(?:and/or|or|and)\\s+)?$");
  private static final Pattern OR_PAREN = Pattern.compile("^\\s*[(\\[]\\s*(?:or|and/or)\\s*$");
  private static final String SYSTEM = "(?:(?:bone\\s+)?marrow|ha?ematolog\\w*|ha?ematopoietic|renal|kidney|hepatic|liver|pancreatic|end[- ]organ|organ)";
  /** The wording around a list of limits, consumed once a limit is read. */
  private static final Pattern CAPTION = Pattern.compile(
      "\\b(?:(?:adequate|acceptable|sufficient|normal|satisfactory|inadequate|insufficient|abnormal)\\s+)?" + SYSTEM + "(?:\\s*(?:,|/|&|and|or)\\s*(?:and\\s+)?" + SYSTEM + ")*"
          + "\\s+(?:functions?|reserve|parameters?)\\b|\\b(?:laboratory|lab)\\s+(?:values?|tests?|results?|parameters?|criteria|findings)\\b"
          + "|\\b" + SYSTEM + "\\s+(?:impairment|dysfunction|insufficiency)\\s*(?=[(:])"
          + "|\\b(?:laboratory|lab)\\s+abnormalit(?:y|ies)\\b|\\blaboratory\\b|\\bblood counts?\\b|\\bas follows\\b");
  /** Support the limit must hold without, noted and not checked: "without growth factor support". */
  private static final Pattern SUPPORT = Pattern.compile(
      "\\s*,?\\s*\\(?(?:without|independent of|no)\\s+(?:(?:the\\s+)?(?:need for|use of)\\s+)?(?:(?:ha?ematopoietic|myeloid)\\s+)?"
          + "(?:growth factors?|g-csf|transfusions?|(?:blood|platelet|red (?:blood )?cell) transfusions?)(?:\\s+(?:support|or (?:growth factors?|transfusions?)))*\\)?");

  /** A written unit that converts to {@code canonical} (for {@code analyte} only, or any when null) by {@code factor}. */
  private record Conversion(String canonical, String analyte, Pattern written, double factor) {
    Conversion(String canonical, String analyte, String written, double factor) {
      this(canonical, analyte, Pattern.compile(written), factor);
    }
  }

  private static final String PER = "\\s*(?:/|per)\\s*";
  private static final String LITRE = "(?:l|lit(?:er|re)s?)(?![a-z])";
  private static final String MICROLITRE = "(?:[uµμ]l|mcl|micro-?lit(?:er|re)s?|microl|mm3|mm³|mm\\^3|cu\\.?\\s?mm|cmm)(?![a-z])";
  private static final String CELL_WORD = "(?:cells|platelets|neutrophils)";
  private static final String CELLS = "(?:\\s*" + CELL_WORD + ")?";
  private static final String MICROMOL = "(?:[uµμ]|micro|mc)\\s*mol" + PER + LITRE;

  private static String power(String exponent) {
    return "(?:[x×*]\\s*)?10\\s*(?:\\^|\\*{1,2}|e)?\\s*" + exponent + CELLS;
  }

  private static final List<Conversion> CONVERSIONS = List.of(
      new Conversion("10^9/L", null, power("[9⁹]") + PER + LITRE, 1),
      new Conversion("10^9/L", null, power("[3³]") + PER + MICROLITRE, 1),
      new Conversion("10^9/L", null, "k" + PER + MICROLITRE, 1),
      new Conversion("10^9/L", null, "g" + PER + LITRE, 1),
      new Conversion("10^9/L", null, power("[6⁶]") + PER + LITRE, 0.001),
      new Conversion("10^9/L", null, CELL_WORD + "?" + PER + MICROLITRE, 0.001),
      new Conversion("g/dL", null, "(?:g|gm|gr|grams?)" + PER + "(?:dl|deci-?lit(?:er|re))(?![a-z])|(?:g|gm|gr)\\s*%", 1),
      new Conversion("g/dL", null, "(?:g|gm|gr|grams?)" + PER + LITRE, 0.1),
      new Conversion("g/dL", "hemoglobin", "mmol" + PER + LITRE, 1 / 0.6206),
      new Conversion("mg/dL", null, "mg" + PER + "(?:dl|deci-?lit(?:er|re))(?![a-z])|mg\\s*%", 1),
      new Conversion("mg/dL", "creatinine", MICROMOL, 1 / 88.4),
      new Conversion("mg/dL", "bilirubin", MICROMOL, 1 / 17.1),
      new Conversion("mg/dL", "magnesium", "mmol" + PER + LITRE, 2.431),
      new Conversion("U/L", null, "(?:i\\.?u\\.?|u|units?)" + PER + LITRE, 1),
      new Conversion("mL/min", null, "(?:ml|cc)" + PER + "min(?:ute)?s?(?:\\s*/\\s*1\\.73\\s*m(?:2|²|\\^2))?(?![a-z])", 1),
      new Conversion("ng/mL", null, "ng" + PER + "(?:ml|milli-?lit(?:er|re))(?![a-z])|(?:[uµμ]|micro|mc)g" + PER + LITRE, 1));

  /** An analyte named at {@code [start, end)}. */
  private record Mention(Labs.Analyte analyte, int start, int end) {}

  /** A limit as written: comparison, number, unit text (null when none), whether a ULN multiple, end offset. */
  private record Limit(String comparison, double number, String unit, boolean uln, int end) {}

  /** A limit read for one analyte: the predicate, or the problem that prevents one; a note on an assumption. */
  private record Read(Predicate.Lab lab, String problem, String note) {}

  /** A part read here and whether its limits state the acceptable side. */
  private record Found(Part part, boolean acceptable) {}

  /** A conditional limit after the first: the alternative it allows, or the problem that prevents one; its end. */
  private record Alternative(Predicate predicate, String problem, int end) {}

  private final Labs labs;
  private final PhraseMatcher<Labs.Analyte> names;

  LabRule(Labs labs) {
    this.labs = labs;
    this.names = labs.matcher();
  }

  @Override
  public void apply(Sentence s, Reading reading) {
    String lower = s.lower();
    List<Found> found = new ArrayList<>();
    boolean gaps = false;
    for (List<Mention> group : groups(mentions(s, lower), lower)) {
      Mention last = group.get(group.size() - 1);
      Limit limit = readLimit(lower, last.end(), true);
      if (limit == null) {
        continue;
      }
      int start = group.get(0).start();
      List<Labs.Analyte> analytes = group.stream().map(Mention::analyte).distinct().toList();
      List<Read> reads = analytes.stream().map(a -> read(a, limit)).toList();
      int end = afterLimit(lower, limit.end(), analytes.get(0));
      Set<String> notes = new LinkedHashSet<>();
      Matcher support = SUPPORT.matcher(lower);
      support.region(end, lower.length());
      if (support.lookingAt()) {
        notes.add("not checked: " + lower.substring(end, support.end()).replaceAll("[(),]", "").trim());
        end = support.end();
      }
      String problem = reads.stream().map(Read::problem).filter(p -> p != null).findFirst().orElse(null);
      if (problem != null) {
        reading.gap("LAB", problem);
        s.mask(start, end);
        gaps = true;
        continue;
      }
      List<Predicate> base = reads.stream().map(r -> (Predicate) r.lab()).toList();
      boolean acceptable = acceptable(analytes.get(0), reads.get(0).lab());
      Predicate predicate = join(base, acceptable);
      reads.stream().map(Read::note).filter(n -> n != null).forEach(notes::add);
      Alternative alternative = alternative(lower, end, analytes, acceptable);
      if (alternative != null && alternative.problem() != null) {
        reading.gap("LAB", alternative.problem());
        s.mask(start, alternative.end());
        gaps = true;
        continue;
      }
      if (alternative != null) {
        predicate = new Predicate.AnyOf(List.of(predicate, alternative.predicate()));
        end = alternative.end();
      }
      s.mask(start, end);
      found.add(new Found(new Part(predicate, start, end, notes.isEmpty() ? null : String.join("; ", notes)), acceptable));
    }
    for (Part p : abnormalLists(orInParentheses(found, lower), lower)) {
      reading.add(p);
    }
    if (!found.isEmpty() || gaps) {
      Set<String> read = new java.util.HashSet<>();
      found.forEach(f -> analytes(f.part().predicate(), read));
      Matcher c = CAPTION.matcher(s.lower());
      while (c.find()) {
        // "Normal renal function with PSA below 4 ng/mL": a caption of organs none of the limits read is no caption of them
        if (gaps || captionOf(c.group(), read)) {
          s.mask(c.start(), c.end());
        }
      }
    }
  }

  /** The analytes each organ's function is read from; the blood's blast count and PSA are no organ's function. */
  private static final Map<String, Set<String>> ORGAN_ANALYTES = Map.of(
      "marrow", Set.of("ANC", "ALC", "WBC", "platelets", "hemoglobin"),
      "renal", Set.of("creatinine", "creatinine clearance", "eGFR"),
      "hepatic", Set.of("bilirubin", "AST", "ALT", "albumin"),
      "pancreatic", Set.of("lipase", "amylase"));
  private static final Pattern ORGAN_WORD = Pattern.compile(
      "\\b(?:(?:bone\\s+)?marrow|ha?ematolog\\w*|ha?ematopoietic|blood counts?)\\b|\\b(?:renal|kidney)\\b|\\b(?:hepatic|liver)\\b|\\bpancreatic\\b"
          + "|\\b(?:end[- ]organ|organ)\\b");

  /** Whether a caption names no organ, or an organ one of {@code read} tells the function of. */
  private static boolean captionOf(String caption, Set<String> read) {
    Matcher m = ORGAN_WORD.matcher(caption);
    boolean organs = false;
    while (m.find()) {
      organs = true;
      String w = m.group();
      String organ = w.matches(".*(?:marrow|emato|blood).*") ? "marrow" : w.matches("renal|kidney") ? "renal"
          : w.matches("hepatic|liver") ? "hepatic" : w.equals("pancreatic") ? "pancreatic" : null;
      if (organ == null ? read.stream().anyMatch(a -> ORGAN_ANALYTES.values().stream().anyMatch(v -> v.contains(a)))
          : read.stream().anyMatch(ORGAN_ANALYTES.get(organ)::contains)) {
        return true;
      }
    }
    return !organs;
  }

  private static void analytes(Predicate p, Set<String> out) {
    if (p instanceof Predicate.Lab l) {
      out.add(l.analyte());
    } else if (p instanceof Predicate.AllOf a) {
      a.parts().forEach(x -> analytes(x, out));
    } else if (p instanceof Predicate.AnyOf a) {
      a.parts().forEach(x -> analytes(x, out));
    } else if (p instanceof Predicate.Qualified q) {
      analytes(q.part(), out);
    }
  }

  /** Analyte names in text order, widened over modifiers ("serum", "total"), without other measurements. */
  private List<Mention> mentions(Sentence s, String lower) {
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<Labs.Analyte> m : names.findAll(s.cased())) {
      String before = lower.substring(Math.max(0, m.start() - 40), m.start());
      if (OTHER_BEFORE.matcher(before).find() || OTHER_AFTER.matcher(lower.substring(m.end())).find()) {
        continue;
      }
      Matcher mod = MODIFIERS.matcher(before);
      out.add(new Mention(m.value(), mod.find() ? m.start() - (before.length() - mod.start()) : m.start(), m.end()));
    }
    Matcher t = TRANSAMINASES.matcher(lower);
    while (t.find()) {
      out.add(new Mention(labs.analyte("AST").orElseThrow(), t.start(), t.end()));
      out.add(new Mention(labs.analyte("ALT").orElseThrow(), t.start(), t.end()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Runs of analytes joined only by "and", "or", "/", commas or parentheses share the limit after the last. */
  private static List<List<Mention>> groups(List<Mention> mentions, String lower) {
    List<List<Mention>> out = new ArrayList<>();
    List<Mention> run = new ArrayList<>();
    for (Mention m : mentions) {
      if (!run.isEmpty()) {
        Mention prev = run.get(run.size() - 1);
        boolean joined = m.start() <= prev.end() || JOIN.matcher(lower.substring(prev.end(), m.start())).matches();
        if (!joined) {
          out.add(run);
          run = new ArrayList<>();
        }
      }
      run.add(m);
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  /** The limit at {@code from}: "≥ 1.5 × 10^9/L", "≤ ULN", "1,500/mm3 or more"; null when none. */
  private static Limit readLimit(String lower, int from, boolean filler) {
    Matcher lead = (filler ? LEAD : OP_ONLY).matcher(lower);
    lead.region(from, lower.length());
    if (lead.lookingAt()) {
      String comparison = comparison(lead);
      Matcher uln = ULN.matcher(lower);
      uln.region(lead.end(), lower.length());
      if (uln.lookingAt()) {
        return new Limit(comparison, 1, null, true, uln.end());
      }
      Matcher lln = LLN.matcher(lower);
      lln.region(lead.end(), lower.length());
      if (lln.lookingAt()) {
        return new Limit(comparison, 1, LLN_UNIT, false, lln.end());
      }
      return number(lower, lead.end(), comparison);
    }
    if (!filler) {
      return null;
    }
    Matcher bare = BARE_LEAD.matcher(lower);
    bare.region(from, lower.length());
    if (!bare.lookingAt()) {
      return null;
    }
    Limit written = number(lower, bare.end(), null);
    if (written == null) {
      return null;
    }
    Matcher suffix = SUFFIX.matcher(lower);
    suffix.region(written.end(), lower.length());
    if (!suffix.lookingAt()) {
      return null;
    }
    return new Limit(suffix.group(1) != null ? "≥" : "≤", written.number(), written.unit(), written.uln(), suffix.end());
  }

  private static String comparison(Matcher op) {
    return op.group(1) != null ? "≥" : op.group(2) != null ? ">" : op.group(3) != null ? "≤" : "<";
  }

  /** A number at {@code at} and what follows it: a ULN multiple, a unit, or nothing. */
  private static Limit number(String lower, int at, String comparison) {
    Matcher n = NUMBER.matcher(lower);
    n.region(at, lower.length());
    if (!n.lookingAt()) {
      return null;
    }
    String digits = n.group(1);
    double value = Double.parseDouble(digits.matches("\\d+,\\d{1,2}") ? digits.replace(',', '.') : digits.replace(",", ""));
    Matcher uln = ULN.matcher(lower);
    uln.region(n.end(), lower.length());
    if (uln.lookingAt()) {
      return new Limit(comparison, value, null, true, uln.end());
    }
    Matcher lln = LLN.matcher(lower);
    lln.region(n.end(), lower.length());
    if (lln.lookingAt()) {
      return new Limit(comparison, value, LLN_UNIT, false, lln.end());
    }
    int unitEnd = n.end();
    for (Conversion c : CONVERSIONS) {
      Matcher u = c.written().matcher(lower);
      u.region(skipSpace(lower, n.end()), lower.length());
      if (u.lookingAt() && u.end() > unitEnd) {
        unitEnd = u.end();
      }
    }
    if (unitEnd == n.end()) {
      Matcher other = UNIT_LIKE.matcher(lower);
      other.region(n.end(), lower.length());
      if (other.lookingAt()) {
        unitEnd = other.end();
      }
    }
    String unit = unitEnd == n.end() ? null : lower.substring(n.end(), unitEnd).trim();
    return new Limit(comparison, value, unit, false, unitEnd);
  }

  private static int skipSpace(String lower, int at) {
    while (at < lower.length() && lower.charAt(at) == ' ') {
      at++;
    }
    return at;
  }

  /** The limit for one analyte in its canonical unit. */
  private static Read read(Labs.Analyte a, Limit limit) {
    if (limit.uln()) {
      if (a.uln() == null) {
        return new Read(null, a.name() + " limit as a multiple of ULN, which has no default for " + a.name(), null);
      }
      return new Read(new Predicate.Lab(a.name(), limit.comparison(), limit.number(), Predicate.Lab.TIMES_ULN, a.uln()), null, null);
    }
    if (LLN_UNIT.equals(limit.unit())) {
      // Without a default LLN the predicate still stands: UNKNOWN on any value, with the reason.
      return new Read(new Predicate.Lab(a.name(), limit.comparison(), limit.number(), LLN_UNIT, a.lln()), null,
          a.lln() == null ? "no default lower limit of normal for " + a.name() : null);
    }
    if (limit.unit() == null) {
      double value = round(limit.number() * bareFactor(a, limit.number()));
      return new Read(new Predicate.Lab(a.name(), limit.comparison(), value, a.unit(), null), null,
          "no unit for " + a.name() + " " + trim(limit.number()) + ": read as " + trim(value) + " " + a.unit());
    }
    for (Conversion c : CONVERSIONS) {
      if (c.canonical().equals(a.unit()) && (c.analyte() == null || c.analyte().equals(a.name()))
          && c.written().matcher(limit.unit()).matches()) {
        return new Read(new Predicate.Lab(a.name(), limit.comparison(), round(limit.number() * c.factor()), a.unit(), null), null, null);
      }
    }
    return new Read(null, a.name() + " limit in a unit not known for it ('" + limit.unit() + "')", null);
  }

  /** The unit a bare number's size implies, as LabExtractor reads notes. */
  private static double bareFactor(Labs.Analyte a, double v) {
    return switch (a.unit()) {
      case "10^9/L" -> (a.name().equals("platelets") ? v >= 2000 : v > 100) ? 0.001 : 1;
      case "g/dL" -> v > 25 ? 0.1 : 1;
      case "mg/dL" -> v > 25 ? 1 / (a.name().equals("bilirubin") ? 17.1 : 88.4) : 1;
      default -> 1;
    };
  }

  /** Past the limit: the same limit in another unit "(5.6 mmol/L)" and the clearance method "(Cockcroft-Gault)". */
  private static int afterLimit(String lower, int end, Labs.Analyte a) {
    Matcher open = ALT_UNIT_OPEN.matcher(lower);
    open.region(end, lower.length());
    if (open.lookingAt()) {
      Limit other = number(lower, open.end(), "≥");
      if (other != null && !other.uln() && other.unit() != null && read(a, other).lab() != null) {
        Matcher close = CLOSE.matcher(lower);
        close.region(other.end(), lower.length());
        if (close.lookingAt()) {
          end = close.end();
        }
      }
    }
    Matcher method = METHOD.matcher(lower);
    method.region(end, lower.length());
    if (method.lookingAt()) {
      if (method.group(1) == null) {
        return method.end();
      }
      Matcher close = CLOSE.matcher(lower);
      close.region(method.end(), lower.length());
      if (close.lookingAt()) {
        return close.end();
      }
    }
    return end;
  }

  /** A conditional limit right after the first, or null when there is none. */
  private static Alternative alternative(String lower, int from, List<Labs.Analyte> analytes, boolean acceptable) {
    Matcher open = ALT_OPEN.matcher(lower);
    open.region(from, lower.length());
    if (!open.lookingAt()) {
      return null;
    }
    boolean paren = open.group(1) != null;
    Limit limit = readLimit(lower, open.end(), false);
    Matcher cond;
    if (limit != null) {
      cond = CONDITION_AFTER.matcher(lower);
      cond.region(limit.end(), lower.length());
      if (!cond.lookingAt()) {
        return null;
      }
    } else {
      cond = CONDITION_BEFORE.matcher(lower);
      cond.region(open.end(), lower.length());
      if (!cond.lookingAt()) {
        return null;
      }
      limit = readLimit(lower, cond.end(), false);
      if (limit == null && cond.group(1) == null) {
        return null;
      }
    }
    int end = Math.max(cond.end(), limit == null ? 0 : limit.end());
    Matcher close = (paren ? CLOSE : CLAUSE_END).matcher(lower);
    close.region(end, lower.length());
    if (!close.lookingAt()) {
      return null;
    }
    if (paren) {
      end = close.end();
    }
    String conditionText = cond.group(cond.groupCount());
    if (!acceptable) {
      return new Alternative(null, "conditional limit on an abnormal value (" + conditionText + ")", end);
    }
    Predicate condition = conditionText.startsWith("gilbert")
        ? new Predicate.Condition("Gilbert syndrome")
        : new Predicate.Metastasis("liver", Set.of("ACTIVE", "TREATED_STABLE"));
    if (limit == null) {
      return new Alternative(condition, null, end);
    }
    List<Predicate> parts = new ArrayList<>();
    for (Labs.Analyte a : analytes) {
      Read r = read(a, limit);
      if (r.problem() != null) {
        return new Alternative(null, r.problem(), end);
      }
      parts.add(r.lab());
    }
    parts.add(condition);
    return new Alternative(new Predicate.AllOf(parts), null, end);
  }

  /** Whether a limit states the acceptable side: an upper limit of an analyte that is bad when high, else a lower one. */
  private static boolean acceptable(Labs.Analyte a, Predicate.Lab lab) {
    boolean badWhenHigh = a.uln() != null && a.lln() == null;
    return badWhenHigh == lab.upper();
  }

  private static Predicate join(List<Predicate> labs, boolean acceptable) {
    if (labs.size() == 1) {
      return labs.get(0);
    }
    return acceptable ? new Predicate.AllOf(labs) : new Predicate.AnyOf(labs);
  }

  /** "creatinine ≤ 1.5 mg/dL (or creatinine clearance ≥ 50 mL/min)": either limit. */
  private static List<Found> orInParentheses(List<Found> found, String lower) {
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      Part p = f.part();
      Part prev = out.isEmpty() ? null : out.get(out.size() - 1).part();
      if (prev != null && p.start() > prev.end() && OR_PAREN.matcher(lower.substring(prev.end(), p.start())).matches()) {
        Matcher close = CLOSE.matcher(lower);
        close.region(p.end(), lower.length());
        int end = close.lookingAt() ? close.end() : p.end();
        Part merged = new Part(new Predicate.AnyOf(List.of(prev.predicate(), p.predicate())), prev.start(), end, note(prev, p));
        out.set(out.size() - 1, new Found(merged, f.acceptable()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Limits on the abnormal side listed with commas or semicolons ("ANC &lt; 1.0 × 10^9/L; platelets
   * &lt; 75 × 10^9/L") are alternatives: any one of them is abnormal. Lists on the acceptable side
   * are left to the parser, which reads them as all of them.
   */
  private static List<Part> abnormalLists(List<Found> found, String lower) {
    List<Part> out = new ArrayList<>();
    Found prev = null;
    for (Found f : found) {
      Part last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && !prev.acceptable() && !f.acceptable() && f.part().start() >= last.end()
          && LIST.matcher(lower.substring(last.end(), f.part().start())).matches()) {
        List<Predicate> alternatives = new ArrayList<>();
        for (Predicate p : List.of(last.predicate(), f.part().predicate())) {
          alternatives.addAll(p instanceof Predicate.AnyOf any ? any.parts() : List.of(p));
        }
        out.set(out.size() - 1, new Part(new Predicate.AnyOf(alternatives), last.start(), f.part().end(), note(last, f.part())));
      } else {
        out.add(f.part());
      }
      prev = f;
    }
    return out;
  }

  private static String note(Part a, Part b) {
    return a.note() == null ? b.note() : b.note() == null ? a.note() : a.note() + "; " + b.note();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
