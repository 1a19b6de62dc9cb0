package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {
  private static final Pattern PATIENT = Pattern.compile("^\\{\"patientId\":\"(S\\d{7})\"");

  @TempDir Path dir;

  private Cli synth(String out, int n, long seed) {
    return Cli.run("synth", "--patients", Integer.toString(n), "--seed", Long.toString(seed), "--out", dir.resolve(out).toString());
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
    Cli a = synth("a", 300, 7);
    assertEquals(0, a.code(), a.err());
    assertEquals(0, synth("b", 300, 7).code());
    assertEquals(0, synth("c", 300, 8).code());
    for (String f : List.of("patients.jsonl", "notes.jsonl")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
      assertFalse(Files.readString(dir.resolve("a").resolve(f)).equals(Files.readString(dir.resolve("c").resolve(f))), f);
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a").resolve(f))));
    }
    assertEquals("eligo: wrote 300 synthetic patients and 932 notes to " + dir.resolve("a")
        + " (load tests only, never accuracy)\n", a.err());
  }

  @Test
  void notesComeGroupedByPatientAboutThreeEachWithTheTraps() throws Exception {
    assertEquals(0, synth("s", 1000, 1).code());
    List<String> patients = Files.readAllLines(dir.resolve("s/patients.jsonl"));
    List<String> notes = Files.readAllLines(dir.resolve("s/notes.jsonl"));
    assertEquals(1000, patients.size());
    assertTrue(patients.get(0).startsWith("{\"patientId\":\"S0000001\",\"birthDate\":\""), patients.get(0));
    List<String> order = new ArrayList<>();
    for (String n : notes) {
      Matcher m = PATIENT.matcher(n);
      assertTrue(m.find(), n);
      if (order.isEmpty() || !order.get(order.size() - 1).equals(m.group(1))) {
        order.add(m.group(1));
      }
    }
    Set<String> distinct = new LinkedHashSet<>(order);
    assertEquals(order.size(), distinct.size(), "each patient's notes are one run");
    assertEquals(3015, notes.size());
    String all = String.join("\n", notes);
    for (String trap : List.of("wild type", "Negative for", "Family history: mother", "If KRAS G12C positive, consider",
        "pending", "history of hepatitis B", "KRAS p.Gly12Cys", "EGFR ex19del", "EML4-ALK fusion", "PD-L1 TPS", "PD-L1 CPS",
        "(ULN 40)", "umol/L", "KPS", "ECOG", "T3N1M1c", "s/p SRS", "-> PD")) {
      assertTrue(all.contains(trap), trap);
    }
  }

  @Test
  void aCountBelowOneIsAUsageError() {
    Cli r = synth("z", 0, 1);
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("eligo: --patients must be at least 1, got 0\n"), r.err());
    assertFalse(Files.exists(dir.resolve("z")));
  }

  @Test
  void anUnwritableFolderFailsWithAClearMessage() throws Exception {
    Files.writeString(dir.resolve("file"), "x");
    Cli r = Cli.run("synth", "--patients", "5", "--out", dir.resolve("file").resolve("sub").toString());
    assertEquals(1, r.code());
    assertEquals("eligo: error: cannot write the cohort to " + dir.resolve("file/sub") + ": FileSystemException\n", r.err());
  }
}
