package org.eligo.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eligo.core.Problems;

/** Reads a JSON Lines file object by object, reporting bad lines instead of failing. */
public final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** Calls {@code sink} with (line number, object) for each valid line; returns false if unreadable. */
  public static boolean read(Path file, Problems problems, BiConsumer<Long, JsonNode> sink) {
    String name = file.toString();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          problems.add(name, n, null, "not valid JSON at column " + e.getLocation().getColumnNr());
          continue;
        }
        if (node == null || !node.isObject()) {
          problems.add(name, n, null, "line is not a JSON object");
          continue;
        }
        sink.accept(n, node);
      }
      return true;
    } catch (NoSuchFileException e) {
      problems.add(name, 0, null, "file not found");
    } catch (CharacterCodingException e) {
      problems.add(name, 0, null, "not UTF-8 text");
    } catch (IOException e) {
      problems.add(name, 0, null, "cannot read: " + e.getClass().getSimpleName());
    }
    return false;
  }

  /** A string field; absent/null gives empty, a non-string value is a problem. */
  public static Optional<String> text(JsonNode node, String field, String file, long line, Problems problems, boolean required)
      throws BadRecord {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(file, line, field, "required field is missing");
        throw new BadRecord();
      }
      return Optional.empty();
    }
    if (!v.isTextual()) {
      problems.add(file, line, field, "must be a string, found " + v.getNodeType().name().toLowerCase());
      throw new BadRecord();
    }
    if (required && v.asText().isBlank()) {
      problems.add(file, line, field, "required field is blank");
      throw new BadRecord();
    }
    return Optional.of(v.asText());
  }

  /** Signals that the current record was rejected (its problem is already recorded). */
  public static final class BadRecord extends Exception {
    BadRecord() {
      super(null, null, false, false);
    }
  }
}
