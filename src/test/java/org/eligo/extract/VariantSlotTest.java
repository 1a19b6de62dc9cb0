package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VariantSlotTest {
  @Test
  void firstWordSkipsTheSeparatorsOfTheSlotPatternsAndFoldsAsciiCapitals() {
    assertEquals('a', VariantExtractor.firstWord(" | :- Amplified"));
    assertEquals('g', VariantExtractor.firstWord("\t\n\u000B\f\rgene fusion"));
    assertEquals('+', VariantExtractor.firstWord("+ (IHC)"));
    assertEquals('/', VariantExtractor.firstWord("/2 loss"));
    assertEquals('\u00c9', VariantExtractor.firstWord(" \u00c9"));
    assertEquals('\u00a0', VariantExtractor.firstWord("\u00a0amp"));
    assertEquals(0, VariantExtractor.firstWord(" - : |"));
    assertEquals(0, VariantExtractor.firstWord(""));
  }
}
