package org.eligo.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Status;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;
import org.eligo.patient.RecordJson;
import org.eligo.rank.Match;

/** Human-readable tables for the terminal. */
public final class Tables {
  private Tables() {}

  /** A trial's ranked patients, each with the one or two criteria that decided its status. */
  public static void screen(PrintWriter out, Trial trial, List<Match> matches) {
    long e = matches.stream().filter(m -> m.eligibility().status() == Status.ELIGIBLE).count();
    long u = matches.stream().filter(m -> m.eligibility().status() == Status.UNDETERMINED).count();
    long i = matches.size() - e - u;
    out.printf(Locale.ROOT, "%s  %s%n", trial.id(), trial.title());
    out.printf(Locale.ROOT, "  %d patients: %d eligible, %d undetermined, %d ineligible%n", matches.size(), e, u, i);
    out.printf(Locale.ROOT, "  %4s  %-10s %-12s %5s  %s%n", "rank", "patient", "status", "score", "decided by");
    for (Match m : matches) {
      out.printf(Locale.ROOT, "  %4d  %-10s %-12s %5.3f  %s%n", m.rank(), m.eligibility().patientId(),
          m.eligibility().status(), m.score(), deciding(m));
    }
    out.println();
  }

  /** A patient's trials in rank order, each with the one or two criteria that decided its status. */
  public static void match(PrintWriter out, String patientId, List<Match> matches, Map<String, Trial> trials) {
    long e = matches.stream().filter(m -> m.eligibility().status() == Status.ELIGIBLE).count();
    long u = matches.stream().filter(m -> m.eligibility().status() == Status.UNDETERMINED).count();
    out.printf(Locale.ROOT, "%s%n  %d trials: %d eligible, %d undetermined, %d ineligible%n", patientId, matches.size(), e, u,
        matches.size() - e - u);
    out.printf(Locale.ROOT, "  %4s  %-12s %-12s %5s  %s%n", "rank", "trial", "status", "score", "decided by");
    for (Match m : matches) {
      out.printf(Locale.ROOT, "  %4d  %-12s %-12s %5.3f  %s%n", m.rank(), m.eligibility().trialId(), m.eligibility().status(), m.score(),
          deciding(m));
      out.printf(Locale.ROOT, "  %4s  %s%n", "", abbreviate(trials.get(m.eligibility().trialId()).title(), 100));
    }
    out.println();
  }

  public static String deciding(Match m) {
    List<CriterionResult> d = m.eligibility().deciding();
    if (d.isEmpty()) {
      long read = m.eligibility().results().stream().filter(r -> r.result().name().equals("MET") || r.result().name().equals("NOT_MET")).count();
      return "all criteria met or deferred (" + read + " read from records)";
    }
    String shown = d.stream().limit(2).map(r -> r.criterion().id() + " " + r.reason()).collect(Collectors.joining("; "));
    return d.size() > 2 ? shown + " (+" + (d.size() - 2) + " more)" : shown;
  }

  public static void criteria(PrintWriter out, Trial t) {
    out.printf(Locale.ROOT, "%s  %s%n", t.id(), t.title());
    for (Criterion c : t.criteria()) {
      out.printf(Locale.ROOT, "  %-6s %-9s %-18s %s%n", c.id(), c.kind() == Criterion.Kind.INCLUSION ? "include" : "exclude",
          c.category(), abbreviate(c.text(), 90));
      out.printf(Locale.ROOT, "  %6s %s%n", "", c.computable() ? "→ " + c.predicate() : "✗ " + c.reason());
      if (c.computable() && c.reason() != null) {
        out.printf(Locale.ROOT, "  %6s   (%s)%n", "", c.reason());
      }
    }
    out.println();
  }

  public static void extract(PrintWriter out, PatientRecord r) {
    out.printf(Locale.ROOT, "%s  (%d notes, as of %s, prior systemic lines: %s)%n", r.patientId(), r.noteCount(), r.asOf(),
        r.priorLines() == null ? "unknown" : r.priorLines());
    for (Fact f : r.facts()) {
      var o = RecordJson.fact(f);
      o.remove("evidence");
      o.remove("type");
      o.remove("assertion");
      o.remove("current");
      o.remove("date");
      String ev = f.evidence().get(0).noteId() == null ? f.evidence().get(0).source() : f.evidence().get(0).noteId();
      out.printf(Locale.ROOT, "  %-18s %-12s %-5s %-10s %s  [%s%s]%n", f.finding().type(), f.assertion(), f.current() ? "now" : "old",
          f.date() == null ? "" : f.date(), o.toString(), ev, f.evidence().size() > 1 ? " +" + (f.evidence().size() - 1) : "");
    }
    out.println();
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
