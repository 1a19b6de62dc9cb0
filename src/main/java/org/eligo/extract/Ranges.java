package org.eligo.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The interval a biomarker result allows: "60" is [60,60], "<1%" is [0,1), "1-49%" is [1,49]. */
public final class Ranges {
  private static final Pattern RANGE = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?)%?$");
  private static final Pattern BOUND = Pattern.compile("^(<|<=|>=|>)\\s*(\\d+(?:\\.\\d+)?)%?$");

  /** [low, high, highExclusive(0/1)] or null when the result has no numeric meaning. */
  public static double[] of(Finding.Biomarker b) {
    if (b.value() != null) {
      return new double[] {b.value(), b.value(), 0};
    }
    String c = b.category().toLowerCase(Locale.ROOT).trim();
    Matcher m = RANGE.matcher(c);
    if (m.matches()) {
      return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), 0};
    }
    m = BOUND.matcher(c);
    if (m.matches()) {
      double v = Double.parseDouble(m.group(2));
      return switch (m.group(1)) {
        case "<" -> new double[] {0, v, 1};
        case "<=" -> new double[] {0, v, 0};
        case ">" -> new double[] {v, 100, 0};
        default -> new double[] {v, 100, 0};
      };
    }
    if (b.name().startsWith("PD-L1")) {
      return switch (c) {
        case "negative" -> new double[] {0, 1, 1};
        case "high" -> new double[] {50, 100, 0};
        case "low" -> new double[] {1, 49, 0};
        case "positive" -> new double[] {1, 100, 0};
        default -> null;
      };
    }
    return null;
  }

  private Ranges() {}
}
