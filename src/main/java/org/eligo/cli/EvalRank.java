package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eligo.app.Eligo;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.CriterionParser;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.CriterionResult;
import org.eligo.eligibility.Status;
import org.eligo.eval.RankQuality;
import org.eligo.eval.StatusGold;
import org.eligo.eval.TrialGptLabels;
import org.eligo.eval.TrialGptRows;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eligo eval rank}: ranking quality on gold statuses and criterion-level agreement with TrialGPT's experts. */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = "NDCG@10, P@10 and recall of gold-ELIGIBLE patients in the top 10 and 50 of each trial's ranking, "
        + "and criterion-level agreement with the experts of the TrialGPT annotations of the SIGIR 2016 patients.")
final class EvalRank implements Callable<Integer> {
  @Option(names = "--trials", paramLabel = "DIR|FILE", defaultValue = "criteria", description = "trials (default ${DEFAULT-VALUE})")
  Path trials;

  @Option(names = "--notes", paramLabel = "FILE|DIR", defaultValue = "corpus-samples/notes.jsonl", description = "notes (default ${DEFAULT-VALUE})")
  Path notes;

  @Option(names = "--patients", paramLabel = "FILE", defaultValue = "corpus-samples/patients.jsonl",
      description = "structured patients (default ${DEFAULT-VALUE})")
  Path patients;

  @Option(names = "--gold", paramLabel = "TSV", defaultValue = "corpus-samples/gold/status.tsv",
      description = "gold statuses: trialId, patientId, status (default ${DEFAULT-VALUE})")
  Path gold;

  @Option(names = "--trialgpt", paramLabel = "DIR", defaultValue = "../shared/benchmarks/trialgpt-sigir",
      description = "folder with patients.jsonl and criterion-annotations.json (default ${DEFAULT-VALUE})")
  Path trialgpt;

