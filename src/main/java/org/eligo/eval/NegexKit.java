package org.eligo.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eligo.core.CharSpan;
import org.eligo.core.Problems;

/**
 * The NegEx/ConText test kit (Chapman et al.): {@code context-annotations.tsv} rows of id,
 * blank, target phrase, sentence, Negated|Affirmed, Recent|Historical|Not particular,
 * Patient|Family member|Other. The target is located in its sentence ignoring case.
 */
public final class NegexKit {

  /** One annotated target. */
  public record Row(String id, String sentence, CharSpan target, boolean negated, String temporality, String experiencer) {}

  private NegexKit() {}

  public static List<Row> read(Path file, Problems problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      if (c.length < 7) {
        problems.add(file.toString(), i + 1, null, "expected 7 columns, found " + c.length);
        continue;
      }
      String sentence = unquote(c[3]);
      CharSpan span = locate(sentence, c[2].trim());
      if (span == null) {
        problems.add(file.toString(), i + 1, "target", "no word of the target phrase occurs in its sentence");
        continue;
      }
      rows.add(new Row(c[0], sentence, span, c[4].equals("Negated"), c[5], c[6]));
    }
    return rows;
  }

  /**
   * The target in its sentence, ignoring case. A few targets of the kit run past their sentence
   * ("neck is supple.  No adenopathy present" for the sentence "No adenopathy present."): then
   * the longest run of the target's words that the sentence holds stands for it.
   */
  static CharSpan locate(String sentence, String target) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    String t = target.toLowerCase(Locale.ROOT);
    // The kit writes its target in capitals; a capitalised header ("ALLERGIES:") is not it.
    java.util.regex.Matcher upper = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(target.toUpperCase(Locale.ROOT)) + "(?!\\s*:)")
        .matcher(sentence);
    if (!t.isEmpty() && upper.find()) {
      return new CharSpan(upper.start(), upper.end());
    }
    int at = t.isEmpty() ? -1 : lower.indexOf(t);
    if (at >= 0) {
      return new CharSpan(at, at + t.length());
    }
    String[] words = t.trim().split("\\s+");
    for (int k = words.length - 1; k >= 1; k--) {
      for (int from = 0; from + k <= words.length; from++) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
            "\\b" + String.join("\\s+", java.util.Arrays.stream(words, from, from + k).map(java.util.regex.Pattern::quote).toList())
                + "(?![a-z0-9])").matcher(lower);
        if (m.find()) {
          return new CharSpan(m.start(), m.end());
        }
      }
    }
    return null;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }
}
