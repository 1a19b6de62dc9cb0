package org.eligo.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eligo.core.Problem;
import org.eligo.core.Problems;
import picocli.CommandLine.Option;

/** Options every reporting command shares: output format and destination. */
final class Output {
  enum Format {
    table,
    jsonl
  }

  @Option(names = "--format", description = "table (default) or jsonl", defaultValue = "table")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (created readable by its owner only) instead of stdout")
  Path out;

  /** The writer to print results to; the caller closes it (stdout is only flushed). */
  PrintWriter open(PrintWriter stdout) {
    if (out == null) {
      return stdout;
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.deleteIfExists(out);
      try {
        Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(out);
      }
      return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  void close(PrintWriter w) {
    if (out == null) {
      w.flush();
    } else {
      w.close();
    }
  }

  /** Prints rejected input to stderr and gives the exit code: 3 when anything was rejected. */
  static int report(Problems problems, PrintWriter err) {
    List<Problem> list = problems.list();
    for (Problem p : list) {
      err.println("eligo: rejected " + p);
    }
    if (!list.isEmpty()) {
      err.println("eligo: " + list.size() + " input record" + (list.size() == 1 ? "" : "s") + " rejected; the rest was processed");
      return Main.REJECTED;
    }
    return Main.OK;
  }
}
