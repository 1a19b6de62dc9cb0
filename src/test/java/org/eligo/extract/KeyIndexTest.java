package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
  private static final List<String> KEYS = List.of("met ", "mets", "metast", "he", "she", "hers", "naïve", "x");

  /** Ids of the keys found, in order, read from the bits of a scan. */
  private static int[] found(String text) {
    long[] bits = new KeyIndex(KEYS).scan(text);
    return java.util.stream.IntStream.range(0, KEYS.size()).filter(id -> (bits[id >>> 6] & (1L << id)) != 0).toArray();
  }

  @Test
  void findsEveryKeyAnywhereIncludingKeysInsideOrOverlappingOthers() {
    assertArrayEquals(new int[] {3, 4, 5}, found("ushers"));
    assertArrayEquals(new int[] {1, 2}, found("metastatic, mets"));
    assertArrayEquals(new int[] {0}, found("brain met noted"));
    assertArrayEquals(new int[] {}, found("brain met"));
    assertArrayEquals(new int[] {6}, found("treatment-naïve"));
    assertArrayEquals(new int[] {}, found("treatment-naive"));
    assertArrayEquals(new int[] {7}, found("\u20ac\u4e2dx"));
    assertArrayEquals(new int[] {}, found(""));
  }

  @Test
  void failureMovesKeepAPartlyReadKey() {
    // "mete" fails after "met"; "metast" still starts at the second "m" of "mmetast".
    assertArrayEquals(new int[] {2}, found("mmetast"));
    assertArrayEquals(new int[] {3}, found("methe"));
  }

  @Test
  void gatesPassWhenTheirTextHoldsOneOfTheirKeys() {
    KeyIndex.Gate g = KeyIndex.gate("zz-first-key", "zz-second-key");
    KeyIndex index = KeyIndex.current();
    assertTrue(index.covers(g));
    assertTrue(g.passes(index.scan("a zz-second-key b")));
    assertFalse(g.passes(index.scan("a zz-first b")));
    assertEquals(index.keyCount, KeyIndex.current().keyCount);
  }

  @Test
  void keysMustBeLowerCaseAndNotEmpty() {
    assertThrows(IllegalArgumentException.class, () -> KeyIndex.gate("PD-L1"));
    assertThrows(IllegalArgumentException.class, () -> KeyIndex.gate(""));
    assertThrows(IllegalArgumentException.class, () -> KeyIndex.gate());
  }
}
