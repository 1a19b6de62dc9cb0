package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpelledNumbersTest {
  private static String rewritten(String text) {
    return new Sentence(text).cased();
  }

  @Test
  void numbersThatCountSomethingBecomeDigitsOfTheSameLength() {
    assertEquals("Major surgery within 28           days", rewritten("Major surgery within twenty-eight days"));
    assertEquals("Age 18       years or older", rewritten("Age eighteen years or older"));
    assertEquals("ECOG performance status of 0    or 1  ", rewritten("ECOG performance status of zero or one"));
    assertEquals("At least 2   prior lines", rewritten("At least two prior lines"));
    assertEquals("1   or 2   regimens", rewritten("one or two regimens"));
    assertEquals("no more than 3    ", rewritten("no more than three"));
  }

  @Test
  void wordsThatCountNothingAndWordsBesideTheirDigitsStay() {
    assertEquals("At least one of the following", rewritten("At least one of the following"));
    assertEquals("No one else", rewritten("No one else"));
    assertEquals("within four (4) weeks", rewritten("within four (4) weeks"));
    assertEquals("Someone with tenosynovitis", rewritten("Someone with tenosynovitis"));
  }

  @Test
  void valuesOfNumberWords() {
    assertEquals(0, SpelledNumbers.value("zero"));
    assertEquals(19, SpelledNumbers.value("Nineteen"));
    assertEquals(90, SpelledNumbers.value("ninety"));
    assertEquals(28, SpelledNumbers.value("twenty eight"));
    assertEquals(75, SpelledNumbers.value("seventy-five"));
  }
}
