package org.eligo.patient;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of stored facts (fact types, genes, drugs, assertions) come from small
 * vocabularies: one shared string for each instead of a new one per record read, found by its
 * UTF-8 bytes. A fixed table of recent strings, one per slot: a string whose slot another holds
 * is made anew and takes the slot (so rare strings such as dates cannot grow it). Safe to read
 * and write from several threads: a slot holds an immutable entry or null.
 */
final class Vocabulary {
  private static final int SLOTS = 1 << 13;
  /** Longer strings are made anew each time: vocabulary words are short. */
  private static final int LONGEST = 64;

  private record Entry(byte[] bytes, String string) {}

  private static final Entry[] TABLE = new Entry[SLOTS];

  private Vocabulary() {}

  /** The string of the UTF-8 bytes {@code buf[from, from + length)}. */
  static String string(byte[] buf, int from, int length) {
    if (length > LONGEST) {
      return new String(buf, from, length, StandardCharsets.UTF_8);
    }
    int h = length;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + buf[i];
    }
    int slot = (h ^ (h >>> 13)) & (SLOTS - 1);
    Entry e = TABLE[slot];
    if (e != null && Arrays.equals(e.bytes(), 0, e.bytes().length, buf, from, from + length)) {
      return e.string();
    }
    String s = new String(buf, from, length, StandardCharsets.UTF_8);
    TABLE[slot] = new Entry(Arrays.copyOfRange(buf, from, from + length), s);
    return s;
  }
}
