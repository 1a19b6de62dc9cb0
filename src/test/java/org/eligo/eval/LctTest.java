package org.eligo.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eligo.core.Problems;
import org.eligo.criteria.Comparison;
import org.eligo.criteria.CriteriaSegmenter;
import org.eligo.criteria.CriterionParser;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class LctTest {
  private static final String TEXT = "Inclusion Criteria:\n  1. inflammatory bowel disease\n  2. ages 2-21 years";

  @Test
  void readsEntitiesAndTheOperatorAndValuesOfAComparison() {
    LctCorpus.Doc d = LctCorpus.annotations("NCT1", TEXT, List.of(
        "T1\tCondition 25 51\tinflammatory bowel disease", "T5\tEq-Operator 63 64\t-", "T6\tEq-Value 62 63\t2",
        "T7\tEq-Value 64 66\t21", "T12\tEq-Comparison 62 72\t2-21 years", "E4\tEq-Comparison:T12 Operator:T5 Value:T6 Value2:T7",
        "T9\tCondition 1 2;5 x\tbad"), "NCT1.ann", new Problems());
    assertEquals(new LctCorpus.Entity("T1", "Condition", 25, 51, "inflammatory bowel disease"), d.entities().get(0));
    assertEquals(List.of(new LctCorpus.Comparison(d.entities().get(4), "-", "2", "21")), d.comparisons());
    assertEquals(5, d.entities().size());
  }

  @Test
  void comparesOperatorsAsNormalisedAndRangesByBothValues() {
    LctCorpus.Entity span = new LctCorpus.Entity("T1", "Eq-Comparison", 0, 10, "");
    assertTrue(LctAgreement.same(new Comparison(0, 5, ">=", 18, null), new LctCorpus.Comparison(span, "at least", "18", null)));
    assertTrue(LctAgreement.same(new Comparison(0, 5, "<=", 4, null), new LctCorpus.Comparison(span, "within", "4 weeks", null)));
    assertTrue(LctAgreement.same(new Comparison(0, 5, "range", 2, 21.0), new LctCorpus.Comparison(span, "-", "2", "21")));
    assertFalse(LctAgreement.same(new Comparison(0, 5, "range", 2, 20.0), new LctCorpus.Comparison(span, "-", "2", "21")));
    assertFalse(LctAgreement.same(new Comparison(0, 5, ">", 18, null), new LctCorpus.Comparison(span, "≥", "18", null)));
  }

  @Test
  void mapsACriterionBackToTheFileSkippingBulletsAndJoiners() {
    String doc = "Inclusion:\n  - Adequate function:\n      - ANC ok;\n";
    String item = "Adequate function: ANC ok";
    int[] map = new int[item.length()];
    LctAgreement.align(doc, item, 0, map);
    assertEquals(doc.indexOf("Adequate"), map[0]);
    assertEquals(doc.indexOf("ANC"), map[item.indexOf("ANC")]);
    assertArrayEquals(new int[] {doc.indexOf("ok"), doc.indexOf("ok") + 1}, new int[] {map[item.length() - 2], map[item.length() - 1]});
  }

  @Test
  void scoresParsedConditionsAndComparisonsAgainstTheAnnotations() {
    Lexicons lexicons = Lexicons.load();
    LctAgreement a = new LctAgreement(new CriteriaSegmenter(), new CriterionParser(lexicons));
    String text = "Inclusion Criteria:\n  - Age 18 years or older\nExclusion Criteria:\n  - HIV infection\n  - Known allergy";
    int age = text.indexOf("18 years or older");
    int hiv = text.indexOf("HIV infection");
    a.add(LctCorpus.annotations("NCT2", text, List.of(
        "T1\tEq-Comparison " + age + " " + (age + 17) + "\t18 years or older", "T2\tEq-Value " + age + " " + (age + 2) + "\t18",
        "T3\tEq-Operator " + (age + 9) + " " + (age + 17) + "\tor older", "E1\tEq-Comparison:T1 Operator:T3 Value:T2",
        "T4\tCondition " + hiv + " " + (hiv + 13) + "\tHIV infection",
        "T5\tCondition " + text.indexOf("allergy") + " " + (text.indexOf("allergy") + 7) + "\tallergy"), "x.ann", new Problems()));
    List<LctAgreement.Score> s = a.scores();
    assertEquals(new LctAgreement.Score("Condition", 1, 1, 2, 1), s.get(0));
    assertEquals(new LctAgreement.Score("Eq-Comparison", 1, 1, 1, 1), s.get(3));
  }

  @Test
  void selectsTrialsWhoseInclusionCriteriaNameACancer() {
    Lexicons lexicons = Lexicons.load();
    CriteriaCoverage c = new CriteriaCoverage(new CriteriaSegmenter(), new CriterionParser(lexicons), lexicons.cancers());
    assertTrue(c.oncology("Inclusion Criteria:\n- Stage IV melanoma\nExclusion Criteria:\n- Pregnancy"));
    assertTrue(c.oncology("Inclusion Criteria:\n- Adults with advanced solid tumours"));
    assertFalse(c.oncology("Inclusion Criteria:\n- Knee osteoarthritis\nExclusion Criteria:\n- Active cancer"));
    assertFalse(c.oncology("Inclusion Criteria:\n- No history of cancer"));
  }

  @Test
  void namesTheGapsOfANotComputableReason() {
    assertEquals(List.of("laboratory threshold", "prior therapy within a time window"),
        CriteriaCoverage.gaps("not yet computable: laboratory threshold; prior therapy within a time window (within 4 hours);"
            + " understood only: THERAPY"));
    assertEquals(List.of("text not understood"), CriteriaCoverage.gaps("not yet computable: text not understood ('foo bar')"));
  }
}
