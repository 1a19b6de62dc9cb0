package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate.AnyOf;
import org.eligo.criteria.Predicate.Condition;
import org.eligo.criteria.Predicate.OtherMalignancy;
import org.eligo.criteria.Predicate.Qualified;
import org.eligo.criteria.Predicate.Within;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/**
 * Round 21: viral hepatitides by their letters, an infection graded "severe", a window after a list (whom it surely
 * times, whom perhaps, whom not; in an exclusion, its own semicolon-set item only), second cancers excepted by a cancer of
 * the lexicon, PSA and blast count limits, and EGFR TKIs by their generation.
 */
class ListedWindowsAndNamedExceptionsTest {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());

  private static Predicate ex(String text) {
    Criterion c = PARSER.parse("E1", Kind.EXCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  private static Predicate perhaps(Predicate part, int months) {
    return new Qualified(part, "within the last " + months + " months if the window times it too", false);
  }

  @Test
  void theViralHepatitidesAreReadByTheirLettersAndALetterListNamesEach() {
    assertEquals(new Condition("hepatitis A"), ex("Known hepatitis A infection"));
    assertEquals(new Condition("hepatitis D"), ex("Hepatitis delta"));
    assertEquals(new AnyOf(List.of(new Condition("hepatitis A"), new Condition("hepatitis B"), new Condition("hepatitis C"))),
        ex("Known hepatitis A, B or C"));
    assertEquals(new AnyOf(List.of(new Condition("hepatitis B"), new Condition("hepatitis C"))), ex("Hepatitis B or C"));
    // hepatitis E is read by its letter too
    assertEquals(new AnyOf(List.of(new Condition("hepatitis B"), new Condition("hepatitis E"))), ex("Hepatitis B or E"));
  }

  @Test
  void anInfectionGradedSevereIsAnyInfectionNarrowedAndItsExamplesIllustrateIt() {
    Predicate severe = new Qualified(new Condition("infection"), "severe", false);
    assertEquals(severe, ex("Any known severe infection like HIV, hepatitis A, B and C."));
    assertEquals(new Qualified(new Condition("infection"), "serious uncontrolled", false), ex("Serious or uncontrolled infections"));
    // with "active" it stays the active infection it was
    assertEquals(new Qualified(new Condition("active infection"), "severe", false), ex("Severe active infection"));
  }

  @Test
  void aWindowAfterTheLastOrTimesWhatFollowsItAndPerhapsWhatComesBefore() {
    Predicate hf = new Qualified(new Condition("heart failure"), "New York Heart Association (NYHA) Grade III-IV", false);
    assertEquals(new AnyOf(List.of(perhaps(new Condition("myocardial infarction"), 6), perhaps(new Condition("unstable angina"), 6),
            new Within(hf, 6, "months"))),
        ex("History of myocardial infarction, or unstable angina, or New York Heart Association (NYHA) Grade III-IV within 6 "
            + "months prior to Day 1."));
    assertEquals(new AnyOf(List.of(perhaps(new Condition("myocardial infarction"), 6), new Within(new Condition("stroke"), 6, "months"))),
        ex("Myocardial infarction, or stroke within 6 months"));
    // words between the last part and the window: it may time something else
    assertFalse(PARSER.parse("E1", Kind.EXCLUSION, "Myocardial infarction, or stroke with sequelae within 6 months").computable());
  }

  @Test
  void aWindowWrittenAfterAPartDoesNotTimeThePartsAfterIt() {
    assertEquals(new AnyOf(List.of(new Within(new Condition("myocardial infarction"), 6, "months"), new Condition("unstable angina"),
            new Condition("stroke"))),
        ex("Myocardial infarction within 6 months, unstable angina or stroke."));
  }

  @Test
  void aWindowSaidOfAPartAnExampleListDroppedTimesNoneOfTheOthers() {
    assertEquals(new AnyOf(List.of(new Condition("cardiovascular disease"),
            new Qualified(new Condition("heart failure"), "NYHA class III-IV", false))),
        ex("Cardiovascular disease (e.g. myocardial infarction within 6 months), NYHA class III-IV heart failure"));
  }

  @Test
  void aSecondCancerExceptedByACancerOfTheLexiconLeavesTheExceptedOneOpen() {
    String mayBeOwn = " (the cancer named may be the trial's own)";
    assertEquals(new Qualified(new OtherMalignancy(null, false, Set.of("BCC", "CSCC", "THYROID"), false),
            "excepted as written: thyroid cancer" + mayBeOwn, true),
        ex("Other malignancy except non-melanoma skin cancer or thyroid cancer"));
    assertEquals(new Qualified(new OtherMalignancy(null, false, Set.of("BCC", "CSCC", "MELANOMA", "MERKEL_CELL", "THYROID"), false),
            "excepted as written: skin cancer (a melanoma not of the skin is not excepted, and where it arose is not read); "
                + "thyroid cancer" + mayBeOwn, true),
        ex("Double primary cancer other than skin/thyroid cancer"));
    assertEquals(new Qualified(new OtherMalignancy(null, false, Set.of("BCC", "BLADDER", "CSCC", "PROSTATE"), false),
            "excepted as written: only superficial bladder tumor, only localized prostate cancer with undetectable PSA" + mayBeOwn, true),
        ex("Prior history of other malignancy except for: cutaneous cancers excluding melanoma, superficial bladder tumor, "
            + "localized prostate cancer with undetectable PSA."));
    // "any tumour other than" a cancer, the acronym in its capitals
    assertEquals(new Qualified(new OtherMalignancy(null, false, Set.of("COLORECTAL"), false),
            "excepted as written: only the CRC" + mayBeOwn, true),
        ex("have had a previous diagnosis of any cancer or presence of any tumor other than the CRC"));
    // a part of colorectal cancer is no whole exception
    assertEquals(new Qualified(new OtherMalignancy(5, false, Set.of("COLORECTAL"), false),
            "excepted as written: only colon cancer" + mayBeOwn, true),
        ex("Other malignancy within 5 years except colon cancer"));
    // the exceptions read before stay as they were
    assertEquals(new OtherMalignancy(5, false, Set.of("BCC", "CIS of CERVICAL"), true),
        ex("Other malignancy within 5 years except adequately treated basal cell carcinoma of the skin or carcinoma in situ of the cervix"));
  }

  @Test
  void anExceptedCancerWithANumberOrAnotherCancerWordStaysAGap() {
    for (String text : List.of("Other malignancy except prostate cancer with PSA below 0.1 ng/mL",
        "Other malignancy except thyroid cancer or any other cancer treated with curative intent")) {
      Criterion c = PARSER.parse("E1", Kind.EXCLUSION, text);
      assertFalse(c.computable(), text);
      assertTrue(c.reason().contains("other malignancy"), c.reason());
    }
  }

  @Test
  void psaLimitsAreInNanogramsPerMillilitreAndTheBloodBlastCountIsACount() {
    Criterion psa = PARSER.parse("I1", Kind.INCLUSION, "Serum PSA > 0.2 ng/ml");
    assertEquals(new Predicate.Lab("PSA", ">", 0.2, "ng/mL", null), psa.predicate());
    assertEquals(new Predicate.Lab("PSA", ">", 10.0, "ng/mL", null), ex("PSA > 10 µg/L"));
    assertEquals(new Predicate.Lab("blasts", "≤", 0.2, "10^9/L", null),
        PARSER.parse("I1", Kind.INCLUSION, "Circulating blast count ≤ 200/μL").predicate());
  }

  private static Predicate classes(String... names) {
    return new Predicate.PriorTherapy(Set.of(), Set.of(names), null, null, false);
  }

  @Test
  void egfrTkisAreNamedByTheirGenerationAndTwoGenerationsShareTheirWords() {
    assertEquals(classes("first-generation EGFR TKI", "second-generation EGFR TKI"), ex("Prior first- or second-generation EGFR TKI"));
    assertEquals(classes("third-generation EGFR TKI"), ex("Previous treatment with a 3rd-generation EGFR tyrosine kinase inhibitor"));
  }

  @Test
  void anExclusionsSemicolonSetsApartItemsThatEachExcludeAndAWindowTimesOnlyItsOwnItem() {
    assertEquals(new AnyOf(List.of(new Within(classes("first-generation EGFR TKI", "second-generation EGFR TKI"), 7, "days"),
            classes("third-generation EGFR TKI"))),
        ex("Treatment with a first or second generation of EGFR-TKI within 7 days of study entry; previous treatment with a third "
            + "generation of EGFR-TKI."));
    assertEquals(new AnyOf(List.of(new Condition("hepatitis B"), new Condition("HIV"))), ex("Active hepatitis B; HIV infection."));
    // an inclusion's items are all required, as before
    assertEquals(new Predicate.AllOf(List.of(new Predicate.PriorTherapy(Set.of("gefitinib"), Set.of(), null, null, false),
            new Predicate.PriorTherapy(Set.of("osimertinib"), Set.of(), null, null, false))),
        PARSER.parse("I1", Kind.INCLUSION, "Prior treatment with gefitinib; previous treatment with osimertinib.").predicate());
    // two windows: neither is placed
    assertFalse(PARSER.parse("E1", Kind.EXCLUSION, "Gefitinib within 7 days; osimertinib within 14 days; prior afatinib").computable());
  }
}
