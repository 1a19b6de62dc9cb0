package org.eligo.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in text, longest match first, left to right, without overlaps. Text is
 * cut into word tokens (runs of letters and digits), so "non-small cell" and "non small cell"
 * are the same phrase and a phrase never matches inside a longer word. Entries added as
 * case-sensitive match only when the text has the phrase's exact letters (for gene symbols that
 * are also English words, such as MET).
 */
public final class PhraseMatcher<V> {

  /** One match: character offsets into the searched text, the entry's value and its surface. */
  public record Match<V>(int start, int end, V value) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    final List<Entry<V>> entries = new ArrayList<>(1);
  }

  private record Entry<V>(V value, String exact) {}

  /** Bits of the hashes of every phrase's first token: most tokens of a text start no phrase. */
  private static final int FIRST_BITS = 1 << 16;

  private final Node<V> root;
  private final long[] first;
  private final int size;

  private PhraseMatcher(Node<V> root, long[] first, int size) {
    this.root = root;
    this.first = first;
    this.size = size;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  public int size() {
    return size;
  }

  /**
   * A text cut into word tokens once, to be searched by several matchers. Each token keeps the
   * hash of its lower-case form, so a matcher rejects a token that starts none of its phrases
   * without making a string; the lower-case strings are made on demand.
   */
  public static final class Tokens {
    final String text;
    final int count;
    final int[] starts;
    final int[] ends;
    final int[] hashes;
    private final String[] lower;

    private Tokens(String text) {
      this.text = text;
      int n = text.length();
      int[] s = new int[Math.max(4, n / 4)];
      int[] e = new int[s.length];
      int[] h = new int[s.length];
      int c = 0;
      int i = 0;
      while (i < n) {
        char ch = text.charAt(i);
        if (!wordChar(ch)) {
          i++;
          continue;
        }
        if (c == s.length) {
          s = java.util.Arrays.copyOf(s, c * 2);
          e = java.util.Arrays.copyOf(e, c * 2);
          h = java.util.Arrays.copyOf(h, c * 2);
        }
        int hash = 0;
        s[c] = i;
        while (i < n && wordChar(ch = text.charAt(i))) {
          hash = 31 * hash + fold(ch);
          i++;
        }
        e[c] = i;
        h[c] = hash;
        c++;
      }
      this.count = c;
      this.starts = s;
      this.ends = e;
      this.hashes = h;
      this.lower = new String[c];
    }

    String lower(int k) {
      String l = lower[k];
      if (l == null) {
        l = lowerCase(text, starts[k], ends[k]);
        lower[k] = l;
      }
      return l;
    }

    public String text() {
      return text;
    }
  }

  /** Lower case char by char, so that the hash matches the one {@link Tokens} computes. */
  private static String lowerCase(String text, int from, int to) {
    char[] out = new char[to - from];
    for (int k = from; k < to; k++) {
      out[k - from] = fold(text.charAt(k));
    }
    return new String(out);
  }

  private static boolean wordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  public static Tokens tokens(String text) {
    return new Tokens(text);
  }

  /** Non-overlapping longest matches, in text order. */
  public List<Match<V>> findAll(String text) {
    return findAll(new Tokens(text));
  }

  /** As {@link #findAll(String)}, on text already cut into tokens. */
  public List<Match<V>> findAll(Tokens tk) {
    String text = tk.text;
    List<Match<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tk.count) {
      int h = tk.hashes[i] & (FIRST_BITS - 1);
      if ((first[h >>> 6] & (1L << h)) == 0) {
        i++;
        continue;
      }
      Node<V> node = root;
      int bestEnd = -1;
      V bestValue = null;
      for (int j = i; j < tk.count; j++) {
        if (j > i && !joinable(text, tk.ends[j - 1], tk.starts[j])) {
          break;
        }
        node = node.next.get(tk.lower(j));
        if (node == null) {
          break;
        }
        for (Entry<V> e : node.entries) {
          if (e.exact == null || e.exact.length() == tk.ends[j] - tk.starts[i]
              && text.regionMatches(tk.starts[i], e.exact, 0, e.exact.length())) {
            bestEnd = j;
            bestValue = e.value;
            break;
          }
        }
      }
      if (bestEnd >= 0) {
        out.add(new Match<>(tk.starts[i], tk.ends[bestEnd], bestValue));
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Tokens of a phrase may be separated by spaces, hyphens, slashes, dots or an apostrophe ("Crohn's"), never by a line break run. */
  private static boolean joinable(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '-' && c != '/' && c != '.' && c != '\t' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  /** Collects phrases; the first value added for a phrase wins. */
  public static final class Builder<V> {
    private final Node<V> root = new Node<>();
    private final long[] first = new long[FIRST_BITS / 64];
    private int size;

    public Builder<V> add(String phrase, V value, boolean caseSensitive) {
      Tokens tokens = new Tokens(phrase);
      if (tokens.count == 0) {
        throw new IllegalArgumentException("phrase has no word characters: '" + phrase + "'");
      }
      int h = tokens.hashes[0] & (FIRST_BITS - 1);
      first[h >>> 6] |= 1L << h;
      Node<V> node = root;
      for (int k = 0; k < tokens.count; k++) {
        node = node.next.computeIfAbsent(tokens.lower(k), x -> new Node<>());
      }
      String exact = caseSensitive ? phrase.substring(tokens.starts[0], tokens.ends[tokens.count - 1]) : null;
      node.entries.add(new Entry<>(value, exact));
      size++;
      return this;
    }

    public Builder<V> add(String phrase, V value) {
      return add(phrase, value, false);
    }

    public PhraseMatcher<V> build() {
      return new PhraseMatcher<>(root, first, size);
    }
  }
}
