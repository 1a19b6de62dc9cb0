package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.eligo.core.CharSpan;
import org.eligo.core.Note;
import org.eligo.text.Document;
import org.eligo.text.Section;
import org.eligo.text.Sentence;
import org.junit.jupiter.api.Test;

class SnippetTest {
  private static Snippet snippet(String text) {
    Note note = new Note("P1", "N1", LocalDate.of(2025, 1, 1), "progress", text);
    Sentence s = new Sentence(new CharSpan(0, text.length()), Section.NONE);
    return new Snippet(new Document(note, List.of(new Section(Section.NONE, new CharSpan(0, text.length()))), List.of(s)), s);
  }

  @Test
  void gatesFindKeysAnywhereInLowerCase() {
    Snippet s = snippet("PD-L1 TPS 60% (22C3); MRI Brain negative");
    assertTrue(s.has(KeyIndex.gate("pd-l1")));
    assertTrue(s.has(KeyIndex.gate("absent", "brain")));
    assertTrue(s.has(KeyIndex.gate("60%")));
    assertFalse(s.has(KeyIndex.gate("ecog", "kps")));
    assertFalse(s.has(KeyIndex.gate("brains")));
  }

  @Test
  void keysWhosePartsAllOccurButNotTogetherAreNotMentioned() {
    // "tm" and "mb" are in the text, "tmb" is not.
    Snippet s = snippet("atm, mbd4");
    assertFalse(s.has(KeyIndex.gate("tmb")));
    assertTrue(s.has(KeyIndex.gate("mbd")));
    assertFalse(snippet("").has(KeyIndex.gate("a", "ab")));
    assertTrue(snippet("x").has(KeyIndex.gate("x")));
  }

  @Test
  void aGateMadeAfterASnippetWasReadIsStillAnswered() {
    Snippet s = snippet("Zubrod scale");
    assertFalse(s.has(KeyIndex.gate("ecog")));
    assertTrue(s.has(KeyIndex.gate("zubrod scale")));
  }

  @Test
  void dotLeadersAndEllipsesReadAsSpacesButEvidenceKeepsTheNoteCharacters() {
    assertEquals("TMB         11.2 mut/Mb. Next..", Snippet.withoutLeaders("TMB ....... 11.2 mut/Mb. Next.."));
    assertEquals("pending ", Snippet.withoutLeaders("pending\u2026"));
    String plain = "No leaders here.";
    assertTrue(plain == Snippet.withoutLeaders(plain));
    Snippet s = snippet("ER ........ 0%");
    assertEquals("ER          0%", s.text());
    assertEquals("ER ........ 0%", s.mention(new Finding.Biomarker("ER", 0.0, null, "%", null), 0, 14, "r").evidence().text());
  }
}
