package org.eligo.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eligo.core.Problems;

/**
 * Reads structured demographics from JSON Lines or CSV (same column names). Sex is normalised to
 * {@code female}/{@code male}; an unknown value is reported and the record rejected.
 */
public final class PatientReader {

  private PatientReader() {}

  /** Patients of a JSON Lines file, or of a CSV file when its name ends with {@code .csv}. */
  public static Map<String, PatientInfo> read(Path file, Problems problems) {
    return read(file, file.toString().toLowerCase(Locale.ROOT).endsWith(".csv"), problems);
  }

  /** Patients of a CSV ({@code csv}) or JSON Lines file, whatever its name. */
  public static Map<String, PatientInfo> read(Path file, boolean csv, Problems problems) {
    Map<String, PatientInfo> out = new LinkedHashMap<>();
    String name = file.toString();
    if (csv) {
      readCsv(file, problems, out);
    } else {
      JsonLines.read(file, problems, (line, node) -> accept(node, name, line, problems, out));
    }
    return out;
  }

  private static void accept(JsonNode node, String name, long line, Problems problems, Map<String, PatientInfo> out) {
    try {
      String id = JsonLines.text(node, "patientId", name, line, problems, true).orElseThrow();
      LocalDate birth = NoteReader.parseDate(
          JsonLines.text(node, "birthDate", name, line, problems, false).orElse(null), name, line, problems);
      if (birth != null && birth.isAfter(LocalDate.now())) {
        problems.add(name, line, "birthDate", "lies in the future");
        return;
      }
      String sex = JsonLines.text(node, "sex", name, line, problems, false).map(PatientReader::sex).orElse(null);
      if (node.hasNonNull("sex") && sex == null) {
        problems.add(name, line, "sex", "expected female or male");
        return;
      }
      String race = JsonLines.text(node, "race", name, line, problems, false).orElse(null);
      String ethnicity = JsonLines.text(node, "ethnicity", name, line, problems, false).orElse(null);
      if (out.containsKey(id)) {
        problems.add(name, line, "patientId", "duplicate patient " + id + "; the first record is kept");
        return;
      }
      out.put(id, new PatientInfo(id, birth, sex, race, ethnicity, name + ":" + line));
    } catch (JsonLines.BadRecord e) {
      // already reported
    }
  }

  static String sex(String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "female", "f", "woman" -> "female";
      case "male", "m", "man" -> "male";
      default -> null;
    };
  }

  private static void readCsv(Path file, Problems problems, Map<String, PatientInfo> out) {
    String name = file.toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      problems.add(name, 0, null, "file not found");
      return;
    } catch (IOException e) {
      problems.add(name, 0, null, "cannot read: " + e.getClass().getSimpleName());
      return;
    }
    if (lines.isEmpty()) {
      problems.add(name, 0, null, "empty file: no header row");
      return;
    }
    List<String> header = csvCells(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> cells = csvCells(lines.get(i));
      if (cells.size() != header.size()) {
        problems.add(name, i + 1, null, "expected " + header.size() + " columns, found " + cells.size());
        continue;
      }
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      for (int c = 0; c < header.size(); c++) {
        if (!cells.get(c).isEmpty()) {
          node.put(header.get(c).trim(), cells.get(c));
        }
      }
      accept(node, name, i + 1, problems, out);
    }
  }

  /** One CSV record of RFC 4180 (quoted cells may hold commas and doubled quotes). */
  static List<String> csvCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    cells.add(cur.toString());
    return cells;
  }
}
