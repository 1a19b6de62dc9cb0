package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalStatusCommandTest {

  @Test
  void trialsWithoutGoldRowsAreListedAndNotScored(@TempDir Path dir) throws Exception {
    List<String> gold = Files.readAllLines(Path.of("corpus-samples/gold/status.tsv"));
    List<String> one = gold.stream().filter(l -> l.startsWith("trialId") || l.startsWith("NCT04303780\t")).toList();
    Path file = dir.resolve("status.tsv");
    Files.write(file, one);
    Cli r = Cli.run("eval", "status", "--trials", "criteria/", "--notes", "corpus-samples/notes.jsonl",
        "--patients", "corpus-samples/patients.jsonl", "--gold", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("NCT04303780      74       74     1.000"), r.out());
    assertTrue(r.out().contains("all              74       74     1.000"), r.out());
    assertTrue(r.out().contains("not scored (no gold rows): NCT01524978 "), r.out());
  }
}
