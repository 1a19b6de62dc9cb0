package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

  private static String longForm(String text) {
    int open = text.lastIndexOf('(');
    String abbreviation = text.substring(open + 1, text.indexOf(')', open));
    int start = Abbreviations.longFormStart(text, open, abbreviation);
    return start < 0 ? null : text.substring(start, open).trim();
  }

  @Test
  void theFewestWordsBeforeTheBracketThatSpellTheAbbreviation() {
    assertEquals("poly (ADP-ribose) polymerase", longForm("Prior treatment with a poly (ADP-ribose) polymerase (PARP)"));
    assertEquals("mammalian target of rapamycin", longForm("prior mammalian target of rapamycin (mTOR)"));
    assertEquals("cyclin-dependent kinase 4/6", longForm("prior cyclin-dependent kinase 4/6 (CDK4/6)"));
    assertEquals("epidermal growth factor receptor", longForm("any epidermal growth factor receptor (EGFR)"));
  }

  @Test
  void noWrittenOutFormWhenTheWordsDoNotSpellItOrAClauseMarkComesFirst() {
    assertEquals(null, longForm("prior novel (PARP)"));
    assertEquals(null, longForm("polymerase, and (PARP)"));
    assertEquals(null, longForm("(PARP)"));
  }
}
