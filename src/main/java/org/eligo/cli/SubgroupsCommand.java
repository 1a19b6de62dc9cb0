package org.eligo.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.eligo.app.AuditLog;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.design.Profile;
import org.eligo.design.Subgroups;
import org.eligo.eligibility.Status;
import org.eligo.patient.PatientRecord;
import org.eligo.report.Charts;
import org.eligo.report.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo subgroups}: k-means or HDBSCAN subgroups of an index's patients (or a trial's ELIGIBLE and UNDETERMINED ones) by their profile. */
@Command(name = "subgroups", mixinStandardHelpOptions = true,
    description = "Data-driven subgroups: patients clustered by their molecular and clinical profile (Tribuo k-means or HDBSCAN), each described by its dominant facts.")
final class SubgroupsCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder")
  Path index;

  @Option(names = "--trial", paramLabel = "FILE", description = "cluster only the patients this trial screens ELIGIBLE or UNDETERMINED")
  Path trial;

  enum Method { kmeans, hdbscan }

  @Option(names = "--method", paramLabel = "M", defaultValue = "kmeans", description = "kmeans or hdbscan (default ${DEFAULT-VALUE})")
  Method method;

  @Option(names = "--min-cluster-size", paramLabel = "N", description = "HDBSCAN: the fewest patients a cluster holds, also the neighbours of the"
      + " core distance (default " + DEFAULT_MIN_CLUSTER + ")")
  Integer minClusterSize;

  static final int DEFAULT_MIN_CLUSTER = 5;

  @Option(names = "--k", paramLabel = "K", description = "number of subgroups; without it, the K of highest mean silhouette among 2.."
      + Subgroups.K_MAX)
  Integer k;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "17", description = "seed of k-means (and of the silhouette sample) (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--html", paramLabel = "FILE", description = "also write a report page with the subgroup sizes (owner-only)")
  Path html;

  @Mixin Output output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (k != null && k < 2) {
      err.println("eligo: --k must be at least 2");
      return Main.USAGE;
    }
    if (method == Method.hdbscan && k != null) {
      err.println("eligo: --k is for k-means; HDBSCAN finds the number of clusters (give --min-cluster-size)");
      return Main.USAGE;
    }
    if (method == Method.kmeans && minClusterSize != null) {
      err.println("eligo: --min-cluster-size is for --method hdbscan");
      return Main.USAGE;
    }
    if (minClusterSize != null && minClusterSize < 2) {
      err.println("eligo: --min-cluster-size must be at least 2");
      return Main.USAGE;
    }
    int minSize = minClusterSize == null ? DEFAULT_MIN_CLUSTER : minClusterSize;
    if (trial != null && !Files.isRegularFile(trial)) {
      err.println("eligo: error: file not found: " + trial);
      return Main.FAILURE;
    }
    Eligo eligo = new Eligo();
    Problems problems = new Problems();
    Trial t = trial == null ? null : TrialOnIndex.trial(eligo, trial, problems, err);
    if (trial != null && t == null) {
      return Main.FAILURE;
    }
    List<PatientRecord> records = TrialOnIndex.records(index, err);
    if (records == null) {
      return Main.FAILURE;
    }
    long t0 = System.nanoTime();
    if (t != null) {
      Set<String> kept = eligo.screen(t, records).stream().filter(m -> m.eligibility().status() != Status.INELIGIBLE)
          .map(m -> m.eligibility().patientId()).collect(Collectors.toSet());
      records = records.stream().filter(p -> kept.contains(p.patientId())).toList();
      if (records.isEmpty()) {
        err.println("eligo: error: " + t.id() + " screens no patient of " + index + " ELIGIBLE or UNDETERMINED: nothing to cluster");
        return Main.FAILURE;
      }
    }
    AuditLog.append(index, AuditLog.ids(AuditLog.ids(AuditLog.entry("subgroups"), "trials", t == null ? List.of() : List.of(t.id())),
        "patients", records.stream().map(PatientRecord::patientId).toList()));
    List<Profile> profiles = new ArrayList<>();
    int empty = 0;
    for (PatientRecord p : records) {
      Profile pr = Profile.of(p);
      if (pr.features().isEmpty()) {
        empty++;
      } else {
        profiles.add(pr);
      }
    }
    if (profiles.isEmpty()) {
      err.println("eligo: error: none of the " + records.size() + " patients has a fact of the profile (genes, cancer, stage, ECOG, PD-L1, TMB,"
          + " prior lines, key conditions, metastases): nothing to cluster");
      return Main.FAILURE;
    }
    if (empty > 0) {
      err.println("eligo: " + empty + " of " + records.size() + " patients have no fact of the profile and are left out");
    }
    Subgroups.Result r;
    try {
      r = method == Method.hdbscan ? Subgroups.hdbscan(profiles, minSize, seed)
          : k == null ? Subgroups.choose(profiles, Subgroups.K_MAX, seed) : Subgroups.cluster(profiles, k, seed);
    } catch (IllegalArgumentException e) {
      err.println("eligo: error: " + e.getMessage());
      return Main.FAILURE;
    }
    String rule = method == Method.hdbscan ? "HDBSCAN, minimum cluster size " + minSize
        : k == null ? "highest mean silhouette among K = 2.." + Subgroups.K_MAX + " (a tie takes the smaller)" : "given";
    PrintWriter out = output.open(spec.commandLine().getOut());
    if (output.format == Output.Format.jsonl) {
      lines(r, profiles.size(), empty, rule).forEach(o -> out.println(o.toString()));
    } else {
      table(out, r, profiles.size(), empty, rule);
    }
    output.close(out);
    if (html != null) {
      Output.html(html, page(r, t, profiles.size(), empty, rule));
    }
    err.printf(Locale.ROOT, "eligo: subgroups: %d patients, K %d, in %.0f ms%n", profiles.size(), r.k(), (System.nanoTime() - t0) / 1e6);
    return Output.report(problems, err);
  }

  private List<ObjectNode> lines(Subgroups.Result r, int n, int empty, String rule) {
    List<ObjectNode> lines = new ArrayList<>();
    ObjectNode head = JsonNodeFactory.instance.objectNode().put("type", "subgroups").put("method", method.name()).put("k", r.k()).put("kChosenBy", rule)
        .put("seed", seed).put("patients", n).put("leftOutWithoutProfile", empty).put("unclustered", r.unclustered().size());
    number(head, "silhouette", r.silhouette());
    head.put("silhouetteOver", r.silhouetteOver()).put("withinSumOfSquares", round(r.withinSumOfSquares()));
    ObjectNode byK = head.putObject("silhouetteByK");
    r.silhouetteByK().forEach((kk, s) -> byK.put(String.valueOf(kk), round(s)));
    lines.add(head);
    List<Subgroups.Cluster> groups = new ArrayList<>(r.clusters());
    if (r.unclustered().size() > 0) {
      groups.add(r.unclustered());
    }
    for (Subgroups.Cluster c : groups) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      if (c.id() < 0) {
        o.put("type", "unclustered").put("size", c.size()).put("share", round((double) c.size() / n));
      } else {
        o.put("type", "cluster").put("cluster", c.id()).put("size", c.size()).put("share", round((double) c.size() / n));
        number(o, "silhouette", c.silhouette());
      }
      var d = o.putArray("dominant");
      c.dominant().forEach(s -> d.addObject().put("fact", s.feature()).put("inCluster", round(s.inCluster())).put("overall", round(s.overall())));
      var sc = o.putArray("scarce");
      c.scarce().forEach(s -> sc.addObject().put("fact", s.feature()).put("inCluster", round(s.inCluster())).put("overall", round(s.overall())));
      lines.add(o);
    }
    for (Subgroups.Cluster c : r.clusters()) {
      c.patientIds().forEach(id -> lines.add(JsonNodeFactory.instance.objectNode().put("type", "member").put("patientId", id).put("cluster", c.id())));
    }
    r.unclustered().patientIds().forEach(id -> lines.add(JsonNodeFactory.instance.objectNode().put("type", "member").put("patientId", id)
        .put("cluster", "unclustered")));
    return lines;
  }

  /** A rounded number, or null when undefined (a silhouette below two clusters). */
  private static void number(ObjectNode o, String field, double x) {
    if (Double.isNaN(x)) {
      o.putNull(field);
    } else {
      o.put(field, round(x));
    }
  }

  private void table(PrintWriter out, Subgroups.Result r, int n, int empty, String rule) {
    if (method == Method.hdbscan) {
      out.printf(Locale.ROOT, "%d patients in %d subgroups (%s; seed %d), %d unclustered (%.1f%%)%s%n", n, r.clusters().size(), rule, seed,
          r.unclustered().size(), 100.0 * r.unclustered().size() / n, empty > 0 ? "; " + empty + " without any profile fact left out" : "");
    } else {
      out.printf(Locale.ROOT, "%d patients in %d subgroups (K %s; seed %d)%s%n", n, r.clusters().size(), rule.equals("given") ? "given" : "by " + rule, seed,
          empty > 0 ? "; " + empty + " without any profile fact left out" : "");
    }
    out.printf(Locale.ROOT, "  mean silhouette %s (over %d %spatients), within-cluster sum of squares %.1f%n", silhouette(r.silhouette()), r.silhouetteOver(),
        method == Method.hdbscan ? "clustered " : "", r.withinSumOfSquares());
    if (r.silhouetteByK().size() > 1) {
      out.println("  silhouette by K: " + r.silhouetteByK().entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%d %.3f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
    }
    out.printf("  %-7s %6s %6s %10s  %s%n", "cluster", "size", "share", "silhouette", "dominant facts: share in cluster (overall)");
    for (Subgroups.Cluster c : r.clusters()) {
      out.printf(Locale.ROOT, "  %-7d %6d %5.1f%% %10s  %s%n", c.id(), c.size(), 100.0 * c.size() / n, silhouette(c.silhouette()), describe(c));
    }
    Subgroups.Cluster u = r.unclustered();
    if (u.size() > 0) {
      out.printf(Locale.ROOT, "  %-7s %6d %5.1f%% %10s  %s%n", "unclust.", u.size(), 100.0 * u.size() / n, "", describe(u));
    }
  }

  private static String silhouette(double s) {
    return Double.isNaN(s) ? "n/a" : String.format(Locale.ROOT, "%.3f", s);
  }

  static String describe(Subgroups.Cluster c) {
    return (c.dominant().isEmpty() ? "no fact above its overall share" : shares(c.dominant()))
        + (c.scarce().isEmpty() ? "" : "; fewer: " + shares(c.scarce()));
  }

  private static String shares(List<Subgroups.Share> l) {
    return l.stream().map(s -> String.format(Locale.ROOT, "%s %.0f%% (%.0f%%)", s.feature(), 100 * s.inCluster(), 100 * s.overall()))
        .collect(Collectors.joining(", "));
  }

  private String page(Subgroups.Result r, Trial t, int n, int empty, String rule) {
    Page p = new Page("eligo subgroups" + (t == null ? "" : ": " + t.id()), Output.command(spec));
    p.paragraph(String.format(Locale.ROOT, "%d patients, K %d (%s), seed %d; mean silhouette %s over %d patients; within-cluster sum of squares %.1f.%s%s",
        n, r.k(), rule, seed, silhouette(r.silhouette()), r.silhouetteOver(), r.withinSumOfSquares(),
        r.unclustered().size() > 0 ? " " + r.unclustered().size() + " patients unclustered (in no cluster)." : "",
        empty > 0 ? " " + empty + " patients without any profile fact left out." : ""));
    List<Subgroups.Cluster> groups = new ArrayList<>(r.clusters());
    if (r.unclustered().size() > 0) {
      groups.add(r.unclustered());
    }
    List<Charts.Bar> bars = groups.stream().map(c -> Charts.Bar.of(c.id() < 0 ? "unclustered" : "cluster " + c.id(), c.size(),
        String.format(Locale.ROOT, "%d (%.1f%%)", c.size(), 100.0 * c.size() / n))).toList();
    p.svg(Charts.bars("Subgroup sizes", bars, Charts.countScale(bars.stream().mapToDouble(Charts.Bar::value).max().orElse(1)), null, null));
    if (r.silhouetteByK().size() > 1) {
      p.svg(Charts.bars("Mean silhouette by K", r.silhouetteByK().entrySet().stream()
          .map(e -> Charts.Bar.of("K " + e.getKey(), Math.max(0, e.getValue()), String.format(Locale.ROOT, "%.3f", e.getValue()))).toList(), 1, null, null));
    }
    p.heading("Dominant facts");
    p.table(List.of("cluster", "size", "silhouette", "facts: share in cluster (overall)"), groups.stream()
        .map(c -> List.of(c.id() < 0 ? "unclustered" : String.valueOf(c.id()), String.valueOf(c.size()), c.id() < 0 ? "" : silhouette(c.silhouette()),
            describe(c))).toList());
    return p.html();
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
