package org.eligo.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.criteria.CriteriaSegmenter;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.CriterionParser;
import org.eligo.lexicon.Cancers;
import org.eligo.lexicon.PhraseMatcher;

/**
 * How much of real criteria text eligo turns into computable criteria. Each trial's text is cut
 * by {@link CriteriaSegmenter} and every item parsed by {@link CriterionParser}, as {@code eligo
 * criteria} does. A criterion is DEFERRED when it is computable and administrative (it evaluates
 * DEFERRED), computable otherwise when it has a predicate, and not computable when it has none;
 * the reasons of the rest are tallied by the gaps they name.
 *
 * <p>A trial is <b>oncology</b> when one of its inclusion criteria names a cancer: a term of
 * {@code lexicons/cancer_terms.tsv} or a generic cancer word (cancer, carcinoma, tumour,
 * malignancy, neoplasm, lymphoma, leukaemia, myeloma, sarcoma, glioma, metastatic), with no
 * negation word ("no", "not", "without", "free of", "never") before it in that criterion. A trial
 * that only excludes patients with cancer is not an oncology trial.
 */
public final class CriteriaCoverage {

  private static final Pattern GENERIC_CANCER = Pattern.compile(
      "(?i)\\b(?:cancers?|carcinomas?|adenocarcinomas?|tumou?rs?|malignan\\w*|neoplasms?|neoplastic|lymphomas?|"
          + "leuka?emias?|myelomas?|sarcomas?|gliomas?|glioblastomas?|metastatic)\\b");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:no|not|without|free of|never)\\b");
  /** The gap names of a reason: text before any detail in parentheses or quotes. */
  private static final Pattern DETAIL = Pattern.compile("\\s*[('].*$");

  /** One parsed trial: its criteria and how long segmenting and parsing took. */
  public record ParsedTrial(String id, List<Criterion> criteria, long nanos) {
    public ParsedTrial {
      Objects.requireNonNull(id, "id");
      criteria = List.copyOf(criteria);
    }
  }

  /** The figures of one run over the selected trials. */
  public record Result(int trials, int criteria, int computable, int deferred, Map<String, Integer> reasons,
      double meanMillis, double maxMillis) {
    public int notComputable() {
      return criteria - computable - deferred;
    }
  }

  private final CriteriaSegmenter segmenter;
  private final CriterionParser parser;
  private final PhraseMatcher<Cancers.Term> cancers;

  public CriteriaCoverage(CriteriaSegmenter segmenter, CriterionParser parser, Cancers cancers) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.cancers = Objects.requireNonNull(cancers, "cancers").matcher();
  }

  /** Whether one of the inclusion items of {@code text} names a cancer without a negation before it. */
  public boolean oncology(String text) {
    for (CriteriaSegmenter.Item item : segmenter.segment(text)) {
      if (item.kind() == Criterion.Kind.INCLUSION && namesCancer(item.text())) {
        return true;
      }
    }
    return false;
  }

  private boolean namesCancer(String text) {
    List<Integer> starts = new ArrayList<>();
    cancers.findAll(text).forEach(m -> starts.add(m.start()));
    Matcher g = GENERIC_CANCER.matcher(text);
    while (g.find()) {
      starts.add(g.start());
    }
    return starts.stream().anyMatch(at -> !NEGATION.matcher(text.substring(0, at)).find());
  }

  /** Segments and parses {@code text}, timing both. */
  public ParsedTrial parse(String id, String text) {
    long start = System.nanoTime();
    List<Criterion> out = new ArrayList<>();
    for (CriteriaSegmenter.Item item : segmenter.segment(text)) {
      out.add(parser.parse(item.id(), item.kind(), item.text()));
    }
    return new ParsedTrial(id, out, System.nanoTime() - start);
  }

  /** The figures over {@code trials}; reasons are counted once per gap a criterion names. */
  public static Result result(List<ParsedTrial> trials) {
    int criteria = 0;
    int computable = 0;
    int deferred = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    long total = 0;
    long max = 0;
    for (ParsedTrial t : trials) {
      total += t.nanos();
      max = Math.max(max, t.nanos());
      for (Criterion c : t.criteria()) {
        criteria++;
        if (deferred(c)) {
          deferred++;
        } else if (c.computable()) {
          computable++;
        } else {
          gaps(c.reason()).forEach(g -> reasons.merge(g, 1, Integer::sum));
        }
      }
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    double mean = trials.isEmpty() ? 0 : total / 1e6 / trials.size();
    return new Result(trials.size(), criteria, computable, deferred, ordered, mean, max / 1e6);
  }

  /** Computable and administrative: it evaluates DEFERRED. */
  public static boolean deferred(Criterion c) {
    return c.computable() && c.predicate().category().equals("ADMINISTRATIVE");
  }

  /** The gap names in a not-computable reason ("laboratory threshold", "text not understood"). */
  static List<String> gaps(String reason) {
    String r = reason.replaceFirst("^not (?:yet )?computable:\\s*", "");
    int understood = r.indexOf("; understood only");
    if (understood >= 0) {
      r = r.substring(0, understood);
    }
    List<String> out = new ArrayList<>();
    for (String g : r.split(";\\s*")) {
      String name = DETAIL.matcher(g).replaceFirst("").trim();
      if (!name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
