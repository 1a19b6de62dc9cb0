package org.eligo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
      return new PrintWriter(privateFile(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /** A new UTF-8 file readable by its owner only (an existing one is replaced; missing folders are made, owner-only too). */
  static Writer privateFile(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      try {
        Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException e) {
        Files.createDirectories(parent);
      }
    }
    Files.deleteIfExists(file);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8));
  }

  /** Writes a report page to an owner-only file. */
  static void html(Path file, String html) throws IOException {
    try (Writer w = privateFile(file)) {
      w.write(html);
    }
  }

  /** The command line that is running, for a report to state. */
  static String command(picocli.CommandLine.Model.CommandSpec spec) {
    picocli.CommandLine c = spec.commandLine();
    while (c.getParent() != null) {
      c = c.getParent();
    }
    return org.eligo.report.Page.command(c.getParseResult().originalArgs());
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
