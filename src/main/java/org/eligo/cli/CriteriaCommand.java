package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Trial;
import org.eligo.report.CriteriaJson;
import org.eligo.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo criteria}: each criterion with its computable form or the reason it has none. */
@Command(name = "criteria", mixinStandardHelpOptions = true, description = "Show each criterion's computable form, or why it has none.")
final class CriteriaCommand implements Callable<Integer> {
  @Option(names = "--trials", paramLabel = "DIR|FILE", required = true, description = "ClinicalTrials.gov v2 JSON file or folder")
  Path trials;

  @Mixin Output output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Problems problems = new Problems();
    List<Trial> list = new Eligo().trials(trials, problems);
    PrintWriter out = output.open(spec.commandLine().getOut());
    for (Trial t : list) {
      if (output.format == Output.Format.jsonl) {
        for (Criterion c : t.criteria()) {
          out.println(CriteriaJson.line(t, c).toString());
        }
      } else {
        Tables.criteria(out, t);
      }
    }
    output.close(out);
    return Output.report(problems, spec.commandLine().getErr());
  }
}
