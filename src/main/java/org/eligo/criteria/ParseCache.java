package org.eligo.criteria;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed criteria by the SHA-256 of their eligibility-criteria text, in memory for one run. Holds
 * at most {@link #CAPACITY} texts and forgets the least recently used beyond that. Parsing is
 * deterministic, so a cached list equals a fresh parse. Thread-safe.
 */
final class ParseCache {
  static final int CAPACITY = 10_000;

  private final Map<String, List<Criterion>> byHash = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<Criterion>> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The criteria parsed from {@code text}, or null when it was not parsed in this run. */
  synchronized List<Criterion> get(String text) {
    return byHash.get(hash(text));
  }

  synchronized void put(String text, List<Criterion> criteria) {
    byHash.put(hash(text), List.copyOf(criteria));
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
