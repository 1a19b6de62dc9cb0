package org.eligo.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurable disease: "measurable disease per RECIST 1.1", "at least one measurable lesion",
 * "measurable or evaluable disease" (evaluable disease also qualifies), "evaluable disease". The
 * response criteria named after it ("per", "according to", "as defined by", or in parentheses)
 * are kept: RECIST (with its version), mRECIST, iRECIST, RANO, Lugano, IMWG, iwCLL, PCWG3. A measurable
 * lesion "that has not been previously irradiated" is a {@link Predicate.Lesion}.
 */
final class MeasurableRule implements Rule {
  private static final String CRITERIA =
      "(?:(?:response evaluation criteria in solid tumou?rs?\\s*\\(?\\s*)?(?:m|i)?recist\\)?(?:\\s*(?:v\\.?|version\\s*)?\\s*1\\.[01](?:\\s+version\\b)?)?"
          + "|rano|lugano(?: classification| criteria)?|imwg|iwcll|pcwg-?3|iwg)";
  private static final Pattern MEASURABLE = Pattern.compile(
      "(?:at least (?:one|1|a single) )?(?:(measurable)(?:\\s*(?:and/or|or|and)\\s*(evaluable))?|(evaluable))\\s+"
          + "(?:(?:target\\s+)?(?:disease|lesions?|tumou?rs?))(?:\\s*\\([^)]{0,40}\\))?");
  private static final Pattern NAMED_AFTER = Pattern.compile(
      "^\\s*,?\\s*(?:\\(?\\s*(?:per|according to|as defined by|by|using|based on|as per|defined by|as assessed by)\\s+(?:the\\s+)?|\\(\\s*)"
          + "(" + CRITERIA + ")(?:\\s*(?:criteria|guidelines))?\\s*\\)?");
  private static final Pattern NAMED_BEFORE = Pattern.compile(
      "(?:according to|per|by)\\s+(?:the\\s+)?(" + CRITERIA + ")(?:\\s*criteria)?\\s*,?\\s*(?:there is |there are |with |has |have )?$");

  /**
   * "or CA-125", "or evaluable by CA-125 (GCIG criteria)" right after measurable disease: the Gynecologic Cancer
   * InterGroup's CA-125 response criteria, which let a rising marker stand for a lesion. Records hold CA-125 values but
   * eligo does not judge them by those criteria: the alternative widens the requirement.
   */
  private static final Pattern OR_CA125 = Pattern.compile(
      "^\\s*,?\\s*(?:and/or|or)\\s+(?:(?:disease\\s+)?(?:evaluable|assessable)\\s+(?:disease\\s+)?(?:by|per|according to|using)\\s+)?"
          + "(?:serum\\s+)?ca[- ]?125\\b(?:\\s*\\(?\\s*(?:per\\s+|according to\\s+)?(?:the\\s+)?gcig(?:\\s+criteria)?\\s*\\)?(?:\\s+criteria)?)?");

  /** "that has not been previously irradiated", ", not previously irradiated": a lesion outside earlier radiotherapy. */
  static final Pattern NOT_IRRADIATED = Pattern.compile(
      "^\\s*,?\\s*(?:(?:that|which)\\s+)?(?:(?:has|have)\\s+)?not\\s+(?:been\\s+)?(?:previously\\s+)?irradiated\\b");

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    Matcher m = MEASURABLE.matcher(lower);
    if (!m.find()) {
      return;
    }
    boolean evaluable = m.group(2) != null || m.group(3) != null;
    int start = m.start();
    int end = m.end();
    String criteria = null;
    Matcher after = NAMED_AFTER.matcher(lower.substring(end));
    Matcher before = NAMED_BEFORE.matcher(lower.substring(0, start));
    if (after.lookingAt()) {
      criteria = name(s.span(end + after.start(1), end + after.end(1)));
      end += after.end();
    } else if (before.find()) {
      criteria = name(s.span(before.start(1), before.end(1)));
      start = before.start();
    }
    Matcher spared = NOT_IRRADIATED.matcher(lower.substring(end));
    if (!evaluable && spared.lookingAt()) {
      // "at least one measurable lesion that has not been previously irradiated"
      end += spared.end();
      s.mask(start, end);
      r.add(new Part(new Predicate.Lesion("measurable lesion", criteria, null, null, null, null, true), start, end));
      return;
    }
    Matcher ca125 = OR_CA125.matcher(lower.substring(end));
    if (ca125.lookingAt()) {
      end += ca125.end();
      s.mask(start, end);
      r.add(new Part(new Predicate.Qualified(new Predicate.MeasurableDisease(criteria, evaluable),
          "or disease evaluable by CA-125 (GCIG)", true), start, end));
      return;
    }
    s.mask(start, end);
    r.add(new Part(new Predicate.MeasurableDisease(criteria, evaluable), start, end));
  }

  /** "Response Evaluation Criteria in Solid Tumors (RECIST) version 1.1" is "RECIST 1.1". */
  private static String name(String written) {
    String lower = written.toLowerCase(java.util.Locale.ROOT);
    Matcher version = Pattern.compile("1\\.[01]").matcher(lower);
    String v = version.find() ? " " + version.group() : "";
    for (String n : new String[] {"mrecist", "irecist", "recist", "rano", "lugano", "imwg", "iwcll", "pcwg3", "pcwg-3", "iwg"}) {
      if (lower.contains(n)) {
        String base = switch (n) {
          case "mrecist" -> "mRECIST";
          case "irecist" -> "iRECIST";
          case "pcwg-3", "pcwg3" -> "PCWG3";
          case "iwcll" -> "iwCLL";
          default -> n.toUpperCase(java.util.Locale.ROOT).replace("LUGANO", "Lugano");
        };
        return base.endsWith("RECIST") ? base + v : base;
      }
    }
    return "RECIST" + v;
  }
}
