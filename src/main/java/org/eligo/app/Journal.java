package org.eligo.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The watcher's journal: one JSON line per file it finished ({@link DropOutcome}), appended and
 * forced to disk before the file leaves processing/. A line cut short by a crash is cut off when
 * the journal is opened; its file is still in processing/ and is processed again.
 */
final class Journal {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, DropOutcome> indexed = new HashMap<>();
  private DropOutcome last;

  private Journal(Path file) {
    this.file = file;
  }

  /** Reads the journal at {@code file}, creating it owner-only when missing. */
  static Journal open(Path file) {
    Journal j = new Journal(file);
    try {
      if (!Files.exists(file)) {
        PrivateFiles.create(file);
      }
      byte[] bytes = Files.readAllBytes(file);
      int end = bytes.length;
      while (end > 0 && bytes[end - 1] != '\n') {
        end--;
      }
      if (end < bytes.length) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.truncate(end);
          ch.force(true);
        }
      }
      for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          j.remember(DropOutcome.fromJson(JSON.readTree(line)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file, e);
    }
    return j;
  }

  private void remember(DropOutcome o) {
    if (o.status() == DropOutcome.Status.done) {
      indexed.putIfAbsent(o.sha256(), o);
    }
    last = o;
  }

  /** The file whose identical content was taken before, if any. */
  Optional<DropOutcome> takenBefore(String sha256) {
    return Optional.ofNullable(indexed.get(sha256));
  }

  /** The last line written, if any: the only file a crash can have left journaled but not moved. */
  Optional<DropOutcome> last() {
    return Optional.ofNullable(last);
  }

  void append(DropOutcome o) {
    try {
      byte[] line = (JSON.writeValueAsString(o.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write journal line", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write journal " + file, e);
    }
    remember(o);
  }
}
