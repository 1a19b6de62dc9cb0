package org.eligo.report;

import java.util.List;
import java.util.Locale;

/**
 * Plots as inline SVG, written here (no script, no library, nothing fetched): horizontal bars
 * with optional intervals and a reference line, a waterfall, and a reliability plot with its
 * diagonal. Every label is escaped; the output is well-formed XML.
 */
public final class Charts {
  private static final int ROW = 18;
  private static final int PLOT = 370;

  /**
   * One bar from {@code from} to {@code value} (from is 0 except in a waterfall), an optional
   * interval [lo, hi] drawn as a whisker, the text printed after it, and a CSS class.
   */
  public record Bar(String label, double from, double value, Double lo, Double hi, String text, String cls) {
    public static Bar of(String label, double value, String text) {
      return new Bar(label, 0, value, null, null, text, "");
    }
  }

  private Charts() {}

  /**
   * Horizontal bars on a scale from 0 to {@code max}; {@code ref} (may be null) draws a dashed
   * vertical line at that value labelled {@code refLabel}.
   */
  public static String bars(String caption, List<Bar> bars, double max, Double ref, String refLabel) {
    double top = max > 0 ? max : 1;
    int label = labelWidth(bars);
    int h = 30 + bars.size() * ROW + 24;
    StringBuilder s = open(label + PLOT + 200, h, caption);
    s.append(text(4, 14, "caption", caption));
    int y = 24;
    for (Bar b : bars) {
      double x0 = x(label, Math.min(b.from(), b.value()), top);
      double x1 = x(label, Math.max(b.from(), b.value()), top);
      s.append(text(label - 6, y + 12, "label end", b.label()));
      s.append(String.format(Locale.ROOT, "<rect class=\"bar%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s</title></rect>\n",
          b.cls().isEmpty() ? "" : " " + HtmlReport.esc(b.cls()), x0, y + 2, Math.max(x1 - x0, 0.5), ROW - 4,
          HtmlReport.esc(b.label() + ": " + b.text())));
      double end = x1;
      if (b.lo() != null && b.hi() != null) {
        double lo = x(label, b.lo(), top);
        double hi = x(label, b.hi(), top);
        int m = y + ROW / 2;
        s.append(String.format(Locale.ROOT, "<path class=\"ci\" d=\"M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d\"/>\n", lo, m, hi, lo, m - 4, m + 4, hi, m - 4, m + 4));
        end = Math.max(end, hi);
      }
      s.append(text(end + 4, y + 12, "value", b.text()));
      y += ROW;
    }
    axis(s, label, y, top);
    if (ref != null) {
      double rx = x(label, ref, top);
      s.append(String.format(Locale.ROOT, "<line class=\"ref\" x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"%d\"/>\n", rx, rx, y));
      s.append(text(rx + 3, h - 2, "reflabel", refLabel));
    }
    return s.append("</svg>\n").toString();
  }

  /** Room for the longest label at about 6.3 pixels a character, between 120 and 440 pixels. */
  static int labelWidth(List<Bar> bars) {
    int chars = bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
    return (int) Math.max(120, Math.min(440, Math.round(12 + 6.3 * chars)));
  }

  /** A scale maximum for counts: the largest count rounded up to a multiple of 4 (at least 4), so the quarter ticks are whole. */
  public static double countScale(double largest) {
    return Math.max(4, Math.ceil(largest / 4) * 4);
  }

  private static double x(int label, double v, double top) {
    return label + PLOT * Math.max(0, Math.min(v, top)) / top;
  }

  private static void axis(StringBuilder s, int label, int y, double top) {
    s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n", label, y, label + PLOT, y));
    for (int i = 0; i <= 4; i++) {
      double v = top * i / 4;
      s.append(text(x(label, v, top) - 8, y + 14, "tick", v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v)));
    }
  }

  /**
   * A reliability plot on [0, 1]²: the diagonal, and per series its points (mean predicted,
   * observed) joined in order, each point's area growing with its count.
   */
  public record Series(String name, String cls, double[] predicted, double[] observed, int[] count) {}

  public static String reliability(String caption, List<Series> series) {
    int size = 360;
    int pad = 40;
    double plot = size - 2 * pad;
    StringBuilder s = open(size + 180, size, caption);
    s.append(text(4, 14, "caption", caption));
    s.append(String.format(Locale.ROOT, "<rect class=\"frame\" x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\"/>\n", pad, pad, plot, plot));
    s.append(String.format(Locale.ROOT, "<line class=\"diag\" x1=\"%d\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%d\"/>\n", pad, pad + plot, pad + plot, pad));
    for (int i = 0; i <= 4; i++) {
      double v = i / 4.0;
      s.append(text(pad + v * plot - 8, pad + plot + 14, "tick", String.format(Locale.ROOT, "%.2f", v)));
      s.append(text(4, pad + plot - v * plot + 4, "tick", String.format(Locale.ROOT, "%.2f", v)));
    }
    s.append(text(pad + plot / 2 - 40, size - 4, "label", "mean predicted"));
    s.append(text(4, pad - 8, "label", "observed rate"));
    int legend = pad + 30;
    for (Series x : series) {
      StringBuilder line = new StringBuilder();
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < x.predicted().length; i++) {
        double px = pad + x.predicted()[i] * plot;
        double py = pad + plot - x.observed()[i] * plot;
        line.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
        pts.append(String.format(Locale.ROOT, "<circle class=\"pt %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>%s: predicted %.3f, observed %.3f, %d rows</title></circle>\n",
            HtmlReport.esc(x.cls()), px, py, 2 + Math.sqrt(x.count()[i]) / 2, HtmlReport.esc(x.name()), x.predicted()[i], x.observed()[i], x.count()[i]));
      }
      if (line.length() > 0) {
        s.append("<path class=\"curve ").append(HtmlReport.esc(x.cls())).append("\" d=\"").append(line).append("\"/>\n");
      }
      s.append(pts);
      s.append(String.format(Locale.ROOT, "<circle class=\"key %s\" cx=\"%.1f\" cy=\"%d\" r=\"4\"/>\n", HtmlReport.esc(x.cls()), pad + plot + 14, legend - 4));
      s.append(text(pad + plot + 22, legend, "label", x.name()));
      legend += 18;
    }
    return s.append("</svg>\n").toString();
  }

  private static StringBuilder open(int w, int h, String caption) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
        w, h, w, h, HtmlReport.esc(caption)));
  }

  private static String text(double x, double y, String cls, String t) {
    return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\"%s>%s</text>\n", cls, x, y,
        cls.endsWith(" end") ? " text-anchor=\"end\"" : "", HtmlReport.esc(t));
  }
}
