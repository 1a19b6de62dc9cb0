package org.eligo.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eligo.criteria.Trial;
import org.eligo.design.Fairness;
import org.eligo.design.Minimiser;
import org.eligo.design.Stratification;

/** Report pages of {@code eligo fairness} and {@code eligo stratify}: the figures of their JSON lines as plots. */
public final class DesignPages {
  private DesignPages() {}

  /**
   * Fairness: per criterion and dimension with a selection ratio and someone excluded, each
   * group's pass rate (not excluded by the criterion) with its Wilson 95% interval and the
   * four-fifths line (0.8 × the highest pass rate among the groups the ratio compares), flagged
   * pairs first; the relaxation waterfall (ELIGIBLE now, then what dropping each criterion alone
   * adds; these sets are disjoint, so the last bar counts the patients at most one criterion
   * away); the one-step threshold relaxations; representation.
   */
  public static String fairness(String command, Trial t, int population, int eligible, int undetermined, Fairness.Report r,
      List<Fairness.Relaxation> steps, int minGroup) {
    Page p = new Page("eligo fairness: " + t.id(), command);
    p.paragraph(t.id() + " " + t.title());
    p.paragraph(String.format(Locale.ROOT, "Population %d patients: %d ELIGIBLE, %d UNDETERMINED, %d INELIGIBLE.", population, eligible,
        undetermined, population - eligible - undetermined));
    p.heading("Pass rate by group, per criterion");
    p.paragraph("Bars: share of each group the criterion does not exclude, with the Wilson 95% interval. Dashed line: four fifths of the"
        + " highest pass rate among groups of at least " + minGroup + " patients (not recorded left out); a bar left of it fails the"
        + " four-fifths rule. Pale bars take no part in the ratio.");
    List<Fairness.Exclusion> shown = r.exclusions().stream()
        .filter(e -> e.selectionRatio() != null && e.groups().stream().anyMatch(g -> g.excluded() > 0))
        .sorted(Comparator.comparing((Fairness.Exclusion e) -> !e.flagged())).toList();
    if (shown.isEmpty()) {
      p.paragraph("No criterion excludes anyone in groups large enough to compare.");
    }
    for (Fairness.Exclusion e : shown) {
      double best = e.groups().stream().filter(g -> counted(g, minGroup)).mapToDouble(Fairness.GroupRate::selection).max().orElse(0);
      List<Charts.Bar> bars = new ArrayList<>();
      for (Fairness.GroupRate g : e.groups()) {
        boolean counted = counted(g, minGroup);
        String cls = !counted ? "small" : g.selection() < Fairness.FOUR_FIFTHS * best ? "flag" : "";
        bars.add(new Charts.Bar(e.dimension() + ": " + g.group(), 0, g.selection(), 1 - g.ci().upper(), 1 - g.ci().lower(),
            String.format(Locale.ROOT, "%d/%d pass (%.1f%%)", g.n() - g.excluded(), g.n(), 100 * g.selection()), cls));
      }
      String caption = String.format(Locale.ROOT, "%s %s by %s: ratio %.2f%s", e.criterion().id(), e.criterion().kind().name().toLowerCase(Locale.ROOT),
          e.dimension(), e.selectionRatio(), e.flagged() ? " FLAGGED" : "");
      p.svg(Charts.bars(caption, bars, 1, Fairness.FOUR_FIFTHS * best, "0.8 × highest"));
    }
    p.heading("Relaxation");
    List<Fairness.Relaxation> without = r.relaxations().stream().filter(x -> x.gainedEligible() > 0)
        .sorted(Comparator.comparingInt((Fairness.Relaxation x) -> -x.gainedEligible()).thenComparing(x -> x.criterion().id())).toList();
    List<Charts.Bar> fall = new ArrayList<>();
    fall.add(new Charts.Bar("ELIGIBLE now", 0, eligible, null, null, String.valueOf(eligible), "total"));
    int run = eligible;
    for (Fairness.Relaxation x : without) {
      fall.add(new Charts.Bar("without " + x.criterion().id(), run, run + x.gainedEligible(), null, null, "+" + x.gainedEligible(), "gain"));
      run += x.gainedEligible();
    }
    fall.add(new Charts.Bar("at most one criterion away", 0, run, null, null, String.valueOf(run), "total"));
    p.paragraph("ELIGIBLE now, then the patients dropping one criterion alone would make ELIGIBLE (no patient is counted under two criteria).");
    p.svg(Charts.bars("ELIGIBLE patients gained by dropping one criterion", fall, Charts.countScale(run), null, null));
    List<Charts.Bar> stepBars = steps.stream().map(x -> new Charts.Bar(x.criterion().id() + " " + x.step(), 0, x.gainedEligible(), null, null,
        "+" + x.gainedEligible() + " ELIGIBLE, " + x.gainedNotIneligible() + " fewer INELIGIBLE", "gain")).toList();
    if (!stepBars.isEmpty()) {
      p.svg(Charts.bars("ELIGIBLE patients gained by a threshold one step looser", stepBars,
          Charts.countScale(stepBars.stream().mapToDouble(Charts.Bar::value).max().orElse(1)), null, null));
    }
    p.heading("Representation");
    List<List<String>> rows = new ArrayList<>();
    for (Fairness.Representation x : r.representation()) {
      for (Fairness.Share s : x.groups()) {
        rows.add(List.of(x.dimension(), s.group(), String.valueOf(s.population()), pct(s.population(), x.population()), String.valueOf(s.eligible()),
            pct(s.eligible(), x.eligible()), String.valueOf(s.eligibleOrUndetermined()), pct(s.eligibleOrUndetermined(), x.eligibleOrUndetermined())));
      }
    }
    p.table(List.of("dimension", "group", "population", "share", "ELIGIBLE", "share", "ELIGIBLE or UNDETERMINED", "share"), rows);
    return p.html();
  }

