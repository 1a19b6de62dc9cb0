package org.eligo.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyword gates of all extractors, found in one pass over a sentence. Extractors declare
 * their gates once ({@link #gate}); every key of every gate goes into one shared automaton
 * (Aho-Corasick over characters), which reads a sentence's lower-case text once and marks every
 * key that occurs in it, anywhere. Asking a gate is then a few bit tests, however many gates and
 * keys there are. A gate passes exactly when its text contains one of its keys.
 */
final class KeyIndex {
  /** Keys of one gate, as bit positions into the key set a scan returns. */
  static final class Gate {
    private final int[] words;
    private final long[] masks;
    private final int maxId;

    private Gate(int[] ids) {
      Map<Integer, Long> byWord = new HashMap<>();
      int max = -1;
      for (int id : ids) {
        byWord.merge(id >>> 6, 1L << id, (a, b) -> a | b);
        max = Math.max(max, id);
      }
      this.words = byWord.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      this.masks = Arrays.stream(words).mapToLong(byWord::get).toArray();
      this.maxId = max;
    }

    /** Whether the key set holds one of this gate's keys. */
    boolean passes(long[] found) {
      for (int k = 0; k < words.length; k++) {
        if ((found[words[k]] & masks[k]) != 0) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<String> KEYS = new ArrayList<>();
  private static final Map<String, Integer> IDS = new HashMap<>();
  /** The automaton over all keys registered so far; remade when a gate adds keys after a scan. */
  private static volatile KeyIndex current;

  /** A gate that passes a text holding any of {@code keys} (in lower case, not empty). */
  static synchronized Gate gate(String... keys) {
    if (keys.length == 0) {
      throw new IllegalArgumentException("a gate needs at least one key");
    }
    int[] ids = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      String k = keys[i];
      if (k.isEmpty() || !k.equals(k.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("gate keys must be lower case and not empty: '" + k + "'");
      }
      ids[i] = IDS.computeIfAbsent(k, x -> {
        KEYS.add(x);
        return KEYS.size() - 1;
      });
    }
    if (current != null && current.keyCount != KEYS.size()) {
      current = null;
    }
    return new Gate(ids);
  }

  /** The automaton over every key registered so far. */
  static KeyIndex current() {
    KeyIndex a = current;
    if (a == null) {
      synchronized (KeyIndex.class) {
        a = current;
        if (a == null) {
          a = new KeyIndex(List.copyOf(KEYS));
          current = a;
        }
      }
    }
    return a;
  }

  final int keyCount;
  /** Character class of each character up to the highest one any key uses; 0 for all others. */
  private final int[] classOf;
  private final int classes;
  /** Next state by state * classes + class, failure links already followed. */
  private final int[] next;
  /** Ids of the keys that end at each state (its own and those of its suffix states), or null. */
  private final int[][] ends;

  KeyIndex(List<String> keys) {
    this.keyCount = keys.size();
    int maxChar = 0;
    for (String k : keys) {
      for (int i = 0; i < k.length(); i++) {
        maxChar = Math.max(maxChar, k.charAt(i));
      }
    }
    classOf = new int[maxChar + 1];
    int c = 1;
    for (String k : keys) {
      for (int i = 0; i < k.length(); i++) {
        if (classOf[k.charAt(i)] == 0) {
          classOf[k.charAt(i)] = c++;
        }
      }
    }
    classes = c;
    // The trie of the keys, as lists while it grows.
    List<int[]> go = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    go.add(new int[classes]);
    out.add(new ArrayList<>());
    for (int id = 0; id < keys.size(); id++) {
      String k = keys.get(id);
      int s = 0;
      for (int i = 0; i < k.length(); i++) {
        int x = classOf[k.charAt(i)];
        if (go.get(s)[x] == 0) {
          go.get(s)[x] = go.size();
          go.add(new int[classes]);
          out.add(new ArrayList<>());
        }
        s = go.get(s)[x];
      }
      out.get(s).add(id);
    }
    // Breadth first: each state's missing moves are those of its failure state, and it ends the
    // keys its failure state ends. The root's missing moves stay at the root (state 0).
    int[] fail = new int[go.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int x = 1; x < classes; x++) {
      int t = go.get(0)[x];
      if (t != 0) {
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      for (int x = 1; x < classes; x++) {
        int t = go.get(s)[x];
        if (t != 0) {
          fail[t] = go.get(fail[s])[x];
          queue.add(t);
        } else {
          go.get(s)[x] = go.get(fail[s])[x];
        }
      }
    }
    next = new int[go.size() * classes];
    ends = new int[go.size()][];
    for (int s = 0; s < go.size(); s++) {
      System.arraycopy(go.get(s), 0, next, s * classes, classes);
      ends[s] = out.get(s).isEmpty() ? null : out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The set of keys that occur in {@code lower}, as bits by key id. */
  long[] scan(String lower) {
    long[] found = new long[(keyCount + 63) >>> 6];
    int s = 0;
    for (int i = 0; i < lower.length(); i++) {
      char ch = lower.charAt(i);
      s = next[s * classes + (ch < classOf.length ? classOf[ch] : 0)];
      int[] e = ends[s];
      if (e != null) {
        for (int id : e) {
          found[id >>> 6] |= 1L << id;
        }
      }
    }
    return found;
  }

  /** Whether a scan of this automaton covers the gate's keys. */
  boolean covers(Gate g) {
    return g.maxId < keyCount;
  }
}
