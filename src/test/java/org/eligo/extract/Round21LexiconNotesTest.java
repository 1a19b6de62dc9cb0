package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 21: the note side finds the lexicon entries added for criteria (viral hepatitides, bladder tumours). */
class Round21LexiconNotesTest {
  @Test
  void aNoteNamesHepatitisAOrDeltaAsAnInfection() {
    List<String> found = ExtractorsTest.findings("PMH: hepatitis A as a child, hepatitis delta co-infection.", FactType.CONDITION)
        .stream().map(f -> ((Finding.Condition) f).name() + "/" + ((Finding.Condition) f).group()).toList();
    assertEquals(List.of("hepatitis A/infection", "hepatitis D/infection"), found);
  }

  @Test
  void aNoteNamesABladderTumourAndItsOlderSuperficialName() {
    assertEquals(List.of(new Finding.Diagnosis("BLADDER", null, null)),
        ExtractorsTest.findings("TURBT 03/2024 for a bladder tumour.", FactType.DIAGNOSIS));
    assertEquals(List.of(new Finding.Diagnosis("BLADDER", "urothelial carcinoma", null)),
        ExtractorsTest.findings("History of superficial bladder cancer.", FactType.DIAGNOSIS));
  }
}
