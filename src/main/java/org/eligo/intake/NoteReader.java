package org.eligo.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eligo.core.Note;
import org.eligo.core.Problems;

/**
 * Reads notes: a JSON Lines file ({@code patientId, noteId, date, type, text}) or a folder of
 * {@code <patientId>__<noteId>.txt} files. Invalid records are reported and skipped; the rest
 * go through. A repeated noteId is rejected (the first one is kept).
 */
public final class NoteReader {

  private NoteReader() {}

  public static List<Note> read(Path path, Problems problems) {
    List<Note> notes = new ArrayList<>();
    forEach(path, problems, notes::add);
    return List.copyOf(notes);
  }

  /** Passes each valid note to {@code sink} in file order; a JSON Lines file is streamed, never held whole. */
  public static void forEach(Path path, Problems problems, Consumer<Note> sink) {
    if (Files.isDirectory(path)) {
      List<Note> notes = new ArrayList<>();
      readFolder(path, problems, notes);
      notes.forEach(sink);
    } else {
      readJsonl(path, problems, sink);
    }
  }

  private static void readJsonl(Path file, Problems problems, Consumer<Note> notes) {
    String name = file.toString();
    Set<String> seen = new HashSet<>();
    JsonLines.read(file, problems, (line, node) -> {
      try {
        String patientId = JsonLines.text(node, "patientId", name, line, problems, true).orElseThrow();
        String noteId = JsonLines.text(node, "noteId", name, line, problems, true).orElseThrow();
        String text = JsonLines.text(node, "text", name, line, problems, true).orElseThrow();
        String type = JsonLines.text(node, "type", name, line, problems, false).orElse("");
        LocalDate date = parseDate(JsonLines.text(node, "date", name, line, problems, false).orElse(null),
            name, line, problems);
        if (!seen.add(noteId)) {
          problems.add(name, line, "noteId", "duplicate noteId " + noteId + "; the first one is kept");
          return;
        }
        notes.accept(new Note(patientId, noteId, date, type, text));
      } catch (JsonLines.BadRecord e) {
        // already reported
      }
    });
  }

  static LocalDate parseDate(String value, String file, long line, Problems problems) throws JsonLines.BadRecord {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(value).toLocalDate();
      }
      return LocalDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      problems.add(file, line, "date", "not an ISO-8601 date: '" + value + "'");
      throw new JsonLines.BadRecord();
    }
  }

  /**
   * One {@code <patientId>__<noteId>.txt} file as a note dated by its modification time; a bad name
   * or text that is not UTF-8 is reported instead.
   */
  public static Optional<Note> textNote(Path f, Problems problems) {
    String base = f.getFileName().toString();
    base = base.substring(0, base.length() - 4);
    int sep = base.indexOf("__");
    if (sep <= 0 || sep + 2 >= base.length()) {
      problems.add(f.toString(), 0, "fileName", "expected <patientId>__<noteId>.txt");
      return Optional.empty();
    }
    try {
      String text = Files.readString(f);
      LocalDate date = LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), ZoneId.systemDefault());
      return Optional.of(new Note(base.substring(0, sep), base.substring(sep + 2), date, "", text));
    } catch (CharacterCodingException e) {
      problems.add(f.toString(), 0, null, "not UTF-8 text");
    } catch (IOException e) {
      problems.add(f.toString(), 0, null, "cannot read: " + e.getClass().getSimpleName());
    }
    return Optional.empty();
  }

  private static void readFolder(Path dir, Problems problems, List<Note> notes) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      problems.add(dir.toString(), 0, null, "cannot list folder: " + e.getClass().getSimpleName());
      return;
    }
    for (Path f : files) {
      textNote(f, problems).ifPresent(notes::add);
    }
  }
}