  private static boolean counted(Fairness.GroupRate g, int minGroup) {
    return !g.group().equals(Fairness.NOT_RECORDED) && g.n() >= Math.max(1, minGroup);
  }

  private static String pct(int k, int n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * k / n);
  }

  /** Stratify: patients per stratum (and with a factor unknown); with assignments, patients per arm within each factor level and overall. */
  public static String strata(String command, Trial t, List<Stratification.Row> rows, List<String> arms) {
    Page p = new Page("eligo stratify: " + t.id(), command);
    p.paragraph(t.id() + " " + t.title());
    p.paragraph(rows.size() + " ELIGIBLE or UNDETERMINED patients.");
    List<Charts.Bar> sizes = new ArrayList<>();
    Stratification.sizes(rows).forEach((k, v) -> sizes.add(new Charts.Bar(k, 0, v, null, null, String.valueOf(v), k.equals("unknown factor") ? "unknown" : "")));
    p.svg(Charts.bars("Patients per stratum", sizes, Charts.countScale(sizes.stream().mapToDouble(Charts.Bar::value).max().orElse(1)), null, null));
    List<Minimiser.Assignment> assigned = rows.stream().map(Stratification.Row::assignment).filter(java.util.Objects::nonNull).toList();
    if (arms != null && !assigned.isEmpty()) {
      Map<String, int[]> byLevel = new TreeMap<>();
      int[] total = new int[arms.size()];
      for (Stratification.Row r : rows) {
        if (r.assignment() == null) {
          continue;
        }
        int arm = arms.indexOf(r.assignment().arm());
        total[arm]++;
        r.stratum().levels().forEach((f, l) -> byLevel.computeIfAbsent(f + "=" + l, x -> new int[arms.size()])[arm]++);
      }
      List<Charts.Bar> bars = new ArrayList<>();
      byLevel.put("all assigned", total);
      byLevel.forEach((level, n) -> {
        for (int a = 0; a < arms.size(); a++) {
          bars.add(new Charts.Bar(level + " · " + arms.get(a), 0, n[a], null, null, String.valueOf(n[a]), "arm" + (a % 3)));
        }
      });
      p.heading("Arm balance");
      p.paragraph(assigned.size() + " ELIGIBLE patients with a complete stratum assigned by minimisation; per factor level, patients per arm.");
      p.svg(Charts.bars("Patients per arm within each factor level", bars, Charts.countScale(bars.stream().mapToDouble(Charts.Bar::value).max().orElse(1)), null, null));
    }
    return p.html();
  }
}
