package org.eligo.extract;

import java.util.Arrays;

/**
 * Where a response cue of {@link CourseReader} may start, so that its long pattern is tried only
 * there instead of at every character of a sentence.
 *
 * <p>Every alternative of the cue pattern begins with a letter that must follow a non-word
 * character: a word boundary before a letter, "not after \w, / or -", or "after - or a space".
 * So a cue can only start where the previous character is not an ASCII letter, digit or
 * underscore. And every alternative begins with one of the words below (its own word, the
 * adjective before "response", or the first word of a multi-word cue), matched without regard
 * to ASCII case, which is all the pattern's case-insensitive parts allow. A position that fails
 * either check cannot start a match, so skipping it changes nothing. The words are filed by
 * their first letter, and a position whose character is no ASCII letter starts none of them
 * (the pattern folds only ASCII case).
 */
final class CueStarts {
  private static final String[] WORDS = {
      // progression, partial response, complete response, stable disease
      "progress", "refractory", "pd", "partial", "pr", "patholog", "complete", "pcr", "cr", "stable", "sd",
      // response, with the adjectives it may carry
      "respon", "marked", "good", "excellent", "dramatic", "major", "objective", "radiographic", "radiologic", "clinical",
      "durable", "significant", "near-complete",
      // stopped, not tolerated, "-induced colitis", "complicated by"
      "stopped", "discontinued", "d/c", "held", "ceased", "halted", "not", "poorly", "induced", "related", "associated",
      "complicated",
      // side effects; "toxic" covers toxicity, toxicities and cardiotoxicity's own start below
      "toxic", "pneumonitis", "colitis", "hepatitis", "nephritis", "myocarditis", "neuropathy", "rash", "dermatitis",
      "neutropenia", "thrombocytopenia", "cytopenia", "diarr", "mucositis", "fatigue", "intoleran", "adverse", "side",
      "irae", "immune", "infusion", "hypersensitivity", "allergic", "cardiotoxicity", "interstitial", "ild"};

  private static final String[][] BY_FIRST = new String[26][];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      char first = c;
      BY_FIRST[c - 'a'] = Arrays.stream(WORDS).filter(w -> w.charAt(0) == first).toArray(String[]::new);
    }
  }

  private CueStarts() {}

  /** The first position at or after {@code from} where a cue may start, or -1. */
  static int next(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || !Character.isLetter(c) || i > 0 && isAsciiWord(text.charAt(i - 1))) {
        continue;
      }
      for (String w : BY_FIRST[Character.toLowerCase(c) - 'a']) {
        if (text.regionMatches(true, i, w, 0, w.length())) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }
}
