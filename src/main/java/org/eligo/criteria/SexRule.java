package org.eligo.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sex: "female patients", "women", "men". Not when both sexes are named ("male or female"), nor
 * when the sex word belongs to childbearing potential, pregnancy, nursing, partners or menopause;
 * those criteria are read by other rules. The registry field "Sex: Female" is read; "Sex: All" is
 * masked without a part.
 */
final class SexRule implements Rule {
  private static final Pattern FEMALE = Pattern.compile("\\b(?:females?|women|woman|girls?|ladies)\\b");
  private static final Pattern MALE = Pattern.compile("\\b(?:males?|men|man|boys?)\\b");
  private static final Pattern OTHER_TOPIC = Pattern.compile(
      "child-?\\s?bearing|pregnan|lactat|breast-?\\s?feed|nursing|partner|fertil|menopaus|contracep|sterili|"
          + "gender|vasectom|sperm|\\bsex(?:ual|ually)?\\b");

  /** The registry's field "Sex: All" (with "Gender Based: No"): "All" and "Both" restrict nothing. */
  private static final Pattern FIELD = Pattern.compile(
      "\\b(?:sex|gender)(?:es eligible for study)?\\s*:\\s*(all|both|female|male)\\b(?:\\s*gender based\\s*:\\s*(?:yes|no)\\b)?");

  @Override
  public void apply(Sentence s, Reading reading) {
    List<Part> parts = reading.parts();
    String lower = s.lower();
    Matcher field = FIELD.matcher(lower);
    if (field.find()) {
      s.mask(field.start(), field.end());
      if (field.group(1).equals("female") || field.group(1).equals("male")) {
        parts.add(new Part(new Predicate.Sex(field.group(1)), field.start(), field.end()));
      }
      return;
    }
    Matcher f = FEMALE.matcher(lower);
    Matcher m = MALE.matcher(lower);
    boolean female = f.find();
    boolean male = m.find();
    // The topic test reads the unmasked text: "pregnant women" is about pregnancy, not sex.
    if (female == male || OTHER_TOPIC.matcher(s.original().toLowerCase(java.util.Locale.ROOT)).find()) {
      return;
    }
    Matcher hit = female ? f : m;
    s.mask(hit.start(), hit.end());
    parts.add(new Part(new Predicate.Sex(female ? "female" : "male"), hit.start(), hit.end()));
  }
}
