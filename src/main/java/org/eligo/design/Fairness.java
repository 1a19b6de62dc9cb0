package org.eligo.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eligo.criteria.Criterion;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Eligibility;
import org.eligo.eligibility.Status;
import org.eligo.eligibility.Verdict;
import org.eligo.rank.Match;

/**
 * Fairness of one trial's eligibility over a screened population, by group of each dimension
 * (sex, age band, race, ethnicity): per criterion how many of each group it excludes (an
 * inclusion NOT_MET or an exclusion MET) with a Wilson 95% interval and the selection ratio
 * (lowest pass rate over highest among groups of at least {@code minGroup} patients, the
 * "not recorded" group left out), flagged below 0.8; the eligible pool against the population;
 * and per criterion how many more patients would be ELIGIBLE (or at least not INELIGIBLE)
 * without it.
 */
public final class Fairness {
  /** The four-fifths rule. */
  public static final double FOUR_FIFTHS = 0.8;
  public static final String NOT_RECORDED = "not recorded";

  /** Excluded patients of one group by one criterion. */
  public record GroupRate(String group, int n, int excluded, Wilson ci) {
    public double selection() {
      return n == 0 ? Double.NaN : 1 - (double) excluded / n;
    }
  }

  /** One criterion by one dimension; ratio null when fewer than two groups are large enough. */
  public record Exclusion(Criterion criterion, String dimension, List<GroupRate> groups, Double selectionRatio) {
    public boolean flagged() {
      return selectionRatio != null && selectionRatio < FOUR_FIFTHS;
    }
  }

  /** One group's share of the population, of the ELIGIBLE pool and of ELIGIBLE or UNDETERMINED. */
  public record Share(String group, int population, int eligible, int eligibleOrUndetermined) {}

  public record Representation(String dimension, int population, int eligible, int eligibleOrUndetermined, List<Share> groups) {}

  /**
   * Patients not ELIGIBLE now who would be without the criterion ({@code step} null) or with its
   * threshold relaxed one step ({@code step} says how), and INELIGIBLE patients who would no
   * longer be, overall and per dimension and group.
   */
  public record Relaxation(Criterion criterion, String step, int gainedEligible, int gainedNotIneligible,
      Map<String, Map<String, Integer>> eligibleByGroup, Map<String, Map<String, Integer>> notIneligibleByGroup) {}

  public record Report(List<Exclusion> exclusions, List<Representation> representation, List<Relaxation> relaxations) {}

  private Fairness() {}

