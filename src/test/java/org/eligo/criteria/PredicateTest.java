package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PredicateTest {

  @Test
  void setsPrintInNaturalOrderSoThatAParseReadsTheSameInEveryRun() {
    // Set.of iterates in an order that changes from one JVM run to the next; a predicate must not.
    Predicate d = new Predicate.Diagnosis(Set.of("SCLC", "NSCLC", "BREAST"), Set.of("squamous", "adenocarcinoma"));
    assertEquals("Diagnosis[cancers=[BREAST, NSCLC, SCLC], histologies=[adenocarcinoma, squamous]]", d.toString());
    Predicate v = new Predicate.Variant("EGFR", Set.of("L858R", "exon 19 deletion", "G719X"));
    assertEquals("Variant[gene=EGFR, variants=[G719X, L858R, exon 19 deletion]]", v.toString());
  }

  @Test
  void setsAreUnmodifiable() {
    Predicate.Diagnosis d = new Predicate.Diagnosis(Set.of("NSCLC"), null);
    assertThrows(UnsupportedOperationException.class, () -> d.cancers().add("SCLC"));
    assertEquals(Set.of(), d.histologies());
  }
}
