package org.eligo.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    List<Mention> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      Snippet s = new Snippet(doc, sentence);
      for (Extractor e : extractors) {
        e.extract(s, out);
      }
    }
    out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
    return List.copyOf(out);
  }
}
