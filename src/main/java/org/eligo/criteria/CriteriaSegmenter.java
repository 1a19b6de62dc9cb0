package org.eligo.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an eligibility-criteria text (ClinicalTrials.gov {@code eligibilityCriteria}, plain or
 * markdown) into ordered items, each an inclusion or an exclusion with the id {@code I1..} or
 * {@code E1..} in document order.
 *
 * <p>Rules, in the order they apply to each line:
 *
 * <ul>
 *   <li>A header switches the kind: "Inclusion Criteria:", "Key Inclusion Criteria", "INCLUSION
 *       CRITERIA", "Inclusions:", "Exclusion Criteria:", "EXCLUSION:", "Patients must meet all of
 *       the following criteria:", "Subjects meeting any of the following will be excluded:",
 *       "Patients will not be included if one or more of the following applies:"; a leading
 *       "Criteria:" belongs to the header. Text after a header's colon on the same line is an
 *       item. Items before any header are inclusions.
 *   <li>A bullet ({@code * - + •}, "1.", "1)", "(1)", "a.", "a)", "ii.") starts an item; the
 *       marker is removed. The first bullet of a section fixes the top level: deeper bullets, and
 *       lettered or roman bullets under a numbered list, are sub-items. Sub-items are joined onto
 *       their parent as qualifiers: parent text (without a trailing colon or period) + ": " + sub-items
 *       joined by "; " (a sub-item's trailing ';' is dropped).
 *   <li>A line without a bullet directly after an item (no blank line between) continues that
 *       item, joined with one space; so does one that starts in lower case or is indented deeper
 *       than the item's text. Otherwise it is an item of its own, except a short line ending in a
 *       colon that is followed by bullets at its own level: that is a group caption ("For healthy
 *       volunteers:", "DISEASE CHARACTERISTICS:") and is dropped.
 *   <li>Blank lines end continuation; they never produce items, nor does a bullet without words.
 * </ul>
 *
 * <p>An HTML fragment is read as the plain text it shows (list items are bullets). Apart from
 * that, bullet markers and the joins above, items keep their exact text. Stateless and
 * thread-safe.
 */
public final class CriteriaSegmenter {

  /** One criterion's text, its kind and its id ({@code I3}, {@code E1}). */
  public record Item(String id, Criterion.Kind kind, String text) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("item " + id + " has blank text");
      }
    }
  }

  private static final String KIND_WORD = "(inclu[st]ions?|exclusions?)";

  /** "Key Inclusion Criteria:", "INCLUSION:", "Inclusion criteria for patients:", "Inclusions". */
  private static final Pattern HEADER =
      Pattern.compile(
          "(?i)^(?:(?:eligibility\\s+)?criteria\\s*:\\s*)?(?:[\\w/-]+\\s+){0,3}?" + KIND_WORD
              + "(?:\\s+criteri(?:a|on))?(?:\\s*\\([^)]{0,40}\\))?"
              + "(?:\\s+(?:for|of|in)\\s+[^:]{1,40}(?=\\s*:))?(\\s*:|\\s+[-–]\\s|\\s*$)\\s*(.*)$");

  /** "Patients must meet all of the following criteria", "... will be excluded:". */
  private static final Pattern INCLUSION_SENTENCE =
      Pattern.compile(
          "(?i)^(?:patients?|subjects?|participants?|individuals?|candidates?|volunteers?)\\b[^:]{0,60}?"
              + "\\b(?:must|should|will|are required to|need to)\\s+(?:meet|fulfil+|satisfy|have)\\b[^:]{0,60}"
              + "\\b(?:following|criteria)\\b[^:]{0,30}(?::\\s*(.*))?$");
  private static final Pattern EXCLUSION_SENTENCE =
      Pattern.compile(
          "(?i)^(?:patients?|subjects?|participants?|individuals?|candidates?|volunteers?)\\b[^:]{0,80}?"
              + "\\b(?:(?:will|shall) (?:not )?be excluded|are excluded|(?:are|will) not be eligible|are ineligible|"
              + "must not (?:meet|have any of)|(?:will|shall|can|cannot|may) not be (?:included|enrolled|eligible)|cannot be (?:included|enrolled))\\b[^:]{0,60}(?::\\s*(.*))?$");

  /** Symbol bullets; "-" needs a following space or letter so that "-1" stays a number. */
  private static final Pattern SYMBOL_BULLET = Pattern.compile("^(?:[*•·▪◦‣●○■□➢►✓]|[-–—+](?=\\s|\\p{L}))\\s*");
  private static final Pattern NUMBER_BULLET = Pattern.compile("^(?:\\(\\d{1,2}\\)|\\d{1,2}[.)](?![\\d]))\\s*");
  private static final Pattern ROMAN_BULLET =
      Pattern.compile("^\\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\\s)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LETTER_BULLET = Pattern.compile("^\\(?[a-zA-Z][.)](?=\\s)\\s*");

  private enum Marker {
    NONE,
    SYMBOL,
    NUMBER,
    LETTER
  }

  private record Line(int indent, int textIndent, Marker marker, String text) {}

  /** Items of {@code criteriaText} in document order; empty when the text has none. */
  public List<Item> segment(String criteriaText) {
    Objects.requireNonNull(criteriaText, "criteriaText");
    List<Line> lines = new ArrayList<>();
    for (String raw : plain(criteriaText).split("\\R", -1)) {
      lines.addAll(inlineNumbers(classify(raw)));
    }
    Builder out = new Builder();
    Criterion.Kind kind = Criterion.Kind.INCLUSION;
    int topIndent = -1;
    Marker topMarker = null;
    boolean afterBlank = true;
    boolean headerOpen = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.text.isEmpty()) {
        afterBlank = true;
        continue;
      }
      if (line.text.codePoints().noneMatch(Character::isLetterOrDigit)) {
        // A bullet without words ("-" alone on its line) is neither an item nor text of one.
        continue;
      }
      if (headerOpen && startsLowerCase(line.text) && line.text.endsWith(":")) {
        // The header's sentence wrapped: "... if one or more of the following criteria / applies:".
        headerOpen = false;
        continue;
      }
      Header header = header(line.text);
      headerOpen = header != null && header.rest.isEmpty() && !line.text.endsWith(":");
      if (header != null) {
        out.flush();
        kind = header.kind;
        topIndent = -1;
        topMarker = null;
        if (!header.rest.isEmpty()) {
          Line rest = classify(header.rest);
          out.start(kind, rest.text, line.textIndent, true);
        }
        afterBlank = false;
        continue;
      }
      if (line.marker != Marker.NONE) {
        boolean sub =
            out.hasOpen()
                && topIndent >= 0
                && (line.indent > topIndent
                    || (line.marker == Marker.LETTER && topMarker == Marker.NUMBER));
        if (sub) {
          out.sub(line.text, line.textIndent);
        } else {
          out.flush();
          if (topIndent < 0 || topMarker == Marker.NONE) {
            topIndent = line.indent;
            topMarker = line.marker;
          }
          out.start(kind, line.text, line.textIndent, true);
        }
      } else if (isCaption(line, lines, i) && (!out.hasOpen() || line.indent < out.openTextIndent())) {
        out.flush();
        // A caption groups the bullets below it; they are top-level items of this section.
        topIndent = -1;
        topMarker = null;
      } else if (out.hasOpen() && continues(out, line, afterBlank)) {
        out.continueWith(line.text);
      } else {
        out.flush();
        out.start(kind, line.text, line.indent, false);
        if (line.text.endsWith(":") && topIndent < 0) {
          // An unbulleted lead-in ("Adequate organ function defined as:"): deeper bullets are its sub-items.
          topIndent = line.indent;
          topMarker = Marker.NONE;
        }
      }
      afterBlank = false;
    }
    out.flush();
    return out.items;
  }

  /**
   * An HTML fragment as plain text: a list item becomes a "* " bullet line, paragraph and line
   * breaks become line ends, other tags are dropped and the common entities decoded. Text
   * without HTML tags is returned unchanged.
   */
  static String plain(String text) {
    if (!HTML_TAG.matcher(text).find()) {
      return text;
    }
    String s = text.replaceAll("(?i)<li\\b[^>]*>", "\n* ")
        .replaceAll("(?i)<br\\s*/?>|</?(?:p|ul|ol|li|div|h[1-6]|tr|table)\\b[^>]*>", "\n")
        .replaceAll("<[^>]{1,200}>", "");
    return s.replace("&nbsp;", " ").replace("&gt;", ">").replace("&lt;", "<").replace("&ge;", "\u2265")
        .replace("&le;", "\u2264").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  private static final Pattern HTML_TAG =
      Pattern.compile("(?i)</?(?:p|br|ul|ol|li|div|span|b|i|u|em|strong|h[1-6]|table|tr|td)\\b[^>]{0,200}>");

  private static boolean continues(Builder out, Line line, boolean afterBlank) {
    if (startsLowerCase(line.text)) {
      return true;
    }
    // Indented to (bullet) or beyond (plain line) the item's text: wrapped text of that item.
    if (line.indent > 0
        && (out.openBulleted() ? line.indent >= out.openTextIndent() : line.indent > out.openTextIndent())) {
      return true;
    }
    // Directly below a bullet, unbulleted text is that bullet's wrapped text; below an
    // unbulleted line it is the next criterion of a list written without bullets.
    return !afterBlank && out.openBulleted();
  }

  private record Header(Criterion.Kind kind, String rest) {}

  private static Header header(String text) {
    if (text.length() > 160) {
      return null;
    }
    Matcher m = HEADER.matcher(text);
    if (m.matches()) {
      String separator = m.group(2).trim();
      String rest = m.group(3).trim();
      boolean criteriaWord = text.toLowerCase(Locale.ROOT).contains("criteri");
      // "Inclusion of patients with ..." is a sentence, not a header: text after the kind word
      // needs a colon or a spaced dash, and a bare "Inclusion ..." line needs the word criteria
      // or nothing else.
      if (rest.isEmpty() || (!separator.isEmpty() && (criteriaWord || m.start(1) == 0))) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Criterion.Kind kind = word.startsWith("excl") ? Criterion.Kind.EXCLUSION : Criterion.Kind.INCLUSION;
        return new Header(kind, rest);
      }
    }
    if (text.length() > 140) {
      return null;
    }
    Matcher ex = EXCLUSION_SENTENCE.matcher(text);
    if (ex.matches() && (ex.group(1) != null || text.toLowerCase(Locale.ROOT).contains("following"))) {
      return new Header(Criterion.Kind.EXCLUSION, ex.group(1) == null ? "" : ex.group(1).trim());
    }
    Matcher in = INCLUSION_SENTENCE.matcher(text);
    if (in.matches()) {
      return new Header(Criterion.Kind.INCLUSION, in.group(1) == null ? "" : in.group(1).trim());
    }
    return null;
  }

  /** A short unbulleted line ending in ':' whose next non-blank line is a bullet at its level. */
  private static boolean isCaption(Line line, List<Line> lines, int at) {
    if (!line.text.endsWith(":") || line.text.split("\\s+").length > 10) {
      return false;
    }
    for (int j = at + 1; j < lines.size(); j++) {
      Line next = lines.get(j);
      if (!next.text.isEmpty()) {
        return next.marker != Marker.NONE && next.indent <= line.indent + 1;
      }
    }
    return false;
  }

  private static boolean startsLowerCase(String text) {
    return Character.isLowerCase(text.codePointAt(0));
  }

  private static Line classify(String raw) {
    String line = raw.replace('\u00a0', ' ').replace("\t", "    ");
    int indent = 0;
    while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
      indent++;
    }
    String body = line.substring(indent).stripTrailing();
    if (body.isEmpty()) {
      return new Line(indent, indent, Marker.NONE, "");
    }
    Marker marker = Marker.NONE;
    Matcher m;
    if ((m = SYMBOL_BULLET.matcher(body)).find() && m.end() < body.length()) {
      marker = Marker.SYMBOL;
    } else if ((m = NUMBER_BULLET.matcher(body)).find() && m.end() < body.length()) {
      marker = Marker.NUMBER;
    } else if ((m = ROMAN_BULLET.matcher(body)).find() && m.end() < body.length()) {
      marker = Marker.LETTER;
    } else if ((m = LETTER_BULLET.matcher(body)).find() && m.end() < body.length()) {
      marker = Marker.LETTER;
    }
    if (marker == Marker.NONE) {
      return new Line(indent, indent, marker, body);
    }
    String text = body.substring(m.end()).strip();
    // A line such as "-  1. Age >= 18" carries two markers; the inner one is dropped too.
    Matcher inner = NUMBER_BULLET.matcher(text);
    if (marker == Marker.SYMBOL && inner.find() && inner.end() < text.length() && text.matches("^\\d{1,2}[.)]\\s.*")) {
      text = text.substring(inner.end()).strip();
    }
    return new Line(indent, indent + m.end(), marker, text);
  }

  /** A number right after a space and before a capital ("2.Locally", "5. An"): the next item of an inline list. */
  private static final Pattern INLINE_NUMBER = Pattern.compile("(?<=\\s)(\\d{1,2})[.)]\\s*(?=\\p{Lu})");
  private static final Pattern FIRST_NUMBER = Pattern.compile("^1[.)]\\s*(?=\\p{Lu})");

  /**
   * Items run together in one line and numbered in it ("1.Histologically confirmed ... 2.Locally
   * advanced ... 3.Chemotherapy-naive"): one numbered line each, when the line starts with 1 and
   * the numbers after it count up from 2 without a gap. Any other number stays text.
   */
  private static List<Line> inlineNumbers(Line line) {
    Matcher first = FIRST_NUMBER.matcher(line.text);
    if (!first.find()) {
      return List.of(line);
    }
    List<Integer> cuts = new ArrayList<>();
    int expected = 2;
    Matcher m = INLINE_NUMBER.matcher(line.text);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) == expected) {
        cuts.add(m.start());
        expected++;
      }
    }
    if (cuts.isEmpty()) {
      return List.of(line);
    }
    List<Line> out = new ArrayList<>();
    int from = first.end();
    for (int cut : cuts) {
      out.add(new Line(line.indent, line.textIndent, Marker.NUMBER, line.text.substring(from, cut).strip()));
      Matcher at = INLINE_NUMBER.matcher(line.text);
      at.find(cut);
      from = at.end();
    }
    out.add(new Line(line.indent, line.textIndent, Marker.NUMBER, line.text.substring(from).strip()));
    return out;
  }

  /** Accumulates the open item and its sub-items. */
  private static final class Builder {
    final List<Item> items = new ArrayList<>();
    private int inclusions;
    private int exclusions;
    private Criterion.Kind kind;
    private StringBuilder parent;
    private int parentTextIndent;
    private boolean bulleted;
    private final List<StringBuilder> subs = new ArrayList<>();

    boolean hasOpen() {
      return parent != null;
    }

    int openTextIndent() {
      return parentTextIndent;
    }

    boolean openBulleted() {
      return bulleted;
    }

    void start(Criterion.Kind kind, String text, int textIndent, boolean bulleted) {
      this.kind = kind;
      this.bulleted = bulleted;
      this.parent = new StringBuilder(text);
      this.parentTextIndent = textIndent;
      subs.clear();
    }

    void sub(String text, int textIndent) {
      subs.add(new StringBuilder(text));
      parentTextIndent = Math.max(parentTextIndent, textIndent);
    }

    void continueWith(String text) {
      StringBuilder target = subs.isEmpty() ? parent : subs.get(subs.size() - 1);
      target.append(' ').append(text);
    }

    void flush() {
      if (parent == null) {
        return;
      }
      String text = parent.toString().strip();
      if (!subs.isEmpty()) {
        StringBuilder joined = new StringBuilder(text.endsWith(":") || text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text);
        joined.append(": ");
        for (int i = 0; i < subs.size(); i++) {
          String s = subs.get(i).toString().strip();
          if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
          }
          joined.append(i == 0 ? "" : "; ").append(s);
        }
        text = joined.toString();
      }
      if (!text.isBlank()) {
        String id = kind == Criterion.Kind.INCLUSION ? "I" + ++inclusions : "E" + ++exclusions;
        items.add(new Item(id, kind, text));
      }
      parent = null;
      subs.clear();
    }
  }
}
