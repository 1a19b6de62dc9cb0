package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.eligo.core.Problems;
import org.eligo.criteria.CriteriaSegmenter;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.CriterionParser;
import org.eligo.eval.CriteriaCoverage;
import org.eligo.eval.LctAgreement;
import org.eligo.eval.LctCorpus;
import org.eligo.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eligo eval criteria}: parsing coverage of real trials' criteria (LCT corpus). */
@Command(name = "criteria", mixinStandardHelpOptions = true,
    description = "Coverage of the criteria parser on the oncology trials of the LCT corpus: computable, DEFERRED, "
        + "not computable with the most frequent reasons, parse time per trial, and agreement with the LCT annotations.")
final class EvalCriteria implements Callable<Integer> {
  @Option(names = "--lct", paramLabel = "DIR", defaultValue = "../shared/benchmarks/criteria-lct",
      description = "folder of NCT*.txt with BRAT .ann files (default ${DEFAULT-VALUE})")
  Path lct;

  @Option(names = "--all-trials", description = "score every trial of the corpus, not only the oncology ones")
  boolean allTrials;

  @Option(names = "--reasons", defaultValue = "15", description = "how many of the most frequent reasons to list (default ${DEFAULT-VALUE})")
  int reasons;

  @Option(names = "--rest", defaultValue = "0", description = "also list up to N criteria that are not computable")
  int rest;

  @Option(names = "--sample", defaultValue = "0", description = "also list N computable (not DEFERRED) criteria drawn at random, as TSV")
  int sample;

  @Option(names = "--seed", defaultValue = "4", description = "seed of the --sample draw (default ${DEFAULT-VALUE})")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(lct)) {
      err.println("eligo: corpus folder not found: " + lct);
      return Main.FAILURE;
    }
    Problems problems = new Problems();
    Lexicons lexicons = Lexicons.load();
    CriterionParser parser = new CriterionParser(lexicons);
    CriteriaCoverage coverage = new CriteriaCoverage(new CriteriaSegmenter(), parser, lexicons.cancers());
    List<LctCorpus.Doc> docs = LctCorpus.read(lct, problems);
    List<LctCorpus.Doc> selected = docs.stream().filter(d -> allTrials || coverage.oncology(d.text())).toList();
    // The first pass warms the JVM; the second is timed.
    selected.forEach(d -> coverage.parse(d.id(), d.text()));
    List<CriteriaCoverage.ParsedTrial> parsed = selected.stream().map(d -> coverage.parse(d.id(), d.text())).toList();
    CriteriaCoverage.Result r = CriteriaCoverage.result(parsed);
    out.printf(Locale.ROOT, "trials: %d of %d (%s)%n", r.trials(), docs.size(), allTrials ? "all" : "oncology: an inclusion criterion names a cancer");
    out.printf(Locale.ROOT, "criteria: %d%n", r.criteria());
    line(out, "computable", r.computable(), r.criteria());
    line(out, "DEFERRED (administrative)", r.deferred(), r.criteria());
    line(out, "computable or DEFERRED", r.computable() + r.deferred(), r.criteria());
    line(out, "not computable", r.notComputable(), r.criteria());
    out.printf(Locale.ROOT, "most frequent reasons of the not computable (a criterion counts once per reason it names):%n");
    r.reasons().entrySet().stream().limit(reasons).forEach(e -> out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
    out.printf(Locale.ROOT, "parse time per trial (warm, segmentation and parsing): mean %.2f ms, max %.2f ms%n", r.meanMillis(), r.maxMillis());
    LctAgreement agreement = new LctAgreement(new CriteriaSegmenter(), parser);
    selected.forEach(agreement::add);
    out.println("agreement with the LCT annotations (eligo concept correct when it overlaps an annotated span of its type;");
    out.println("a comparison also needs the same operator and value):");
    out.printf(Locale.ROOT, "  %-14s %6s %8s %7s %10s %6s %6s%n", "type", "read", "correct", "P", "annotated", "found", "R");
    for (LctAgreement.Score a : agreement.scores()) {
      out.printf(Locale.ROOT, "  %-14s %6d %8d %7.3f %10d %6d %6.3f%n", a.type(), a.read(), a.correct(), a.precision(), a.annotated(), a.found(), a.recall());
    }
    if (rest > 0) {
      out.println("not computable:");
      parsed.stream().flatMap(t -> t.criteria().stream().filter(c -> !c.computable()).map(c -> t.id() + "\t" + c.id() + "\t" + c.reason() + "\t" + c.text()))
          .limit(rest).forEach(out::println);
    }
    if (sample > 0) {
      List<String> rows = new ArrayList<>();
      for (CriteriaCoverage.ParsedTrial t : parsed) {
        for (Criterion c : t.criteria()) {
          if (c.computable() && !CriteriaCoverage.deferred(c)) {
            rows.add(t.id() + "\t" + c.id() + "\t" + tsv(c.text()) + "\t" + c.predicate() + "\t" + (c.reason() == null ? "" : tsv(c.reason())));
          }
        }
      }
      java.util.Collections.shuffle(rows, new Random(seed));
      out.println("trial\tcriterion\ttext\tparsed\treason");
      rows.stream().limit(sample).forEach(out::println);
    }
    return Output.report(problems, err);
  }

  private static void line(PrintWriter out, String label, int n, int of) {
    out.printf(Locale.ROOT, "  %-26s %6d  %5.1f%%%n", label, n, of == 0 ? 0.0 : 100.0 * n / of);
  }

  private static String tsv(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
