package org.eligo.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eligo.core.Problems;

/**
 * Reader for the Leaf Clinical Trials corpus: one {@code NCTxxxxxxxx.txt} of eligibility criteria
 * per trial beside a BRAT {@code .ann} file. Entities ({@code T} lines) keep their type and span;
 * a discontinuous span ({@code 10 20;25 30}) counts from its first start to its last end. An
 * {@code Eq-Comparison} event ({@code E} line) gives its comparison entity an operator and values.
 * Files are read in place, in file-name order.
 */
public final class LctCorpus {

  /** One annotated entity: its BRAT id, type and character span into the trial's text. */
  public record Entity(String id, String type, int start, int end, String text) {}

  /** An annotated comparison: the Eq-Comparison entity with its operator and value texts (null when absent). */
  public record Comparison(Entity span, String operator, String value, String value2) {}

  /** One trial: its id (file name without extension), criteria text and annotations. */
  public record Doc(String id, String text, List<Entity> entities, List<Comparison> comparisons) {
    public Doc {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      entities = List.copyOf(entities);
      comparisons = List.copyOf(comparisons);
    }
  }

  private LctCorpus() {}

  /** The trials of {@code dir}; unreadable files and bad annotation lines go to {@code problems}. */
  public static List<Doc> read(Path dir, Problems problems) {
    List<Path> texts = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "NCT*.txt")) {
      stream.forEach(texts::add);
    } catch (IOException e) {
      problems.add(dir.toString(), 0, null, "cannot list directory: " + e.getMessage());
      return List.of();
    }
    texts.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    List<Doc> docs = new ArrayList<>();
    for (Path txt : texts) {
      String name = txt.getFileName().toString();
      String id = name.substring(0, name.length() - ".txt".length());
      try {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Path ann = txt.resolveSibling(id + ".ann");
        List<String> lines = Files.isRegularFile(ann) ? Files.readAllLines(ann, StandardCharsets.UTF_8) : List.of();
        docs.add(annotations(id, text, lines, ann.toString(), problems));
      } catch (IOException e) {
        problems.add(txt.toString(), 0, null, "cannot read: " + e.getMessage());
      }
    }
    return docs;
  }

  static Doc annotations(String id, String text, List<String> lines, String file, Problems problems) {
    Map<String, Entity> byId = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    List<String[]> events = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t");
      if (c.length < 2) {
        continue;
      }
      if (c[0].startsWith("T")) {
        Entity e = entity(c, text.length());
        if (e == null) {
          problems.add(file, i + 1, null, "entity line with an unreadable span");
          continue;
        }
        byId.put(e.id(), e);
        entities.add(e);
      } else if (c[0].startsWith("E")) {
        events.add(c[1].split(" "));
      }
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (String[] args : events) {
      Map<String, String> roles = new HashMap<>();
      for (String a : args) {
        int colon = a.indexOf(':');
        if (colon > 0) {
          roles.putIfAbsent(a.substring(0, colon), a.substring(colon + 1));
        }
      }
      Entity span = byId.get(roles.get("Eq-Comparison"));
      if (span != null && span.type().equals("Eq-Comparison")) {
        comparisons.add(new Comparison(span, textOf(byId, roles.get("Operator")), textOf(byId, roles.get("Value")),
            textOf(byId, roles.get("Value2"))));
      }
    }
    return new Doc(id, text, entities, comparisons);
  }

  private static String textOf(Map<String, Entity> byId, String id) {
    Entity e = id == null ? null : byId.get(id);
    return e == null ? null : e.text();
  }

  private static Entity entity(String[] c, int length) {
    String[] typeAndSpans = c[1].split(" ", 2);
    if (typeAndSpans.length < 2) {
      return null;
    }
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (String span : typeAndSpans[1].split(";")) {
      String[] se = span.trim().split(" ");
      if (se.length != 2 || !se[0].matches("\\d+") || !se[1].matches("\\d+")) {
        return null;
      }
      start = Math.min(start, Integer.parseInt(se[0]));
      end = Math.max(end, Integer.parseInt(se[1]));
    }
    if (end > length || start > end) {
      return null;
    }
    return new Entity(c[0], typeAndSpans[0], start, end, c.length > 2 ? c[2] : "");
  }
}
