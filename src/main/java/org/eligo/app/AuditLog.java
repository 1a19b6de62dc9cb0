package org.eligo.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;

/**
 * The append-only audit log {@code INDEX/audit.jsonl}: one JSON line per index change, screening
 * run and search, saying who ({@link #user}), when (an ISO instant), what (the command and, for a
 * search, its query) and on which patients (ids). Never note text or evidence. Each line is
 * written by one write on a channel opened for appending, under an exclusive file lock, so lines
 * of concurrent processes never interleave. The file is created readable by its owner only.
 */
public final class AuditLog {
  public static final String FILE = "audit.jsonl";
  /** Environment variable naming the user to log instead of the operating-system account. */
  public static final String USER_ENV = "ELIGO_USER";
  /** The same as a system property ({@code -Deligo.user=NAME}); the environment variable wins. */
  public static final String USER_PROPERTY = "eligo.user";

  private static final Object IN_PROCESS = new Object();

  private AuditLog() {}

  /** Who is logged: {@code ELIGO_USER}, else {@code -Deligo.user}, else the JVM's {@code user.name}. */
  public static String user() {
    String env = System.getenv(USER_ENV);
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    String prop = System.getProperty(USER_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      return prop.strip();
    }
    return System.getProperty("user.name", "unknown");
  }

  /** A new entry: {@code time}, {@code user}, {@code command}; the caller adds what the command touched. */
  public static ObjectNode entry(String command) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("time", Instant.now().toString());
    o.put("user", user());
    o.put("command", command);
    return o;
  }

  /** Adds {@code field} as an array of patient (or trial) ids, in the given order. */
  public static ObjectNode ids(ObjectNode entry, String field, Collection<String> ids) {
    ArrayNode a = entry.putArray(field);
    ids.forEach(a::add);
    return entry;
  }

  /** Appends {@code entry} as one line to {@code indexDir/audit.jsonl}; fails rather than lose a line. */
  public static void append(Path indexDir, ObjectNode entry) {
    Path file = indexDir.resolve(FILE);
    ByteBuffer line = ByteBuffer.wrap((entry.toString() + "\n").getBytes(StandardCharsets.UTF_8));
    synchronized (IN_PROCESS) {
      try {
        if (!Files.exists(file)) {
          try {
            PrivateFiles.create(file);
          } catch (FileAlreadyExistsException e) {
            // another process made it meanwhile
          }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            FileLock lock = ch.lock()) {
          while (line.hasRemaining()) {
            ch.write(line);
          }
          ch.force(false);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to the audit log " + file, e);
      }
    }
  }
}
