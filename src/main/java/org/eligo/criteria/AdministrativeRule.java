package org.eligo.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the screening visit confirms, not the records (FORMATS.md, DEFERRED): informed consent,
 * contraception, a pregnancy test, willingness and ability to comply, life expectancy, ability to
 * swallow, language, questionnaires, the site of care or a registry, symptom and assessment scores taken at the visit (pain
 * scales, IPSS, ASA class, MoCA, G8, ESAS, self-reports), access to a phone or the internet, residence, physical abilities (walking,
 * standing, lying still), plans to become pregnant or father a child (with the time
 * they cover: "planning to become pregnant within 2 months after the last dose of X"), participation in another study ("participation in another investigational drug
 * study", not "other study drug treatment", a washout of what was given), legal capacity (legal
 * protection, detention, capacity to understand the study). "Willing to ...", "agrees to ...",
 * "refusal" are read only when nothing else of this list is named (then what is agreed to is the
 * item). Each becomes an {@link Predicate.Administrative} naming it. A pregnancy test
 * is masked so that "negative pregnancy test" is not read as the condition pregnancy.
 */
final class AdministrativeRule implements Rule {
  private record Kind(String what, Pattern pattern) {}

  private static final String LANGUAGE =
      "(?:english|spanish|french|german|dutch|italian|portuguese|chinese|mandarin|cantonese|taiwanese|japanese|korean|"
          + "vietnamese|arabic|hebrew|russian|polish|turkish|danish|swedish|norwegian|finnish|greek|hindi)";

