package org.eligo.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.eligo.core.Assertion;
import org.eligo.core.Evidence;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.junit.jupiter.api.Test;

class FactsByTypeTest {
  private static final Evidence EV = Evidence.ofStructured("patients.jsonl:1 age", "61");

  private static Fact fact(Finding f, boolean current) {
    return new Fact(f, Assertion.PRESENT, current, null, List.of(EV), false, false);
  }

  @Test
  void factsOfEachTypeKeepRecordOrderAndCurrentLeavesOutSuperseded() {
    Fact oldEcog = fact(new Finding.PerformanceStatus("ECOG", 2), false);
    Fact age = fact(new Finding.Demographic(61, null), true);
    Fact ecog = fact(new Finding.PerformanceStatus("ECOG", 1), true);
    Fact kps = fact(new Finding.PerformanceStatus("KPS", 80), true);
    List<Fact> facts = new ArrayList<>(List.of(oldEcog, age, ecog, kps));
    PatientRecord r = new PatientRecord("P1", facts, 1, null, null, List.of());
    facts.clear();

    assertEquals(List.of(oldEcog, age, ecog, kps), r.facts());
    assertEquals(List.of(oldEcog, ecog, kps), r.factsOf(FactType.PERFORMANCE_STATUS));
    assertEquals(List.of(ecog, kps), r.currentOf(FactType.PERFORMANCE_STATUS));
    assertEquals(List.of(ecog, kps), r.current(FactType.PERFORMANCE_STATUS).toList());
    assertEquals(List.of(age), r.factsOf(FactType.DEMOGRAPHIC));
    assertEquals(List.of(), r.factsOf(FactType.LAB));
    assertEquals(r, new PatientRecord("P1", List.of(oldEcog, age, ecog, kps), 1, null, null, List.of()));
    assertThrows(UnsupportedOperationException.class, () -> r.factsOf(FactType.PERFORMANCE_STATUS).set(0, age));
    assertThrows(IndexOutOfBoundsException.class, () -> r.currentOf(FactType.PERFORMANCE_STATUS).get(2));
  }
}
