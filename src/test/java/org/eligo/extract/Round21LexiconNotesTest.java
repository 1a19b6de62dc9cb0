package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 21: the note side finds the lexicon entries added for criteria (viral hepatitides, bladder tumours, PSA, blasts, EGFR TKI generations). */
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

  @Test
  void aNoteGivesPsaInNanogramsPerMillilitreAndTheBloodsAbsoluteBlastCountButNoBlastPercentage() {
    assertEquals(List.of(new Finding.Lab("PSA", 0.4, "ng/mL", null)),
        ExtractorsTest.findings("Post-op PSA 0.4 ng/mL, rising.", FactType.LAB));
    assertEquals(List.of(new Finding.Lab("blasts", 1.2, "10^9/L", null)),
        ExtractorsTest.findings("Circulating blast count 1,200/uL today.", FactType.LAB));
    assertEquals(List.of(), ExtractorsTest.findings("Bone marrow: blasts 25%, peripheral blasts 12%. Free PSA 18%.", FactType.LAB));
  }

  @Test
  void aNoteNamesAnEgfrTkiByItsGeneration() {
    List<String> found = ExtractorsTest.findings("Progressed on a 1st-generation EGFR TKI, then icotinib.", FactType.THERAPY).stream()
        .map(f -> ((Finding.Therapy) f).drug() + " " + ((Finding.Therapy) f).classes()).toList();
    // a class named without a drug is a therapy of no drug
    assertEquals(List.of("null [EGFR TKI, first-generation EGFR TKI, targeted therapy]",
        "icotinib [EGFR TKI, first-generation EGFR TKI, targeted therapy]"), found);
  }
}
