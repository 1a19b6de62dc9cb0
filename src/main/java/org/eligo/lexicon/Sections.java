package org.eligo.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Clinical section headers ("Family History", "A/P") mapped to canonical section names. */
public final class Sections {
  private final Map<String, String> byHeader;

  Sections(Table table) {
    int h = table.column("header");
    int s = table.column("section");
    Map<String, String> map = new HashMap<>();
    for (List<String> row : table.rows()) {
      map.putIfAbsent(normalize(row.get(h)), row.get(s));
    }
    this.byHeader = Map.copyOf(map);
  }

  /** The canonical section for a header text such as "Family Hx" (case and spacing ignored). */
  public Optional<String> sectionOf(String header) {
    return Optional.ofNullable(byHeader.get(normalize(header)));
  }

  static String normalize(String header) {
    String t = header.trim().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
