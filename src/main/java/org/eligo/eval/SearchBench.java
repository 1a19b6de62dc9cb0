package org.eligo.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.Query;
import org.eligo.index.Highlighter;
import org.eligo.index.PatientIndex;
import org.eligo.index.QueryLanguage;

/**
 * {@code eligo search} without the JVM start and the printing, warm: each query of a mix parsed,
 * run for the top hits and highlighted, many times; the latency of every search is kept.
 */
public final class SearchBench {
  /** The query mix of docs/SEARCH.md: each field kind, negation, ranges, phrases and combinations. */
  public static final List<String> MIX = List.of(
      "variant:\"KRAS G12C\"",
      "variant:\"EGFR exon 19 deletion\"",
      "variant:\"ALK fusion\"",
      "gene:EGFR -absent:EGFR",
      "absent:EGFR",
      "cancer:NSCLC",
      "cancer:SOLID",
      "histology:adenocarcinoma AND stage:IV",
      "brain_mets:active",
      "metastasis:\"liver:active\"",
      "drug:osimertinib",
      "drug_class:\"EGFR TKI\"",
      "condition:\"interstitial lung disease\"",
      "sex:female AND age:>=18",
      "-has:ecog",
      "msi:msi-h OR mmr:dmmr",
      "her2:\"3+\" OR er:negative",
      "age:>=18 AND ecog:[0 TO 1]",
      "pdl1_tps:[50 TO *]",
      "tmb:[10 TO *]",
      "lab.anc:[1.5 TO *] AND lab.platelets:[100 TO *]",
      "lab.ast.uln:[* TO 2.5] AND lab.creatinine_clearance:[60 TO *]",
      "leptomeningeal",
      "text:\"brain MRI\"",
      "variant:\"KRAS G12C\" AND cancer:NSCLC AND ecog:[0 TO 1]",
      "(cancer:NSCLC OR cancer:COLORECTAL) AND -absent:KRAS AND prior_lines:[1 TO *]");

  /**
   * One query: patients it matches, its median and slowest search in milliseconds, and the
   * process's CPU time per search of it (every thread: the segments are searched side by side),
   * which a busy machine inflates far less than the wall time.
   */
  public record QueryTime(String query, long matches, double medianMillis, double maxMillis, double cpuMillis) {}

  /** Latency percentiles over every timed search, in milliseconds, the CPU per search and the heap's peak during the timed rounds. */
  public record Result(List<QueryTime> queries, int searches, double p50, double p95, double p99, double max, double cpuMillis,
      long peakHeapBytes) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private SearchBench() {}

  public static Result run(PatientIndex index, List<String> queries, int limit, int warmup, int rounds) throws QueryLanguage.SyntaxError {
    QueryLanguage language = new QueryLanguage(index);
    for (int r = 0; r < warmup; r++) {
      for (String q : queries) {
        once(index, language, q, limit);
      }
    }
    HeapPeak.reset();
    double[][] times = new double[queries.size()][rounds];
    double[] cpu = new double[queries.size()];
    double[] all = new double[queries.size() * rounds];
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < queries.size(); i++) {
        long cpuStart = OS.getProcessCpuTime();
        long start = System.nanoTime();
        once(index, language, queries.get(i), limit);
        times[i][r] = (System.nanoTime() - start) / 1e6;
        cpu[i] += (OS.getProcessCpuTime() - cpuStart) / 1e6;
        all[n++] = times[i][r];
      }
    }
    long peak = HeapPeak.bytes();
    List<QueryTime> per = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      double[] t = times[i].clone();
      Arrays.sort(t);
      per.add(new QueryTime(queries.get(i), index.count(language.parse(queries.get(i))), ScreenBench.median(t), t[t.length - 1],
          cpu[i] / rounds));
    }
    Arrays.sort(all);
    return new Result(per, all.length, percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99), all[all.length - 1],
        Arrays.stream(cpu).sum() / all.length, peak);
  }

  /** What {@code eligo search} does for one query: parse, the top hits with their records and notes, their highlights. */
  private static int once(PatientIndex index, QueryLanguage language, String query, int limit) throws QueryLanguage.SyntaxError {
    Query q = language.parse(query);
    int lines = 0;
    for (PatientIndex.Hit h : index.search(q, limit)) {
      lines += Highlighter.highlights(q, h, 5).size();
    }
    return lines;
  }

  /** Nearest rank: the smallest value with at least {@code p} of the sorted values at or below it. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