  private static final List<Kind> KINDS = List.of(
      new Kind("pregnancy test", Pattern.compile(
          "(?:negative |positive )?(?:serum |urine )?(?:or (?:serum |urine ) )?(?:\u03b2-?|beta-?)?(?:pregnancy test(?:ing)?|\\bhcg\\b)")),
      new Kind("informed consent", Pattern.compile("informed consent|consent form|written consent|\\bconsent\\b|\\bassent\\b")),
      new Kind("contraception", Pattern.compile(
          "contracepti\\w*|birth control|barrier method|abstinen\\w*|child-?\\s?bearing potential|reproductive potential|"
              + "highly effective method|\\bcondoms?\\b|\\bsterili[sz]\\w*|vasectom\\w*")),
      new Kind("compliance", Pattern.compile(
          "\\bcompl(?:y|iance|iant)\\b|willing(?:ness)? (?:and (?:[a-z/]+ )?able )?to (?:participate|comply|follow|undergo|attend|return|provide)|"
              + "able and willing|willing and able|\\badhere\\b|follow-up visits|study visits|study procedures|scheduled visits|"
              + "study schedule|geographic(?:al)?(?:ly)? (?:proximity|accessible)|(?:accessible|available) for (?:\\w+ and )?follow-?up")),
      new Kind("life expectancy", Pattern.compile("life expectancy(?:\\s*(?:of|is|:)?\\s*(?:\u2265|>=|>|<|\u2264|at least|more than|greater than|of at least|less than|under|no more than|of less than)?\\s*\\d+\\s*(?:weeks?|months?|years?|days?))?")),
      new Kind("ability to swallow", Pattern.compile("\\bswallow\\w*|take oral medications?|oral medication")),
      new Kind("language", Pattern.compile(
          "(?:read|speak|understand|write|communicat)\\w*(?:\\s*(?:and|or|/)\\s*(?:read|speak|understand|write)\\w*)* (?:in )?(?:the )?"
              + LANGUAGE + "(?: language)?\\b|(?:\\b(?:the|local|native|study) )language|" + LANGUAGE + "[- ](?:speaking|speaker)|"
              + "\\bliterate\\b|illitera\\w*|\\bfluen\\w* (?:in )?|" + LANGUAGE + " language|"
              + "\\b(?:(?:in)?ability|(?:un)?able) to (?:read|write)(?: (?:and|or) (?:read|write))?\\b")),
      new Kind("restates the other criteria", Pattern.compile(
          "^[\\s\\W]*(?:(?:patients?|subjects?|participants?)\\s+(?:who\\s+)?)?(?:do(?:es)?\\s+not|don't|fail(?:s|ing)?\\s+to|not)\\s+"
              + "meet(?:ing)?\\s+(?:any\\s+of\\s+|all\\s+of\\s+)?(?:the\\s+)?(?:above|inclusion|these|age|eligibility)"
              + "(?:\\s+(?:inclusion|eligibility))?(?:\\s+(?:criteria|criterion|requirements?|limits?))?[\\s.;]*$")),
      new Kind("any sex", Pattern.compile(
          "^[\\s\\W]*(?:(?:both|all)\\s+)?(?:(?:males?|men)\\s+(?:and|or|and/or|&)\\s+(?:females?|women)|"
              + "(?:females?|women)\\s+(?:and|or|and/or|&)\\s+(?:males?|men)|(?:both|all)\\s+(?:sexes|genders))"
              + "(?:\\s+(?:patients?|participants?|subjects?|volunteers?))?[\\s.;]*$")),
      new Kind("questionnaires", Pattern.compile(
          "\\b(?:questionnaires?|surveys?|diar(?:y|ies)|interviews?|focus groups?)\\b")),
      new Kind("symptom or assessment score at screening", Pattern.compile(
          "\\b(?:self-?report\\w*|patient-reported)\\b|\\b(?:patients?|participants?|subjects?)\\s+(?:should|must|will)\\s+(?:describe|report|rate)\\b|\\b(?:pain|symptom|fatigue)\\s+(?:intensity\\s+)?(?:score|scale|item)\\b|"
              + "numeric (?:rating|pain) scale|\\bnrs\\b|visual analog(?:ue)? scale|\\bvas\\b(?= ?(?:score|[<>\u2264\u2265]))|"
              + "\\bipss\\b|international prostate symptom score|\\basa\\b(?= ?(?:score|class|physical|[<>\u2264\u2265]|\\d))|"
              + "american society of an(?:a)?esthesi\\w+|\\bmoca\\b|montreal cognitive assessment|\\bmmse\\b|mini-mental|"
              + "\\bg8\\b|\\besas\\b|edmonton symptom assessment")),
      new Kind("access to phone or internet", Pattern.compile(
          "\\b(?:tele)?phone\\b(?!\\s+(?:or\\s+in-person\\s+)?(?:screening|assessment|interview)s?\\b)|smart-?phone|internet|e-?mail|\\bcomputer\\b|\\btablet device")),
      new Kind("legal capacity", Pattern.compile(
          "legal(?:ly)? (?:protection|guardian\\w*|representative|incapa\\w*|capacity)|guardianship|under (?:tutorship|curatorship)|"
              + "depri?ved of (?:their )?liberty|judicial|prisoners?|incarcerat\\w*|institutionali[sz]ed|"
              + "(?:capable|capacity|able|ability|unable|inability) (?:of (?:the )?(?:subjects?|patients?|participants?) )?(?:of |to )?"
              + "(?:understand|comprehend|realise|realize|give)\\w* (?:the )?(?:patient |study |participant )?"
              + "(?:nature|character|aims?|consequences|study|trial|information|consent|instructions)")),
      new Kind("communication and cooperation with the study team", Pattern.compile(
          "\\b(?:cannot|can not|unable to|inability to|not able to) communicate\\b|\\bunlikely to (?:cooperate|comply)\\b|"
              + "\\bcooperat\\w* with (?:the )?(?:requirements|investigators?|study (?:team|staff))")),
      new Kind("physical ability checked at the visit", Pattern.compile(
          "\\b(?:(?:in)?ability|capacity|(?:un)?able|capable) (?:to|of) (?:walk|stand|lie|lying|tolerat\\w* lying|remain\\w* (?:still|supine|flat|motionless))\\w*\\b|"
              + "\\bto stand (?:comfortably|unaided|without (?:aid|assistance))")),
      new Kind("residence", Pattern.compile(
          "\\breside\\w*\\b|\\b(?:long-term )?residents? (?:of|in)\\b|\\bliv(?:e|es|ing) (?:with)?in \\d+\\s*(?:miles|km|kilomet\\w*|hours?|minutes)")),
      new Kind("plans to become pregnant or father a child", Pattern.compile(
          "\\b(?:plan(?:s|ned|ning)?|intend(?:s|ing)?|intention|wish(?:es|ing)?|want(?:s|ing)?|desir(?:e|es|ing)|expect(?:s|ing)?|hop(?:e|es|ing))"
              + "\\s+(?:on\\s+|to\\s+)?(?:becom(?:e|ing)\\s+pregnant|conceiv(?:e|ing)|get(?:ting)?\\s+pregnant|a\\s+pregnancy|pregnancy"
              + "|father(?:ing)?\\s+(?:a\\s+)?(?:child|children))"
              + "(?:\\s+(?:during|within|while|over|in|at any time|any time|after|before|for|throughout)\\b[^.;]{0,80}"
              + "\\b(?:study|trial|treatment|enrol\\w*|participation|dose(?:\\s+of\\s+[\\w-]+)?|period|months?|years?|weeks?|duration))?")),
      new Kind("participation in another study", Pattern.compile(
          "\\b(?:participat\\w*|enrol\\w*|taking part|take part|involve(?:d|ment)?)\\s+(?:(?:currently|concurrently|simultaneously)\\s+)?(?:in|at)\\s+"
              + "(?:another|other|an?\\s+other|any\\s+other|a\\s+concurrent|concurrent|competing|a\\s+competing)\\s+"
              + "(?:(?:investigational|interventional|therapeutic|drug|device|operative|clinical|research|competing)\\s+){0,3}"
              + "(?:trials?|stud(?:y|ies))\\b(?!\\s+(?:drugs?|treatments?|agents?|medications?|therap\\w*|products?))")),
      new Kind("earlier participation in this study", Pattern.compile(
          "(?<!will be )(?<!to be )\\b(?:participated|(?:been |was |were )(?:enrolled|randomi[sz]ed))(?: already| previously)? in this (?:study|trial)\\b|"
              + "\\b(?:previous|prior) (?:participation|enrol?ment) in this (?:study|trial)\\b")));

