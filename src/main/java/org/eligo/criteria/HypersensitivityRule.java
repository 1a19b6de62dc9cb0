package org.eligo.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hypersensitivity or allergy to named agents, when it is all the criterion says: "Allergy to
 * mebendazole", "Known allergy to FDG, fluciclovine, or iodine-based contrast agents",
 * "Hypersensitivity to the active substance or to any of the excipients", "History of allergic
 * reactions attributed to compounds of similar chemical or biologic composition to liposomal
 * bupivacaine". The agents are kept as written ({@link Predicate.Hypersensitivity}). A clause
 * after the agents ("that required hospitalisation", "unless desensitised"), a second statement
 * or a contraindication is not read: the criterion keeps its gap.
 */
final class HypersensitivityRule implements Rule {
  private static final Pattern WHOLE = Pattern.compile(
      "^[\\s\\W]*(?:(?:patients?|subjects?|participants?)\\s+(?:with\\s+)?)?(?:an?\\s+|any\\s+)?"
          + "(?:(?:known|documented|prior|previous|severe|serious)\\s+)*(?:(?:a\\s+)?history\\s+of\\s+(?:an?\\s+)?)?(?:(?:known|severe|serious)\\s+)*"
          + "(?:drug\\s+)?(?:hypersensitivit(?:y|ies)|allerg(?:y|ies)|allergic\\s+reactions?|anaphyla(?:xis|ctic\\s+reactions?))\\s+"
          + "(?:(?:attributed|related)\\s+)?(?:to|against)\\s+(.+?)[\\s.;]*$");
  /** Words that open a clause the agents do not cover, or a second statement. */
  private static final Pattern NOT_AN_AGENT = Pattern.compile(
      "\\b(?:that|which|who|requiring|required|unless|except|if|when|within|while|during|and/or patients|or patients|"
          + "in the opinion|investigator|contraindicat\\w*|intoleran\\w*|inability|unable|not)\\b|[;:]");

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    Matcher m = WHOLE.matcher(lower);
    if (!m.matches()) {
      return;
    }
    String agent = s.span(m.start(1), m.end(1)).trim().replaceAll("^(?i:the)\\s+", "");
    if (agent.isEmpty() || NOT_AN_AGENT.matcher(m.group(1)).find() || agent.split("\\s+").length > 12) {
      return;
    }
    r.add(new Part(new Predicate.Hypersensitivity(agent), m.start(), m.end()));
    s.mask(0, s.length());
  }
}
