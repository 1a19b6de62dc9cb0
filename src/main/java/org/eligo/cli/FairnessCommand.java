package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.eligo.app.AuditLog;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Trial;
import org.eligo.design.Fairness;
import org.eligo.design.FairnessJson;
import org.eligo.design.Groups;
import org.eligo.design.RelaxStep;
import org.eligo.eligibility.Status;
import org.eligo.intake.PatientInfo;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo fairness}: exclusion rates by group per criterion, representation of the eligible pool, criterion relaxation. */
@Command(name = "fairness", mixinStandardHelpOptions = true,
    description = "Per criterion, exclusion rates by sex, age band (and race/ethnicity with --patients) with Wilson 95%% intervals and the four-fifths rule; representation; relaxation.")
final class FairnessCommand implements Callable<Integer> {
  @Option(names = "--trial", paramLabel = "FILE", required = true, description = "one trial (ClinicalTrials.gov v2 JSON or CTML)")
  Path trial;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder: the population")
  Path index;

  @Option(names = "--patients", paramLabel = "FILE", description = "patients file (JSONL or CSV) whose race and ethnicity give those groups; without it they are not recorded")
  Path patients;

  @Option(names = "--min-group", paramLabel = "N", defaultValue = "10",
      description = "groups smaller than N stay out of the selection ratio (default ${DEFAULT-VALUE})")
  int minGroup;

  @Option(names = "--html", paramLabel = "FILE", description = "also write a report page: pass rates by group with intervals and the four-fifths line, the relaxation waterfall (owner-only)")
  Path html;

