package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Performance status: "ECOG performance status 0-1", "ECOG PS ≤ 1", "ECOG 0, 1 or 2", "Eastern
 * Cooperative Oncology Group ... of 0 or 1", "WHO performance status 0-1" (the same scale), and
 * "Karnofsky ≥ 70" (KPS). Open ends are filled with the scale's ends (ECOG 0-5, KPS 0-100);
 * "&lt; 2" reads as at most 1. A bare "performance status" with values above 5 is KPS. When both
 * scales are given they are alternatives ("ECOG ≤ 1 or Karnofsky ≥ 70").
 */
final class PerformanceRule implements Rule {
  private static final Pattern ECOG = Pattern.compile(
      "\\becog\\b|eastern cooperative oncology group|\\bwho\\b(?: performance status| ps)|zubrod|performance status|\\bps\\b");
  private static final Pattern KPS = Pattern.compile("karnofsky|\\bkps\\b");
  private static final Pattern STOP = Pattern.compile("[;]|\\. |karnofsky|\\bkps\\b|\\becog\\b|lansky");
  private final Bounds bounds = new Bounds("%|points?", true, true);

  @Override
  public void apply(Sentence s, Reading reading) {
    List<Part> parts = reading.parts();
    String lower = s.lower();
    List<Part> found = new ArrayList<>();
    Part kps = read(s, lower, KPS, "KPS", 100, reading);
    if (kps != null) {
      found.add(kps);
    }
    Part ecog = read(s, s.lower(), ECOG, "ECOG", 5, reading);
    if (ecog != null) {
      found.add(ecog);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    if (found.size() == 2) {
      // "ECOG 0-1 (Karnofsky >= 70)": the same requirement on either scale.
      parts.add(new Part(new Predicate.AnyOf(List.of(found.get(0).predicate(), found.get(1).predicate())),
          found.get(0).start(), found.get(1).end()));
    } else {
      parts.addAll(found);
    }
    if (lower.contains("lansky")) {
      reading.gap("PERFORMANCE_STATUS", "Lansky play-performance scale");
    }
  }

  private Part read(Sentence s, String lower, Pattern keyword, String scale, int top, Reading reading) {
    Matcher k = keyword.matcher(lower);
    while (k.find()) {
      // Skip over a run of keywords: "Eastern Cooperative Oncology Group (ECOG) performance status".
      int from = k.end();
      Matcher more = keyword.matcher(lower);
      while (more.find(from) && more.start() - from <= 4) {
        from = more.end();
      }
      Matcher stop = STOP.matcher(lower);
      int to = Math.min(lower.length(), from + 80);
      if (stop.find(from) && stop.start() < to) {
        to = stop.start();
      }
      Bounds.Bound b = bounds.first(lower, from, to);
      if (b == null) {
        continue;
      }
      String actual = scale;
      int max = top;
      if ("ECOG".equals(scale) && b.high() != null && b.high() > 5 || "ECOG".equals(scale) && b.low() != null && b.low() > 5) {
        if (lower.substring(k.start(), k.end()).equals("performance status")) {
          actual = "KPS";
          max = 100;
        } else {
          continue;
        }
      }
      int lo = b.low() == null ? 0 : (int) Math.round(b.low()) + (b.lowStrict() ? 1 : 0);
      int hi = b.high() == null ? max : (int) Math.round(b.high()) - (b.highStrict() ? 1 : 0);
      if (lo < 0 || hi > max || lo > hi) {
        continue;
      }
      s.mask(k.start(), b.end());
      reading.compare(b);
      return new Part(new Predicate.PerformanceStatus(actual, lo, hi), k.start(), b.end());
    }
    return null;
  }
}
