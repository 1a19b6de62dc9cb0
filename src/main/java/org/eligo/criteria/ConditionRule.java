package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Conditions;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Comorbidities and states by the terms of {@code lexicons/conditions.tsv}, named by their
 * canonical condition ("pneumonitis", "autoimmune disease", "HIV", "pregnancy"). "Hepatitis B or
 * C" names both. One part per mention, in text order; repeated conditions are merged later. A stem
 * cell transplant of unstated kind ("bone marrow transplant", "HSCT") is any of them, so it also
 * names the allogeneic one, which the lexicon groups with organ transplants. Beside pregnancy,
 * "nursing" is breast-feeding.
 */
final class ConditionRule implements Rule {
  /** A viral hepatitis named by its letter. */
  private static final Pattern HEPATITIS = Pattern.compile("hepatitis [A-E]");
  /** One more letter after a viral hepatitis: "hepatitis B or C", "hepatitis A, B and C", "hepatitis B/C". */
  private static final Pattern ELLIPSIS_LETTER = Pattern.compile("\\G\\s*(?:,\\s*(?:or|and|and/or)?|/|or|and|and/or)\\s*([a-e])\\b(?![-.'])");

  /**
   * "pregnant or nursing", "pregnancy and/or nursing", "nursing or pregnant": beside pregnancy, nursing
   * is breast-feeding (the lexicon leaves the word out: "nursing home", "nursing staff").
   */
  private static final Pattern NURSING = Pattern.compile(
      "\\bpregnan(?:t|cy)\\s*(?:,|/|\\bor\\b|\\band\\b|\\band/or\\b)\\s*(?:(?:are|is|be|currently)\\s+)?(nursing)\\b(?!\\s+(?:homes?|facilit\\w*|care|staff))"
          + "|\\b(nursing)\\s*(?:,|/|\\bor\\b|\\band/or\\b)\\s*(?:(?:are|is|be|currently)\\s+)?pregnan(?:t|cy)\\b");

  private static final String ANY_STEM_CELL_TRANSPLANT = "stem cell transplant";
  private static final String ALLOGENEIC = "allogeneic stem cell transplant";

  private final Conditions conditions;

  /** A bracketed abbreviation right after a term. */
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\(\\s*([a-z]{2,6})\\s*\\)");

