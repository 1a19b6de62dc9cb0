package org.eligo.patient;

import static org.eligo.patient.PatientPipelineTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.TherapyCourse;
import org.eligo.report.Tables;
import org.junit.jupiter.api.Test;

/** Line, dates and response of a patient's therapies across notes. */
class TherapyCourseConsolidationTest {
  /** Each therapy fact as "drug assertion line start..end response", "-" for what is not told. */
  static List<String> therapies(PatientRecord r) {
    return r.facts(FactType.THERAPY).map(f -> {
      Finding.Therapy t = (Finding.Therapy) f.finding();
      TherapyCourse c = t.course();
      return (t.drug() != null ? t.drug() : String.join("|", t.classes())) + " " + f.assertion() + " " + dash(c.line()) + " "
          + dash(c.startDate()) + ".." + dash(c.endDate()) + " " + dash(c.response());
    }).toList();
  }

  private static String dash(Object o) {
    return o == null ? "-" : o.toString();
  }

  @Test
  void mentionsOfOneTherapyMergeIntoOneFactWithEarliestStartLatestEndAndNewestResponse() {
    PatientRecord r = record("2024-04-01", "Started osimertinib 03/2024.",
        "2024-10-01", "Osimertinib since 2024 with partial response.",
        "2025-02-01", "Osimertinib 80 mg daily through 01/2025, progression on CT.");
    assertEquals(List.of("osimertinib PRESENT 1 2024-03..2025-01 PROGRESSION"), therapies(r));
    assertEquals(1, r.priorLines());
  }

  @Test
  void linesFollowTheCountedRegimensAndMaintenanceIsTheSameLine() {
    PatientRecord r = record("2025-01-10", "Received carboplatin/pemetrexed/pembrolizumab x4 cycles 01/2024-04/2024, then "
        + "pemetrexed/pembrolizumab maintenance.\nDocetaxel since 11/2024.");
    assertEquals(2, r.priorLines());
    assertEquals(List.of("carboplatin/pemetrexed PRESENT 1 2024-01..2024-04 -", "pembrolizumab PRESENT 1 2024-01..- -",
        "pemetrexed PRESENT 1 -..- -", "docetaxel PRESENT 2 2024-11..- -"), therapies(r));
  }

  @Test
  void aLinesEvidenceIsTheWholeSentenceThatGivesIt() {
    PatientRecord r = record("2025-01-10", "Received carboplatin/pemetrexed/pembrolizumab x4, then pemetrexed/pembrolizumab maintenance.");
    assertEquals(List.of("carboplatin/pemetrexed", "pembrolizumab", "pemetrexed", "pembrolizumab"),
        r.priorLinesEvidence().stream().map(e -> e.text()).toList());
  }

  @Test
  void aDrugGivenInTwoLinesCarriesTheFirst() {
    PatientRecord r = record("2025-06-01", "Carboplatin + pembrolizumab 2022-2023 -> PD.\nDocetaxel + pembrolizumab since 2024.");
    assertEquals(2, r.priorLines());
    assertEquals(List.of("carboplatin PRESENT 1 2022..2023 PROGRESSION", "pembrolizumab PRESENT 1 2022..- PROGRESSION",
        "docetaxel PRESENT 2 2024..- -"), therapies(r));
  }

  @Test
  void linesAreNumberedByDateWhenEveryLineHasOne() {
    PatientRecord r = record("2025-06-01", "Docetaxel 02/2025-05/2025 -> PD.\nPreviously carboplatin/pemetrexed 03/2024-12/2024.");
    assertEquals(List.of("docetaxel PRESENT 2 2025-02..2025-05 PROGRESSION", "carboplatin/pemetrexed HISTORICAL 1 2024-03..2024-12 -"),
        therapies(r));
  }

  @Test
  void aLineKnownOnlyByItsEndIsPlacedByItsEnd() {
    PatientRecord r = record("2025-06-01", "Letrozole since 03/2025.\nPreviously capecitabine, completed 12/2023.");
    assertEquals(List.of("letrozole PRESENT 2 2025-03..- -", "capecitabine HISTORICAL 1 -..2023-12 -"), therapies(r));
  }

