package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private static final String GOOD = "{\"patientId\":\"P1\",\"noteId\":\"N1\",\"date\":\"2025-01-02\",\"type\":\"progress\","
      + "\"text\":\"64 yo M with lung adenocarcinoma, KRAS G12C. ECOG 1.\"}\n";

  @Test
  void malformedLineIsRejectedWithFileAndLineAndTheRestGoesThrough() throws Exception {
    Path notes = write("notes.jsonl", GOOD + "{\"patientId\":\"P2\",\"noteId\":\n");
    Cli r = Cli.run("extract", "--notes", notes.toString(), "--format", "jsonl");
    assertEquals(3, r.code());
    assertTrue(r.err().contains("eligo: rejected " + notes + ":2: not valid JSON"), r.err());
    assertEquals(1, r.out().lines().count());
    assertTrue(r.out().startsWith("{\"patientId\":\"P1\""));
  }

  @Test
  void fieldOfTheWrongTypeIsNamed() throws Exception {
    Path notes = write("notes.jsonl", GOOD + "{\"patientId\":\"P2\",\"noteId\":\"N2\",\"text\":42}\n"
        + "{\"patientId\":\"P3\",\"noteId\":\"N3\",\"date\":\"03/02/2025\",\"text\":\"x\"}\n");
    Cli r = Cli.run("extract", "--notes", notes.toString(), "--format", "jsonl");
    assertEquals(3, r.code());
    assertTrue(r.err().contains(notes + ":2 field 'text': must be a string, found number"), r.err());
    assertTrue(r.err().contains(notes + ":3 field 'date': not an ISO-8601 date: '03/02/2025'"), r.err());
    assertFalse(r.err().contains("KRAS"), "note text must not reach stderr");
  }

  @Test
  void missingFileIsReportedWithoutAStackTrace() {
    Cli r = Cli.run("extract", "--notes", dir.resolve("nope.jsonl").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("nope.jsonl: file not found"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void trialWithoutCriteriaIsNamedAndOtherTrialsAreScreened() throws Exception {
    Path trials = Files.createDirectory(dir.resolve("trials"));
    Files.writeString(trials.resolve("a.json"), "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000001\"},"
        + "\"eligibilityModule\":{\"minimumAge\":\"18 Years\"}}}");
    Files.writeString(trials.resolve("b.json"), "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000002\"},"
        + "\"eligibilityModule\":{\"eligibilityCriteria\":\"Inclusion Criteria:\\n* KRAS G12C mutation\\n\"}}}");
    Path notes = write("notes.jsonl", GOOD);
    Cli r = Cli.run("screen", "--trials", trials.toString(), "--notes", notes.toString(), "--format", "jsonl");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("eligibilityCriteria"), r.err());
    assertTrue(r.out().contains("\"trialId\":\"NCT00000002\""), r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli r = Cli.run("extract", "--notes", "x.jsonl", "--bogus");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
  }

  @Test
  void outputFileIsReadableByItsOwnerOnly() throws Exception {
    Path notes = write("notes.jsonl", GOOD);
    Path out = dir.resolve("facts.jsonl");
    Cli r = Cli.run("extract", "--notes", notes.toString(), "--format", "jsonl", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }
}
