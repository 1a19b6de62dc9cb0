package org.eligo.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eligo.core.CharSpan;

/** Readers for the mutation-mention corpora: tmVar (PubTator) and MutationFinder. */
public final class VariantCorpora {

  /**
   * A PubTator document: title and abstract joined by one space (the offsets' frame), its gold spans
   * and the residue changes its protein mentions normalise to (tmVar's "p|D|506|G" as D506G; not
   * stops, frameshifts, synonymous changes or changes without a position).
   */
  public record Doc(String id, String text, Set<CharSpan> gold, Set<String> proteins) {}

  private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile("p\\|([ACDEFGHIKLMNPQRSTVWY])\\|(\\d+)\\|([ACDEFGHIKLMNPQRSTVWY])");

  private VariantCorpora() {}

  public static List<Doc> pubTator(Path file) {
    Map<String, StringBuilder> text = new LinkedHashMap<>();
    Map<String, Set<CharSpan>> gold = new LinkedHashMap<>();
    Map<String, Set<String>> proteins = new LinkedHashMap<>();
    for (String line : lines(file)) {
      int bar = line.indexOf('|');
      if (bar > 0 && line.length() > bar + 2 && line.charAt(bar + 2) == '|' && (line.charAt(bar + 1) == 't' || line.charAt(bar + 1) == 'a')) {
        String id = line.substring(0, bar);
        StringBuilder sb = text.computeIfAbsent(id, k -> new StringBuilder());
        if (line.charAt(bar + 1) == 'a') {
          sb.append(' ');
        }
        sb.append(line.substring(bar + 3));
        gold.computeIfAbsent(id, k -> new LinkedHashSet<>());
      } else if (!line.isBlank()) {
        String[] c = line.split("\t");
        if (c.length >= 5) {
          gold.computeIfAbsent(c[0], k -> new LinkedHashSet<>()).add(new CharSpan(Integer.parseInt(c[1]), Integer.parseInt(c[2])));
          java.util.regex.Matcher p = POINT.matcher(c.length >= 6 ? c[5] : "");
          if (p.matches() && !p.group(1).equals(p.group(3))) {
            proteins.computeIfAbsent(c[0], k -> new LinkedHashSet<>()).add(p.group(1) + p.group(2) + p.group(3));
          }
        }
      }
    }
    return text.entrySet().stream()
        .map(e -> new Doc(e.getKey(), e.getValue().toString(), gold.get(e.getKey()), proteins.getOrDefault(e.getKey(), Set.of()))).toList();
  }

  /** MutationFinder: {@code PMID<tab>text} and {@code PMID<tab>A123G<tab>...}; gold as a set of one-letter forms. */
  public record MfDoc(String id, String text, Set<String> gold) {}

  public static List<MfDoc> mutationFinder(Path textFile, Path goldFile) {
    Map<String, Set<String>> gold = new LinkedHashMap<>();
    for (String line : lines(goldFile)) {
      String[] c = line.split("\t");
      Set<String> g = gold.computeIfAbsent(c[0].trim(), k -> new LinkedHashSet<>());
      for (int i = 1; i < c.length; i++) {
        if (!c[i].isBlank()) {
          g.add(c[i].trim());
        }
      }
    }
    return lines(textFile).stream().filter(l -> l.indexOf('\t') > 0).map(l -> {
      String id = l.substring(0, l.indexOf('\t')).trim();
      return new MfDoc(id, l.substring(l.indexOf('\t') + 1), gold.getOrDefault(id, Set.of()));
    }).toList();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
