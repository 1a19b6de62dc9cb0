package org.eligo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eligo.context.ConText;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Problems;
import org.eligo.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligo context}: the assertion of a target phrase in a sentence, one JSON line in, one out. */
@Command(name = "context", mixinStandardHelpOptions = true,
    description = "Reads {\"id\",\"sentence\",\"target\"} lines on stdin, writes {\"id\",\"assertion\",\"negated\","
        + "\"temporality\",\"experiencer\"}.")
final class ContextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Lexicons lex = Lexicons.load();
    ConText context = new ConText(lex.cues());
    org.eligo.text.Segmenter segmenter = new org.eligo.text.Segmenter(lex.sections());
    PrintWriter out = spec.commandLine().getOut();
    Problems problems = new Problems();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    long n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = json.readTree(line);
      } catch (IOException e) {
        problems.add("stdin", n, null, "not valid JSON");
        continue;
      }
      String sentence = o.path("sentence").asText(null);
      String target = o.path("target").asText(null);
      if (sentence == null || target == null) {
        problems.add("stdin", n, sentence == null ? "sentence" : "target", "required field is missing");
        continue;
      }
      int at = sentence.toLowerCase(Locale.ROOT).indexOf(target.toLowerCase(Locale.ROOT));
      if (at < 0) {
        problems.add("stdin", n, "target", "target phrase does not occur in the sentence");
        continue;
      }
      TargetSentence ts = TargetSentence.of(segmenter, sentence, new CharSpan(at, at + target.length()));
      Assertion a = context.assertion(ts.sentence(), ts.target());
      ConText.Flags f = context.flags(ts.sentence(), ts.target(), ts.section());
      ObjectNode r = json.createObjectNode();
      r.set("id", o.get("id"));
      r.put("assertion", a.name());
      r.put("negated", f.negated());
      r.put("temporality", f.hypothetical() ? "HYPOTHETICAL" : f.historical() ? "HISTORICAL" : "RECENT");
      r.put("experiencer", f.family() ? "FAMILY" : "PATIENT");
      out.println(r.toString());
    }
    out.flush();
    return Output.report(problems, spec.commandLine().getErr());
  }
}
