package org.eligo.predict;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated cohort file: a header row of column names, then one patient a row (empty cell = missing). */
public final class CohortTable {
  /** One data row: its 0-based index among data rows, its 1-based file line, and its cells by column name. */
  public record Row(int index, int line, Map<String, String> cells) {
    /** The cell of {@code column}, or null when the column is absent or the cell empty. */
    public String cell(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.trim();
    }
  }

  private final Path file;
  private final List<String> columns;
  private final List<Row> rows;

  private CohortTable(Path file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** A table built in memory (e.g. from patient records); {@code source} names it in messages. */
  public static CohortTable of(Path source, List<String> columns, List<Map<String, String>> cells) {
    List<Row> rows = new ArrayList<>();
    for (Map<String, String> c : cells) {
      rows.add(new Row(rows.size(), rows.size() + 2, Collections.unmodifiableMap(new HashMap<>(c))));
    }
    return new CohortTable(source, columns, rows);
  }

  /** Reads {@code file}; a row with a different number of cells than the header is an error naming its line. */
  public static CohortTable read(Path file) {
    List<String> header;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null || first.isBlank()) {
        throw new PredictException(file + ": empty file, no header row");
      }
      header = List.of(first.split("\t", -1));
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != header.size()) {
          throw new PredictException(file + " line " + lineNo + ": " + cells.length + " cells, the header has " + header.size());
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
          m.put(header.get(i), cells[i]);
        }
        rows.add(new Row(rows.size(), lineNo, Collections.unmodifiableMap(m)));
      }
    } catch (IOException e) {
      throw new PredictException("cannot read " + file + ": " + e.getMessage());
    }
    return new CohortTable(file, header, rows);
  }

  public Path file() {
    return file;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The numeric value of {@code column} in {@code row}, or null when empty; a non-number is an error naming file, line and field. */
  public Double number(Row row, String column) {
    String v = row.cell(column);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new PredictException(file + " line " + row.line() + " field " + column + ": not a number");
    }
  }
}
