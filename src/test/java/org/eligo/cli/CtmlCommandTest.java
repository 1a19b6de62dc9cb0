package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eligo ctml} writes one owner-only file per trial, and commands read those files back as trials. */
class CtmlCommandTest {
  @TempDir
  Path dir;

  @Test
  void exportsOneFilePerTrialThatTheCriteriaCommandReadsBack() throws IOException {
    Cli export = Cli.run("ctml", "--trials", "criteria/NCT04303780.json", "--out", dir.toString());
    assertEquals(0, export.code(), export.err());
    Path file = dir.resolve("NCT04303780.ctml.yaml");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    String yaml = Files.readString(file);
    String indent = " ".repeat(16);
    assertTrue(yaml.contains(indent + "- genomic:\n" + indent + "    hugo_symbol: KRAS\n" + indent + "    protein_change: p.G12C\n"), yaml);
    Cli original = Cli.run("criteria", "--trials", "criteria/NCT04303780.json", "--format", "jsonl");
    Cli back = Cli.run("criteria", "--trials", dir.toString(), "--format", "jsonl");
    assertEquals(0, back.code(), back.err());
    assertEquals(original.out().replace("\"parsed\":", ""), back.out().replace("\"parsed\":", ""));
  }

  @Test
  void aBrokenCtmlFileExitsThreeAndTheOtherTrialsAreProcessed() throws IOException {
    Files.writeString(dir.resolve("broken.yaml"), "nct_id: [\n");
    Files.writeString(dir.resolve("good.yaml"), "nct_id: NCT00000009\ntreatment_list: {step: [{match: [{clinical: {age_numerical: '>=18'}}]}]}\n");
    Cli run = Cli.run("criteria", "--trials", dir.toString(), "--format", "jsonl");
    assertEquals(3, run.code());
    assertTrue(run.out().contains("\"trialId\":\"NCT00000009\""), run.out());
    assertTrue(run.err().contains("eligo: rejected " + dir.resolve("broken.yaml") + ":1: malformed CTML: while parsing a flow node; expected the node content, but found '<stream end>'"), run.err());
  }
}