  @Option(names = "--no-trialgpt", description = "report the ranking only")
  boolean noTrialgpt;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!noTrialgpt && !Files.isDirectory(trialgpt)) {
      err.println("eligo: benchmark folder not found: " + trialgpt + " (--no-trialgpt reports the ranking only)");
      return Main.FAILURE;
    }
    Problems problems = new Problems();
    Eligo eligo = new Eligo();
    ranking(eligo, problems, out, err);
    if (!noTrialgpt) {
      criteria(eligo, problems, out);
    }
    return Output.report(problems, err);
  }

  private void ranking(Eligo eligo, Problems problems, PrintWriter out, PrintWriter err) {
    Map<String, Status> goldRows = StatusGold.read(gold, problems);
    Map<String, Map<String, Status>> byTrial = new HashMap<>();
    goldRows.forEach((k, s) -> {
      String[] key = k.split(" ", 2);
      byTrial.computeIfAbsent(key[0], t -> new HashMap<>()).put(key[1], s);
    });
    PatientInput input = new PatientInput();
    input.notes = notes;
    input.patients = patients;
    List<PatientRecord> records = Records.build(eligo, input, problems, err);
    List<RankQuality> scores = new ArrayList<>();
    for (Trial t : eligo.trials(trials, problems).stream().sorted(java.util.Comparator.comparing(Trial::id)).toList()) {
      Map<String, Status> g = byTrial.get(t.id());
      if (g != null) {
        List<String> ranking = eligo.screen(t, records).stream().map(m -> m.eligibility().patientId()).toList();
        scores.add(RankQuality.of(t.id(), ranking, g));
      }
    }
    out.printf(Locale.ROOT, "ranking (as eligo screen ranks): %d trials with gold rows, %d patients; gain ELIGIBLE 2, UNDETERMINED 1, INELIGIBLE 0%n",
        scores.size(), records.size());
    out.printf(Locale.ROOT, "%-12s %6s %6s %6s %8s %8s %8s %8s%n", "trial", "ranked", "gold E", "gold U", "NDCG@10", "P@10", "R@10", "R@50");
    for (RankQuality q : scores) {
      out.printf(Locale.ROOT, "%-12s %6d %6d %6d %8s %8s %8s %8s%s%n", q.trialId(), q.ranked(), q.eligible(), q.undetermined(), num(q.ndcg10()),
          num(q.precision10()), num(q.recall10()), num(q.recall50()), q.unjudged() == 0 ? "" : "  (" + q.unjudged() + " ranked without gold: gain 0)");
    }
    RankQuality.Mean m = RankQuality.mean(scores);
    out.printf(Locale.ROOT, "%-12s %6s %6s %6s %8s %8s %8s %8s%n", "mean of " + m.trials(), "", "", "", num(m.ndcg10()), num(m.precision10()),
        num(m.recall10()), num(m.recall50()));
    out.println("(macro mean over the trials with at least one gold ELIGIBLE patient; - where a value is undefined)");
  }

  private void criteria(Eligo eligo, Problems problems, PrintWriter out) {
    Map<String, String> texts = TrialGptRows.patients(trialgpt.resolve("patients.jsonl"), problems);
    Path annotations = trialgpt.resolve("criterion-annotations.json");
    List<TrialGptRows.Row> rows = TrialGptRows.rows(annotations, problems);
    CriterionParser parser = new CriterionParser(eligo.lexicons());
    Map<String, PatientRecord> records = new LinkedHashMap<>();
    TrialGptLabels eligoLabels = new TrialGptLabels();
    TrialGptLabels gpt4 = new TrialGptLabels();
    TrialGptLabels sources = new TrialGptLabels();
    for (TrialGptRows.Row r : rows) {
      gpt4.add(r.kind(), r.expert(), r.gpt4());
      String text = texts.get(r.patientId());
      if (text == null) {
        problems.add(annotations.toString(), r.line(), "patient_id",
            "patient " + r.patientId() + " is not in patients.jsonl; the row counts as eligo '" + TrialGptLabels.NOT_ENOUGH + "'");
      }
      if (text == null || r.criterion() == null) {
        eligoLabels.add(r.kind(), r.expert(), TrialGptLabels.NOT_ENOUGH);
        sources.add(r.kind(), r.expert(), TrialGptLabels.NO_INPUT);
        continue;
      }
      PatientRecord record = records.computeIfAbsent(r.patientId(),
          id -> eligo.record(id, List.of(new Note(id, id + "-1", null, "description", text)), null, new ArrayList<>()));
      Criterion c = parser.parse(r.kind() == Criterion.Kind.INCLUSION ? "I1" : "E1", r.kind(), r.criterion());
      Match match = eligo.screen(new Trial(r.trialId(), "", List.of(), List.of(c), "trialgpt"), List.of(record)).get(0);
      CriterionResult result = match.eligibility().results().get(0);
      eligoLabels.add(r.kind(), r.expert(), TrialGptLabels.label(r.kind(), result.result()));
      sources.add(r.kind(), r.expert(), TrialGptLabels.source(result));
    }
    out.println();
    out.printf(Locale.ROOT, "criterion level, TrialGPT expert labels on SIGIR 2016 patients: %d rows, %d patients run as one note each%n", eligoLabels.rows(), records.size());
    out.println("  (eligo label: MET → included / excluded; NOT_MET, also assumed absent → not included / not excluded;");
    out.println("   UNKNOWN, not computable, DEFERRED and rows without input → not enough information; never not applicable)");
    out.printf(Locale.ROOT, "  eligo                               %4d of %4d  %5.1f%%%n", eligoLabels.agreed(), eligoLabels.rows(), 100 * eligoLabels.accuracy());
    out.printf(Locale.ROOT, "  TrialGPT GPT-4 (gpt4_eligibility)   %4d of %4d  %5.1f%%%n", gpt4.agreed(), gpt4.rows(), 100 * gpt4.accuracy());
    for (Criterion.Kind kind : Criterion.Kind.values()) {
      List<String> labels = kind == Criterion.Kind.INCLUSION ? TrialGptLabels.INCLUSION : TrialGptLabels.EXCLUSION;
      out.printf(Locale.ROOT, "%s: expert label (rows) × eligo label (columns)%n", kind.name().toLowerCase(Locale.ROOT));
      table(out, labels, labels, kind, eligoLabels);
      List<String> how = TrialGptLabels.sources(kind);
      out.printf(Locale.ROOT, "%s: expert label (rows) × how eligo decided (columns)%n", kind.name().toLowerCase(Locale.ROOT));
      for (int i = 0; i < how.size(); i++) {
        out.printf(Locale.ROOT, "  (%d) %s%n", i + 1, how.get(i));
      }
      table(out, labels, how, kind, sources);
    }
  }

  private static void table(PrintWriter out, List<String> rows, List<String> columns, Criterion.Kind kind, TrialGptLabels counts) {
    boolean numbered = columns.size() > 4;
    out.printf(Locale.ROOT, "  %-24s", "");
    for (int i = 0; i < columns.size(); i++) {
      out.printf(Locale.ROOT, " %12s", numbered ? "(" + (i + 1) + ")" : columns.get(i).replace("not enough information", "not enough"));
    }
    out.printf(Locale.ROOT, " %6s%n", "total");
    for (String row : rows) {
      out.printf(Locale.ROOT, "  %-24s", row);
      int total = 0;
      for (String col : columns) {
        int n = counts.count(kind, row, col);
        total += n;
        out.printf(Locale.ROOT, " %12d", n);
      }
      out.printf(Locale.ROOT, " %6d%n", total);
    }
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
