package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate.AllOf;
import org.eligo.criteria.Predicate.AnyOf;
import org.eligo.criteria.Predicate.Qualified;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Round 17: qualifiers eligo does not read placed on the part they narrow or widen, and glosses that say nothing new. */
class NarrowingsTest {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());
  private static final String PPO = MeasurementRule.PREDICTED_POSTOPERATIVE;

  private static Criterion inclusion(String text) {
    return PARSER.parse("I1", Kind.INCLUSION, text);
  }

  private static Criterion exclusion(String text) {
    return PARSER.parse("E1", Kind.EXCLUSION, text);
  }

  private static Predicate in(String text) {
    Criterion c = inclusion(text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate ex(String text) {
    Criterion c = exclusion(text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate dx(String... codes) {
    return new Predicate.Diagnosis(Set.of(codes), Set.of());
  }

  private static Predicate measurement(String name, String comparison, double limit) {
    return new Predicate.Measurement(name, comparison, limit, "%");
  }

  @Test
  void aPredictedPostoperativeFloorNarrowsTheMeasuredValueAndACeilingWidensIt() {
    assertEquals(new AllOf(List.of(new Qualified(measurement("FEV1", ">", 35), PPO, false), new Qualified(measurement("DLCO", ">", 35), PPO, false))),
        in("Both predicted postoperative (PPO) FEV1 and PPO DLCO >35%"));
    assertEquals(new Qualified(measurement("FEV1", "<", 30), PPO, true), ex("predicted postoperative FEV1 < 30%"));
    assertEquals(new AllOf(List.of(measurement("FEV1", ">", 35), measurement("DLCO", ">", 35))), in("Both FEV1 and DLCO >35%"));
  }

  @Test
  void aBclcStageNarrowsHepatocellularCarcinomaAndAnIcdCodeInBracketsIsItsCode() {
    Criterion c = inclusion("Primary liver cancer patients (ICD 10 is C22.0) and Barcelona stage (BCLC stage) 0-A.");
    assertEquals(new Qualified(dx("HEPATOCELLULAR"), "BCLC stage 0-A", false), c.predicate());
    assertEquals("partly represented: the ICD code in brackets read as the diagnosis's code", c.reason());
    assertEquals(new Qualified(new Predicate.Diagnosis(Set.of("HEPATOCELLULAR"), Set.of("hepatocellular carcinoma")), "BCLC stage B or C", false),
        in("HCC, BCLC stage B or C"));
    assertEquals("not yet computable: qualifier not placed (BCLC stage B); understood only: DIAGNOSIS",
        inclusion("Pancreatic cancer, BCLC stage B").reason(), "a BCLC stage of another cancer is placed nowhere");
  }

  @Test
  void theDistanceFromTheAnalVergeNarrowsARectalCancer() {
    Predicate rectal = new Qualified(dx("COLORECTAL"), "of the rectum, not the colon", false);
    assertEquals(new Qualified(rectal, "the tumour's distance from the anal verge (anal verge ≤ 10cm)", false),
        in("biopsy proven rectal cancer (anal verge ≤ 10cm)"));
    assertEquals(new Qualified(new Qualified(new Predicate.Diagnosis(Set.of("COLORECTAL"), Set.of("adenocarcinoma")), "of the rectum, not the colon", false),
        "the tumour's distance from the anal verge (within 12 cm of the anal verge)", false),
        in("Rectal adenocarcinoma within 12 cm of the anal verge"));
  }

  @Test
  void secondaryNarrowsOnlyAnEntityThatHasASecondaryForm() {
    String secondary = "secondary (arising from an earlier disease or its treatment)";
    assertEquals(new Qualified(new Predicate.Diagnosis(Set.of("MPN"), Set.of("myelofibrosis")), secondary, false),
        ex("Patient with a diagnosis of secondary myelofibrosis;"));
    assertEquals(new Qualified(dx("AML"), secondary, false), in("secondary AML"));
    assertEquals("not yet computable: text not understood ('secondary'); understood only: Diagnosis[cancers=[HEPATOCELLULAR], histologies=[]]",
        exclusion("secondary liver cancer").reason(), "before an organ's cancer 'secondary' means a metastasis");
    assertEquals(new Predicate.OtherMalignancy(null, false, Set.of(), false), ex("secondary malignancy"));
  }

  @Test
  void aTransfusionAllowedToReachACountWidensItsLimit() {
    assertEquals(new Qualified(new Predicate.Lab("hemoglobin", "≥", 9.0, "g/dL", null), "a count reached by transfusion", true),
        in("Hemoglobin level of >= 9 g/dL. Patient may receive packed red blood cell (PRBC) transfusion so as to have hemoglobin "
            + "level of >= 9 g/dL so at participate in the study"));
    assertEquals(new Qualified(new Predicate.Lab("platelets", "≥", 100.0, "10^9/L", null), "a count reached by transfusion", true),
        in("Platelets >= 100,000/mm3 (transfusion is allowed)"));
  }

  @Test
  void tnmLettersSpeltOutAndTnmStagingAreTheStageGroup() {
    assertEquals(new AllOf(List.of(dx("BREAST"), new Predicate.Stage("I"), new Predicate.Not(new Predicate.Stage("IV")))),
        in("curative malignancy (breast cancer of TNM (T: primary tumor, N: regional nodes, M: metastasis) staging I-III)"));
  }

  @Test
  void aCancerLinkedToAHereditarySyndromeIsTheCancerWithTheSyndrome() {
    assertEquals(new AllOf(List.of(dx("COLORECTAL"), new AnyOf(List.of(new Predicate.Condition("familial adenomatous polyposis"),
        new Predicate.Condition("Lynch syndrome"))))),
        ex("Hereditary colorectal cancer linked to familial colonic polyposis or Lynch syndrome"));
    assertEquals(new Predicate.Condition("Lynch syndrome"), ex("Known HNPCC"));
  }

  @Test
  void aConditionThatNeededSteroidsIsThatConditionNarrowedAndSoAreThoseJoinedToItByASlash() {
    Predicate ild = new Predicate.Condition("interstitial lung disease");
    Predicate pneumonitis = new Predicate.Condition("pneumonitis");
    String needed = "that needed corticosteroids";
    // the relative clause qualifies the noun right before it, not the other items of the list
    assertEquals(new AnyOf(List.of(ild, new Qualified(pneumonitis, needed, false))),
        ex("History of interstitial lung disease, or radiation pneumonitis that needed steroid treatment."));
    assertEquals(new Qualified(pneumonitis, needed, false), ex("Pneumonitis requiring systemic corticosteroids."));
    // "pneumonitis/ILD" is one noun: both are narrowed
    assertEquals(new AnyOf(List.of(new Qualified(pneumonitis, needed, false), new Qualified(ild, needed, false))),
        ex("Prior pneumonitis/interstitial lung disease that required steroids."));
  }
}
