package org.eligo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eligo.predict.CohortTable;
import org.eligo.predict.Loris;
import org.eligo.predict.Metrics;
import org.eligo.predict.PredictException;
import org.eligo.predict.ResponseModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo eval response}: a response model against LORIS and raw TMB on every cohort file of a folder. */
@Command(name = "response", mixinStandardHelpOptions = true,
    description = "AUC of a response model beside the LORIS formula and raw TMB on each cohort file (same rows), with Brier score and reliability bins on the calibration file.")
final class EvalResponse implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "MODEL") Path model;
  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "../shared/benchmarks/response-icb",
      description = "folder of cohort TSVs with a Response column (default ${DEFAULT-VALUE})") Path dir;
  @Option(names = "--calibration", paramLabel = "NAME", defaultValue = "Chowell_test.tsv",
      description = "file whose Brier score and reliability bins are printed (default ${DEFAULT-VALUE})") String calibration;
  @Option(names = "--bins", defaultValue = "10", description = "reliability bins (default ${DEFAULT-VALUE})") int bins;
  @Option(names = "--gbm-train", paramLabel = "TSV", description = "also compare gradient boosting (Tribuo XGBoost), chosen by 5-fold CV on this file only (seed 17)") Path gbmTrain;
  @Option(names = "--html", paramLabel = "FILE", description = "also write a report page: the AUC table and the reliability curve with its diagonal (owner-only)") Path html;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ResponseModel m = ResponseModel.read(model, Main.VERSION);
    String trainSha = m.provenance().path("training").path("sha256").asText();
    if (!Files.isDirectory(dir)) {
      throw new PredictException(dir + ": not a folder");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    if (bins < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bins must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    org.eligo.predict.Gbm.Chosen gbm = null;
    String gbmSha = null;
    if (gbmTrain != null) {
      gbm = org.eligo.predict.Gbm.select(CohortTable.read(gbmTrain), org.eligo.predict.Gbm.grid(), 5, 17);
      gbmSha = PredictCommand.sha256(gbmTrain);
      gbmChosen = String.format(Locale.ROOT, "%s (CV AUC %.4f)", gbm.best(), gbm.scores().stream().mapToDouble(org.eligo.predict.Gbm.Scored::auc).max().getAsDouble());
      for (org.eligo.predict.Gbm.Scored g : gbm.scores()) {
        out.printf(Locale.ROOT, "gbm cv %.4f  %s%s%n", g.auc(), g.config(), g.config().equals(gbm.best()) ? "  <- chosen" : "");
      }
    }
    out.printf(Locale.ROOT, "%-22s %5s %5s %7s %7s %7s  %s%n", "cohort", "rows", "resp", "model", "LORIS", "TMB", gbm == null ? "note" : "GBM  note");
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (PredictCommand.sha256(f).equals(trainSha) || PredictCommand.sha256(f).equals(gbmSha)) {
        out.printf(Locale.ROOT, "%-22s %5s %5s %7s %7s %7s  %s%n", name, "", "", "", "", "", "the model's training file: not scored");
        tableRows.add(List.of(name, "", "", "", "", "", "the model's training file: not scored"));
        continue;
      }
      CohortTable t = CohortTable.read(f);
      if (!t.columns().contains("Response")) {
        out.printf(Locale.ROOT, "%-22s %5s %5s %7s %7s %7s  %s%n", name, "", "", "", "", "", "no Response column: not scored");
        tableRows.add(List.of(name, "", "", "", "", "", "no Response column: not scored"));
        continue;
      }
      List<String> absent = m.features().absentColumns(t);
      if (!absent.isEmpty()) {
        out.printf(Locale.ROOT, "%-22s %5s %5s %7s %7s %7s  %s%n", name, "", "", "", "", "", "no column " + String.join(", ", absent) + ": not scored");
        tableRows.add(List.of(name, "", "", "", "", "", "no column " + String.join(", ", absent) + ": not scored"));
        continue;
      }
      List<double[]> scored = new ArrayList<>();
      int incomplete = 0;
      int imputed = 0;
      for (CohortTable.Row r : t.rows()) {
        Double y = t.number(r, "Response");
        Double loris = Loris.score(t, r);
        if (y == null || loris == null) {
          incomplete++;
          continue;
        }
        ResponseModel.Prediction p = m.predict(t, r);
        if (!p.missing().isEmpty()) {
          imputed++;
        }
        Double g = gbm == null ? null : gbm.probability(t, r);
        scored.add(new double[] {p.probability(), loris, t.number(r, "TMB"), y, g == null ? Double.NaN : g});
      }
      int n = scored.size();
      if (n == 0) {
        String why = t.rows().isEmpty() ? "no data rows: not scored" : "no row with a response and every LORIS input: not scored";
        out.printf(Locale.ROOT, "%-22s %5s %5s %7s %7s %7s  %s%n", name, "", "", "", "", "", why);
        tableRows.add(List.of(name, "", "", "", "", "", why));
        continue;
      }
      double[] pm = new double[n];
      double[] pl = new double[n];
      double[] tmb = new double[n];
      double[] pg = new double[n];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        pg[i] = scored.get(i)[4];
        pm[i] = scored.get(i)[0];
        pl[i] = scored.get(i)[1];
        tmb[i] = scored.get(i)[2];
        y[i] = (int) scored.get(i)[3];
      }
      String note = (incomplete > 0 ? incomplete + " rows without a response or a LORIS input left out" : "")
          + (imputed > 0 ? (incomplete > 0 ? "; " : "") + imputed + " rows with a model input set to the training mean" : "");
      String gbmAuc = gbm == null ? "" : String.format(Locale.ROOT, "%.3f", Metrics.auc(pg, y));
      out.printf(Locale.ROOT, "%-22s %5d %5d %7.3f %7.3f %7.3f  %s%s%n", name, n, java.util.Arrays.stream(y).sum(),
          Metrics.auc(pm, y), Metrics.auc(pl, y), Metrics.auc(tmb, y), gbm == null ? "" : gbmAuc + "  ", note);
      tableRows.add(List.of(name, String.valueOf(n), String.valueOf(java.util.Arrays.stream(y).sum()), String.format(Locale.ROOT, "%.3f", Metrics.auc(pm, y)),
          String.format(Locale.ROOT, "%.3f", Metrics.auc(pl, y)), String.format(Locale.ROOT, "%.3f", Metrics.auc(tmb, y)),
          gbm == null ? note : gbmAuc + (note.isEmpty() ? "" : "; " + note)));
      if (name.equals(calibration)) {
        calibrationLines.add(String.format(Locale.ROOT, "calibration on %s (%d rows): Brier model %.4f, LORIS %.4f", name, n,
            Metrics.brier(pm, y), Metrics.brier(pl, y)));
        calibrationLines.add(String.format(Locale.ROOT, "  %-11s %5s %10s %9s", "bin", "rows", "predicted", "observed"));
        for (Metrics.Bin b : Metrics.reliability(pm, y, bins)) {
          calibrationLines.add(String.format(Locale.ROOT, "  %.2f-%.2f   %5d %10.3f %9.3f", b.lo(), b.hi(), b.n(), b.meanPredicted(), b.observed()));
        }
        curves.add(series("eligo model, Brier " + String.format(Locale.ROOT, "%.4f", Metrics.brier(pm, y)), "model", Metrics.reliability(pm, y, bins)));
        curves.add(series("LORIS formula, Brier " + String.format(Locale.ROOT, "%.4f", Metrics.brier(pl, y)), "loris", Metrics.reliability(pl, y, bins)));
      }
    }
    calibrationLines.forEach(out::println);
    out.flush();
    if (html != null) {
      org.eligo.report.Page p = new org.eligo.report.Page("eligo eval response", Output.command(spec));
      p.paragraph("Model " + model + " (trained on the file of SHA-256 " + trainSha + "); cohorts in " + dir + ". Each cohort is scored on the rows"
          + " with a response and every LORIS input, the same rows for the three scores.");
      p.heading("AUC per cohort");
      p.table(List.of("cohort", "rows", "responders", "model AUC", "LORIS AUC", "TMB AUC", gbmTrain == null ? "note" : "XGBoost AUC; note"), tableRows);
      if (gbmTrain != null) {
        p.paragraph("XGBoost chosen by 5-fold CV on " + gbmTrain.getFileName() + " only: " + gbmChosen + ".");
      }
      p.heading("Calibration on " + calibration);
      if (curves.isEmpty()) {
        p.paragraph(calibration + " was not scored: no reliability curve.");
      } else {
        p.paragraph(calibrationLines.get(0) + ". Points: mean predicted probability against the observed response rate per bin of width "
            + String.format(Locale.ROOT, "%.2f", 1.0 / bins) + " (empty bins left out; a larger point holds more rows); dashed: the diagonal of perfect calibration.");
        p.svg(org.eligo.report.Charts.reliability("Reliability on " + calibration, curves));
      }
      Output.html(html, p.html());
    }
    return Main.OK;
  }

  private static org.eligo.report.Charts.Series series(String name, String cls, List<Metrics.Bin> bins) {
    return new org.eligo.report.Charts.Series(name, cls, bins.stream().mapToDouble(Metrics.Bin::meanPredicted).toArray(),
        bins.stream().mapToDouble(Metrics.Bin::observed).toArray(), bins.stream().mapToInt(Metrics.Bin::n).toArray());
  }

  private final List<List<String>> tableRows = new ArrayList<>();
  private String gbmChosen;
  private final List<org.eligo.report.Charts.Series> curves = new ArrayList<>();

  private final List<String> calibrationLines = new ArrayList<>();
}
