package org.eligo.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconsTest {
  private static final Lexicons LEX = Lexicons.load();

  @Test
  void theDigestCoversEveryFileOfTheLexiconFolder() throws Exception {
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("lexicons"))) {
      assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(), Lexicons.FILES);
    }
    String digest = Lexicons.sha256();
    assertTrue(digest.matches("[0-9a-f]{64}"), digest);
    assertEquals(digest, Lexicons.sha256());
  }

  @Test
  void resolvesClinicalGeneAliasesToHgncSymbols() {
    assertEquals(Optional.of("ERBB2"), LEX.genes().symbolOf("HER2"));
    assertEquals(Optional.of("ERBB2"), LEX.genes().symbolOf("her-2/neu"));
    assertEquals(Optional.of("KRAS"), LEX.genes().symbolOf("KRAS"));
  }

  @Test
  void placesCancerCodesInTheirHierarchy() {
    assertTrue(LEX.cancers().isA("NSCLC", "LUNG"));
    assertTrue(LEX.cancers().isA("NSCLC", "SOLID"));
    assertFalse(LEX.cancers().isA("LUNG", "NSCLC"));
    assertEquals("NSCLC", LEX.cancers().term("lung adenocarcinoma").orElseThrow().code());
  }

  @Test
  void aRegimenStandsForItsComponentsAndACombinationForItsParts() {
    assertEquals(List.of("fluorouracil", "leucovorin", "oxaliplatin"), LEX.drugs().parts("FOLFOX"));
    assertEquals(List.of("carboplatin", "pemetrexed"), LEX.drugs().parts("carboplatin/pemetrexed"));
    assertEquals(List.of("capecitabine", "oxaliplatin", "bevacizumab"), LEX.drugs().parts("CAPOX + bevacizumab"));
    assertEquals(List.of("osimertinib"), LEX.drugs().parts("osimertinib"));
  }

  @Test
  void everyLexiconNamesItsSourceAndVersion() {
    assertEquals(11, LEX.provenance().size());
    LEX.provenance().forEach(p -> assertTrue(p.matches("lexicons/\\S+\\.tsv \\S+"), p));
  }

  @Test
  void rejectsATableWithoutSourceOrWithARaggedRow() {
    IllegalStateException noSource = assertThrows(IllegalStateException.class,
        () -> Table.parse("x.tsv", new BufferedReader(new StringReader("# version: 1\na\tb\n1\t2\n"))));
    assertEquals("x.tsv: header comment '# source: ...' is missing", noSource.getMessage());
    IllegalStateException ragged = assertThrows(IllegalStateException.class,
        () -> Table.parse("x.tsv", new BufferedReader(new StringReader("# source: s\n# version: 1\na\tb\n1\n"))));
    assertEquals("x.tsv:4: expected 2 columns, found 1", ragged.getMessage());
  }
}
