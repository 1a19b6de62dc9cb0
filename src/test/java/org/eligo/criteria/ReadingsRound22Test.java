package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate.AllOf;
import org.eligo.criteria.Predicate.AnyOf;
import org.eligo.criteria.Predicate.Diagnosis;
import org.eligo.criteria.Predicate.Lab;
import org.eligo.criteria.Predicate.Measurement;
import org.eligo.criteria.Predicate.Not;
import org.eligo.criteria.Predicate.PriorProcedure;
import org.eligo.criteria.Predicate.PriorTherapy;
import org.eligo.criteria.Predicate.Qualified;
import org.eligo.criteria.Predicate.Stage;
import org.eligo.criteria.Predicate.Within;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/**
 * Round 22: "besides" after "another" as an exception and "or treatment with" as an alternative; a histology written alone
 * after "other than" a cancer; a prefix left hanging by its hyphen ("non- or Hodgkin lymphoma") and "expect to receive" a
 * regimen as a plan; which test counts when two disagree; the share of an organ irradiated before the organ's name; and
 * windows each after a list of alternatives of its own clause.
 */
class ReadingsRound22Test {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());

  private static Predicate in(String text) {
    Criterion c = PARSER.parse("I1", Kind.INCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate ex(String text) {
    Criterion c = PARSER.parse("E1", Kind.EXCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static PriorTherapy classes(String... names) {
    return new PriorTherapy(Set.of(), Set.of(names), null, null, false);
  }

  private static PriorProcedure radiation(String detail) {
    return new PriorProcedure("radiation", null, detail);
  }

  @Test
  void besidesAfterAnotherLeavesOutWhatFollowsAndOrTreatmentWithJoinsAlternatives() {
    AnyOf either = new AnyOf(List.of(classes("immune checkpoint inhibitor"),
        new Qualified(classes("PD-1 inhibitor"), "other than nivolumab", false)));
    assertEquals(either, ex("prior immunotherapy or treatment with another anti PD-1 agent besides nivolumab"));
    // was all-of: the "with" of "treatment with" took the alternative for a qualifier
    assertEquals(either, ex("prior immunotherapy or treatment with another anti PD-1 agent other than nivolumab"));
  }

  @Test
  void besidesInAHeadingBeforeAColonIsNoException() {
    assertEquals(new AnyOf(List.of(new Predicate.Variant("EGFR", Set.of()), new Predicate.Variant("ALK", Set.of("fusion")),
            new Predicate.Variant("MET", Set.of("amplification")))),
        ex("The tumour carries another known oncogenic driver besides RET: an EGFR mutation; an ALK fusion; or MET amplification."));
  }

  @Test
  void aHistologyAloneAfterOtherThanRulesOutThatHistologyOfTheCancerBefore() {
    Diagnosis prostate = new Diagnosis(Set.of("PROSTATE"), Set.of());
    AllOf notAdeno = new AllOf(List.of(prostate, new Not(new Diagnosis(Set.of("PROSTATE"), Set.of("adenocarcinoma")))));
    assertEquals(notAdeno, ex("Patients with prostate cancer other than adenocarcinoma, such as small cell and neuroendocrine cancer"));
    assertEquals(notAdeno, ex("Prostate cancer other than adenocarcinoma"));
    assertEquals(new AllOf(List.of(new Diagnosis(Set.of("LUNG"), Set.of()),
            new Not(new Diagnosis(Set.of("LUNG"), Set.of("squamous cell carcinoma"))))),
        in("Lung cancer other than squamous cell carcinoma."));
    assertEquals(new AllOf(List.of(new Diagnosis(Set.of("BREAST"), Set.of()),
            new Not(new Diagnosis(Set.of("BREAST"), Set.of("invasive ductal carcinoma"))))),
        in("Breast cancer except invasive ductal carcinomas"));
  }

  @Test
  void aPrefixLeftHangingByItsHyphenTakesTheTermAfterIt() {
    assertEquals(new AllOf(List.of(new Stage("I"), new Diagnosis(Set.of("HODGKIN_LYMPHOMA", "NON_HODGKIN_LYMPHOMA"), Set.of()))),
        in("Diagnosis of stage I-IV non- or Hodgkin lymphoma"));
  }

  @Test
  void expectingToReceiveARegimenIsAPlanTheVisitConfirms() {
    Criterion c = PARSER.parse("I1", Kind.INCLUSION,
        "Diagnosis of stage I-IV non- or Hodgkin lymphoma and expect to receive an anthracycline based chemotherapeutic regimen.");
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    assertEquals(new AllOf(List.of(new Stage("I"), new Diagnosis(Set.of("HODGKIN_LYMPHOMA", "NON_HODGKIN_LYMPHOMA"), Set.of()))),
        c.predicate());
    assertEquals("partly represented: planned or feasible procedure or treatment: expect to receive an anthracycline based "
        + "chemotherapeutic regimen is confirmed at the screening visit", c.reason());
  }

  @Test
  void whichTestCountsWhenTwoDisagreeNarrowsTheLimitBefore() {
    String which = "the value of the test named when tests disagree";
    assertEquals(new Qualified(new Measurement("prostate volume", "<", 60, "mL"), which, false),
        in("Prostate volume < 60 cc (if MRI and TRUS have conflicting values, then MRI value will be utilized)"));
    assertEquals(new Qualified(new Lab("creatinine clearance", "≥", 50, "mL/min", null), which, false),
        in("Creatinine clearance ≥ 50 mL/min (if measured and calculated values differ, the measured value will be used)"));
  }

  @Test
  void theShareOfAnOrganIrradiatedBeforeItsNameIsTheProceduresDetail() {
    assertEquals(new Within(radiation("more than 30% bone marrow"), 4, "weeks"),
        ex("More than 30% bone marrow radiation therapy within 4 weeks"));
    assertEquals(new Within(radiation(">25% of the bone marrow"), 4, "weeks"), ex(">25% of the bone marrow radiotherapy within 4 weeks"));
  }

  @Test
  void eachWindowTimesTheListOfAlternativesRightBeforeIt() {
    assertEquals(new AnyOf(List.of(new Within(radiation("local"), 1, "weeks"), new Within(radiation("more than 30% bone marrow"), 4, "weeks"),
            new Within(radiation("extensive"), 4, "weeks"))),
        ex("Local radiation therapy is carried out within 1 week; more than 30% bone marrow radiation therapy or extensive "
            + "radiation therapy is performed within 4 weeks."));
    assertEquals(new AnyOf(List.of(new Within(radiation("local"), 1, "weeks"), new Within(radiation("bone marrow"), 4, "weeks"),
            new Within(radiation("extensive"), 4, "weeks"))),
        ex("Local radiation therapy within 1 week; bone marrow radiation therapy or extensive radiation therapy within 4 weeks."));
  }

  @Test
  void aProcedureOfAKindNoLexiconNamesWidensTheOneReadBesideIt() {
    PriorProcedure surgery = new PriorProcedure("surgery", null, null);
    assertEquals(new Within(new Qualified(surgery, "or pain relieving procedures", true), 2, "weeks"),
        ex("Surgery, or pain relieving procedures within 2 weeks of entry into the study or during the study period"));
    assertEquals(new Within(new Qualified(surgery, "or other invasive procedures", true), 4, "weeks"),
        ex("Surgery or other invasive procedures within 4 weeks"));
    // a kind the lexicon names is a part of its own
    assertEquals(new AnyOf(List.of(new Within(new PriorProcedure("surgery", null, "major"), 4, "weeks"),
            new Within(radiation(null), 4, "weeks"))),
        ex("Major surgery or radiotherapy within 4 weeks"));
  }

  @Test
  void seekingCareAtASiteIsTheSiteOfCare() {
    Criterion c = PARSER.parse("I1", Kind.INCLUSION, "Must have a clinical diagnosis of solid tumor cancer and be seeking treatment and "
        + "supportive care at the UF Health Cancer Center (Medical Plaza)");
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    assertEquals(new Diagnosis(Set.of("SOLID"), Set.of()), c.predicate());
    assertEquals("partly represented: site of care or registry is confirmed at the screening visit", c.reason());
  }
}
