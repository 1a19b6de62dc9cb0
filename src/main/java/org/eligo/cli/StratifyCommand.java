package org.eligo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eligo.app.AuditLog;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.design.AssignmentLog;
import org.eligo.design.Minimiser;
import org.eligo.design.StrataConfig;
import org.eligo.design.Stratification;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligo stratify}: the stratum of every ELIGIBLE or UNDETERMINED patient of one trial's
 * screening, or the unknown factors with the fact each misses; with {@code --randomise}, the
 * ELIGIBLE patients of a complete stratum are assigned by Pocock–Simon minimisation and the
 * assignment log is written. {@code --replay LOG} recomputes a log's assignments.
 */
@Command(name = "stratify", mixinStandardHelpOptions = true,
    description = "Strata of a trial's ELIGIBLE and UNDETERMINED patients from a per-trial config; optional minimisation with a replayable log.")
final class StratifyCommand implements Callable<Integer> {
  @Option(names = "--trial", paramLabel = "FILE", description = "one trial (ClinicalTrials.gov v2 JSON or CTML)")
  Path trial;

  @Option(names = "--index", paramLabel = "DIR", description = "index folder")
  Path index;

  @Option(names = "--config", paramLabel = "JSON", description = "stratification config (docs/FORMATS.md)")
  Path config;

  @Option(names = "--out", paramLabel = "DIR", description = "write DIR/strata.jsonl (and DIR/assignments.jsonl with --randomise), owner-only")
  Path out;

  @Option(names = "--randomise", description = "assign the ELIGIBLE patients with a complete stratum by the config's randomisation (needs --out)")
  boolean randomise;

  @Option(names = "--replay", paramLabel = "LOG", description = "recompute every assignment of an assignment log from its settings and seed")
  Path replay;

  @Option(names = "--html", paramLabel = "FILE", description = "also write a report page: patients per stratum and, with --randomise, arm balance per factor level (owner-only)")
  Path html;

  @Option(names = "--format", description = "table (default) or jsonl", defaultValue = "table")
  Output.Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (replay != null) {
      return replay(stdout, err);
    }
    if (trial == null || index == null || config == null) {
      err.println("eligo: stratify needs --trial, --index and --config (or --replay LOG)");
      return Main.USAGE;
    }
    if (randomise && out == null) {
      err.println("eligo: --randomise needs --out DIR for the assignment log");
      return Main.USAGE;
    }
    for (Path f : List.of(trial, config)) {
      if (!Files.isRegularFile(f)) {
        err.println("eligo: error: file not found: " + f);
        return Main.FAILURE;
      }
    }
    StrataConfig cfg = StrataConfig.parse(Files.readString(config, StandardCharsets.UTF_8), config.toString());
    if (randomise && cfg.randomisation() == null) {
      err.println("eligo: error: " + config + ": field randomisation: missing, --randomise needs it");
      return Main.FAILURE;
    }
    Eligo eligo = new Eligo();
    Problems problems = new Problems();
    Trial t = TrialOnIndex.trial(eligo, trial, problems, err);
    if (t == null) {
      return Main.FAILURE;
    }
    if (cfg.trialId() != null && !cfg.trialId().equals(t.id())) {
      err.println("eligo: error: " + config + ": field trialId: " + cfg.trialId() + " but the trial file holds " + t.id());
      return Main.FAILURE;
    }
    List<PatientRecord> records = TrialOnIndex.records(index, err);
    if (records == null) {
      return Main.FAILURE;
    }
    AuditLog.append(index, AuditLog.ids(AuditLog.ids(AuditLog.entry("stratify"), "trials", List.of(t.id())),
        "patients", records.stream().map(PatientRecord::patientId).toList()));
    long t0 = System.nanoTime();
    List<Match> matches = eligo.screen(t, records);
    Map<String, PatientRecord> byId = records.stream().collect(Collectors.toMap(PatientRecord::patientId, Function.identity(), (a, b) -> a));
    Minimiser minimiser = randomise ? new Minimiser(cfg.randomisation()) : null;
    List<Stratification.Row> rows = Stratification.of(matches, byId, cfg, minimiser);
    if (out == null) {
      if (format == Output.Format.jsonl) {
        rows.forEach(r -> stdout.println(Stratification.json(r)));
      } else {
        table(stdout, t, rows);
      }
    } else {
      try (Writer w = Output.privateFile(out.resolve("strata.jsonl"))) {
        for (Stratification.Row r : rows) {
          w.write(Stratification.json(r) + "\n");
        }
      }
      if (minimiser != null) {
        try (Writer w = Output.privateFile(out.resolve("assignments.jsonl"))) {
          w.write(AssignmentLog.settings(minimiser.settings()) + "\n");
          for (Stratification.Row r : rows) {
            if (r.assignment() != null) {
              w.write(AssignmentLog.line(r.assignment()) + "\n");
            }
          }
        }
      }
      summary(stdout, t, rows);
    }
    stdout.flush();
    if (html != null) {
      Output.html(html, org.eligo.report.DesignPages.strata(Output.command(spec), t, rows, minimiser == null ? null : minimiser.settings().arms()));
    }
    err.printf("eligo: stratify %s: %d patients screened, %d stratified in %.0f ms%n", t.id(), records.size(), rows.size(), (System.nanoTime() - t0) / 1e6);
    return Output.report(problems, err);
  }

  private int replay(PrintWriter out, PrintWriter err) throws IOException {
    if (!Files.isRegularFile(replay)) {
      err.println("eligo: error: file not found: " + replay);
      return Main.FAILURE;
    }
    AssignmentLog.Replay r;
    try (Reader in = Files.newBufferedReader(replay, StandardCharsets.UTF_8)) {
      r = AssignmentLog.replay(in, replay.toString());
    }
    if (r.ok()) {
      out.println("replay ok: " + r.checked() + " assignments recomputed from the settings and seed, all agree");
      out.flush();
      return Main.OK;
    }
    out.println("replay FAILED after " + r.checked() + " agreeing assignments: " + r.mismatch());
    out.flush();
    return Main.FAILURE;
  }

  private static void table(PrintWriter out, Trial t, List<Stratification.Row> rows) {
    out.println(t.id() + "  " + t.title());
    out.printf("  %-10s %-13s %-6s %s%n", "patient", "status", "arm", "stratum");
    for (Stratification.Row r : rows) {
      String stratum = r.stratum().complete() ? r.stratum().label()
          : "unknown factor: " + r.stratum().unknown().stream().map(u -> u.factor() + " needs " + u.missing()).collect(Collectors.joining(", "));
      out.printf("  %-10s %-13s %-6s %s%n", r.patientId(), r.status(), r.assignment() == null ? "-" : r.assignment().arm(), stratum);
    }
    sizes(out, rows);
  }

  private static void summary(PrintWriter out, Trial t, List<Stratification.Row> rows) {
    out.println(t.id() + "  " + rows.size() + " ELIGIBLE or UNDETERMINED patients");
    sizes(out, rows);
    Map<String, Long> arms = rows.stream().filter(r -> r.assignment() != null)
        .collect(Collectors.groupingBy(r -> r.assignment().arm(), java.util.TreeMap::new, Collectors.counting()));
    if (!arms.isEmpty()) {
      out.println("  arms: " + arms.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
  }

  private static void sizes(PrintWriter out, List<Stratification.Row> rows) {
    out.println("  stratum sizes:");
    Stratification.sizes(rows).forEach((k, v) -> out.printf("  %6d  %s%n", v, k));
  }
}
