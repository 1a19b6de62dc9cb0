package org.eligo.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredListTest {
  @Test
  void madeOnceWhenFirstReadNotWhenAskedIfEmpty() {
    AtomicInteger made = new AtomicInteger();
    List<String> list = DeferredList.of(false, () -> {
      made.incrementAndGet();
      return new ArrayList<>(List.of("a", "b"));
    });
    assertFalse(list.isEmpty());
    assertSame(list, DeferredList.copyOf(list));
    assertEquals(0, made.get());
    assertEquals(List.of("a", "b"), list);
    assertEquals(2, list.size());
    assertEquals(List.of("a", "b").hashCode(), list.hashCode());
    assertEquals(1, made.get());
    assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
  }

  @Test
  void anEmptyListIsNeverMade() {
    List<String> list = DeferredList.of(true, () -> {
      throw new AssertionError("made");
    });
    assertEquals(List.of(), list);
    assertEquals(List.of(), DeferredList.copyOf(new ArrayList<String>()));
  }
}