  /** The first letters of the words of {@code term} (split at spaces and hyphens), lower case. */
  private static String initials(String term) {
    StringBuilder b = new StringBuilder();
    for (String w : term.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  ConditionRule(Conditions conditions) {
    this.conditions = conditions;
  }

  /**
   * "hepatic or renal dysfunction", "solid organ or bone marrow transplantation", "retrocochlear, or central
   * auditory disorder": one or two words joined to a condition term that, put before the term's last words,
   * make a term too.
   */
  private static final Pattern JOINED_WORDS = Pattern.compile(
      "\\b((?:[a-z][a-z-]+\\s+)?[a-z][a-z-]+)\\s*(?:,\\s*(?:or|and|and/or)\\b|,|/|\\bor\\b|\\band\\b|\\band/or\\b)\\s*$");

  private Part elided(Sentence s, String lower, int start, int end) {
    String term = lower.substring(start, end);
    int space = term.indexOf(' ');
    if (space < 0) {
      return null;
    }
    int offset = Math.max(0, start - 40);
    Matcher w = JOINED_WORDS.matcher(lower.substring(offset, start));
    if (!w.find()) {
      return null;
    }
    String joined = w.group(1);
    // the joined words with the term's last words: two joined words before one, the longest tail first
    int lastSpace = joined.lastIndexOf(' ');
    List<String> heads = lastSpace < 0 ? List.of(joined) : List.of(joined, joined.substring(lastSpace + 1));
    for (String head : heads) {
      for (int at = space; at >= 0; at = term.indexOf(' ', at + 1)) {
        String candidate = head + term.substring(at);
        for (PhraseMatcher.Match<Conditions.Condition> c : conditions.matcher().findAll(candidate)) {
          if (c.start() == 0 && c.end() == candidate.length()) {
            int to = offset + w.end(1);
            int from = to - head.length();
            s.mask(from, to);
            return new Part(new Predicate.Condition(c.value().name()), from, to);
          }
        }
      }
    }
    return null;
  }

  /**
   * An active infection with words that narrow it and that records state (treatment given): "serious
   * active infection", "active, uncontrolled serious infection", "active infection requiring systemic
   * treatment".
   */
  private static final String NARROWING = "(?:serious|severe|uncontrolled)";
  private static final Pattern QUALIFIED_INFECTION = Pattern.compile(
      "\\b((?:" + NARROWING + "\\s*,?\\s*(?:(?:and|or|and/or)\\s+)?)*)(?:active|ongoing)\\s*,?\\s*((?:(?:and|or|and/or)\\s+)?(?:"
          + NARROWING + "\\s*,?\\s*(?:(?:and|or|and/or)\\s+)?)*)infections?\\b"
          + "(\\s+(?:requiring|needing|that requires?|which requires?)\\s+(?:(?:systemic|intravenous|iv|parenteral|oral)\\s+)?"
          + "(?:treatment|therapy|antibiotics?|antibiotic therapy|antimicrobials?|antimicrobial therapy))?");

  /**
   * "severe infection", "serious or uncontrolled infections" without "active": an infection of any kind the lexicon
   * groups as one (HIV and the viral hepatitides too), narrowed by words records do not grade.
   */
  private static final Pattern GRADED_INFECTION = Pattern.compile(
      "\\b(" + NARROWING + "(?:\\s*(?:,|/|and|or|and/or)\\s*" + NARROWING + ")*)\\s+infections?\\b");
  private static final String ANY_INFECTION = "infection";

  private static Part qualifiedInfection(Sentence s, Matcher m) {
    String words = (m.group(1) + " " + m.group(2) + " " + (m.group(3) == null ? "" : m.group(3)))
        .replaceAll("[,]", " ").replaceAll("\\b(?:and/or|and|or)\\b", " ").trim().replaceAll("\\s+", " ");
    if (words.isEmpty()) {
      return null; // "active infection" alone is the lexicon's
    }
    s.mask(m.start(), m.end());
    return new Part(new Predicate.Qualified(new Predicate.Condition("active infection"), words, false), m.start(), m.end());
  }

  /**
   * The letters after "hepatitis A" or "hepatitis B" that name further viral hepatitides of the lexicon ("hepatitis
   * A, B and C"), each a part.
   */
  private List<Part> elidedHepatitis(Sentence s, String lower, int from) {
    List<Part> out = new ArrayList<>();
    Matcher c = ELLIPSIS_LETTER.matcher(lower).region(from, lower.length());
    while (c.find()) {
      String name = "hepatitis " + c.group(1).toUpperCase(java.util.Locale.ROOT);
      boolean known = conditions.matcher().findAll(name).stream()
          .anyMatch(x -> x.start() == 0 && x.end() == name.length() && x.value().name().equals(name));
      if (!known) {
        break;
      }
      out.add(new Part(new Predicate.Condition(name), c.start(1), c.end(1)));
      s.mask(c.start(1), c.end(1));
    }
    return out;
  }

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    List<Part> found = new ArrayList<>();
    Matcher infection = QUALIFIED_INFECTION.matcher(lower);
    while (infection.find()) {
      Part q = qualifiedInfection(s, infection);
      if (q != null) {
        found.add(q);
      }
    }
    Matcher graded = GRADED_INFECTION.matcher(s.lower());
    while (graded.find()) {
      String words = graded.group(1).replaceAll("\\s*(?:,|/|\\band/or\\b|\\band\\b|\\bor\\b)\\s*", " ").trim();
      s.mask(graded.start(), graded.end());
      found.add(new Part(new Predicate.Qualified(new Predicate.Condition(ANY_INFECTION), words, false), graded.start(), graded.end()));
    }
    for (PhraseMatcher.Match<Conditions.Condition> m : conditions.matcher().findAll(s.cased())) {
      String name = m.value().name();
      Predicate p = new Predicate.Condition(name);
      if (name.equals(ANY_STEM_CELL_TRANSPLANT)) {
        p = new Predicate.AnyOf(List.of(p, new Predicate.Condition(ALLOGENEIC)));
      }
      found.add(new Part(p, m.start(), m.end()));
      Matcher acronym = ACRONYM.matcher(lower).region(m.end(), lower.length());
      if (acronym.lookingAt() && acronym.group(1).equals(initials(lower.substring(m.start(), m.end())))) {
        s.mask(acronym.start(), acronym.end()); // "conductive hearing loss (CHL)": the term's own initials, nothing more
      }
      Part elided = elided(s, lower, m.start(), m.end());
      if (elided != null) {
        found.add(elided);
      }
      s.mask(m.start(), m.end());
      if (HEPATITIS.matcher(name).matches() && lower.substring(m.start(), m.end()).matches("(?:viral\\s+)?hepatitis\\s+[a-e]")) {
        found.addAll(elidedHepatitis(s, lower, m.end()));
      }
    }
    Matcher nursing = NURSING.matcher(lower);
    while (nursing.find()) {
      int g = nursing.group(1) != null ? 1 : 2;
      found.add(new Part(new Predicate.Condition("breast-feeding"), nursing.start(g), nursing.end(g)));
      s.mask(nursing.start(g), nursing.end(g));
    }
    found.forEach(r::add);
  }
}
