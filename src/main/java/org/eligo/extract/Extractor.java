package org.eligo.extract;

import java.util.List;

/** Reads one kind of finding from a sentence. Implementations are stateless and thread-safe. */
public interface Extractor {
  void extract(Snippet s, List<Mention> out);
}
