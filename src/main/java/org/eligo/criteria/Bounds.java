package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numeric limits from lower-case criterion text: "≥ 18", "&gt;= 18", "at least 18", "18 years
 * or older", "no more than 2", "&lt; 75", "18-75", "between 18 and 75", "0, 1 or 2". Each rule
 * supplies the unit words that may follow a number ("years of age", "%").
 */
final class Bounds {

  /** A numeric limit: low and high (null when open) and whether each excludes its value. */
  record Bound(Double low, boolean lowStrict, Double high, boolean highStrict, int start, int end) {}

  private static final String NUM = "(\\d+(?:\\.\\d+)?)";
  private static final String GE =
      "\u2265|>\\s*=|=>|greater than or equal to|greater than or equal|equal to or greater than|equal or greater than|"
          + "equal to or more than|more than or equal to|higher than or equal to|at least|no less than|not less than|"
          + "no fewer than|not fewer than|no lower than|not lower than|no younger than|not younger than|"
          + "(?:a )?minimum (?:of |age(?: of|:)? )?|min\\.?";
  private static final String GT =
      ">|greater than|more than|higher than|older than|above|over|exceeding|in excess of";
  private static final String LE =
      "\u2264|<\\s*=|=<|less than or equal to|equal to or less than|equal or less than|lower than or equal to|"
          + "no more than|not more than|no greater than|not greater than|no higher than|not higher than|"
          + "no older than|not older than|not exceeding|at most|(?:a )?maximum (?:of |age(?: of|:)? )?|max\\.?|up to|upto";
  private static final String LT = "<|less than|lower than|younger than|below|under|fewer than";
  private static final String GE_AFTER =
      "or (?:more|greater|higher|above|older|over)|and (?:above|older|over)|or more than|\\+(?![\\d])";
  private static final String LE_AFTER = "or (?:less|lower|fewer|below|younger|under)|and (?:below|younger|under)";

  private final String unit;
  private final Pattern prefix;
  private final Pattern suffix;
  private final Pattern range;
  private final Pattern between;
  private final Pattern list;
  private final Pattern bare;

  /**
   * @param unit regex of the optional words after a number (without a leading space), e.g.
   *     {@code "(?:years?|yrs?)(?: of age| old)?"}; null for none
   * @param lists whether "0, 1 or 2" and "0/1" read as the range of the listed values
   * @param bareNumbers whether a lone number reads as exactly that value
   */
  Bounds(String unit, boolean lists, boolean bareNumbers) {
    String u = unit == null ? "" : "(?:\\s*(?:" + unit + "))?";
    this.unit = u;
    this.prefix = Pattern.compile("(" + GE + ")|(" + GT + ")|(" + LE + ")|(" + LT + ")");
    this.suffix = Pattern.compile(NUM + u + "\\s*(?:(" + GE_AFTER + ")|(" + LE_AFTER + "))");
    this.range = Pattern.compile("(?<![\\d.])" + NUM + u + "\\s*(?:-|~|to|through|until)\\s*" + NUM + "(?!\\d|\\.\\d)" + u);
    this.between = Pattern.compile("between (?:the ages of )?" + NUM + u + "\\s*(?:and|&|-|to)\\s*" + NUM + u);
    this.list = lists
        ? Pattern.compile("(?<![\\d.])" + NUM + "(?:\\s*[,/]\\s*" + NUM + ")*\\s*,?\\s*(?:or|and|/|,)\\s*" + NUM + "(?!\\d|\\.\\d)")
        : null;
    this.bare = bareNumbers ? Pattern.compile("(?<![\\d.])" + NUM + "(?!\\d|\\.\\d)" + u) : null;
  }

  /** The first limit that starts in {@code [from, to)} of {@code lower}, or null. */
  Bound first(String lower, int from, int to) {
    List<Bound> all = all(lower, from, to);
    return all.isEmpty() ? null : all.get(0);
  }

  /** All non-overlapping limits in {@code [from, to)}, in text order. */
  List<Bound> all(String lower, int from, int to) {
    String region = lower.substring(0, Math.min(to, lower.length()));
    List<Bound> candidates = new ArrayList<>();
    Matcher m = between.matcher(region);
    m.region(from, region.length());
    while (m.find()) {
      candidates.add(new Bound(num(m.group(1)), false, num(m.group(2)), false, m.start(), m.end()));
    }
    m = range.matcher(region);
    m.region(from, region.length());
    while (m.find()) {
      double a = num(m.group(1));
      double b = num(m.group(2));
      if (a <= b) {
        candidates.add(new Bound(a, false, b, false, m.start(), m.end()));
      }
    }
    m = suffix.matcher(region);
    m.region(from, region.length());
    while (m.find()) {
      double n = num(m.group(1));
      candidates.add(m.group(2) != null
          ? new Bound(n, false, null, false, m.start(), m.end())
          : new Bound(null, false, n, false, m.start(), m.end()));
    }
    Pattern op = Pattern.compile("(?:" + prefix.pattern() + ")\\s*(?:of\\s+|:\\s*)?" + NUM + unit);
    m = op.matcher(region);
    m.region(from, region.length());
    while (m.find()) {
      if (m.start() > 0 && Character.isLetter(region.charAt(m.start() - 1)) && Character.isLetter(region.charAt(m.start()))) {
        continue;
      }
      double n = num(m.group(5));
      if (m.group(1) != null) {
        candidates.add(new Bound(n, false, null, false, m.start(), m.end()));
      } else if (m.group(2) != null) {
        candidates.add(new Bound(n, true, null, false, m.start(), m.end()));
      } else if (m.group(3) != null) {
        candidates.add(new Bound(null, false, n, false, m.start(), m.end()));
      } else {
        candidates.add(new Bound(null, false, n, true, m.start(), m.end()));
      }
    }
    if (list != null) {
      m = list.matcher(region);
      m.region(from, region.length());
      while (m.find()) {
        Matcher n = Pattern.compile(NUM).matcher(m.group());
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        while (n.find()) {
          double v = num(n.group(1));
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        candidates.add(new Bound(lo, false, hi, false, m.start(), m.end()));
      }
    }
    if (bare != null) {
      m = bare.matcher(region);
      m.region(from, region.length());
      while (m.find()) {
        double v = num(m.group(1));
        candidates.add(new Bound(v, false, v, false, m.start(), m.end()));
      }
    }
    // Earliest first, and at one start the longest: "no less than 18" over "less than 18".
    candidates.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Bound> out = new ArrayList<>();
    int end = -1;
    for (Bound b : candidates) {
      if (b.start() >= end) {
        out.add(b);
        end = b.end();
      }
    }
    return out;
  }

  private static double num(String s) {
    return Double.parseDouble(s);
  }
}
