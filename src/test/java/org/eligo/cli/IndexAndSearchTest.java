package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexAndSearchTest {
  @TempDir Path dir;

  private static String note(String patient, String note, String date, String text) {
    return "{\"patientId\":\"" + patient + "\",\"noteId\":\"" + note + "\",\"date\":\"" + date + "\",\"type\":\"progress\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void reindexingAPatientMergesNotesAndReplacesTheRecord() throws Exception {
    Path index = dir.resolve("idx");
    Path first = dir.resolve("a.jsonl");
    Files.writeString(first, note("P1", "N1", "2025-01-01", "Lung adenocarcinoma. KRAS G12C. ECOG 1.")
        + note("P2", "N1b", "2025-01-01", "Breast cancer, ER 90%."));
    assertEquals(0, Cli.run("index", "--notes", first.toString(), "--index", index.toString()).code());
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
    try (var files = Files.list(index)) {
      for (Path f : files.toList()) {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
      }
    }
    Cli ecog = Cli.run("search", "--index", index.toString(), "--format", "jsonl", "ecog:1");
    assertTrue(ecog.out().startsWith("{\"patientId\":\"P1\""), ecog.out());

    Path second = dir.resolve("b.jsonl");
    Files.writeString(second, note("P1", "N2", "2025-03-01", "ECOG 2 now."));
    Cli r = Cli.run("index", "--notes", second.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("indexed 1 patients (0 new, 1 replaced) from 1 notes"), r.err());
    assertEquals("", Cli.run("search", "--index", index.toString(), "--format", "jsonl", "ecog:1").out());
    Cli now = Cli.run("search", "--index", index.toString(), "--format", "jsonl", "ecog:2 AND variant:\"KRAS G12C\"");
    assertEquals(1, now.out().lines().count(), now.out());
    assertTrue(now.out().contains("KRAS G12C"), now.out());
  }

  @Test
  void highlightsFollowTheOrderInWhichTheQueryNamesItsTerms() throws Exception {
    Path index = dir.resolve("idx");
    Path notes = dir.resolve("n.jsonl");
    Files.writeString(notes, note("P1", "N1", "2025-01-01", "Lung adenocarcinoma, stage IV.")
        + note("P1", "N2", "2025-02-01", "KRAS G12C detected. ECOG 1."));
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--index", index.toString()).code());
    Cli geneFirst = Cli.run("search", "--index", index.toString(), "gene:KRAS AND histology:adenocarcinoma");
    Cli histologyFirst = Cli.run("search", "--index", index.toString(), "histology:adenocarcinoma AND gene:KRAS");
    assertTrue(geneFirst.out().matches("P1 +[0-9.]+ +N2: [^|]*KRAS[^|]* \\| N1: [^|]*adenocarcinoma[^|]*\n"), geneFirst.out());
    assertTrue(histologyFirst.out().matches("P1 +[0-9.]+ +N1: [^|]*adenocarcinoma[^|]* \\| N2: [^|]*KRAS[^|]*\n"), histologyFirst.out());
  }

  @Test
  void notesOfAPatientSplitByOtherPatientsMakeOneRecord() throws Exception {
    Path index = dir.resolve("idx");
    Path notes = dir.resolve("n.jsonl");
    Files.writeString(notes, note("P1", "N1", "2025-01-01", "Lung adenocarcinoma. KRAS G12C.")
        + note("P2", "N2", "2025-01-01", "EGFR L858R. ECOG 2.")
        + note("P1", "N3", "2025-02-01", "ECOG 2 today."));
    Cli r = Cli.run("index", "--notes", notes.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("eligo: indexed 2 patients (2 new, 0 replaced) from 3 notes into " + index + " in "), r.err());
    Cli both = Cli.run("search", "--index", index.toString(), "--format", "jsonl", "variant:\"KRAS G12C\" AND ecog:2");
    assertEquals(1, both.out().lines().count(), both.out());
    assertTrue(both.out().startsWith("{\"patientId\":\"P1\""), both.out());
    assertEquals(2, Cli.run("search", "--index", index.toString(), "--format", "jsonl", "ecog:2").out().lines().count());
  }

  @Test
  void searchFindsNormalisedVariantsNumbersAndText() throws Exception {
    Path index = dir.resolve("idx");
    Path notes = dir.resolve("n.jsonl");
    Files.writeString(notes, note("P1", "N1", "2025-01-01", "KRAS c.34G>T (p.Gly12Cys). PD-L1 TPS 60%. Leptomeningeal enhancement. ANC 0.9, AST 130.")
        + note("P2", "N2", "2025-01-01", "EGFR/ALK/ROS1 negative. PD-L1 TPS 5%. ANC 2.4, AST 30."));
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--index", index.toString()).code());
    assertTrue(Cli.run("search", "--index", index.toString(), "variant:\"KRAS G12C\"").out().startsWith("P1"));
    assertTrue(Cli.run("search", "--index", index.toString(), "pdl1_tps:[50 TO *]").out().startsWith("P1"));
    assertTrue(Cli.run("search", "--index", index.toString(), "absent:EGFR").out().startsWith("P2"));
    assertTrue(Cli.run("search", "--index", index.toString(), "leptomeningeal").out().startsWith("P1"));
    Cli lab = Cli.run("search", "--index", index.toString(), "--format", "jsonl", "lab.anc:[1.5 TO *]");
    assertEquals(1, lab.out().lines().count(), lab.out() + lab.err());
    assertTrue(lab.out().startsWith("{\"patientId\":\"P2\""), lab.out());
    Cli uln = Cli.run("search", "--index", index.toString(), "--format", "jsonl", "lab.ast.uln:[2.5 TO *]");
    assertTrue(uln.out().startsWith("{\"patientId\":\"P1\""), uln.out() + uln.err());
  }

  @Test
  void screeningAnIndexGivesTheSameLinesAsScreeningTheNotes() {
    Path index = dir.resolve("samples");
    Cli built = Cli.run("index", "--notes", "corpus-samples/notes.jsonl", "--patients", "corpus-samples/patients.jsonl",
        "--index", index.toString());
    assertEquals(0, built.code(), built.err());
    Cli fromIndex = Cli.run("screen", "--trials", "criteria/", "--index", index.toString(), "--format", "jsonl");
    Cli fromNotes = Cli.run("screen", "--trials", "criteria/", "--notes", "corpus-samples/notes.jsonl",
        "--patients", "corpus-samples/patients.jsonl", "--format", "jsonl");
    assertEquals(0, fromIndex.code(), fromIndex.err());
    assertEquals(24 * 74, fromIndex.out().lines().count());
    assertEquals(fromNotes.out(), fromIndex.out());
  }

  @Test
  void screeningAMissingIndexFailsWithAClearMessage() {
    Cli r = Cli.run("screen", "--trials", "criteria/", "--index", dir.resolve("none").toString());
    assertEquals(1, r.code());
    assertEquals("eligo: error: index folder not found: " + dir.resolve("none") + "\n", r.err());
  }

  @Test
  void malformedQueryPointsAtTheColumn() throws Exception {
    Path index = dir.resolve("idx");
    Path notes = dir.resolve("n.jsonl");
    Files.writeString(notes, note("P1", "N1", "2025-01-01", "ECOG 1."));
    Cli.run("index", "--notes", notes.toString(), "--index", index.toString());
    assertEquals("P1", Cli.run("search", "--index", index.toString(), "ecog:<=1").out().substring(0, 2));
    assertEquals("P1", Cli.run("search", "--index", index.toString(), "ecog:[1 TO 1] AND ecog:>0").out().substring(0, 2));
    assertEquals("", Cli.run("search", "--index", index.toString(), "ecog:>=2").out());
    assertEquals("", Cli.run("search", "--index", index.toString(), "--", "-has:ecog").out());
    assertEquals("P1", Cli.run("search", "--index", index.toString(), "--", "-gene:EGFR").out().substring(0, 2));
    assertEquals("P1", Cli.run("search", "--index", index.toString(), "ecog:1 AND (-gene:EGFR -absent:EGFR)").out().substring(0, 2));
    Cli late = Cli.run("search", "--index", index.toString(), "ecog:<=1 AND ecog:>=0 AND gene:EGFR)");
    assertEquals(2, late.code());
    assertTrue(late.err().contains("cannot parse ecog:<=1 AND ecog:>=0 AND gene:EGFR)"), late.err());
    Cli r = Cli.run("search", "--index", index.toString(), "gene:(EGFR");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cannot parse query"), r.err());
    assertTrue(r.err().contains("^"), r.err());
    // An unknown field and a range over the note text are errors that point at where the query names them.
    Cli unknown = Cli.run("search", "--index", index.toString(), "ecog:1 AND gnee:EGFR");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown field 'gnee'") && unknown.err().contains("(column 12)"), unknown.err());
    assertEquals("", unknown.out());
    Cli textRange = Cli.run("search", "--index", index.toString(), "text:[a TO c]");
    assertEquals(2, textRange.code());
    assertTrue(textRange.err().contains("a range cannot be searched in the note text"), textRange.err());
  }
}
