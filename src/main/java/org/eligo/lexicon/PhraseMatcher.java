package org.eligo.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

  private final Node<V> root;
  private final int size;

  private PhraseMatcher(Node<V> root, int size) {
    this.root = root;
    this.size = size;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  public int size() {
    return size;
  }

  /** A text cut into word tokens once, to be searched by several matchers. */
  public static final class Tokens {
    final String text;
    final List<int[]> spans;
    final List<String> lower;

    private Tokens(String text) {
      this.text = text;
      this.spans = tokenize(text);
      this.lower = new ArrayList<>(spans.size());
      // Lower-casing the whole text once keeps offsets (ASCII and most letters map one to one).
      String all = text.toLowerCase(Locale.ROOT);
      boolean sameLength = all.length() == text.length();
      for (int[] t : spans) {
        lower.add(sameLength ? all.substring(t[0], t[1]) : text.substring(t[0], t[1]).toLowerCase(Locale.ROOT));
      }
    }

    public String text() {
      return text;
    }
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
    List<int[]> tokens = tk.spans;
    List<String> lower = tk.lower;
    List<Match<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node<V> node = root;
      int bestEnd = -1;
      V bestValue = null;
      for (int j = i; j < tokens.size(); j++) {
        if (j > i && !joinable(text, tokens.get(j - 1)[1], tokens.get(j)[0])) {
          break;
        }
        node = node.next.get(lower.get(j));
        if (node == null) {
          break;
        }
        for (Entry<V> e : node.entries) {
          if (e.exact == null || e.exact.equals(text.substring(tokens.get(i)[0], tokens.get(j)[1]))) {
            bestEnd = j;
            bestValue = e.value;
            break;
          }
        }
      }
      if (bestEnd >= 0) {
        out.add(new Match<>(tokens.get(i)[0], tokens.get(bestEnd)[1], bestValue));
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Tokens of a phrase may be separated by spaces, hyphens, slashes or dots, never by a line break run. */
  private static boolean joinable(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '-' && c != '/' && c != '.' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  static List<int[]> tokenize(String text) {
    List<int[]> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        int s = i;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        tokens.add(new int[] {s, i});
      } else {
        i++;
      }
    }
    return tokens;
  }

  /** Collects phrases; the first value added for a phrase wins. */
  public static final class Builder<V> {
    private final Node<V> root = new Node<>();
    private int size;

    public Builder<V> add(String phrase, V value, boolean caseSensitive) {
      List<int[]> tokens = tokenize(phrase);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("phrase has no word characters: '" + phrase + "'");
      }
      Node<V> node = root;
      for (int[] t : tokens) {
        node = node.next.computeIfAbsent(phrase.substring(t[0], t[1]).toLowerCase(Locale.ROOT), k -> new Node<>());
      }
      String exact = caseSensitive ? phrase.substring(tokens.get(0)[0], tokens.get(tokens.size() - 1)[1]) : null;
      node.entries.add(new Entry<>(value, exact));
      size++;
      return this;
    }

    public Builder<V> add(String phrase, V value) {
      return add(phrase, value, false);
    }

    public PhraseMatcher<V> build() {
      return new PhraseMatcher<>(root, size);
    }
  }
}
