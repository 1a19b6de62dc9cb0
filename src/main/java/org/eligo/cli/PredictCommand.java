package org.eligo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.predict.CohortTable;
import org.eligo.predict.ResponseModel;
import org.eligo.predict.ResponseSelection;
import org.eligo.predict.ResponseTrainer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo predict}: outcome models applied to cohorts. */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Predict outcomes of therapy.",
    subcommands = {PredictCommand.Response.class})
final class PredictCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a prediction is required (response)");
  }

  /** SHA-256 of a file's bytes, in hex. */
  static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Immunotherapy response (CR/PR): train and save a model, or apply one to a cohort file. */
  @Command(name = "response", mixinStandardHelpOptions = true,
      description = "Train an immunotherapy-response model (--train TSV --save MODEL) or score a cohort (--model MODEL --cohort TSV).")
  static final class Response implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1") Mode mode;
    @Option(names = "--seed", defaultValue = "17", description = "seed of the final fit's Tribuo trainers (default ${DEFAULT-VALUE}; the selection's folds and trainers use the registered seeds)") long seed;
    @Option(names = "--candidate", paramLabel = "ID", description = "fit this candidate of the pre-registered selection (default: current, the logistic model on the LORIS inputs; e.g. ridge-tmb25-lambda30+xgboost)") String candidate;
    @Option(names = "--select", description = "run the second pre-registered selection on the training file and fit its winner (see docs/BENCHMARKS.md: its winner ranked below the default on the test cohorts)") boolean select;
    @Option(names = "--html", paramLabel = "FILE", description = "when scoring, also write a report page (owner-only): the probabilities, and with a Response column AUC, Brier score and reliability curve") Path html;
    @Mixin Output output;
    @Spec CommandSpec spec;

    static final class Mode {
      @ArgGroup(exclusive = false) Train train;
      @ArgGroup(exclusive = false) Apply apply;
    }

    static final class Train {
      @Option(names = "--train", required = true, paramLabel = "TSV", description = "training cohort with a 0/1 Response column") Path file;
      @Option(names = "--save", required = true, paramLabel = "MODEL", description = "model file to write (owner-only)") Path save;
    }

    static final class Apply {
      @Option(names = "--model", required = true, paramLabel = "MODEL") Path model;
      @ArgGroup(exclusive = true, multiplicity = "1") Target target;
    }

    static final class Target {
      @Option(names = "--cohort", paramLabel = "TSV", description = "score every row of a cohort table") Path cohort;
      @ArgGroup(exclusive = false) Screened screened;
    }

    static final class Screened {
      @Option(names = "--index", required = true, paramLabel = "DIR", description = "score the patients of this index ...") Path index;
      @Option(names = "--trial", required = true, paramLabel = "F", description = "... that this trial finds ELIGIBLE or UNDETERMINED") Path trial;
    }

    @Override
    public Integer call() throws IOException {
      if (mode.train != null) {
        return train();
      }
      if (mode.apply.target.cohort == null) {
        return screened();
      }
      return apply();
    }

    private int train() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ResponseSelection.Candidate chosen = candidate != null ? ResponseSelection.byId(candidate) : select ? null : ResponseSelection.byId("current");
      CohortTable table = CohortTable.read(mode.train.file);
      ObjectNode selection = new ObjectMapper().createObjectNode();
      if (chosen == null) {
        ResponseSelection.Outcome o = ResponseSelection.run(table);
        EvalResponseSelection.print(out, o);
        chosen = o.winner().candidate();
        selection.put("rule", "second pre-registered selection (docs/BENCHMARKS.md): highest mean AUC, stratified 5-fold CV x 5 repeats,"
            + " fold seeds 17-21, on the training file");
        ArrayNode cs = selection.putArray("candidates");
        for (ResponseSelection.Scored s : o.scores()) {
          cs.addObject().put("candidate", s.candidate().id()).put("cvAuc", Math.round(s.mean() * 10000) / 10000.0);
        }
      } else {
        selection.put("rule", "named with --candidate " + (candidate == null ? "current (the default)" : candidate) + "; no selection run");
      }
      ResponseTrainer.Trained t = ResponseTrainer.train(table, sha256(mode.train.file), chosen, selection, seed, Main.VERSION);
      try (Writer w = Output.privateFile(mode.train.save)) {
        w.write(new String(t.model().toJson(), StandardCharsets.UTF_8));
      }
      out.printf(Locale.ROOT, "%d rows (%d responders), %d skipped for a missing input; fitted %s (%s)%n", t.rows(),
          t.model().provenance().path("training").path("responders").asInt(), t.skipped(), chosen.id(), chosen);
      out.println("saved " + mode.train.save);
      out.flush();
      return Main.OK;
    }

    private String cohortPage(List<Double> probs, List<Integer> labels) {
      org.eligo.report.Page page = new org.eligo.report.Page("eligo predict response: " + mode.apply.target.cohort.getFileName(), Output.command(spec));
      page.paragraph(probs.size() + " rows scored by " + mode.apply.model + ".");
      int[] hist = new int[10];
      probs.forEach(p -> hist[Math.min(9, (int) Math.floor(p * 10))]++);
      List<org.eligo.report.Charts.Bar> bars = new java.util.ArrayList<>();
      for (int b = 0; b < 10; b++) {
        bars.add(org.eligo.report.Charts.Bar.of(String.format(Locale.ROOT, "%.1f-%.1f", b / 10.0, (b + 1) / 10.0), hist[b], String.valueOf(hist[b])));
      }
      page.svg(org.eligo.report.Charts.bars("Rows per predicted probability", bars,
          org.eligo.report.Charts.countScale(java.util.Arrays.stream(hist).max().orElse(1)), null, null));
      List<Integer> with = new java.util.ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        if (labels.get(i) != null) {
          with.add(i);
        }
      }
      double[] pr = with.stream().mapToDouble(probs::get).toArray();
      int[] y = with.stream().mapToInt(labels::get).toArray();
      int pos = java.util.Arrays.stream(y).sum();
      if (pos == 0 || pos == y.length) {
        page.paragraph("No AUC or reliability curve: the rows have no 0/1 Response column, or only one outcome.");
        return page.html();
      }
      List<org.eligo.predict.Metrics.Bin> bins = org.eligo.predict.Metrics.reliability(pr, y, 10);
      page.paragraph(String.format(Locale.ROOT, "%d rows with a response (%d responders): AUC %.3f, Brier score %.4f.", y.length, pos,
          org.eligo.predict.Metrics.auc(pr, y), org.eligo.predict.Metrics.brier(pr, y)));
      page.svg(org.eligo.report.Charts.reliability("Reliability (10 bins) against the diagonal", List.of(new org.eligo.report.Charts.Series("eligo model",
          "model", bins.stream().mapToDouble(org.eligo.predict.Metrics.Bin::meanPredicted).toArray(),
          bins.stream().mapToDouble(org.eligo.predict.Metrics.Bin::observed).toArray(), bins.stream().mapToInt(org.eligo.predict.Metrics.Bin::n).toArray()))));
      return page.html();
    }

    private int apply() throws IOException {
      ResponseModel model = ResponseModel.read(mode.apply.model, Main.VERSION);
      CohortTable table = CohortTable.read(mode.apply.target.cohort);
      List<String> absent = model.features().absentColumns(table);
      if (!absent.isEmpty()) {
        throw new org.eligo.predict.PredictException(mode.apply.target.cohort + ": no column " + String.join(", ", absent) + " (the model reads "
            + String.join(", ", model.features().columns()) + ")");
      }
      if (table.rows().isEmpty()) {
        throw new org.eligo.predict.PredictException(mode.apply.target.cohort + ": no data rows");
      }
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = output.open(spec.commandLine().getOut());
      ObjectMapper json = new ObjectMapper();
      int rejected = 0;
      int inputs = model.features().columns().size();
      List<Double> probs = new java.util.ArrayList<>();
      List<Integer> labels = new java.util.ArrayList<>();
      for (CohortTable.Row row : table.rows()) {
        ResponseModel.Prediction p = model.predict(table, row);
        if (p.missing().size() == inputs) {
          err.println("eligo: rejected " + mode.apply.target.cohort + " line " + row.line() + ": every model input is missing ("
              + String.join(", ", p.missing()) + ")");
          rejected++;
          continue;
        }
        probs.add(p.probability());
        Double y = table.columns().contains("Response") ? table.number(row, "Response") : null;
        labels.add(y == null || (y != 0 && y != 1) ? null : y.intValue());
        if (output.format == Output.Format.jsonl) {
          ObjectNode o = json.createObjectNode();
          o.put("row", row.index());
          o.put("sampleId", row.cell("SAMPLE_ID"));
          o.put("probability", round(p.probability()));
          if (p.boosted() != null) {
            o.put("logisticProbability", round(p.logistic()));
            o.put("xgboostProbability", round(p.boosted()));
          }
          o.put("confidence", round(p.confidence()));
          ArrayNode miss = o.putArray("missing");
          p.missing().forEach(miss::add);
          ArrayNode ex = o.putArray("explanation");
          if (p.boosted() != null) {
            o.put("explains", EXPLAINS);
          }
          for (ResponseModel.Contribution c : p.explanation()) {
            ex.addObject().put("feature", c.feature()).put("value", c.value()).put("contribution", round(c.contribution()));
          }
          try {
            out.println(json.writeValueAsString(o));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        } else {
          StringBuilder why = new StringBuilder();
          for (ResponseModel.Contribution c : p.explanation().subList(0, Math.min(3, p.explanation().size()))) {
            why.append(String.format(Locale.ROOT, " %s %+.2f", c.feature(), c.contribution()));
          }
          out.printf(Locale.ROOT, "%5d %-12s %.3f conf %.2f%s%s%n", row.index(), String.valueOf(row.cell("SAMPLE_ID")), p.probability(),
              p.confidence(), why, p.missing().isEmpty() ? "" : "  missing: " + String.join(", ", p.missing()) + " (set to training mean)");
        }
      }
      output.close(out);
      if (html != null) {
        Output.html(html, cohortPage(probs, labels));
      }
      if (rejected > 0) {
        err.println("eligo: " + rejected + " row" + (rejected == 1 ? "" : "s") + " rejected; the rest was scored");
        return Main.REJECTED;
      }
      return Main.OK;
    }

    /** Scores the patients a trial screens as ELIGIBLE or UNDETERMINED, from their extracted facts, with toxicity flags. */
    /** Patients drawn on a screened-patients page. */
    static final int PAGE_PATIENTS = 200;

    private int screened() throws IOException {
      ResponseModel model = ResponseModel.read(mode.apply.model, Main.VERSION);
      Path index = mode.apply.target.screened.index;
      if (!Files.isDirectory(index)) {
        throw new org.eligo.predict.PredictException("index folder not found: " + index);
      }
      org.eligo.app.Eligo eligo = new org.eligo.app.Eligo();
      org.eligo.core.Problems problems = new org.eligo.core.Problems();
      List<org.eligo.criteria.Trial> trials = eligo.trials(mode.apply.target.screened.trial, problems);
      PrintWriter err = spec.commandLine().getErr();
      if (trials.isEmpty()) {
        err.println("eligo: no trial could be read from " + mode.apply.target.screened.trial);
        Output.report(problems, err);
        return Main.REJECTED;
      }
      List<org.eligo.patient.PatientRecord> records;
      try (org.eligo.index.PatientIndex idx = org.eligo.index.PatientIndex.openForReading(index)) {
        records = idx.records();
      }
      java.util.Map<String, org.eligo.patient.PatientRecord> byId = new java.util.HashMap<>();
      records.forEach(r -> byId.put(r.patientId(), r));
      PrintWriter out = output.open(spec.commandLine().getOut());
      ObjectMapper json = new ObjectMapper();
      java.util.Set<String> scored = new java.util.TreeSet<>();
      List<org.eligo.report.Charts.Bar> bars = new java.util.ArrayList<>();
      for (org.eligo.criteria.Trial trial : trials) {
        List<org.eligo.rank.Match> matches = eligo.screen(trial, records).stream()
            .filter(m -> m.eligibility().status() != org.eligo.eligibility.Status.INELIGIBLE).toList();
        List<java.util.Map<String, String>> cells = matches.stream()
            .map(m -> org.eligo.predict.RecordInputs.cells(byId.get(m.eligibility().patientId()))).toList();
        CohortTable table = CohortTable.of(index, org.eligo.predict.RecordInputs.COLUMNS, cells);
        for (int i = 0; i < matches.size(); i++) {
          org.eligo.rank.Match m = matches.get(i);
          org.eligo.patient.PatientRecord r = byId.get(m.eligibility().patientId());
          scored.add(r.patientId());
          ResponseModel.Prediction p = model.predict(table, table.rows().get(i));
          List<org.eligo.predict.ToxicityFlags.Flag> flags = org.eligo.predict.ToxicityFlags.of(r);
          boolean none = p.missing().size() == model.features().columns().size();
          bars.add(new org.eligo.report.Charts.Bar(trial.id() + " " + r.patientId() + " " + m.eligibility().status(), 0, none ? 0 : p.probability(), null, null,
              none ? "no input" : String.format(Locale.ROOT, "%.3f, confidence %.2f%s", p.probability(), p.confidence(),
                  flags.isEmpty() ? "" : "; " + String.join(", ", flags.stream().map(org.eligo.predict.ToxicityFlags.Flag::code).toList())),
              none ? "unknown" : p.confidence() < 1 ? "small" : ""));
          if (output.format == Output.Format.jsonl) {
            ObjectNode o = json.createObjectNode();
            o.put("trialId", trial.id());
            o.put("patientId", r.patientId());
            o.put("status", m.eligibility().status().name());
            o.put("rank", m.rank());
            if (none) {
              o.putNull("probability");
            } else {
              o.put("probability", round(p.probability()));
            }
            o.put("confidence", none ? 0.0 : round(p.confidence()));
            ArrayNode miss = o.putArray("missing");
            p.missing().forEach(miss::add);
            ArrayNode ex = o.putArray("explanation");
            if (!none && p.boosted() != null) {
              o.put("explains", EXPLAINS);
            }
            if (!none) {
              for (ResponseModel.Contribution c : p.explanation()) {
                ex.addObject().put("feature", c.feature()).put("value", c.value()).put("contribution", round(c.contribution()));
              }
            }
            ArrayNode fl = o.putArray("flags");
            for (org.eligo.predict.ToxicityFlags.Flag f : flags) {
              ObjectNode fo = fl.addObject().put("code", f.code()).put("meaning", f.meaning());
              ArrayNode keys = fo.putArray("facts");
              f.facts().forEach(keys::add);
            }
            out.println(o.toString());
          } else {
            out.printf(Locale.ROOT, "%-12s %4d %-10s %-12s %s conf %.2f%s%s%n", trial.id(), m.rank(), r.patientId(), m.eligibility().status(),
                none ? "  -  " : String.format(Locale.ROOT, "%.3f", p.probability()), none ? 0.0 : p.confidence(),
                p.missing().isEmpty() ? "" : "  missing: " + String.join(", ", p.missing()),
                flags.isEmpty() ? "" : "  flags: " + String.join(", ", flags.stream().map(org.eligo.predict.ToxicityFlags.Flag::code).toList()));
          }
        }
      }
      output.close(out);
      if (html != null) {
        org.eligo.report.Page page = new org.eligo.report.Page("eligo predict response: screened patients", Output.command(spec));
        page.paragraph(bars.size() + " ELIGIBLE or UNDETERMINED patients scored from their extracted facts; pale bars miss an input"
            + " (set to the training mean, lowering the confidence); toxicity flags after the value."
            + (bars.size() > PAGE_PATIENTS ? " The first " + PAGE_PATIENTS + " in rank order are drawn; the JSON lines have all." : ""));
        page.svg(org.eligo.report.Charts.bars("Probability of response (CR/PR)", bars.subList(0, Math.min(PAGE_PATIENTS, bars.size())), 1, null, null));
        Output.html(html, page.html());
      }
      org.eligo.app.AuditLog.append(index, org.eligo.app.AuditLog.ids(org.eligo.app.AuditLog.ids(org.eligo.app.AuditLog.entry("predict"), "trials",
          trials.stream().map(org.eligo.criteria.Trial::id).toList()), "patients", List.copyOf(scored)));
      return Output.report(problems, err);
    }

    /** What an averaged model's explanation covers. */
    static final String EXPLAINS = "the logistic half's log-odds; the XGBoost half is not attributed per input";

    private static double round(double v) {
      return Math.round(v * 1e6) / 1e6;
    }
  }
}
