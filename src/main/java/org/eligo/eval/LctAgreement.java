package org.eligo.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.criteria.Comparison;
import org.eligo.criteria.CriteriaSegmenter;
import org.eligo.criteria.CriterionParser;

/**
 * Agreement of the concepts eligo's criteria parser reads with the LCT annotations, on the types
 * eligo models: Condition (eligo's conditions, cancer diagnoses and metastases), Drug (drugs and
 * drug classes of prior-therapy parts) and Eq-Comparison.
 *
 * <p>Matching rule. Each criterion's concepts are mapped back to the trial file's characters
 * (segmentation drops bullets and joins lines, so each word of the criterion is found again in
 * the file, in order). An eligo concept is correct when its span overlaps an annotated span of
 * its type; an annotated entity is found when an eligo concept of its type overlaps it. A
 * comparison must also have the same operator and value(s): the annotated operator is normalised
 * ("at least", "≥", "or older" → {@code >=}; "more than", "over" → {@code >}; "within", "up to",
 * "no more than" → {@code <=}; "less than", "under" → {@code <}; "-", "to", "between" → a range
 * with both values). LCT labels class-level therapies ("chemotherapy") Procedure, so eligo's drugs
 * are also scored against Drug or Procedure. Precision is correct / read, recall found / annotated. Concepts of every
 * criterion count, computable or not.
 */
public final class LctAgreement {

  /** Counts of one type. */
  public record Score(String type, int read, int correct, int annotated, int found) {
    public double precision() {
      return read == 0 ? 0 : (double) correct / read;
    }

