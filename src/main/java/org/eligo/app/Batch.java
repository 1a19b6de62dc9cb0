package org.eligo.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eligo.core.Note;
import org.eligo.core.Problem;
import org.eligo.core.Problems;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Status;
import org.eligo.index.PatientIndex;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Alerts;
import org.eligo.rank.Match;
import org.eligo.report.HtmlReport;
import org.eligo.report.RankedCsv;
import org.eligo.report.ScreenJson;

/**
 * A screening run ({@code eligo batch}): every trial of a folder against every patient of an
 * index, through the path of {@code eligo screen --index} (each stored record evaluated, then
 * ranked), written per trial to {@code OUT/<trialId>/} as {@code ranked.jsonl} (the lines of
 * {@code screen --format jsonl}), {@code ranked.csv} and {@code report.html}; new matches since
 * the trial's previous run to {@code OUT/alerts.jsonl}; counts, timings and provenance to
 * {@code OUT/run.json}. The previous run of a trial is the {@code ranked.jsonl} of the same
 * trial in the previous-run folder (by default OUT itself, read before it is replaced). Every
 * file is written whole and renamed into place, readable by its owner only.
 */
public final class Batch {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A trial id must be usable as a folder name as it is. */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** What a run reads and where it writes; {@code previous} null means OUT itself; {@code detailed}: patients with criteria in the HTML. */
  public record Options(Path trials, Path index, Path out, Path previous, String version, int detailed) {}

  /** Told after each trial: trials done and in all, patient × trial evaluations so far, seconds since the start. Never any text of a note. */
  public interface Progress {
    void trialDone(int done, int total, long evaluations, double seconds);
  }

  /** One trial's part of a run. */
  public record TrialRun(String trialId, String source, String criteriaSha256, Map<Status, Integer> counts, boolean compared, int alerts,
      long screenMillis, long writeMillis) {}

  /** The run: its trials, the input it rejected (trials, an unreadable previous run), and its alerts. */
  public record Result(List<TrialRun> trials, List<Problem> problems, List<Alerts.Alert> alerts) {}

  private final Eligo eligo;

  public Batch(Eligo eligo) {
    this.eligo = eligo;
  }

