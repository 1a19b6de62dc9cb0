package org.eligo.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eligo.core.CharSpan;
import org.eligo.lexicon.PhraseMatcher;
import org.eligo.lexicon.Lexicons;
import org.eligo.text.Document;
import org.eligo.text.Sentence;

/** Runs every extractor over every sentence of a document. Thread-safe. */
public final class Extractors {
  private final List<Extractor> extractors;

  public Extractors(Lexicons lex) {
    this.extractors = List.of(
        new VariantExtractor(lex.genes()),
        new BiomarkerExtractor(),
        new PerformanceStatusExtractor(),
        new DiagnosisExtractor(lex.cancers(), lex.tnmStages()),
        new MetastasisExtractor(),
        new TherapyExtractor(lex.drugs(), lex.conditions()),
        new ConditionExtractor(lex.conditions()),
        new DemographicExtractor(),
        new LabExtractor(lex.labs()));
  }

  /** All mentions of the document in text order. */
  public List<Mention> extract(Document doc) {
    return extract(doc, new HashMap<>());
  }

  /**
   * As {@link #extract(Document)}, and puts in {@code tokens} the word tokens of each sentence
   * that has a mention and whose text the extractors read as written (no dot leaders), by the
   * sentence's span: the tokens of its raw text, which ConText can use instead of cutting them again.
   */
  public List<Mention> extract(Document doc, Map<CharSpan, PhraseMatcher.Tokens> tokens) {
    List<Mention> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      Snippet s = new Snippet(doc, sentence);
      int before = out.size();
      for (Extractor e : extractors) {
        e.extract(s, out);
      }
      if (out.size() > before && s.asWritten()) {
        tokens.put(sentence.span(), s.tokens());
      }
    }
    out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
    return List.copyOf(out);
  }
}
