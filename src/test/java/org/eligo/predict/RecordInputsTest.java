package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eligo.core.Assertion;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;

class RecordInputsTest {
  private static Fact fact(Finding f, Assertion a, boolean current, LocalDate d) {
    return new Fact(f, a, current, d, List.of(Evidence.ofStructured("test", "x")), false, true);
  }

  @Test
  void factsBecomeTheLorisInputsWithNlrFromTheNewestCounts() {
    LocalDate jan = LocalDate.of(2026, 1, 5);
    LocalDate feb = LocalDate.of(2026, 2, 5);
    PatientRecord r = new PatientRecord("P9", List.of(
        fact(new Finding.Biomarker("TMB", 12.0, null, "mut/Mb", null), Assertion.PRESENT, true, jan),
        fact(new Finding.Lab("albumin", 3.9, "g/dL", null), Assertion.PRESENT, true, feb),
        fact(new Finding.Lab("ANC", 6.0, "10^9/L", null), Assertion.PRESENT, true, feb),
        fact(new Finding.Lab("ALC", 1.5, "10^9/L", null), Assertion.PRESENT, true, feb),
        fact(new Finding.Lab("ANC", 9.0, "10^9/L", null), Assertion.PRESENT, false, jan),
        fact(new Finding.Demographic(67, null), Assertion.PRESENT, true, jan),
        fact(new Finding.Diagnosis("NSCLC", "adenocarcinoma", null), Assertion.PRESENT, true, jan)), 2, feb, 1, List.of());
    Map<String, String> want = new LinkedHashMap<>();
    want.put("SAMPLE_ID", "P9");
    want.put("TMB", "12.0");
    want.put("Systemic_therapy_history", "1");
    want.put("Albumin", "3.9");
    want.put("NLR", "4.0");
    want.put("Age", "67");
    want.put("CancerType", "NSCLC");
    assertEquals(want, RecordInputs.cells(r));
  }

  @Test
  void absentFactsStayEmptyCells() {
    PatientRecord r = new PatientRecord("P8", List.of(
        fact(new Finding.Lab("ANC", 6.0, "10^9/L", null), Assertion.PRESENT, true, null),
        fact(new Finding.Biomarker("TMB", 30.0, null, "mut/Mb", null), Assertion.ABSENT, true, null),
        fact(new Finding.Diagnosis("PROSTATE", null, null), Assertion.PRESENT, true, null)), 1, null, 0, List.of());
    Map<String, String> cells = RecordInputs.cells(r);
    assertEquals("", cells.get("TMB"));
    assertEquals("0", cells.get("Systemic_therapy_history"));
    assertEquals("", cells.get("NLR"));
    assertEquals("", cells.get("CancerType"));
    assertEquals("", cells.get("Age"));
  }
}
