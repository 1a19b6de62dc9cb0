package org.eligo.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.search.Query;
import org.eligo.app.AuditLog;
import org.eligo.index.Highlighter;
import org.eligo.index.PatientIndex;
import org.eligo.index.QueryLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo search}: query the patient index; results in rank order with highlights. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Query the patient index (syntax in docs/SEARCH.md).")
final class SearchCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder")
  Path index;

  @Option(names = "--limit", defaultValue = "20", description = "at most this many patients (default ${DEFAULT-VALUE})")
  int limit;

  @Parameters(paramLabel = "QUERY", description = "e.g. 'variant:\"KRAS G12C\" AND ecog:[0 TO 1]'")
  String query;

  @Mixin Output output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(index)) {
      err.println("eligo: index folder not found: " + index);
      return Main.FAILURE;
    }
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      Query q;
      try {
        q = new QueryLanguage(idx).parse(query);
      } catch (QueryLanguage.SyntaxError e) {
        err.println("eligo: " + e.getMessage());
        err.println("  " + query);
        err.println("  " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
        return Main.USAGE;
      }
      List<PatientIndex.Hit> hits = idx.search(q, limit);
      AuditLog.append(index, AuditLog.ids(AuditLog.entry("search").put("query", query).put("hits", hits.size()), "patients",
          hits.stream().map(PatientIndex.Hit::patientId).toList()));
      PrintWriter out = output.open(spec.commandLine().getOut());
      for (PatientIndex.Hit h : hits) {
        List<String> hl = Highlighter.highlights(q, h, 5);
        if (output.format == Output.Format.jsonl) {
          ObjectNode o = JsonNodeFactory.instance.objectNode();
          o.put("patientId", h.patientId());
          o.put("score", Math.round(h.score() * 1000) / 1000.0);
          hl.forEach(o.putArray("highlights")::add);
          if (hl.isEmpty()) {
            o.putArray("highlights");
          }
          out.println(o.toString());
        } else {
          out.printf(Locale.ROOT, "%-10s %7.3f  %s%n", h.patientId(), h.score(), String.join(" | ", hl));
        }
      }
      output.close(out);
      err.println("eligo: " + hits.size() + " patient" + (hits.size() == 1 ? "" : "s") + " found");
    }
    return Main.OK;
  }
}
