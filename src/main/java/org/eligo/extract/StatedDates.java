package org.eligo.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a sentence says its results belong to, when that is not the note's own date: "In
 * 01/2022 she was diagnosed with ... ER 60%, PR 10%", "At diagnosis (2021): ER 90%", "Diagnosed
 * 03/2020 with ... HER2 0". A later note that retells an old result must not make it the newest.
 */
public final class StatedDates {

  /** A sentence that opens with its time: "In 01/2022", "On 3/4/2021", "At diagnosis in 2020", "At diagnosis (2020):". */
  private static final Pattern OPENING = Pattern.compile(
      "(?i)^\\W*(?:(?:in|on|back in)\\s+|at\\s+(?:the\\s+time\\s+of\\s+)?(?:initial\\s+)?diagnosis\\s*(?:in|on|\\(|,)?\\s*)$");
  /** "diagnosed in 2019 with", "diagnosed 03/2020", "diagnosed with stage II disease in 2019": the diagnosis verb before the date. */
  private static final Pattern DIAGNOSED = Pattern.compile("(?i)\\bdiagnosed\\s+(?:in\\s+|on\\s+)?$|\\bdiagnosed\\b[^.;]{0,60}\\s(?:in|on)\\s+$");

  private StatedDates() {}

  /** A parenthesis right after a result that opens with a date: "PD-L1 60% (2024)", "HER2 1+ (03/2019, primary)". */
  private static final Pattern DATE_AFTER = Pattern.compile("\\s*\\(\\s*");

  /**
   * The first day of the time the sentence gives for the result at [{@code at}, {@code end}), when
   * it is before {@code noteDate}; else null. Besides an opening time or a diagnosis verb before the
   * result, a parenthesis dates what it holds or what stands right before it: "PD-L1 60% (2024) ->
   * 30% (2026)", "(the 2018 primary was HER2 1+)".
   */
  public static LocalDate of(String sentence, int at, int end, LocalDate noteDate) {
    LocalDate before = of(sentence, at, noteDate);
    if (before != null || noteDate == null || at < 0 || end > sentence.length()) {
      return before;
    }
    Matcher open = DATE_AFTER.matcher(sentence).region(end, sentence.length());
    if (open.lookingAt()) {
      List<NoteDates.Found> dates = NoteDates.find(sentence.substring(open.end(), Math.min(sentence.length(), open.end() + 12)));
      if (!dates.isEmpty() && dates.get(0).start() == 0) {
        return beforeNote(dates.get(0), noteDate);
      }
    }
    int paren = sentence.lastIndexOf('(', at);
    if (paren >= 0 && sentence.indexOf(')', paren) >= at) {
      List<NoteDates.Found> dates = NoteDates.find(sentence.substring(paren + 1, at));
      if (dates.size() == 1) {
        return beforeNote(dates.get(0), noteDate);
      }
    }
    return null;
  }

  /** "dx 03/2013", "diagnosed in 2014", "Dx: 2012": the date a sentence gives its diagnosis. */
  private static final Pattern DX_DATE = Pattern.compile("(?i)\\b(?:dx|diagnosed)\\s*[:,]?\\s*(?:in\\s+|on\\s+)?(?=\\d|[a-z]{3})");

  /** The first day of the diagnosis date the sentence writes ("dx 03/2013"), or null. */
  public static LocalDate diagnosedIn(String sentence) {
    if (!hasDigitBefore(sentence, sentence.length())) {
      return null; // every date form has a number
    }
    Matcher m = DX_DATE.matcher(sentence);
    while (m.find()) {
      List<NoteDates.Found> dates = NoteDates.find(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 20)));
      if (!dates.isEmpty() && dates.get(0).start() == 0) {
        return earliest(dates.get(0).first());
      }
    }
    return null;
  }

  private static LocalDate beforeNote(NoteDates.Found d, LocalDate noteDate) {
    LocalDate stated = earliest(d.first());
    return stated.isBefore(noteDate) ? stated : null;
  }

  /**
   * The first day of the time the sentence gives for a result at {@code at} (an offset into
   * {@code sentence}), when it is before {@code noteDate}; else null.
   */
  public static LocalDate of(String sentence, int at, LocalDate noteDate) {
    if (noteDate == null || at <= 0 || !hasDigitBefore(sentence, at)) {
      return null;
    }
    List<NoteDates.Found> dates = NoteDates.find(sentence.substring(0, at));
    if (dates.isEmpty()) {
      return null;
    }
    NoteDates.Found d = dates.get(0);
    String before = sentence.substring(0, d.start());
    Matcher opening = OPENING.matcher(before);
    if (!opening.matches() && !DIAGNOSED.matcher(before).find()) {
      return null;
    }
    LocalDate stated = earliest(d.first());
    return stated.isBefore(noteDate) ? stated : null;
  }

  private static boolean hasDigitBefore(String s, int at) {
    for (int i = 0; i < at; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The first day an ISO year, month or day may mean. */
  static LocalDate earliest(String iso) {
    return LocalDate.parse(iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso);
  }
}