  /**
   * @param groups dimension → patient id → group (a patient absent is {@value #NOT_RECORDED})
   */
  public static Report of(List<Criterion> criteria, List<Match> matches, Map<String, Map<String, String>> groups, int minGroup) {
    List<Eligibility> all = matches.stream().map(Match::eligibility).toList();
    List<Exclusion> exclusions = new ArrayList<>();
    List<Relaxation> relaxations = new ArrayList<>();
    for (Criterion c : criteria) {
      for (Map.Entry<String, Map<String, String>> d : groups.entrySet()) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Eligibility e : all) {
          int[] x = counts.computeIfAbsent(group(d.getValue(), e.patientId()), g -> new int[2]);
          x[0]++;
          x[1] += excludes(e, c) ? 1 : 0;
        }
        List<GroupRate> rates = new ArrayList<>();
        counts.forEach((g, x) -> rates.add(new GroupRate(g, x[0], x[1], Wilson.of(x[1], x[0]))));
        exclusions.add(new Exclusion(c, d.getKey(), rates, ratio(rates, minGroup)));
      }
      relaxations.add(relax(c, all, groups));
    }
    List<Representation> rep = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> d : groups.entrySet()) {
      Map<String, int[]> counts = new TreeMap<>();
      int[] total = new int[3];
      for (Eligibility e : all) {
        int[] x = counts.computeIfAbsent(group(d.getValue(), e.patientId()), g -> new int[3]);
        for (int[] y : List.of(x, total)) {
          y[0]++;
          y[1] += e.status() == Status.ELIGIBLE ? 1 : 0;
          y[2] += e.status() != Status.INELIGIBLE ? 1 : 0;
        }
      }
      List<Share> shares = new ArrayList<>();
      counts.forEach((g, x) -> shares.add(new Share(g, x[0], x[1], x[2])));
      rep.add(new Representation(d.getKey(), total[0], total[1], total[2], shares));
    }
    return new Report(exclusions, rep, relaxations);
  }

  private static String group(Map<String, String> byPatient, String patientId) {
    String g = byPatient.get(patientId);
    return g == null || g.isBlank() ? NOT_RECORDED : g;
  }

  /** The criterion alone makes the patient INELIGIBLE-worthy: an inclusion NOT_MET or an exclusion MET. */
  static boolean excludes(Eligibility e, Criterion c) {
    for (CriterionResult r : e.results()) {
      if (r.criterion().id().equals(c.id())) {
        return c.kind() == Criterion.Kind.INCLUSION ? r.result() == Verdict.NOT_MET : r.result() == Verdict.MET;
      }
    }
    return false;
  }

  static Double ratio(List<GroupRate> rates, int minGroup) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int groups = 0;
    for (GroupRate r : rates) {
      if (r.group().equals(NOT_RECORDED) || r.n() < Math.max(1, minGroup)) {
        continue;
      }
      groups++;
      lo = Math.min(lo, r.selection());
      hi = Math.max(hi, r.selection());
    }
    if (groups < 2) {
      return null;
    }
    return hi == 0 ? 1.0 : lo / hi;
  }

  private static Relaxation relax(Criterion c, List<Eligibility> all, Map<String, Map<String, String>> groups) {
    Gains gains = new Gains(groups);
    for (Eligibility e : all) {
      if (e.status() != Status.ELIGIBLE) {
        List<CriterionResult> rest = e.results().stream().filter(r -> !r.criterion().id().equals(c.id())).toList();
        gains.add(e.patientId(), e.status(), Eligibility.statusOf(rest));
      }
    }
    return gains.relaxation(c, null);
  }

  /** Who a relaxed trial gains, in all and per group: patients becoming ELIGIBLE, and patients no longer INELIGIBLE. */
  private static final class Gains {
    private final Map<String, Map<String, String>> groups;
    private final Map<String, Map<String, Integer>> eByGroup = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> nByGroup = new LinkedHashMap<>();
    private int eligible;
    private int notIneligible;

    Gains(Map<String, Map<String, String>> groups) {
      this.groups = groups;
      for (String d : groups.keySet()) {
        eByGroup.put(d, new TreeMap<>());
        nByGroup.put(d, new TreeMap<>());
      }
    }

    void add(String patientId, Status before, Status relaxed) {
      boolean gainsEligible = before != Status.ELIGIBLE && relaxed == Status.ELIGIBLE;
      boolean gainsNotIneligible = before == Status.INELIGIBLE && relaxed != Status.INELIGIBLE;
      eligible += gainsEligible ? 1 : 0;
      notIneligible += gainsNotIneligible ? 1 : 0;
      for (Map.Entry<String, Map<String, String>> d : groups.entrySet()) {
        String g = group(d.getValue(), patientId);
        if (gainsEligible) {
          eByGroup.get(d.getKey()).merge(g, 1, Integer::sum);
        }
        if (gainsNotIneligible) {
          nByGroup.get(d.getKey()).merge(g, 1, Integer::sum);
        }
      }
    }

    Relaxation relaxation(Criterion c, String step) {
      return new Relaxation(c, step, eligible, notIneligible, eByGroup, nByGroup);
    }
  }

  /**
   * The patients a looser threshold of {@code c} could gain: not ELIGIBLE now, and better off
   * with the criterion dropped (a relaxed criterion lies between the two). Only they need the
   * relaxed screening.
   */
  public static java.util.Set<String> couldGain(Criterion c, List<Match> matches) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Match m : matches) {
      Eligibility e = m.eligibility();
      if (e.status() == Status.ELIGIBLE) {
        continue;
      }
      Status without = Eligibility.statusOf(e.results().stream().filter(r -> !r.criterion().id().equals(c.id())).toList());
      if (without == Status.ELIGIBLE || (e.status() == Status.INELIGIBLE && without == Status.UNDETERMINED)) {
        ids.add(e.patientId());
      }
    }
    return ids;
  }

  /**
   * Relaxation by one step: {@code after} is the screening of the trial with the criterion
   * relaxed, of some or all patients; a patient it leaves out keeps their status (see {@link #couldGain}).
   */
  public static Relaxation stepped(RelaxStep step, List<Match> before, List<Match> after, Map<String, Map<String, String>> groups) {
    Map<String, Status> now = new java.util.HashMap<>();
    for (Match m : after) {
      now.put(m.eligibility().patientId(), m.eligibility().status());
    }
    Gains gains = new Gains(groups);
    for (Match m : before) {
      Eligibility e = m.eligibility();
      gains.add(e.patientId(), e.status(), now.getOrDefault(e.patientId(), e.status()));
    }
    return gains.relaxation(step.relaxed(), step.description());
  }
}
