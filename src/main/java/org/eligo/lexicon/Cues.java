package org.eligo.lexicon;

import java.util.List;

/** ConText trigger cues: negation, possibility, hypothetical, history, family, pseudo, terminators. */
public final class Cues {

  /** What a cue does. */
  public enum Category {
    NEGATED,
    POSSIBLE,
    HYPOTHETICAL,
    HISTORICAL,
    FAMILY,
    PSEUDO,
    TERMINATE
  }

  /** Which side of the cue its scope extends to. */
  public enum Direction {
    FORWARD,
    BACKWARD,
    BOTH
  }

  /**
   * One cue; {@code scope} is the most words it reaches, 0 for the default; {@code therapyOnly}
   * when it only says that a treatment is an option and so asserts nothing of other facts.
   */
  public record Cue(String phrase, Category category, Direction direction, int scope, boolean therapyOnly) {}

  private final PhraseMatcher<Cue> matcher;

  Cues(Table table) {
    int c = table.column("cue");
    int cat = table.column("category");
    int dir = table.column("direction");
    int sc = table.column("scope");
    int ap = table.column("applies");
    PhraseMatcher.Builder<Cue> b = PhraseMatcher.builder();
    for (List<String> row : table.rows()) {
      String scope = row.get(sc);
      Cue cue = new Cue(row.get(c), Category.valueOf(row.get(cat)), Direction.valueOf(row.get(dir)),
          scope == null || scope.isBlank() ? 0 : Integer.parseInt(scope.trim()), "therapy".equals(row.get(ap).trim()));
      b.add(row.get(c), cue, false);
    }
    this.matcher = b.build();
  }

  public PhraseMatcher<Cue> matcher() {
    return matcher;
  }
}
