package org.eligo.app;

import java.nio.file.Path;
import java.util.List;
import org.eligo.core.Problems;
import org.eligo.criteria.CriteriaSegmenter;
import org.eligo.criteria.CriterionParser;
import org.eligo.criteria.Trial;
import org.eligo.criteria.TrialReader;
import org.eligo.lexicon.Lexicons;

/** Trials from ClinicalTrials.gov JSON files, parsed into computable criteria. */
final class TrialSource {
  private final TrialReader reader;

  TrialSource(Lexicons lexicons) {
    this.reader = new TrialReader(new CriteriaSegmenter(), new CriterionParser(lexicons));
  }

  List<Trial> read(Path fileOrDir, Problems problems) {
    return reader.read(fileOrDir, problems);
  }
}
