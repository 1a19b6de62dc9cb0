package org.eligo.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eligo.core.Note;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.CriterionParser;
import org.eligo.criteria.Predicate;
import org.eligo.lexicon.Lexicons;
import org.eligo.patient.PatientPipeline;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;

/** A free codon rules out every change at it; "mutation status documented" asks for a result, either way. */
class CodonAndStatusTest {
  private static final Lexicons LEX = Lexicons.load();
  private static final PatientPipeline PIPELINE = new PatientPipeline(LEX);
  private static final Evaluator EVALUATOR = new Evaluator(LEX.cancers(), LEX.drugs()::parts);
  private static final CriterionParser PARSER = new CriterionParser(LEX);

  private static PatientRecord patient(String text) {
    List<Note> notes = List.of(new Note("P1", "P1-N1", LocalDate.parse("2026-01-01"), "progress", text));
    return PIPELINE.build(notes, Map.of(), new ArrayList<>()).get(0);
  }

  private static Verdict eval(Predicate p, String text) {
    return EVALUATOR.evaluate(Criterion.computable("I1", Kind.INCLUSION, "text", p), patient(text)).result();
  }

  @Test
  void aFreeCodonRulesOutEveryWantedChangeAtIt() {
    Predicate v600 = new Predicate.Variant("BRAF", Set.of("V600E", "V600K"));
    assertEquals(Verdict.NOT_MET, eval(v600, "BRAF V600 .......... not detected"));
    // Wanted changes at another codon stay open.
    Predicate kras = new Predicate.Variant("KRAS", Set.of("G12C", "G13D"));
    assertEquals(Verdict.UNKNOWN, eval(kras, "KRAS G12 not detected by hotspot PCR."));
  }

  @Test
  void mutationStatusDocumentedIsMetByEitherResult() {
    Criterion c = PARSER.parse("I4", Kind.INCLUSION, "BRAF V600 mutation status documented before randomization.");
    Predicate v = new Predicate.Variant("BRAF", Set.of("V600D", "V600E", "V600K", "V600R"));
    assertEquals(new Predicate.AnyOf(List.of(v, new Predicate.Not(v))), c.predicate());
    assertEquals(Verdict.MET, eval(c.predicate(), "BRAF wild type."));
    assertEquals(Verdict.MET, eval(c.predicate(), "BRAF V600E detected."));
    assertEquals(Verdict.UNKNOWN, eval(c.predicate(), "Melanoma, stage IV. Molecular testing sent."));
    Predicate kras = new Predicate.Variant("KRAS", Set.of());
    assertEquals(new Predicate.AnyOf(List.of(kras, new Predicate.Not(kras))),
        PARSER.parse("I2", Kind.INCLUSION, "KRAS mutation status must be known.").predicate());
    // A required mutation is still a requirement.
    assertEquals(v, PARSER.parse("I3", Kind.INCLUSION, "BRAF V600 mutation.").predicate());
  }

  @Test
  void aResolvedHepatitisBIsNoInfectionNowButAChronicOneIs() {
    Predicate hbv = new Predicate.Condition("hepatitis B");
    String resolved = "Hepatitis serology: HBsAg negative, anti-HBc positive, HBV DNA not detected (resolved infection).";
    assertEquals(Verdict.NOT_MET, EVALUATOR.evaluate(Criterion.computable("E1", Kind.EXCLUSION, "text", hbv), patient(resolved)).result());
    assertEquals(Verdict.MET, EVALUATOR.evaluate(Criterion.computable("E1", Kind.EXCLUSION, "text", hbv),
        patient("Chronic hepatitis B, HBsAg positive, on tenofovir.")).result());
    // HIV does not end: a history of it is the infection.
    assertEquals(Verdict.MET, EVALUATOR.evaluate(Criterion.computable("E1", Kind.EXCLUSION, "text", new Predicate.Condition("HIV")),
        patient("History of HIV, on ART, viral load undetectable.")).result());
  }
}
