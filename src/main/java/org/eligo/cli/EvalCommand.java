package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Status;
import org.eligo.eval.StatusAccuracy;
import org.eligo.eval.StatusGold;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo eval}: the measurements behind docs/BENCHMARKS.md. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure eligo against gold data.",
    subcommands = {EvalCommand.Status.class, EvalCommand.Facts.class, EvalCommand.Negex.class, EvalCommand.Variants.class,
        EvalCriteria.class, EvalRank.class, EvalResponse.class, EvalResponseSelection.class, EvalToxicity.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "an evaluation is required (status, facts, negex, variants, criteria, rank, response, response-selection, toxicity)");
  }

  /** One P/R/F1 table, the label column {@code width} wide. */
  static void table(PrintWriter out, String head, int width, List<org.eligo.eval.Prf> rows) {
    out.printf(Locale.ROOT, "%-" + width + "s %5s %5s %5s %7s %7s %7s%n", head, "tp", "fp", "fn", "P", "R", "F1");
    for (org.eligo.eval.Prf p : rows) {
      out.printf(Locale.ROOT, "%-" + width + "s %5d %5d %5d %7.3f %7.3f %7.3f%n", p.label(), p.tp(), p.fp(), p.fn(), p.precision(), p.recall(), p.f1());
    }
  }

  /** Screening status accuracy per trial against a gold TSV. */
  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Status accuracy of screening against gold (trialId, patientId, status TSV).")
  static final class Status implements Callable<Integer> {
    @Option(names = "--trials", required = true, paramLabel = "DIR|FILE") Path trials;
    @ArgGroup(exclusive = false, multiplicity = "1") PatientInput input;
    @Option(names = "--gold", required = true, paramLabel = "TSV") Path gold;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Problems problems = new Problems();
      long start = System.nanoTime();
      Eligo eligo = new Eligo();
      List<Trial> ts = eligo.trials(trials, problems);
      List<PatientRecord> records = Records.build(eligo, input, problems, err);
      List<Match> all = new ArrayList<>();
      for (Trial t : ts) {
        all.addAll(eligo.screen(t, records));
      }
      Map<String, org.eligo.eligibility.Status> goldMap = StatusGold.read(gold, problems);
      StatusAccuracy acc = StatusAccuracy.of(goldMap, all);
      out.printf(Locale.ROOT, "%-12s %6s %8s %9s%n", "trial", "pairs", "correct", "accuracy");
      for (StatusAccuracy.TrialScore s : acc.trials()) {
        out.printf(Locale.ROOT, "%-12s %6d %8d %9.3f%n", s.trialId(), s.pairs(), s.correct(), s.accuracy());
      }
      out.printf(Locale.ROOT, "%-12s %6d %8d %9.3f%n", "all", acc.pairs(), acc.correct(),
          acc.pairs() == 0 ? 0.0 : (double) acc.correct() / acc.pairs());
      acc.byGoldStatus().forEach((s, c) -> out.printf(Locale.ROOT, "  gold %-12s %4d pairs, %4d right%n", s, c[0], c[1]));
      if (!acc.unscored().isEmpty()) {
        out.println("not scored (no gold rows): " + String.join(" ", acc.unscored()));
      }
      if (!acc.misses().isEmpty()) {
        out.println("disagreements (trial, patient, gold → eligo: deciding criteria):");
        Map<String, Match> byKey = new java.util.HashMap<>();
        all.forEach(m -> byKey.put(m.eligibility().trialId() + " " + m.eligibility().patientId(), m));
        acc.misses().stream().sorted(Comparator.comparing(StatusAccuracy.Miss::trialId).thenComparing(StatusAccuracy.Miss::patientId))
            .forEach(x -> {
              Match m = byKey.get(x.trialId() + " " + x.patientId());
              out.printf(Locale.ROOT, "  %s %s %s → %s: %s%n", x.trialId(), x.patientId(), x.gold(), x.predicted(),
                  m == null ? "" : org.eligo.report.Tables.deciding(m));
            });
      }
      err.printf(Locale.ROOT, "eligo: evaluated %d pairs in %.1f s%n", all.size(), (System.nanoTime() - start) / 1e9);
      return Output.report(problems, err);
    }
  }

  /** ConText on the NegEx/ConText test kit: negated, historical and hypothetical F1 over every row. */
  @Command(name = "negex", mixinStandardHelpOptions = true,
      description = "Negation, historical and hypothetical F1 on the NegEx/ConText kit (context-annotations.tsv).")
  static final class Negex implements Callable<Integer> {
    @Option(names = "--kit", paramLabel = "DIR", defaultValue = "../shared/benchmarks/negex",
        description = "folder holding context-annotations.tsv (default ${DEFAULT-VALUE})")
    Path kit;

    @Option(names = "--misses", defaultValue = "0", description = "also list up to N rows eligo gets wrong")
    int misses;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path file = kit.resolve("context-annotations.tsv");
      if (!java.nio.file.Files.isRegularFile(file)) {
        err.println("eligo: kit not found: " + file);
        return Main.FAILURE;
      }
      Problems problems = new Problems();
      org.eligo.lexicon.Lexicons lex = org.eligo.lexicon.Lexicons.load();
      org.eligo.context.ConText context = new org.eligo.context.ConText(lex.cues());
      org.eligo.text.Segmenter segmenter = new org.eligo.text.Segmenter(lex.sections());
      List<org.eligo.eval.NegexKit.Row> rows = org.eligo.eval.NegexKit.read(file, problems);
      org.eligo.eval.Prf neg = new org.eligo.eval.Prf("Negated", 0, 0, 0);
      org.eligo.eval.Prf hist = new org.eligo.eval.Prf("Historical", 0, 0, 0);
      org.eligo.eval.Prf hyp = new org.eligo.eval.Prf("Hypothetical", 0, 0, 0);
      List<String> wrong = new ArrayList<>();
      for (org.eligo.eval.NegexKit.Row r : rows) {
        TargetSentence ts = TargetSentence.of(segmenter, r.sentence(), r.target());
        org.eligo.context.ConText.Flags f = context.flags(ts.sentence(), ts.target(), ts.section());
        boolean predHyp = f.hypothetical();
        boolean predHist = !predHyp && f.historical();
        neg = neg.add(r.negated(), f.negated());
        hist = hist.add(r.temporality().equals("Historical"), predHist);
        hyp = hyp.add(r.temporality().equals("Not particular"), predHyp);
        if (r.negated() != f.negated() || r.temporality().equals("Historical") != predHist
            || r.temporality().equals("Not particular") != predHyp) {
          wrong.add(r.id() + "\tgold " + (r.negated() ? "Negated" : "Affirmed") + "/" + r.temporality() + "\teligo "
              + (f.negated() ? "Negated" : "Affirmed") + "/" + (predHyp ? "Not particular" : predHist ? "Historical" : "Recent")
              + "\t" + r.sentence().substring(r.target().start(), r.target().end()) + "\t| " + r.sentence());
        }
      }
      out.printf(Locale.ROOT, "%d rows scored (of %d lines)%n", rows.size(), rows.size() + problems.list().size());
      table(out, "label", 13, List.of(neg, hist, hyp));
      wrong.stream().limit(misses).forEach(out::println);
      return Output.report(problems, err);
    }
  }

  /** Mutation mentions on tmVar (exact span) and MutationFinder (normalised point mutations per abstract). */
  @Command(name = "variants", mixinStandardHelpOptions = true,
      description = "Mutation-mention P/R/F1 on the tmVar test set (exact span; per-abstract residue changes) and the MutationFinder test set (per-abstract normalised).")
  static final class Variants implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "../shared/benchmarks/variants",
        description = "folder with tmvar/ and mutationfinder/ (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--split", defaultValue = "test", description = "test (default) or the development split (train for tmVar, devo for MutationFinder)")
    String split;

    @Option(names = "--misses", defaultValue = "0", description = "also list up to N missed and N spurious tmVar spans")
    int misses;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      boolean test = split.equals("test");
      Path tm = dir.resolve("tmvar").resolve(test ? "test.txt" : "train.txt");
      Path mfText = dir.resolve("mutationfinder").resolve(test ? "test_text.txt" : "devo_text.txt");
      Path mfGold = dir.resolve("mutationfinder").resolve(test ? "test_gold_std.txt" : "devo_gold_std.txt");
      for (Path p : List.of(tm, mfText, mfGold)) {
        if (!java.nio.file.Files.isRegularFile(p)) {
          spec.commandLine().getErr().println("eligo: corpus file not found: " + p);
          return Main.FAILURE;
        }
      }
      org.eligo.eval.Prf span = new org.eligo.eval.Prf("tmVar " + split + " exact span", 0, 0, 0);
      org.eligo.eval.Prf tmProteins = new org.eligo.eval.Prf("tmVar " + split + " protein changes", 0, 0, 0);
      List<String> missed = new ArrayList<>();
      List<String> spurious = new ArrayList<>();
      for (org.eligo.eval.VariantCorpora.Doc d : org.eligo.eval.VariantCorpora.pubTator(tm)) {
        java.util.Set<org.eligo.core.CharSpan> pred = new java.util.LinkedHashSet<>();
        java.util.Set<String> changes = new java.util.LinkedHashSet<>();
        for (org.eligo.extract.MutationFinder.Found f : org.eligo.extract.MutationFinder.find(d.text())) {
          pred.add(new org.eligo.core.CharSpan(f.start(), f.end()));
          if (f.protein() != null) {
            changes.add(f.protein());
          }
        }
        int agreed = (int) changes.stream().filter(d.proteins()::contains).count();
        tmProteins = new org.eligo.eval.Prf(tmProteins.label(), tmProteins.tp() + agreed, tmProteins.fp() + changes.size() - agreed,
            tmProteins.fn() + d.proteins().size() - agreed);
        int tp = (int) pred.stream().filter(d.gold()::contains).count();
        span = new org.eligo.eval.Prf(span.label(), span.tp() + tp, span.fp() + pred.size() - tp, span.fn() + d.gold().size() - tp);
        d.gold().stream().filter(g -> !pred.contains(g)).forEach(g -> missed.add(d.id() + "\tmissed\t" + d.text().substring(g.start(), g.end())));
        pred.stream().filter(p -> !d.gold().contains(p)).forEach(p -> spurious.add(d.id() + "\tspurious\t" + d.text().substring(p.start(), p.end())));
      }
      org.eligo.eval.Prf mf = new org.eligo.eval.Prf("MutationFinder " + (test ? "test" : "devo") + " normalised", 0, 0, 0);
      for (org.eligo.eval.VariantCorpora.MfDoc d : org.eligo.eval.VariantCorpora.mutationFinder(mfText, mfGold)) {
        java.util.Set<String> pred = new java.util.LinkedHashSet<>();
        for (org.eligo.extract.MutationFinder.Found f : org.eligo.extract.MutationFinder.find(d.text())) {
          if (f.protein() != null) {
            pred.add(f.protein());
          }
        }
        d.gold().stream().filter(g -> !pred.contains(g)).forEach(g -> missed.add(d.id() + "\tmf-missed\t" + g));
        pred.stream().filter(g -> !d.gold().contains(g)).forEach(g -> spurious.add(d.id() + "\tmf-spurious\t" + g));
        int tp = (int) pred.stream().filter(d.gold()::contains).count();
        mf = new org.eligo.eval.Prf(mf.label(), mf.tp() + tp, mf.fp() + pred.size() - tp, mf.fn() + d.gold().size() - tp);
      }
      table(out, "corpus", 36, List.of(span, tmProteins, mf));
      missed.stream().filter(x -> x.contains("\tmissed")).limit(misses).forEach(out::println);
      spurious.stream().filter(x -> x.contains("\tspurious")).limit(misses).forEach(out::println);
      missed.stream().filter(x -> x.contains("mf-missed")).limit(misses).forEach(out::println);
      spurious.stream().filter(x -> x.contains("mf-spurious")).limit(misses).forEach(out::println);
      return Main.OK;
    }
  }

  /** Fact-level P/R/F1 of extraction against gold facts per patient. */
  @Command(name = "facts", mixinStandardHelpOptions = true, description = "Fact-level P/R/F1 against gold facts (variants, biomarkers, ECOG, brain metastases).")
  static final class Facts implements Callable<Integer> {
    @ArgGroup(exclusive = false, multiplicity = "1") PatientInput input;
    @Option(names = "--gold", required = true, paramLabel = "JSONL") Path gold;
    @Option(names = "--lines", paramLabel = "TSV", description = "gold prior systemic lines (patientId, priorLines as a number or 'unknown')")
    Path lines;
    @Option(names = "--misses", defaultValue = "0", description = "also list up to N disagreements per kind") int misses;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Problems problems = new Problems();
      Eligo eligo = new Eligo();
      Map<String, PatientRecord> records = new java.util.HashMap<>();
      Records.build(eligo, input, problems, err).forEach(r -> records.put(r.patientId(), r));
      org.eligo.eval.FactAgreement agreement = new org.eligo.eval.FactAgreement();
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String line : java.nio.file.Files.readAllLines(gold)) {
        if (line.isBlank()) {
          continue;
        }
        com.fasterxml.jackson.databind.JsonNode g = json.readTree(line);
        PatientRecord r = records.get(g.get("patientId").asText());
        if (r == null) {
          problems.add(gold.toString(), 0, "patientId", "gold patient " + g.get("patientId").asText() + " has no notes");
          continue;
        }
        agreement.add(g, r);
      }
      if (lines != null) {
        List<String> rows = java.nio.file.Files.readAllLines(lines);
        for (int i = 1; i < rows.size(); i++) {
          String[] c = rows.get(i).split("\t");
          if (c.length < 2) {
            problems.add(lines.toString(), i + 1, null, "expected patientId and priorLines");
            continue;
          }
          PatientRecord r = records.get(c[0]);
          if (r == null) {
            problems.add(lines.toString(), i + 1, "patientId", "gold patient " + c[0] + " has no notes");
            continue;
          }
          Integer g = c[1].trim().matches("\\d+") ? Integer.valueOf(c[1].trim()) : null;
          agreement.addLines(c[0], g, r);
        }
      }
      table(out, "kind", 18, agreement.scores());
      for (String kind : agreement.kinds()) {
        agreement.misses(kind).stream().limit(misses).forEach(m -> out.println(kind + ": " + m));
      }
      return Output.report(problems, err);
    }
  }
}
