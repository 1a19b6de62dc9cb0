package org.eligo.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eligo.core.Problems;
import org.eligo.criteria.Criterion;
import org.eligo.intake.JsonLines;

/**
 * Reads the TrialGPT criterion-level annotations of the SIGIR 2016 patients
 * (../shared/benchmarks/trialgpt-sigir): {@code patients.jsonl} ({@code _id}, {@code text}) and
 * {@code criterion-annotations.json}, one array of rows. A row or patient line that lacks a field
 * or has an unknown label is rejected with file, line and field; a file that is not JSON fails.
 * A row without {@code criterion_text} is reported and kept with a null criterion: it still counts
 * in the accuracy over all rows, as a row eligo has nothing to read for.
 */
public final class TrialGptRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INCLUSION = Set.of("included", "not included", "not enough information", "not applicable");
  private static final Set<String> EXCLUSION = Set.of("excluded", "not excluded", "not enough information", "not applicable");

  private TrialGptRows() {}

  /** One annotated patient × criterion; {@code line} is where the row starts in its file; {@code criterion} may be null. */
  public record Row(long line, String patientId, String trialId, Criterion.Kind kind, String criterion, String expert, String gpt4) {}

  /** Patient id → description text, in file order. */
  public static Map<String, String> patients(Path file, Problems problems) {
    Map<String, String> out = new LinkedHashMap<>();
    String name = file.toString();
    JsonLines.read(file, problems, (line, node) -> {
      try {
        String id = JsonLines.text(node, "_id", name, line, problems, true).orElseThrow();
        out.put(id, JsonLines.text(node, "text", name, line, problems, true).orElseThrow());
      } catch (JsonLines.BadRecord e) {
        // already reported
      }
    });
    return out;
  }

  /** The annotation rows in file order. */
  public static List<Row> rows(Path file, Problems problems) {
    List<Row> out = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException(file + ":" + p.currentLocation().getLineNr() + ": expected a JSON array of rows");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        long line = p.currentLocation().getLineNr();
        JsonNode row = p.readValueAsTree();
        Row r = row(row, file.toString(), line, problems);
        if (r != null) {
          out.add(r);
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON at column " + e.getLocation().getColumnNr());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new IllegalArgumentException(file + ": file not found");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  private static Row row(JsonNode node, String file, long line, Problems problems) {
    try {
      String patient = JsonLines.text(node, "patient_id", file, line, problems, true).orElseThrow();
      String trial = JsonLines.text(node, "trial_id", file, line, problems, true).orElseThrow();
      String type = JsonLines.text(node, "criterion_type", file, line, problems, true).orElseThrow();
      String expert = JsonLines.text(node, "expert_eligibility", file, line, problems, true).orElseThrow();
      String gpt4 = JsonLines.text(node, "gpt4_eligibility", file, line, problems, true).orElseThrow();
      Criterion.Kind kind = switch (type) {
        case "inclusion" -> Criterion.Kind.INCLUSION;
        case "exclusion" -> Criterion.Kind.EXCLUSION;
        default -> null;
      };
      if (kind == null) {
        problems.add(file, line, "criterion_type", "expected inclusion or exclusion, found '" + type + "'");
        return null;
      }
      Set<String> labels = kind == Criterion.Kind.INCLUSION ? INCLUSION : EXCLUSION;
      for (String[] f : new String[][] {{"expert_eligibility", expert}, {"gpt4_eligibility", gpt4}}) {
        if (!labels.contains(f[1])) {
          problems.add(file, line, f[0], "not a label of an " + type + " criterion: '" + f[1] + "'");
          return null;
        }
      }
      String text = JsonLines.text(node, "criterion_text", file, line, problems, false).filter(t -> !t.isBlank()).orElse(null);
      if (text == null) {
        problems.add(file, line, "criterion_text", "missing or blank; the row counts as eligo '" + TrialGptLabels.NOT_ENOUGH + "'");
      }
      return new Row(line, patient, trial, kind, text, expert, gpt4);
    } catch (JsonLines.BadRecord e) {
      return null;
    }
  }
}
