package org.eligo.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.CtmlWriter;
import org.eligo.criteria.Trial;
import org.eligo.report.CtmlText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eligo ctml}: trials as CTML, with the criteria CTML cannot express kept beside the match tree. */
@Command(name = "ctml", mixinStandardHelpOptions = true,
    description = "Export trials as CTML (MatchMiner's match tree); criteria CTML cannot express are kept as eligo_criteria.")
final class CtmlCommand implements Callable<Integer> {
  enum Format {
    yaml,
    json
  }

  @Option(names = "--trials", paramLabel = "DIR|FILE", required = true, description = "trial file or folder (ClinicalTrials.gov v2 JSON or CTML)")
  Path trials;

  @Option(names = "--format", description = "yaml (default) or json", defaultValue = "yaml")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "write one file per trial, <id>.ctml.yaml or <id>.ctml.json (readable by its owner only), instead of stdout")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Problems problems = new Problems();
    List<Trial> list = new Eligo().trials(trials, problems);
    CtmlWriter writer = new CtmlWriter();
    PrintWriter stdout = spec.commandLine().getOut();
    for (Trial t : list) {
      ObjectNode doc = writer.write(t);
      if (out != null) {
        String text = format == Format.yaml ? CtmlText.yaml(doc) : CtmlText.json(doc);
        writePrivate(out.resolve(t.id() + ".ctml." + format.name()), text);
      } else if (format == Format.yaml) {
        stdout.print(CtmlText.yaml(doc));
      } else {
        stdout.println(CtmlText.jsonLine(doc));
      }
    }
    stdout.flush();
    return Output.report(problems, spec.commandLine().getErr());
  }

  private static void writePrivate(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