  public Result run(Options o, Progress progress) throws IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Problems problems = new Problems();
    List<Trial> trials = new ArrayList<>();
    for (Trial t : eligo.trials(o.trials(), problems)) {
      if (SAFE_ID.matcher(t.id()).matches()) {
        trials.add(t);
      } else {
        problems.add(source(t), 0, "nctId", "trial id is not usable as a folder name (letters, digits, '.', '_', '-' only)");
      }
    }
    trials.sort(Comparator.comparing(Trial::id));
    Path previousDir = o.previous() != null ? o.previous() : o.out();
    List<TrialRun> runs = new ArrayList<>();
    List<Alerts.Alert> alerts = new ArrayList<>();
    try (PatientIndex idx = PatientIndex.openForReading(o.index())) {
      List<PatientRecord> records = idx.records();
      long generation = idx.generation();
      if (trials.isEmpty()) {
        return new Result(runs, problems.list(), alerts);
      }
      ObjectNode audit = AuditLog.entry("batch").put("out", o.out().toAbsolutePath().toString());
      AuditLog.ids(audit, "trials", trials.stream().map(Trial::id).toList());
      AuditLog.append(o.index(), AuditLog.ids(audit, "patients", records.stream().map(PatientRecord::patientId).toList()));
      PrivateFiles.folder(o.out());
      String lexicons = Lexicons.sha256();
      long evaluations = 0;
      for (Trial t : trials) {
        Map<String, Alerts.Standing> before = previous(previousDir.resolve(t.id()).resolve("ranked.jsonl"), problems);
        long s0 = System.nanoTime();
        List<Match> matches = eligo.screen(t, records);
        long screenMillis = (System.nanoTime() - s0) / 1_000_000;
        List<Alerts.Alert> found = before == null ? null : Alerts.of(matches, before);
        if (found != null) {
          alerts.addAll(found);
        }
        String criteria = criteriaSha256(t);
        Map<Status, Integer> counts = counts(matches);
        long w0 = System.nanoTime();
        Path dir = o.out().resolve(t.id());
        PrivateFiles.folder(dir);
        PrivateFiles.write(dir.resolve("ranked.jsonl"), w -> {
          for (Match m : matches) {
            w.write(ScreenJson.line(m).toString());
            w.write('\n');
          }
        });
        PrivateFiles.write(dir.resolve("ranked.csv"), w -> {
          w.write(RankedCsv.HEADER + "\r\n");
          for (Match m : matches) {
            w.write(RankedCsv.row(m));
            w.write("\r\n");
          }
        });
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("trial file", source(t));
        summary.put("criteria SHA-256", criteria);
        summary.put("patients screened", String.valueOf(matches.size()));
        summary.put("eligible / undetermined / ineligible",
            counts.get(Status.ELIGIBLE) + " / " + counts.get(Status.UNDETERMINED) + " / " + counts.get(Status.INELIGIBLE));
        summary.put("screened in", screenMillis + " ms");
        summary.put("index", o.index().toAbsolutePath() + " (format " + PatientIndex.format() + ", commit generation " + generation + ")");
        summary.put("eligo", o.version());
        summary.put("lexicons SHA-256", lexicons);
        summary.put("run started", started.toString());
        summary.put("user", AuditLog.user());
        summary.put("previous run", before == null ? "none" : previousDir.toAbsolutePath().resolve(t.id()).toString());
        String html = HtmlReport.page(t, matches, summary, found, id -> noteTexts(idx, id), o.detailed());
        PrivateFiles.write(dir.resolve("report.html"), html.getBytes(StandardCharsets.UTF_8));
        long writeMillis = (System.nanoTime() - w0) / 1_000_000;
        runs.add(new TrialRun(t.id(), source(t), criteria, counts, before != null, found == null ? 0 : found.size(), screenMillis, writeMillis));
        evaluations += matches.size();
        progress.trialDone(runs.size(), trials.size(), evaluations, (System.nanoTime() - t0) / 1e9);
      }
      PrivateFiles.write(o.out().resolve("alerts.jsonl"), w -> {
        for (Alerts.Alert a : alerts) {
          w.write(alertJson(a).toString());
          w.write('\n');
        }
      });
      Instant finished = Instant.now();
      ObjectNode run = runJson(o, started, finished, generation, records.size(), lexicons, previousDir, runs, problems.list(), alerts.size());
      PrivateFiles.write(o.out().resolve("run.json"), (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(run) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    return new Result(runs, problems.list(), alerts);
  }

  private static String source(Trial t) {
    return t.source() == null ? t.id() : t.source();
  }

  /** Note texts of a patient by note id, for the HTML snippets. */
  private static Map<String, String> noteTexts(PatientIndex idx, String patientId) {
    Map<String, String> out = new HashMap<>();
    for (Note n : idx.notes(patientId)) {
      out.put(n.noteId(), n.text());
    }
    return out;
  }

  private static Map<Status, Integer> counts(List<Match> matches) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    matches.forEach(m -> counts.merge(m.eligibility().status(), 1, Integer::sum));
    return counts;
  }

  /**
   * The SHA-256 of a trial's criteria as read: for each criterion in order, its id, kind and
   * text, separated by tabs, one line each. The structured age and sex limits are criteria too.
   */
  public static String criteriaSha256(Trial t) {
    StringBuilder b = new StringBuilder();
    for (Criterion c : t.criteria()) {
      b.append(c.id()).append('\t').append(c.kind().name()).append('\t').append(c.text()).append('\n');
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  /**
   * Where each patient stood in a trial's previous run, from its {@code ranked.jsonl}; null when
   * there is none. A line that does not read is reported and the file ignored (no alerts for
   * that trial rather than wrong ones).
   */
  static Map<String, Alerts.Standing> previous(Path file, Problems problems) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Map<String, Alerts.Standing> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String field = "patientId";
        try {
          JsonNode o = JSON.readTree(line);
          String id = o.path("patientId").textValue();
          field = "status";
          Status status = Status.valueOf(o.path("status").asText());
          field = "rank";
          if (id == null || !o.path("rank").canConvertToInt() || !o.path("score").isNumber()) {
            throw new IllegalArgumentException("missing");
          }
          out.put(id, new Alerts.Standing(status, o.get("score").asDouble(), o.get("rank").asInt()));
        } catch (IOException | IllegalArgumentException e) {
          problems.add(file.toString(), n, field, "previous run's line does not read; no alerts for this trial");
          return null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the previous run " + file, e);
    }
    return out;
  }

  static ObjectNode alertJson(Alerts.Alert a) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("trialId", a.trialId());
    o.put("patientId", a.patientId());
    o.put("alert", a.kind());
    o.put("status", a.status().name());
    o.put("score", a.score());
    o.put("rank", a.rank());
    if (a.previous() == null) {
      o.putNull("previousStatus");
      o.putNull("previousScore");
      o.putNull("previousRank");
    } else {
      o.put("previousStatus", a.previous().status().name());
      o.put("previousScore", a.previous().score());
      o.put("previousRank", a.previous().rank());
    }
    return o;
  }

  private static ObjectNode runJson(Options o, Instant started, Instant finished, long generation, int patients, String lexicons,
      Path previousDir, List<TrialRun> runs, List<Problem> problems, int alerts) {
    ObjectNode run = JsonNodeFactory.instance.objectNode();
    run.put("eligo", o.version());
    run.put("user", AuditLog.user());
    run.put("started", started.toString());
    run.put("finished", finished.toString());
    run.put("seconds", Duration.between(started, finished).toMillis() / 1000.0);
    run.put("trialsDir", o.trials().toAbsolutePath().toString());
    ObjectNode index = run.putObject("index");
    index.put("path", o.index().toAbsolutePath().toString());
    index.put("format", PatientIndex.format());
    index.put("generation", generation);
    index.put("patients", patients);
    run.put("lexiconsSha256", lexicons);
    run.put("previousDir", previousDir.toAbsolutePath().toString());
    run.put("alerts", alerts);
    ArrayNode list = run.putArray("trials");
    for (TrialRun t : runs) {
      ObjectNode x = list.addObject();
      x.put("trialId", t.trialId());
      x.put("file", t.source());
      x.put("criteriaSha256", t.criteriaSha256());
      ObjectNode counts = x.putObject("counts");
      t.counts().forEach((s, n) -> counts.put(s.name(), n));
      x.put("comparedWithPrevious", t.compared());
      x.put("alerts", t.alerts());
      x.put("screenMillis", t.screenMillis());
      x.put("writeMillis", t.writeMillis());
    }
    ArrayNode rejected = run.putArray("rejected");
    for (Problem p : problems) {
      rejected.addObject().put("file", p.file()).put("line", p.line()).put("field", p.field()).put("reason", p.reason());
    }
    return run;
  }

}
