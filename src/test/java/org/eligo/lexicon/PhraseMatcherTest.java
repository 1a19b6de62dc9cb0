package org.eligo.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private static List<String> found(PhraseMatcher<String> m, String text) {
    return m.findAll(text).stream().map(x -> x.value() + "@" + x.start() + "-" + x.end()).toList();
  }

  @Test
  void prefersTheLongestPhraseAndReportsCharacterOffsets() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder()
        .add("lung cancer", "LUNG").add("non-small cell lung cancer", "NSCLC").build();
    assertEquals(List.of("NSCLC@6-32"), found(m, "Stage non-small cell lung cancer."));
  }

  @Test
  void readsPossessivesWithEitherApostrophe() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("Crohn's disease", "CD").build();
    assertEquals(List.of("CD@8-23"), found(m, "History Crohn's disease."));
    assertEquals(List.of("CD@0-15"), found(m, "Crohn\u2019s disease"));
    assertEquals(List.of(), found(m, "Crohn disease"));
  }

  @Test
  void treatsHyphensAndSpacesAlikeButNeverMatchesInsideAWord() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("non small cell", "X").add("ALK", "ALK").build();
    assertEquals(List.of("X@0-14"), found(m, "non-small-cell"));
    assertEquals(List.of(), found(m, "ALKALINE phosphatase"));
  }

  @Test
  void caseSensitiveEntriesMatchOnlyTheirExactLetters() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("MET", "MET", true).build();
    assertEquals(List.of("MET@0-3"), found(m, "MET exon 14 skipping"));
    assertEquals(List.of(), found(m, "criteria were met"));
  }

  @Test
  void doesNotJoinPhrasesAcrossPunctuation() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("breast cancer", "BREAST").build();
    assertEquals(List.of(), found(m, "breast; cancer"));
  }

  @Test
  void findsPhrasesWhateverTheCaseOfTheTextAndSkipsTokensThatStartNone() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("pembrolizumab", "PEMBRO").add("carbo", "CARBO").build();
    assertEquals(List.of("CARBO@19-24", "PEMBRO@29-42"), found(m, "Tolerating cycle 3 CARBO and PEMBROLIZUMAB well"));
    assertEquals(List.of(), found(m, ""));
    assertEquals(List.of(), found(m, "--- ,,, ..."));
  }

  @Test
  void tokensSharedByMatchersGiveTheSameAnswerAsPlainText() {
    PhraseMatcher<String> genes = PhraseMatcher.<String>builder().add("EGFR", "EGFR").add("MET", "MET", true).build();
    PhraseMatcher<String> drugs = PhraseMatcher.<String>builder().add("osimertinib", "OSI").build();
    PhraseMatcher.Tokens tk = PhraseMatcher.tokens("EGFR L858R; osimertinib; MET amp; met criteria");
    assertEquals(List.of("EGFR@0-4", "MET@25-28"), genes.findAll(tk).stream().map(x -> x.value() + "@" + x.start() + "-" + x.end()).toList());
    assertEquals(List.of("OSI@12-23"), drugs.findAll(tk).stream().map(x -> x.value() + "@" + x.start() + "-" + x.end()).toList());
  }
}
