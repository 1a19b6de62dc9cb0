package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.criteria.Predicate.AnyOf;
import org.eligo.criteria.Predicate.Condition;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Round 19: hereditary colorectal cancer syndromes, and an example list that only illustrates a general term eligo reads. */
class IllustrationsTest {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());

  private static Predicate ex(String text) {
    Criterion c = PARSER.parse("E1", Kind.EXCLUSION, text);
    assertTrue(c.computable(), () -> "not computable: " + c.reason());
    return c.predicate();
  }

  @Test
  void theHereditaryColorectalSyndromesAreConditionsOfOneFamily() {
    assertEquals(new Condition("Peutz-Jeghers syndrome"), ex("Known Peutz-Jeghers syndrome"));
    assertEquals(new Condition("PTEN hamartoma tumor syndrome"), ex("Cowden syndrome"));
    assertEquals(new AnyOf(List.of(new Condition("MUTYH-associated polyposis"), new Condition("juvenile polyposis syndrome"))),
        ex("MYH-associated polyposis or juvenile polyposis"));
    assertEquals(new Condition("hereditary colorectal cancer syndrome"), ex("History of a hereditary colon cancer syndrome"));
  }

  @Test
  void anExampleListUnderAKnownGeneralTermIsDroppedWithTheWordsInItEligoDoesNotRead() {
    assertEquals(new Condition("hereditary colorectal cancer syndrome"),
        ex("Hereditary colorectal cancer syndromes, including Lynch syndrome, MUTYH (MYH)-associated polyposis, "
            + "phosphatase and tensin homolog (PTEN) hamartoma syndromes and familial colorectal cancer type X"));
  }

  @Test
  void examplesOfAGeneralTermEligoDoesNotReadStillLeaveItOpen() {
    Criterion c = PARSER.parse("E1", Kind.EXCLUSION, "Severe respiratory diseases such as interstitial lung disease or severe asthma");
    assertFalse(c.computable());
    assertEquals("not yet computable: general term known only by its examples (severe respiratory diseases such as interstitial "
        + "lung disease or...); understood only: CONDITION", c.reason());
  }
}
