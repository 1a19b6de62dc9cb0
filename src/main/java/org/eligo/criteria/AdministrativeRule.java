package org.eligo.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the screening visit confirms, not the records (FORMATS.md, DEFERRED): informed consent,
 * contraception, a pregnancy test, willingness and ability to comply, life expectancy, ability to
 * swallow, language. Each becomes an {@link Predicate.Administrative} naming it. A pregnancy test
 * is masked so that "negative pregnancy test" is not read as the condition pregnancy.
 */
final class AdministrativeRule implements Rule {
  private record Kind(String what, Pattern pattern) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("pregnancy test", Pattern.compile(
          "(?:negative |positive )?(?:serum |urine )?(?:or (?:serum |urine ) )?(?:\u03b2-?|beta-?)?(?:pregnancy test(?:ing)?|\\bhcg\\b)")),
      new Kind("informed consent", Pattern.compile("informed consent|consent form|written consent|\\bconsent\\b|\\bassent\\b")),
      new Kind("contraception", Pattern.compile(
          "contracepti\\w*|birth control|barrier method|abstinen\\w*|child-?\\s?bearing potential|reproductive potential|"
              + "highly effective method|\\bcondoms?\\b|\\bsterili[sz]\\w*|vasectom\\w*")),
      new Kind("compliance", Pattern.compile(
          "\\bcompl(?:y|iance|iant)\\b|willing(?:ness)? (?:and able )?to (?:participate|comply|follow|undergo|attend|return|provide)|"
              + "able and willing|willing and able|\\badhere\\b|follow-up visits|study visits|study procedures|scheduled visits|"
              + "study schedule|geographic(?:al)?(?:ly)? (?:proximity|accessible)")),
      new Kind("life expectancy", Pattern.compile("life expectancy(?:\\s*(?:of|is|:)?\\s*(?:\u2265|>=|>|<|\u2264|at least|more than|greater than|of at least|less than|under|no more than|of less than)?\\s*\\d+\\s*(?:weeks?|months?|years?|days?))?")),
      new Kind("ability to swallow", Pattern.compile("\\bswallow\\w*|take oral medications?|oral medication")),
      new Kind("language", Pattern.compile(
          "(?:read|speak|understand|write)\\w*(?: (?:and|or) (?:read|speak|understand|write)\\w*)* (?:the )?(?:english|spanish|french|german|chinese|local|native|study) language|\\bliterate\\b|fluent in")));

  @Override
  public void apply(Sentence s, Reading r) {
    for (Kind k : KINDS) {
      Matcher m = k.pattern().matcher(s.lower());
      if (m.find()) {
        int start = m.start();
        int end = m.end();
        s.mask(start, end);
        while (m.find()) {
          s.mask(m.start(), m.end());
          end = m.end();
        }
        r.add(new Part(new Predicate.Administrative(k.what()), start, end));
      }
    }
  }
}
