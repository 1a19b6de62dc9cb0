package org.eligo.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.eligo.core.Assertion;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;

class ToxicityFlagsTest {
  private static Fact fact(Finding f, Assertion a) {
    return new Fact(f, a, true, LocalDate.of(2026, 1, 2), List.of(Evidence.ofStructured("test", "x")), false, true);
  }

  private static PatientRecord record(Fact... facts) {
    return new PatientRecord("P1", List.of(facts), 1, LocalDate.of(2026, 1, 2), null, List.of());
  }

  private static List<String> codes(PatientRecord r) {
    return ToxicityFlags.of(r).stream().map(ToxicityFlags.Flag::code).toList();
  }

  private static final Finding PEMBRO = new Finding.Therapy("pembrolizumab", List.of("immune checkpoint inhibitor", "PD-1 inhibitor"), "systemic", null);

  @Test
  void eachRuleReadsItsFacts() {
    PatientRecord r = record(
        fact(new Finding.Condition("pneumonitis", "interstitial lung disease"), Assertion.HISTORICAL),
        fact(new Finding.Condition("rheumatoid arthritis", "autoimmune disease"), Assertion.PRESENT),
        fact(new Finding.Condition("kidney transplant", "organ transplant"), Assertion.HISTORICAL),
        fact(PEMBRO, Assertion.HISTORICAL));
    assertEquals(List.of("ILD_OR_PNEUMONITIS", "ACTIVE_AUTOIMMUNE", "ORGAN_TRANSPLANT", "PRIOR_IRAE"), codes(r));
    assertEquals(List.of("condition:pneumonitis", "therapy:pembrolizumab"), ToxicityFlags.of(r).get(3).facts());
  }

  @Test
  void negatedPastAutoimmuneAndUnexposedPatientsRaiseLess() {
    PatientRecord r = record(
        fact(new Finding.Condition("pneumonitis", "interstitial lung disease"), Assertion.ABSENT),
        fact(new Finding.Condition("rheumatoid arthritis", "autoimmune disease"), Assertion.HISTORICAL),
        fact(new Finding.Condition("myocarditis", "cardiovascular disease"), Assertion.HISTORICAL));
    assertEquals(List.of(), codes(r));
    assertEquals(List.of("PRIOR_IRAE"), codes(record(
        fact(new Finding.Condition("myocarditis", "cardiovascular disease"), Assertion.HISTORICAL), fact(PEMBRO, Assertion.HISTORICAL))));
  }
}