  @Test
  void aFamilyMembersLineSaysNothingOfThePatients() {
    PatientRecord r = record("2025-06-01", "Carboplatin/pemetrexed 2023.\nOsimertinib since 2024.\n\nFamily History:\n"
        + "Brother with lung cancer on first-line osimertinib.");
    assertEquals(List.of("carboplatin/pemetrexed PRESENT 1 2023..- -", "osimertinib PRESENT 2 2024..- -", "osimertinib FAMILY 1 -..- -"),
        therapies(r));
  }

  @Test
  void aStatedLineKeepsItsNumberEvenWhenOnlyThePlanStatesIt() {
    PatientRecord r = record("2025-01-10", "Prior capecitabine 2022-2023.",
        "2025-02-10", "A/P:\nStart letrozole + palbociclib 1L.",
        "2025-06-10", "On letrozole/palbociclib since 03/2025.");
    assertEquals(2, r.priorLines());
    assertEquals(List.of("capecitabine HISTORICAL 2 2022..2023 -", "letrozole HYPOTHETICAL 1 -..- -", "palbociclib HYPOTHETICAL 1 -..- -",
        "letrozole PRESENT 1 2025-03..- -", "palbociclib PRESENT 1 2025-03..- -"), therapies(r));
  }

  @Test
  void adjuvantAndPlannedTherapyIsNoCountedLine() {
    PatientRecord r = record("2025-01-10", "Adjuvant capecitabine completed 07/2023.\n\nA/P:\nPlan second-line docetaxel.");
    assertEquals(List.of("capecitabine PRESENT - -..2023-07 -", "docetaxel HYPOTHETICAL 2 -..- -"), therapies(r));
  }

  @Test
  void aDeniedTherapyHasNoCourseAndLendsNoneToTheTherapyGiven() {
    PatientRecord r = record("2024-01-10", "Chemotherapy 2021-2022.", "2025-01-10", "No chemotherapy since 03/2023.");
    assertEquals(List.of("chemotherapy PRESENT - 2021..2022 -", "chemotherapy ABSENT - -..- -"), therapies(r));
  }

  @Test
  void theCourseSurvivesAJsonRoundTripAndShowsInTheTable() {
    PatientRecord r = record("2025-01-10", "2L docetaxel 02/2024-06/2024, stopped for progression.");
    assertEquals(r, RecordJson.read(RecordJson.write(r)));
    var json = RecordJson.fact(r.facts(FactType.THERAPY).findFirst().orElseThrow());
    assertEquals("2|2024-02|2024-06|PROGRESSION", json.get("line").asInt() + "|" + json.get("startDate").asText() + "|"
        + json.get("endDate").asText() + "|" + json.get("response").asText());
    StringWriter table = new StringWriter();
    Tables.extract(new PrintWriter(table), r);
    assertEquals(true, table.toString().contains("\"line\":2,\"startDate\":\"2024-02\",\"endDate\":\"2024-06\",\"response\":\"PROGRESSION\""),
        table.toString());
  }

  @Test
  void aRecordStoredBeforeCoursesExistedReadsWithNoCourse() throws Exception {
    var old = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"patientId\":\"P1\",\"facts\":[{\"type\":\"THERAPY\","
        + "\"drug\":\"docetaxel\",\"drugClasses\":[\"chemotherapy\"],\"category\":\"systemic\",\"setting\":null,"
        + "\"assertion\":\"PRESENT\",\"current\":true,\"date\":\"2025-01-10\",\"evidence\":[{\"noteId\":\"N1\",\"start\":0,"
        + "\"end\":9,\"text\":\"docetaxel\",\"rule\":\"therapy.drug\"}]}],\"noteCount\":1,\"asOf\":\"2025-01-10\",\"priorLines\":1}");
    Finding.Therapy t = (Finding.Therapy) RecordJson.read(old).facts().get(0).finding();
    assertEquals(TherapyCourse.NONE, t.course());
  }
}
