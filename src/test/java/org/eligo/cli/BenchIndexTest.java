package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.eval.SearchBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIndexTest {
  @TempDir Path dir;

  @Test
  void searchAndScreenBenchesReportEveryQueryAndCheckTheCandidates() {
    Path index = dir.resolve("idx");
    assertEquals(0, Cli.run("index", "--notes", "corpus-samples/notes.jsonl", "--patients", "corpus-samples/patients.jsonl",
        "--index", index.toString()).code());
    Cli search = Cli.run("bench", "search", "--index", index.toString(), "--rounds", "2", "--warmup", "0");
    assertEquals(0, search.code(), search.err());
    assertEquals(SearchBench.MIX.size() + 3, search.out().lines().count(), search.out());
    assertTrue(search.out().contains(SearchBench.MIX.size() * 2 + " searches on 74 patients ("), search.out());
    long nsclc = Cli.run("search", "--index", index.toString(), "--limit", "100", "cancer:NSCLC").out().lines().count();
    Matcher m = Pattern.compile("\ncancer:NSCLC +(\\d+) ").matcher(search.out());
    assertTrue(m.find(), search.out());
    assertEquals(nsclc, Long.parseLong(m.group(1)));
    Cli screen = Cli.run("bench", "screen", "--trials", "criteria/NCT02987543.json", "--index", index.toString(), "--rounds", "1", "--top", "5");
    assertEquals(0, screen.code(), screen.err());
    assertTrue(screen.out().matches("(?s).*\nNCT02987543 +\\d+ +\\d+ +74 .* yes, yes\n.*"), screen.out());
    Cli quick = Cli.run("bench", "screen", "--trials", "criteria/NCT02987543.json", "--index", index.toString(), "--rounds", "1",
        "--query-only");
    assertEquals(0, quick.code(), quick.err());
    assertTrue(quick.out().matches("(?s).*\nNCT02987543 +\\d+ +\\d+ +74 .* NaN .* not checked \\(--query-only\\)\n.*"), quick.out());
  }
}
