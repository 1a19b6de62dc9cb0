package org.eligo.report;

import java.util.List;
import java.util.Locale;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Verdict;
import org.eligo.rank.Match;

/**
 * A trial's ranking as CSV (RFC 4180): a header, then one row per patient in rank order with
 * the criteria that decided its status (as the screen table shows them) and how many criteria
 * were met, not met, unknown and deferred. A field holding a comma, a double quote or a line
 * break is quoted, its quotes doubled.
 */
public final class RankedCsv {
  public static final String HEADER = "rank,patientId,status,score,decidedBy,met,notMet,unknown,deferred";

  private RankedCsv() {}

  public static String row(Match m) {
    List<CriterionResult> results = m.eligibility().results();
    return String.join(",", String.valueOf(m.rank()), field(m.eligibility().patientId()), m.eligibility().status().name(),
        String.format(Locale.ROOT, "%.3f", m.score()), field(Tables.deciding(m)), count(results, Verdict.MET), count(results, Verdict.NOT_MET),
        count(results, Verdict.UNKNOWN), count(results, Verdict.DEFERRED));
  }

  private static String count(List<CriterionResult> results, Verdict v) {
    return String.valueOf(results.stream().filter(r -> r.result() == v).count());
  }

  /** One CSV field: as is, or quoted with its quotes doubled when it holds a comma, quote, CR or LF. */
  public static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