  /**
   * Where the patient is treated or registered, a matter of study logistics: "at one of the
   * participating sites", "at the UF Health Cancer Center" (also "seeking treatment and supportive care at" it), "at MGH" (an acronym of two to five
   * capitals after "at" that ends its clause and names no test, limit or scale: not "at MRI", "at
   * ULN"), "participant in the SURVIVE registry".
   * Read on the text in its original case.
   */
  private static final String NOT_A_SITE =
      "(?:MRI|CT|PET|US|ECG|EKG|ULN|LLN|ECOG|KPS|RECIST|AJCC|UICC|WHO|NCI|CTCAE|IHC|FISH|NGS|PCR|DNA|RNA|PSA|ANC|ASA)";
  /** What a patient seeks at a site ("be seeking treatment and supportive care at the ... Center"): the site of care again. */
  private static final String CARE = "(?:(?:medical|oncologic|supportive|palliative|cancer)\\s+)?(?:treatment|care)";
  private static final Kind SITE = new Kind("site of care or registry", Pattern.compile(
      "\\b(?:at|in|within|from) (?:the |one of the |an? )?(?:participating|study|enrolling|recruiting) (?:sites?|cent(?:er|re)s?|institutions?|hospitals?)\\b|"
          + "\\b(?:(?:be\\s+)?seeking\\s+" + CARE + "(?:\\s+(?:and|or|and/or)\\s+" + CARE + ")?\\s+)?"
          + "(?:at|within) (?:the )?(?:[A-Z][A-Za-z&'.-]*\\s+){0,5}(?:University|Hospital|Cent(?:er|re)|Clinic|Institute|System)\\b"
          + "(?:\\s+(?:of\\s+)?[A-Z][A-Za-z&'.-]*)*(?:\\s*\\([^()]{1,40}\\))?|"
          + "\\bat (?!" + NOT_A_SITE + "\\b)[A-Z]{2,5}\\b(?=\\s*(?:[.;,)]|$|within\\b|since\\b))|"
          + "\\b(?:[Pp]articipants?|[Ee]nrolled|[Rr]egistered|[Ii]ncluded) in (?:the |a )?(?:[A-Z][A-Za-z-]*\\s+)?[Rr]egistry\\b"));

  /** "Willing to ...", "refusal": read only when no other screening-visit item names what is agreed to. */
  private static final Kind WILLINGNESS = new Kind("willingness to take part", Pattern.compile(
      "\\b(?:willing(?:ness)?|agree(?:s|d)?) (?:and (?:able|ability) )?to \\w+|\\bunwilling(?:ness)?\\b|"
          + "\\brefus(?:al|es?|ed)\\b|reluctan\\w*|decline(?:s|d)? to participate"));

  @Override
  public void apply(Sentence s, Reading r) {
    int before = r.parts().size();
    for (Kind k : KINDS) {
      read(k, s, r);
    }
    Matcher site = SITE.pattern().matcher(s.cased());
    if (site.find()) {
      s.mask(site.start(), site.end());
      r.add(new Part(new Predicate.Administrative(SITE.what()), site.start(), site.end()));
    }
    if (r.parts().size() == before) {
      read(WILLINGNESS, s, r);
    }
  }

  private static void read(Kind k, Sentence s, Reading r) {
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
