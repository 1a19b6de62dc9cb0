package org.eligo.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eligo.core.Evidence;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Status;
import org.eligo.rank.Alerts;
import org.eligo.rank.Match;

/**
 * One trial's screening run as a self-contained HTML page for a coordinator: the run summary,
 * the new matches since the previous run, and the ranked patients, filtered by status with
 * radio buttons and CSS alone (no script, no external file, nothing fetched). The first {@code
 * detailed} patients open to every criterion's verdict and reason and the evidence marked in a
 * snippet of its note. Every text that comes from input (notes, criteria, ids) is HTML-escaped.
 */
public final class HtmlReport {
  /** Characters of note text shown on each side of an evidence span. */
  static final int CONTEXT = 60;
  /** Evidence snippets shown per criterion; the rest are counted. */
  static final int SNIPPETS = 3;

  private static final String STYLE = """
      body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
      table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
      .ELIGIBLE .st{color:#060;font-weight:bold}.UNDETERMINED .st{color:#850}.INELIGIBLE .st{color:#a00}
      .r-MET{color:#060}.r-NOT_MET{color:#a00}.r-UNKNOWN{color:#850}.r-DEFERRED{color:#555}
      mark{background:#ff6}.snip{font-family:monospace;font-size:12px;white-space:pre-wrap}
      .p{border-bottom:1px solid #eee;padding:2px 0}summary{cursor:pointer}
      .filters label{margin-right:1em}
      #f-ELIGIBLE:checked~.list .p:not(.ELIGIBLE),#f-UNDETERMINED:checked~.list .p:not(.UNDETERMINED),
      #f-INELIGIBLE:checked~.list .p:not(.INELIGIBLE){display:none}
      """;

  private HtmlReport() {}

  /**
   * The page. {@code summary} is shown as a two-column table in its order; {@code alerts} is null
   * when the trial has no previous run; {@code notes} gives a patient's note texts by note id and
   * is asked only for the detailed patients.
   */
  public static String page(Trial trial, List<Match> matches, Map<String, String> summary, List<Alerts.Alert> alerts,
      Function<String, Map<String, String>> notes, int detailed) {
    StringBuilder h = new StringBuilder(4096 + matches.size() * 200);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>eligo: ").append(esc(trial.id()))
        .append("</title>\n<style>\n").append(STYLE).append("</style></head><body>\n");
    h.append("<h1>").append(esc(trial.id())).append(" ").append(esc(trial.title())).append("</h1>\n");
    h.append("<section id=\"summary\"><h2>Run summary</h2>\n<table>\n");
    summary.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n"));
    h.append("</table></section>\n");
    alerts(h, alerts);
    h.append("<section id=\"patients\"><h2>Ranked patients</h2>\n");
    if (matches.size() > detailed) {
      h.append("<p>Criteria and evidence are shown for the first ").append(detailed).append(" of ").append(matches.size())
          .append(" patients; ranked.jsonl has them for every patient.</p>\n");
    }
    h.append("<div class=\"filters\">\n");
    filter(h, "all", "all", matches.size(), true);
    for (Status s : Status.values()) {
      filter(h, s.name(), s.name().toLowerCase(Locale.ROOT), matches.stream().filter(m -> m.eligibility().status() == s).count(), false);
    }
    h.append("<div class=\"list\">\n");
    for (Match m : matches) {
      patient(h, m, m.rank() <= detailed ? notes.apply(m.eligibility().patientId()) : null);
    }
    h.append("</div></div></section>\n</body></html>\n");
    return h.toString();
  }

  private static void filter(StringBuilder h, String id, String label, long count, boolean checked) {
    h.append("<input type=\"radio\" name=\"status\" id=\"f-").append(id).append('"').append(checked ? " checked" : "").append(">")
        .append("<label for=\"f-").append(id).append("\">").append(label).append(" (").append(count).append(")</label>\n");
  }

  private static void alerts(StringBuilder h, List<Alerts.Alert> alerts) {
    h.append("<section id=\"alerts\"><h2>New matches since the previous run</h2>\n");
    if (alerts == null) {
      h.append("<p>First run of this trial: no previous run to compare with.</p>\n");
    } else if (alerts.isEmpty()) {
      h.append("<p>None: no patient became eligible or moved up.</p>\n");
    } else {
      h.append("<table><tr><th>patient</th><th>alert</th><th>now</th><th>before</th></tr>\n");
      for (Alerts.Alert a : alerts) {
        h.append("<tr class=\"").append(a.status().name()).append("\"><td>").append(esc(a.patientId())).append("</td><td>").append(a.kind())
            .append("</td><td class=\"st\">").append(standing(a.status(), a.score(), a.rank())).append("</td><td>")
            .append(a.previous() == null ? "not in the previous run" : standing(a.previous().status(), a.previous().score(), a.previous().rank()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n");
  }

  private static String standing(Status s, double score, int rank) {
    return String.format(Locale.ROOT, "%s %.3f, rank %d", s.name(), score, rank);
  }

  private static void patient(StringBuilder h, Match m, Map<String, String> notes) {
    String head = String.format(Locale.ROOT, "<b>%d</b> %s <span class=\"st\">%s</span> %.3f: %s", m.rank(), esc(m.eligibility().patientId()),
        m.eligibility().status().name(), m.score(), esc(Tables.deciding(m)));
    h.append("<div class=\"p ").append(m.eligibility().status().name()).append("\">");
    if (notes == null) {
      h.append(head).append("</div>\n");
      return;
    }
    h.append("<details><summary>").append(head).append("</summary>\n<table><tr><th>criterion</th><th>verdict</th><th>reason</th><th>evidence</th></tr>\n");
    for (CriterionResult r : m.eligibility().results()) {
      h.append("<tr><td>").append(esc(r.criterion().id())).append(' ').append(r.criterion().kind() == org.eligo.criteria.Criterion.Kind.INCLUSION ? "include" : "exclude")
          .append(": ").append(esc(r.criterion().text())).append("</td><td class=\"r-").append(r.result().name()).append("\">")
          .append(r.result().name()).append(r.assumed() ? " (assumed)" : "").append("</td><td>").append(esc(r.reason())).append("</td><td>");
      List<Evidence> ev = r.evidence();
      for (int i = 0; i < Math.min(SNIPPETS, ev.size()); i++) {
        h.append("<div class=\"snip\">").append(snippet(ev.get(i), notes)).append("</div>");
      }
      if (ev.size() > SNIPPETS) {
        h.append("<div>+").append(ev.size() - SNIPPETS).append(" more</div>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</table></details></div>\n");
  }

  /** The evidence in its note: up to {@link #CONTEXT} characters each side, the span marked; structured evidence names its source. */
  static String snippet(Evidence e, Map<String, String> notes) {
    if (e.structured()) {
      return esc(e.source()) + ": <mark>" + esc(e.text()) + "</mark>";
    }
    String text = notes.get(e.noteId());
    int start = e.span().start();
    int end = e.span().end();
    if (text == null || start < 0 || end > text.length() || start > end) {
      return esc(e.noteId()) + ": <mark>" + esc(e.text()) + "</mark>";
    }
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    return esc(e.noteId()) + ": " + (from > 0 ? "…" : "") + esc(text.substring(from, start)) + "<mark>" + esc(text.substring(start, end))
        + "</mark>" + esc(text.substring(end, to)) + (to < text.length() ? "…" : "");
  }

  /** HTML-escapes text for element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
