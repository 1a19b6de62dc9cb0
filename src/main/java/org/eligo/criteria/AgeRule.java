package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age limits: "Age ≥ 18 years", "at least 18 years of age", "18 years or older", "aged 18-75",
 * "between 18 and 75 years", "age &gt; 21 or less than 2". A number counts only near an age word,
 * and never with a unit other than years. Ages are whole years, so "&gt; 18" reads as a minimum of
 * 18 (anyone past their 18th birthday) and "&lt; 75" as a maximum of 74. A minimum above a maximum
 * ("younger than 2 or older than 21") gives either-or.
 */
final class AgeRule implements Rule {
  private static final Pattern AGE_WORD =
      Pattern.compile("\\bage[ds]?\\b|years? old|years? of age|year-old|-years?-old|\\by/?o\\b|\\byrs? old\\b");
  private static final Pattern OTHER_UNIT =
      Pattern.compile("^\\s*(?:months?|mos?\\b|weeks?|wks?\\b|days?|hours?|kg|cm|m\\b|mg|g\\b|%|lbs?|mmhg|ml|cells|x|times)");
  /** Years that measure time, not age: "within 5 years", "for at least 2 years", "2 years ago". */
  private static final Pattern TIME = Pattern.compile(
      "\\b(?:within|for|since|last|past|previous|prior|after|before|history|duration|diagnos\\w*|during|over|follow\\w*|every|per)\\b");
  private static final Pattern AFTER_TIME = Pattern.compile(
      "\\s*(?:ago|prior|before|after|since|of (?:follow|treatment|therapy|disease|diagnosis|remission|survival)|duration|from)");
  /** "Male 18-50 years", "Patients > 65 years": years right after the person. */
  private static final Pattern WHO = Pattern.compile(
      "(?:^|\\b(?:males?|females?|men|women|patients?|subjects?|adults?|participants?|children|volunteers?|persons?|people))[\\s,:]*$");
  private final Bounds bounds = new Bounds("(?:years?|yrs?|y)(?:\\s*(?:of age|old))?|-years?-old|-year-old", false, false);

  @Override
  public void apply(Sentence s, Reading reading) {
    List<Part> parts = reading.parts();
    String lower = s.lower();
    List<Integer> ageWords = new ArrayList<>();
    Matcher w = AGE_WORD.matcher(lower);
    while (w.find()) {
      ageWords.add(w.start());
    }
    List<Bounds.Bound> found = new ArrayList<>();
    for (Bounds.Bound b : bounds.all(lower, 0, lower.length())) {
      String own = lower.substring(b.start(), b.end());
      boolean ageBound = own.contains("older") || own.contains("younger") || own.contains("old") || own.contains("of age")
          || (own.contains("year") && (b.low() != null && b.high() != null || WHO.matcher(lower.substring(0, b.start())).find())
              && !TIME.matcher(lower.substring(Math.max(0, b.start() - 25), b.start())).find()
              && !AFTER_TIME.matcher(lower.substring(b.end())).lookingAt());
      if (OTHER_UNIT.matcher(lower.substring(b.end())).find() || !(ageBound || nearAgeWord(ageWords, b))) {
        continue;
      }
      found.add(b);
    }
    if (found.isEmpty()) {
      return;
    }
    found.forEach(reading::compare);
    if (found.size() > 1 && found.stream().allMatch(b -> b.low() != null && b.high() != null)) {
      // "13-17 years or 18-20": alternatives.
      List<Predicate> ranges = new ArrayList<>();
      for (Bounds.Bound b : found) {
        ranges.add(new Predicate.Age(years(b.low(), false), years(b.high(), b.highStrict())));
        s.mask(b.start(), b.end());
      }
      parts.add(new Part(new Predicate.AnyOf(ranges), found.get(0).start(), found.get(found.size() - 1).end()));
      return;
    }
    Integer min = null;
    Integer max = null;
    for (Bounds.Bound b : found) {
      if (b.low() != null) {
        int v = (int) Math.ceil(b.low());
        min = min == null ? v : Math.max(min, v);
      }
      if (b.high() != null) {
        int v = (int) Math.floor(b.high()) - (b.highStrict() && b.high() == Math.floor(b.high()) ? 1 : 0);
        max = max == null ? v : Math.min(max, v);
      }
    }
    int start = found.get(0).start();
    int end = found.get(found.size() - 1).end();
    for (Bounds.Bound b : found) {
      s.mask(b.start(), b.end());
    }
    if (min != null && max != null && min > max) {
      parts.add(new Part(new Predicate.AnyOf(List.of(new Predicate.Age(min, null), new Predicate.Age(null, max))), start, end));
      return;
    }
    parts.add(new Part(new Predicate.Age(min, max), start, end));
  }

  private static int years(double value, boolean strictHigh) {
    return strictHigh ? (int) Math.ceil(value) - 1 : (int) Math.floor(value);
  }

  private static boolean nearAgeWord(List<Integer> ageWords, Bounds.Bound b) {
    for (int at : ageWords) {
      if ((at <= b.start() && b.start() - at <= 30) || (at >= b.start() && at <= b.end() + 12)) {
        return true;
      }
    }
    return false;
  }
}
