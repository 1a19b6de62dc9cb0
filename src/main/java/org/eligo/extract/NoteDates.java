package org.eligo.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as notes write them ("03/2024", "5/12/24", "June 2023", "Jan 5, 2023", "2021",
 * "2024-03-14") normalised to ISO as precise as written, and ranges of two of them ("12/2023 -
 * 03/2024", "from 09/2021 through 08/2022", "11/2024-present"). A day and month without a year
 * ("6/10") is no date: its year would be a guess.
 */
final class NoteDates {
  /**
   * A date or a range at [start, end) of the text. {@code first} is the date, or the range's
   * first date; {@code last} the range's last date, null for an open range ("- present");
   * {@code range} tells a range from a single date.
   */
  record Found(int start, int end, String first, String last, boolean range) {}

  private static final String MONTH =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final Pattern DATE = Pattern.compile("(?<![\\w/.])(?:"
      + "(?<isoY>" + YEAR + ")-(?<isoM>\\d{2})(?:-(?<isoD>\\d{2}))?"
      + "|(?<slM>\\d{1,2})/(?<slD>\\d{1,2})/(?<slY>\\d{4}|\\d{2})"
      + "|(?<myM>\\d{1,2})/(?<myY>" + YEAR + ")"
      + "|(?<name>" + MONTH + ")\\.?(?:\\s+(?<nameD>\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+(?<nameY>" + YEAR + ")"
      + "|(?<year>" + YEAR + ")(?!\\s*(?:mg|mcg|g|ml|units?|cGy|Gy|mm|cm|%)\\b)"
      + ")(?![\\w/])", Pattern.CASE_INSENSITIVE);
  /**
   * Where DATE may start: after its look-behind, which excludes word characters, each form begins
   * with a digit (a year, a month number) or a month name, whose first three letters are listed.
   */
  private static final WordStarts DATE_STARTS = new WordStarts(
      "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:-|–|—|to|through|thru|until|till)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPEN_END = Pattern.compile(
      "\\s*(?:-|–|—|to)\\s*(?:present|now|current|ongoing|date|today)\\b", Pattern.CASE_INSENSITIVE);

  private NoteDates() {}

  /** Dates and ranges in text order; a range is one entry. */
  static List<Found> find(String text) {
    if (!hasDigit(text)) {
      return List.of(); // every form above has a year or a number
    }
    List<Found> single = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    for (int at = 0; DATE_STARTS.find(m, text, at); at = m.end()) {
      String iso = iso(m);
      if (iso != null) {
        single.add(new Found(m.start(), m.end(), iso, null, false));
      }
    }
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < single.size(); i++) {
      Found a = single.get(i);
      Found b = i + 1 < single.size() ? single.get(i + 1) : null;
      if (b != null && RANGE_TO.matcher(text.substring(a.end(), b.start())).matches()) {
        out.add(new Found(a.start(), b.end(), a.first(), b.first(), true));
        i++;
        continue;
      }
      Matcher open = OPEN_END.matcher(text).region(a.end(), text.length());
      out.add(open.lookingAt() ? new Found(a.start(), open.end(), a.first(), null, true) : a);
    }
    return out;
  }

  /** The ISO form of one match, or null when it names no real day or month. */
  private static String iso(Matcher m) {
    try {
      if (m.group("isoY") != null) {
        return exact(m.group("isoY"), m.group("isoM"), m.group("isoD"));
      }
      if (m.group("slM") != null) {
        String y = m.group("slY");
        int year = y.length() == 2 ? Integer.parseInt(y) + (Integer.parseInt(y) < 70 ? 2000 : 1900) : Integer.parseInt(y);
        return exact(Integer.toString(year), m.group("slM"), m.group("slD"));
      }
      if (m.group("myM") != null) {
        return exact(m.group("myY"), m.group("myM"), null);
      }
      if (m.group("name") != null) {
        int month = month(m.group("name"));
        return exact(m.group("nameY"), Integer.toString(month), m.group("nameD"));
      }
      return m.group("year");
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String exact(String year, String month, String day) {
    YearMonth ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    return day == null ? ym.toString() : LocalDate.of(ym.getYear(), ym.getMonth(), Integer.parseInt(day)).toString();
  }

  private static int month(String name) {
    String n = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n) / 3 + 1;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
