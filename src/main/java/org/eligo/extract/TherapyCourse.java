package org.eligo.extract;

import java.util.regex.Pattern;

/**
 * What the notes say about the course of one therapy: the {@code line} of systemic therapy for
 * advanced disease (1, 2, ...), the {@code startDate} and {@code endDate} as precise as written
 * (ISO "2024", "2024-03" or "2024-03-14"), and the best response or outcome stated. Every part
 * is null when the notes do not tell it.
 */
public record TherapyCourse(Integer line, String startDate, String endDate, Response response) {
  public static final TherapyCourse NONE = new TherapyCourse(null, null, null, null);

  private static final Pattern ISO = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  /**
   * Outcome vocabulary: RECIST-style responses, RESPONSE for a response of unstated depth
   * ("marked response", "responding"), and TOXICITY for a therapy stopped or complicated by
   * side effects.
   */
  public enum Response { PROGRESSION, STABLE_DISEASE, PARTIAL_RESPONSE, COMPLETE_RESPONSE, RESPONSE, TOXICITY }

  public TherapyCourse {
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line < 1: " + line);
    }
    check(startDate, "startDate");
    check(endDate, "endDate");
  }

  private static void check(String date, String field) {
    if (date != null && !ISO.matcher(date).matches()) {
      throw new IllegalArgumentException(field + " is not an ISO date: " + date);
    }
  }

  public TherapyCourse withLine(Integer newLine) {
    return new TherapyCourse(newLine, startDate, endDate, response);
  }

  /**
   * This course with a later mention of the same therapy folded in: the earlier start, the later
   * end, and the later mention's line and response where it states them. Of two dates of one
   * period ("2024" and "2024-03") the more precise counts. A mention that starts after the known
   * end tells of a new course, whose end (often not yet known) replaces the old one; an end
   * before the known start belongs to an older course and is dropped.
   */
  public TherapyCourse then(TherapyCourse later) {
    String end;
    if (before(endDate, later.startDate)) {
      end = later.endDate;
    } else if (before(later.endDate, startDate)) {
      end = endDate;
    } else {
      end = pick(endDate, later.endDate, false);
    }
    return new TherapyCourse(later.line != null ? later.line : line, pick(startDate, later.startDate, true), end,
        later.response != null ? later.response : response);
  }

  /** Whether date a lies wholly before date b; false when either is unknown or one holds the other ("2024", "2024-03"). */
  private static boolean before(String a, String b) {
    return a != null && b != null && !a.startsWith(b) && !b.startsWith(a) && a.compareTo(b) < 0;
  }

  private static String pick(String a, String b, boolean earliest) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (a.startsWith(b) || b.startsWith(a)) {
      return a.length() >= b.length() ? a : b;
    }
    return (a.compareTo(b) < 0) == earliest ? a : b;
  }
}
