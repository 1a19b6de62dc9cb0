package org.eligo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eligo.core.Problem;
import org.eligo.core.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientReaderTest {
  @TempDir Path dir;

  @Test
  void readsCsvWithQuotedCellsAndRejectsBadRowsByLineAndField() throws Exception {
    Path csv = dir.resolve("patients.csv");
    Files.writeString(csv, "patientId,birthDate,sex,race,ethnicity\n"
        + "P1,1961-05-14,male,\"White, European\",Not Hispanic or Latino\n"
        + "P2,1970-02-30,female,,\n"
        + "P3,1980-01-01,unknown,,\n"
        + "P4,1990-01-01,F\n"
        + "P5,1985-07-01,F,,\n");
    Problems problems = new Problems();
    Map<String, PatientInfo> got = PatientReader.read(csv, problems);
    assertEquals(List.of("P1", "P5"), List.copyOf(got.keySet()));
    assertEquals(new PatientInfo("P1", LocalDate.parse("1961-05-14"), "male", "White, European", "Not Hispanic or Latino", csv + ":2"),
        got.get("P1"));
    assertEquals("female", got.get("P5").sex());
    assertEquals(List.of(
        new Problem(csv.toString(), 3, "date", "not an ISO-8601 date: '1970-02-30'"),
        new Problem(csv.toString(), 4, "sex", "expected female or male"),
        new Problem(csv.toString(), 5, null, "expected 5 columns, found 3")), problems.list());
  }
}
