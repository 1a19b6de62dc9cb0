package org.eligo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eligo.core.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantCorporaTest {
  @Test
  void readsPubTatorSpansAndTheResidueChangesOfProteinMentions(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corpus.txt");
    Files.writeString(file, String.join("\n",
        "1|t|Asp506Gly in X",
        "1|a|We saw p.Ser157Ser, E831X and Glu-->Ala.",
        "1\t0\t9\tAsp506Gly\tProteinMutation\tp|D|506|G",
        "1\t22\t33\tp.Ser157Ser\tProteinMutation\tp|S|157|S",
        "1\t35\t40\tE831X\tProteinMutation\tp|E|831|X",
        "1\t45\t54\tGlu-->Ala\tProteinMutation\tp|E||A",
        ""));
    List<VariantCorpora.Doc> docs = VariantCorpora.pubTator(file);
    assertEquals(1, docs.size());
    assertEquals("Asp506Gly in X We saw p.Ser157Ser, E831X and Glu-->Ala.", docs.get(0).text());
    assertEquals(Set.of(new CharSpan(0, 9), new CharSpan(22, 33), new CharSpan(35, 40), new CharSpan(45, 54)), docs.get(0).gold());
    assertEquals(Set.of("D506G"), docs.get(0).proteins());
  }
}
