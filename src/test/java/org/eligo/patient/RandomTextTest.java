package org.eligo.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eligo.core.Evidence;
import org.eligo.core.Note;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/**
 * Seeded random clinical-looking text (fragments of report language, punctuation, numbers,
 * line breaks, odd characters) never makes the pipeline throw, and every evidence span lies
 * inside its note and covers exactly its text.
 */
class RandomTextTest {
  private static final String[] PIECES = {
    "KRAS", "G12C", "p.", "c.34G>T", "(p.Gly12Cys)", "EGFR", "exon", "19", "del", "L858R", "EML4-ALK", "fusion", "ALK",
    "HER2", "3+", "IHC", "2+", "FISH", "amplified", "ER", "PR", "0%", "95%", "PD-L1", "TPS", "<1%", "CPS", "ECOG", "KPS",
    "80", "stage", "IV", "IIIB", "cT2N2M1b", "brain", "mets", "metastases", "s/p", "SRS", "stable", "new", "untreated",
    "no", "not", "negative", "wild-type", "pending", "if", "would", "mother", "with", "history of", "ILD", "lupus",
    "carboplatin/pemetrexed", "pembrolizumab", "adjuvant", "FOLFOX", "treatment-naive", "newly diagnosed", "64", "yo",
    "F", "M", "lung adenocarcinoma", "NSCLC", "breast cancer", "melanoma", ",", ".", ";", ":", "\n", "\n\n", "-", "*",
    "A/P:", "Family History:", "PMH:", "MRI brain", "neg", "(", ")", "/", "é", "\t", "…", "0", "100", "x4", "MSI-H", "dMMR",
  };

  @Test
  void randomTextNeverThrowsAndEveryEvidenceSpanIsExact() {
    PatientPipeline pipeline = new PatientPipeline(Lexicons.load());
    Random random = new Random(20261204L);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      Note note = new Note("P" + round, "N" + round, LocalDate.of(2025, 1, 1).plusDays(round), "progress", text);
      List<PatientRecord> records = pipeline.build(List.of(note), Map.of(), new ArrayList<>());
      assertEquals(1, records.size());
      for (Fact f : records.get(0).facts()) {
        for (Evidence e : f.evidence()) {
          assertTrue(e.span().end() <= text.length(), "span inside the note, round " + round);
          assertEquals(text.substring(e.span().start(), e.span().end()), e.text(), "round " + round);
        }
      }
    }
  }
}
