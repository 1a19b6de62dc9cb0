package org.eligo.core;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose elements are made on first use, for evidence that most patients of
 * a screening never show: whether it is empty is known up front, everything else makes the list
 * (once; a second thread racing the first makes an equal one). Equal to any list of the same
 * elements, as every list is.
 */
public final class DeferredList<E> extends AbstractList<E> implements RandomAccess {
  private final boolean empty;
  private final Supplier<List<E>> make;
  private volatile List<E> made;

  private DeferredList(boolean empty, Supplier<List<E>> make) {
    this.empty = empty;
    this.make = make;
  }

  /** A list that {@code make} gives when first read; {@code empty} must say whether it will be empty. */
  public static <E> List<E> of(boolean empty, Supplier<List<E>> make) {
    return empty ? List.of() : new DeferredList<>(false, make);
  }

  /** {@link List#copyOf}, except that a deferred list is kept as it is (it is unmodifiable already). */
  public static <E> List<E> copyOf(List<E> list) {
    return list instanceof DeferredList<E> ? list : List.copyOf(list);
  }

  private List<E> made() {
    List<E> m = made;
    if (m == null) {
      m = List.copyOf(make.get());
      made = m;
    }
    return m;
  }

  @Override
  public boolean isEmpty() {
    return empty;
  }

  @Override
  public E get(int index) {
    return made().get(index);
  }

  @Override
  public int size() {
    return made().size();
  }
}