    public double recall() {
      return annotated == 0 ? 0 : (double) found / annotated;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Map<String, String> OPERATORS = Map.ofEntries(
      Map.entry(">", ">"), Map.entry("more than", ">"), Map.entry("greater than", ">"), Map.entry("over", ">"),
      Map.entry("above", ">"), Map.entry("older than", ">"), Map.entry("exceeding", ">"), Map.entry("beyond", ">"),
      Map.entry("higher than", ">"),
      Map.entry("≥", ">="), Map.entry(">=", ">="), Map.entry(">/=", ">="), Map.entry("=>", ">="), Map.entry("at least", ">="),
      Map.entry("minimum", ">="), Map.entry("no less than", ">="), Map.entry("or more", ">="), Map.entry("or older", ">="),
      Map.entry("and older", ">="), Map.entry("or greater", ">="), Map.entry("or above", ">="), Map.entry("and above", ">="),
      Map.entry("or higher", ">="), Map.entry("or over", ">="), Map.entry("greater than or equal", ">="),
      Map.entry("greater than or equal to", ">="), Map.entry("+", ">="), Map.entry("not less than", ">="),
      Map.entry("<", "<"), Map.entry("less than", "<"), Map.entry("under", "<"), Map.entry("younger than", "<"),
      Map.entry("below", "<"), Map.entry("fewer than", "<"),
      Map.entry("≤", "<="), Map.entry("<=", "<="), Map.entry("</=", "<="), Map.entry("=<", "<="), Map.entry("up to", "<="),
      Map.entry("maximum", "<="), Map.entry("no more than", "<="), Map.entry("or less", "<="), Map.entry("or younger", "<="),
      Map.entry("less than or equal", "<="), Map.entry("less than or equal to", "<="), Map.entry("within", "<="),
      Map.entry("not more than", "<="), Map.entry("at most", "<="),
      Map.entry("-", "range"), Map.entry("to", "range"), Map.entry("between", "range"), Map.entry("~", "range"),
      Map.entry("through", "range"), Map.entry("and", "range"), Map.entry("=", "="));

  private final CriteriaSegmenter segmenter;
  private final CriterionParser parser;
  private final int[][] counts = new int[4][4];
  private static final List<String> TYPES = List.of("Condition", "Drug", "Drug|Procedure", "Eq-Comparison");

  public LctAgreement(CriteriaSegmenter segmenter, CriterionParser parser) {
    this.segmenter = segmenter;
    this.parser = parser;
  }

  /** Adds one trial's concepts and annotations. */
  public void add(LctCorpus.Doc doc) {
    List<CriterionParser.Concept> read = new ArrayList<>();
    int cursor = 0;
    for (CriteriaSegmenter.Item item : segmenter.segment(doc.text())) {
      int[] map = new int[item.text().length()];
      cursor = align(doc.text(), item.text(), cursor, map);
      for (CriterionParser.Concept c : parser.read(item.id(), item.kind(), item.text()).concepts()) {
        int[] span = span(map, c.start(), c.end());
        if (span != null) {
          read.add(new CriterionParser.Concept(c.type(), span[0], span[1], c.comparison()));
        }
      }
    }
    score(0, read.stream().filter(c -> c.type().equals("CONDITION")).toList(), entities(doc, "Condition"), null);
    score(1, read.stream().filter(c -> c.type().equals("DRUG")).toList(), entities(doc, "Drug"), null);
    List<LctCorpus.Entity> therapies = doc.entities().stream().filter(e -> e.type().equals("Drug") || e.type().equals("Procedure")).toList();
    score(2, read.stream().filter(c -> c.type().equals("DRUG")).toList(), therapies, null);
    score(3, read.stream().filter(c -> c.type().equals("COMPARISON")).toList(),
        doc.comparisons().stream().map(LctCorpus.Comparison::span).toList(), doc.comparisons());
  }

  /**
   * Scores per type: Condition, Drug, Drug|Procedure (eligo's drugs and classes against LCT's
   * Drug or Procedure, since LCT labels "chemotherapy" and "immunotherapy" procedures; its recall
   * counts every procedure, surgery included, so only its precision says anything), Eq-Comparison.
   */
  public List<Score> scores() {
    List<Score> out = new ArrayList<>();
    for (int i = 0; i < TYPES.size(); i++) {
      out.add(new Score(TYPES.get(i), counts[i][0], counts[i][1], counts[i][2], counts[i][3]));
    }
    return out;
  }

  private static List<LctCorpus.Entity> entities(LctCorpus.Doc doc, String type) {
    return doc.entities().stream().filter(e -> e.type().equals(type)).toList();
  }

  private void score(int type, List<CriterionParser.Concept> read, List<LctCorpus.Entity> gold, List<LctCorpus.Comparison> comparisons) {
    counts[type][0] += read.size();
    counts[type][2] += gold.size();
    for (CriterionParser.Concept c : read) {
      boolean ok = false;
      for (int i = 0; i < gold.size() && !ok; i++) {
        ok = overlaps(c, gold.get(i)) && (comparisons == null || same(c.comparison(), comparisons.get(i)));
      }
      counts[type][1] += ok ? 1 : 0;
    }
    for (int i = 0; i < gold.size(); i++) {
      LctCorpus.Entity g = gold.get(i);
      int at = i;
      counts[type][3] += read.stream().anyMatch(c -> overlaps(c, g) && (comparisons == null || same(c.comparison(), comparisons.get(at)))) ? 1 : 0;
    }
  }

  private static boolean overlaps(CriterionParser.Concept c, LctCorpus.Entity e) {
    return c.start() < e.end() && e.start() < c.end();
  }

  /** Same operator and values as the annotation. */
  static boolean same(Comparison c, LctCorpus.Comparison gold) {
    if (gold.operator() == null || gold.value() == null) {
      return false;
    }
    String op = OPERATORS.get(gold.operator().toLowerCase(Locale.ROOT).replace('＞', '>').replace('＜', '<').trim());
    Double value = number(gold.value());
    if (op == null || value == null || !op.equals(c.operator()) || Math.abs(value - c.value()) > 1e-9) {
      return false;
    }
    if (!op.equals("range")) {
      return true;
    }
    Double upper = gold.value2() == null ? null : number(gold.value2());
    return upper != null && c.upper() != null && Math.abs(upper - c.upper()) < 1e-9;
  }

  private static Double number(String text) {
    Matcher m = NUMBER.matcher(text.replace(",", ""));
    return m.find() ? Double.valueOf(m.group()) : null;
  }

  /**
   * Finds the words of {@code item} in {@code doc} from {@code cursor} on, in order, filling
   * {@code map} with each item character's position in the file (-1 where a joiner was inserted).
   * Returns where the next item's search starts.
   */
  static int align(String doc, String item, int cursor, int[] map) {
    java.util.Arrays.fill(map, -1);
    Matcher word = Pattern.compile("\\S+").matcher(item);
    boolean first = true;
    while (word.find()) {
      String w = word.group();
      int at = doc.indexOf(w, cursor);
      int len = w.length();
      if (at < 0 || !first && at - cursor > 300) {
        // A joiner the segmenter added (": " before sub-items, a dropped trailing ';'): try without it.
        String bare = w.replaceAll("[:;.]+$", "");
        at = bare.isEmpty() ? -1 : doc.indexOf(bare, cursor);
        len = bare.length();
        if (at < 0 || !first && at - cursor > 300) {
          continue;
        }
      }
      for (int i = 0; i < len; i++) {
        map[word.start() + i] = at + i;
      }
      cursor = at + len;
      first = false;
    }
    return cursor;
  }

  private static int[] span(int[] map, int start, int end) {
    int s = -1;
    int e = -1;
    for (int i = start; i < end && i < map.length; i++) {
      if (map[i] >= 0) {
        if (s < 0) {
          s = map[i];
        }
        e = map[i] + 1;
      }
    }
    return s < 0 ? null : new int[] {s, e};
  }
}