  @Mixin Output output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (minGroup < 1) {
      err.println("eligo: --min-group must be 1 or more");
      return Main.USAGE;
    }
    for (Path f : patients == null ? List.of(trial) : List.of(trial, patients)) {
      if (!Files.isRegularFile(f)) {
        err.println("eligo: error: file not found: " + f);
        return Main.FAILURE;
      }
    }
    Eligo eligo = new Eligo();
    Problems problems = new Problems();
    Trial t = TrialOnIndex.trial(eligo, trial, problems, err);
    if (t == null) {
      return Main.FAILURE;
    }
    List<PatientRecord> records = TrialOnIndex.records(index, err);
    if (records == null) {
      return Main.FAILURE;
    }
    Map<String, PatientInfo> registry = patients == null ? null : eligo.patients(patients, problems);
    AuditLog.append(index, AuditLog.ids(AuditLog.ids(AuditLog.entry("fairness"), "trials", List.of(t.id())),
        "patients", records.stream().map(PatientRecord::patientId).toList()));
    long t0 = System.nanoTime();
    List<Match> matches = eligo.screen(t, records);
    Map<String, Map<String, String>> groups = Groups.of(records, registry);
    Fairness.Report report = Fairness.of(t.criteria(), matches, groups, minGroup);
    List<Fairness.Relaxation> steps = new java.util.ArrayList<>();
    for (Criterion c : t.criteria()) {
      RelaxStep.of(c).ifPresent(step -> {
        List<Criterion> relaxed = t.criteria().stream().map(x -> x.id().equals(c.id()) ? step.relaxed() : x).toList();
        Trial rt = new Trial(t.id(), t.title(), t.conditions(), relaxed, t.source());
        java.util.Set<String> ids = Fairness.couldGain(c, matches);
        steps.add(Fairness.stepped(step, matches, eligo.screen(rt, records.stream().filter(p -> ids.contains(p.patientId())).toList()), groups));
      });
    }
    PrintWriter out = output.open(spec.commandLine().getOut());
    if (output.format == Output.Format.jsonl) {
      FairnessJson.lines(t.id(), report, steps).forEach(o -> out.println(o.toString()));
    } else {
      table(out, t, matches, report, steps);
    }
    output.close(out);
    if (html != null) {
      Map<Status, Long> st = matches.stream().collect(Collectors.groupingBy(m -> m.eligibility().status(), Collectors.counting()));
      Output.html(html, org.eligo.report.DesignPages.fairness(Output.command(spec), t, matches.size(), st.getOrDefault(Status.ELIGIBLE, 0L).intValue(),
          st.getOrDefault(Status.UNDETERMINED, 0L).intValue(), report, steps, minGroup));
    }
    err.printf("eligo: fairness %s: %d patients, %d criteria in %.0f ms%n", t.id(), records.size(), t.criteria().size(), (System.nanoTime() - t0) / 1e6);
    return Output.report(problems, err);
  }

  private void table(PrintWriter out, Trial t, List<Match> matches, Fairness.Report r, List<Fairness.Relaxation> steps) {
    Map<Status, Long> st = matches.stream().collect(Collectors.groupingBy(m -> m.eligibility().status(), Collectors.counting()));
    out.printf("%s  %s%n  population %d patients: %d ELIGIBLE, %d UNDETERMINED, %d INELIGIBLE%n", t.id(), t.title(), matches.size(),
        st.getOrDefault(Status.ELIGIBLE, 0L), st.getOrDefault(Status.UNDETERMINED, 0L), st.getOrDefault(Status.INELIGIBLE, 0L));
    if (patients == null) {
      out.println("  race/ethnicity: not recorded (pass --patients FILE with race and ethnicity)");
    }
    out.printf("%nExcluded by each criterion, per group: excluded/n rate [Wilson 95%%]; ratio = lowest/highest pass rate among groups of >= %d"
        + " (not recorded left out), FLAG below 0.8%n", minGroup);
    String last = null;
    for (Fairness.Exclusion e : r.exclusions()) {
      Criterion c = e.criterion();
      if (!c.id().equals(last)) {
        out.printf("  %s %s  %s%n", c.id(), c.kind().name().toLowerCase(Locale.ROOT), shorten(c.text(), 90));
        last = c.id();
      }
      String groups = e.groups().stream().map(g -> String.format(Locale.ROOT, "%s %d/%d %.1f%% [%.1f-%.1f]", g.group(), g.excluded(), g.n(),
          100 * g.ci().proportion(), 100 * g.ci().lower(), 100 * g.ci().upper())).collect(Collectors.joining("; "));
      String ratio = e.selectionRatio() == null ? "ratio -" : String.format(Locale.ROOT, "ratio %.2f", e.selectionRatio());
      out.printf("    %-9s %s  %s%s%n", e.dimension(), groups, ratio, e.flagged() ? "  FLAG" : "");
    }
    out.printf("%nRepresentation: group population (share) -> ELIGIBLE (share); ELIGIBLE or UNDETERMINED (share)%n");
    for (Fairness.Representation p : r.representation()) {
      String groups = p.groups().stream().map(s -> String.format(Locale.ROOT, "%s %d (%s) -> %d (%s); %d (%s)", s.group(), s.population(),
          pct(s.population(), p.population()), s.eligible(), pct(s.eligible(), p.eligible()), s.eligibleOrUndetermined(),
          pct(s.eligibleOrUndetermined(), p.eligibleOrUndetermined()))).collect(Collectors.joining(" | "));
      out.printf("  %-9s %s%n", p.dimension(), groups);
    }
    out.printf("%nRelaxation: patients not ELIGIBLE now who would be ELIGIBLE without the criterion or with its threshold one step looser"
        + " (and who would no longer be INELIGIBLE)%n");
    List<Fairness.Relaxation> all = new java.util.ArrayList<>(r.relaxations());
    all.addAll(steps);
    for (Fairness.Relaxation x : all) {
      if (x.gainedEligible() == 0 && x.gainedNotIneligible() == 0) {
        continue;
      }
      String by = x.notIneligibleByGroup().keySet().stream().map(d -> {
        Map<String, Integer> e = x.eligibleByGroup().get(d);
        Map<String, Integer> n = x.notIneligibleByGroup().get(d);
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(e.keySet());
        keys.addAll(n.keySet());
        return d + ": " + keys.stream().map(g -> g + " " + e.getOrDefault(g, 0) + " (" + n.getOrDefault(g, 0) + ")").collect(Collectors.joining(", "));
      }).collect(Collectors.joining("; "));
      out.printf("  %-4s %s: +%d (+%d)  %s%n", x.criterion().id(), x.step() == null ? "without" : x.step(), x.gainedEligible(), x.gainedNotIneligible(), by);
    }
  }

  private static String pct(int k, int n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * k / n);
  }

  private static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
