package org.eligo.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A self-contained report page (one file, inline CSS and SVG, no script, nothing fetched),
 * written as well-formed XHTML so that any XML parser reads it. It states the command that
 * produced it. Text is escaped; {@link #svg} takes markup from {@link Charts} only.
 */
public final class Page {
  private static final String STYLE = """
      body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;max-width:60em}
      table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}
      td.n{text-align:right}code{background:#f4f4f4;padding:1px 3px}
      svg{display:block;margin:.5em 0 1.2em}svg text{font:11px system-ui,sans-serif;fill:#222}svg .caption{font-weight:bold}
      .bar{fill:#4a7bb7}.bar.flag{fill:#c0504d}.bar.small{fill:#aab7c8}.bar.total{fill:#2e5d33}.bar.gain{fill:#7fb27f}
      .bar.arm1{fill:#e39b3a}.bar.arm2{fill:#7f6fb3}.bar.unknown{fill:#999}
      .ci{stroke:#222;stroke-width:1.2;fill:none}.ref{stroke:#c0504d;stroke-dasharray:4 3;stroke-width:1.5}
      .axis,.frame{stroke:#888;fill:none}.diag{stroke:#888;stroke-dasharray:3 3}
      .curve{fill:none;stroke-width:1.5}.curve.model{stroke:#4a7bb7}.curve.loris{stroke:#e39b3a}
      .model{fill:#4a7bb7}.loris{fill:#e39b3a}.curve.model,.curve.loris{fill:none}
      """;

  private final StringBuilder h = new StringBuilder(8192);

  /** A page titled {@code title}, stating {@code command} as the command that produced it. */
  public Page(String title, String command) {
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>\n<title>")
        .append(HtmlReport.esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style></head><body>\n");
    h.append("<h1>").append(HtmlReport.esc(title)).append("</h1>\n");
    h.append("<p>Produced by <code class=\"command\">").append(HtmlReport.esc(command)).append("</code></p>\n");
  }

  public Page heading(String text) {
    h.append("<h2>").append(HtmlReport.esc(text)).append("</h2>\n");
    return this;
  }

  public Page paragraph(String text) {
    h.append("<p>").append(HtmlReport.esc(text)).append("</p>\n");
    return this;
  }

  /** A table; cells that parse as numbers are right-aligned. */
  public Page table(List<String> header, List<List<String>> rows) {
    h.append("<table><tr>").append(header.stream().map(x -> "<th>" + HtmlReport.esc(x) + "</th>").collect(Collectors.joining())).append("</tr>\n");
    for (List<String> r : rows) {
      h.append("<tr>").append(r.stream().map(x -> (numeric(x) ? "<td class=\"n\">" : "<td>") + HtmlReport.esc(x) + "</td>").collect(Collectors.joining()))
          .append("</tr>\n");
    }
    h.append("</table>\n");
    return this;
  }

  private static boolean numeric(String x) {
    return x != null && x.matches("[-+]?[0-9][0-9.,]*%?");
  }

  /** Markup made by {@link Charts}. */
  public Page svg(String svg) {
    h.append(svg);
    return this;
  }

  public String html() {
    return h + "</body></html>\n";
  }

  /** The command line as a shell would take it back: arguments with spaces or quotes single-quoted. */
  public static String command(List<String> args) {
    return "eligo " + args.stream().map(a -> a.matches("[A-Za-z0-9_./:=@%+,-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
        .collect(Collectors.joining(" "));
  }
}
