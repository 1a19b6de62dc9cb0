package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalCriteriaTest {
  private static final Path LCT = Path.of("../shared/benchmarks/criteria-lct");

  @Test
  void reportsCoverageReasonsTimeAndAgreementOnTheLctOncologyTrials() {
    assumeTrue(Files.isDirectory(LCT), "../shared/benchmarks/criteria-lct is absent: the LCT coverage run is skipped");
    Cli r = Cli.run("eval", "criteria", "--lct", LCT.toString(), "--sample", "3", "--seed", "4");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("trials: 80 of 986 (oncology: an inclusion criterion names a cancer)\n"), r.out());
    assertTrue(r.out().contains("most frequent reasons of the not computable"), r.out());
    assertTrue(r.out().contains("  Eq-Comparison "), r.out());
    assertEquals(4, r.out().lines().dropWhile(l -> !l.startsWith("trial\tcriterion")).count());
  }

  @Test
  void failsClearlyWhenTheCorpusIsMissing() {
    Cli r = Cli.run("eval", "criteria", "--lct", "no/such/folder");
    assertEquals(1, r.code());
    assertEquals("eligo: corpus folder not found: no/such/folder\n", r.err());
  }
}
