package org.eligo.criteria;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eligo.core.Problems;
import org.eligo.lexicon.Lexicons;

/**
 * The criteria package's entry point: reads ClinicalTrials.gov v2 JSON into {@link Trial}s whose
 * criteria are segmented ({@link CriteriaSegmenter}) and parsed ({@link CriterionParser}). Also
 * parses a bare criteria text. Thread-safe.
 */
public final class Trials {
  private final CriteriaSegmenter segmenter = new CriteriaSegmenter();
  private final CriterionParser parser;
  private final TrialReader reader;

  public Trials(Lexicons lexicons) {
    this.parser = new CriterionParser(Objects.requireNonNull(lexicons, "lexicons"));
    this.reader = new TrialReader(segmenter, parser);
  }

  /** Trials of a study file, an API page or a directory of {@code *.json}; bad input goes to {@code problems}. */
  public List<Trial> read(Path fileOrDir, Problems problems) {
    return reader.read(fileOrDir, problems);
  }

  /** True for the file names read as CTML ({@code .ctml.json}, {@code .yaml}, {@code .yml}); other trial files are CT.gov JSON. */
  public static boolean isCtml(Path file) {
    return CtmlReader.accepts(file);
  }

  /** The criteria of an eligibility-criteria text, in document order. */
  public List<Criterion> criteria(String eligibilityCriteria) {
    List<Criterion> out = new ArrayList<>();
    for (CriteriaSegmenter.Item item : segmenter.segment(eligibilityCriteria)) {
      out.add(parser.parse(item.id(), item.kind(), item.text()));
    }
    return out;
  }
}
