package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCriteriaTest {
  private static final String TRIAL = "criteria/NCT04303780.json";

  @Test
  void timesEachTrialAndReportsTheSameDigestInEveryRoundAndRun() {
    Cli first = Cli.run("bench", "criteria", "--trials", TRIAL, "--rounds", "3", "--warmup", "0");
    Cli second = Cli.run("bench", "criteria", "--trials", TRIAL, "--rounds", "2", "--warmup", "1");
    assertEquals(0, first.code(), first.err());
    int criteria = Cli.run("criteria", "--trials", TRIAL, "--format", "jsonl").out().strip().split("\n").length;
    Matcher m = Pattern.compile("NCT04303780\\.json +(\\d+) +[0-9.]+ +[0-9.]+  ([0-9a-f]{16})\n").matcher(first.out());
    assertTrue(m.find(), first.out());
    assertEquals(criteria, Integer.parseInt(m.group(1)));
    assertTrue(first.out().contains("1 trials, 3 timed rounds after 0 warm-up"), first.out());
    assertTrue(first.out().contains("parses identical in every round: yes"), first.out());
    assertEquals(digest(first), digest(second));
    assertTrue(second.out().contains(m.group(2)), second.out());
  }

  @Test
  void digestChangesWithTheTrials() {
    Cli one = Cli.run("bench", "criteria", "--trials", TRIAL, "--rounds", "1", "--warmup", "0");
    Cli other = Cli.run("bench", "criteria", "--trials", "criteria/NCT02142738.json", "--rounds", "1", "--warmup", "0");
    assertTrue(!digest(one).equals(digest(other)));
  }

  @Test
  void badRoundsAreAUsageErrorAndAMissingFolderIsNamed() {
    assertEquals(2, Cli.run("bench", "criteria", "--trials", TRIAL, "--rounds", "0").code());
    Cli missing = Cli.run("bench", "criteria", "--trials", Path.of("no-such-folder").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no-such-folder: no such file or folder"), missing.err());
  }

  private static String digest(Cli c) {
    Matcher m = Pattern.compile("digest of all parses: ([0-9a-f]{16})").matcher(c.out());
    assertTrue(m.find(), c.out());
    return m.group(1);
  }
}
