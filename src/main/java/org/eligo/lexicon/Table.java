package org.eligo.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One lexicon TSV: {@code #} comment lines naming the lexicon, its source and version, then a
 * header row, then rows. Rows are checked to have the header's column count.
 */
public final class Table {
  private final String name;
  private final Map<String, String> meta;
  private final List<String> columns;
  private final List<List<String>> rows;

  private Table(String name, Map<String, String> meta, List<String> columns, List<List<String>> rows) {
    this.name = name;
    this.meta = Map.copyOf(meta);
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** Loads {@code lexicons/<file>} from the class path. */
  public static Table load(String file) {
    String path = "lexicons/" + file;
    InputStream in = Table.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("lexicon not found on class path: " + path);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(path, r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }

  static Table parse(String path, BufferedReader r) throws IOException {
    Map<String, String> meta = new TreeMap<>();
    List<String> columns = null;
    List<List<String>> rows = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (colon > 0 && columns == null) {
          meta.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (columns == null) {
        columns = cells;
        continue;
      }
      if (cells.size() != columns.size()) {
        throw new IllegalStateException(
            path + ":" + lineNo + ": expected " + columns.size() + " columns, found " + cells.size());
      }
      rows.add(cells.stream().map(String::trim).toList());
    }
    if (columns == null) {
      throw new IllegalStateException(path + ": no header row");
    }
    for (String required : List.of("source", "version")) {
      if (!meta.containsKey(required)) {
        throw new IllegalStateException(path + ": header comment '# " + required + ": ...' is missing");
      }
    }
    return new Table(path, meta, columns, rows);
  }

  public String name() {
    return name;
  }

  public String source() {
    return meta.get("source");
  }

  public String version() {
    return meta.get("version");
  }

  public List<List<String>> rows() {
    return rows;
  }

  /** Index of a named column; fails naming the file when absent. */
  public int column(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalStateException(name + ": no column '" + column + "' in " + columns);
    }
    return i;
  }

  /** The |-separated values of a cell, without empty ones. */
  public static List<String> multi(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
