package org.eligo.index;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.PointsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The {@code eligo search} query language: Lucene's standard syntax over the fields of {@link
 * Fields}, with numeric fields compared as numbers ({@code ecog:<=1}, {@code pdl1_tps:[50 TO *]}).
 * Unfielded words search the note text.
 */
public final class QueryLanguage {

  /** A query that does not parse: the message and the 1-based column where it went wrong. */
  public static final class SyntaxError extends Exception {
    private final int column;

    SyntaxError(String message, int column) {
      super(message);
      this.column = column;
    }

    public int column() {
      return column;
    }
  }

  private final StandardQueryParser parser;

  public QueryLanguage(PatientIndex index) {
    this.parser = new StandardQueryParser(index.queryAnalyzer());
    Map<String, PointsConfig> points = new HashMap<>();
    DecimalFormat fmt = new DecimalFormat("#.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    for (String f : Fields.INTS) {
      points.put(f, new PointsConfig(fmt, Integer.class));
    }
    for (String f : Fields.DOUBLES) {
      points.put(f, new PointsConfig(fmt, Double.class));
    }
    parser.setPointsConfigMap(points);
    parser.setAllowLeadingWildcard(false);
  }

  public Query parse(String query) throws SyntaxError {
    if (query == null || query.isBlank()) {
      throw new SyntaxError("empty query", 1);
    }
    java.util.List<Integer> removed = new java.util.ArrayList<>();
    String lucene = comparisons(query, removed);
    Query parsed;
    try {
      parsed = everyoneBut(parser.parse(lucene, Fields.TEXT));
    } catch (QueryNodeParseException e) {
      int col = original(Math.max(0, e.getBeginColumn()), removed) + 1;
      throw new SyntaxError("cannot parse query at column " + col + ": " + firstLine(e.getMessage()).replace(lucene, query), col);
    } catch (QueryNodeException | RuntimeException e) {
      throw new SyntaxError("cannot parse query: " + firstLine(e.getMessage()).replace(lucene, query), 1);
    }
    checkFields(parsed, query);
    return parsed;
  }

  /** Every field a search may name: keyword, numeric, note text, diagnosis codes and the evaluator's verdicts. */
  static final java.util.Set<String> SEARCHABLE = searchable();

  private static java.util.Set<String> searchable() {
    java.util.Set<String> out = new java.util.TreeSet<>(Fields.KEYWORDS);
    out.addAll(Fields.INTS);
    out.addAll(Fields.DOUBLES);
    out.addAll(java.util.List.of(Fields.TEXT, Fields.DX, Fields.VERDICT));
    return java.util.Collections.unmodifiableSet(out);
  }

  /** An unknown field, or a range over the note text, is an error that points at where the query names it. */
  private static void checkFields(Query parsed, String query) throws SyntaxError {
    java.util.List<String[]> problems = new java.util.ArrayList<>();
    parsed.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (!SEARCHABLE.contains(field)) {
          problems.add(new String[] {field, "unknown field '" + field + "'; fields are " + String.join(", ", SEARCHABLE)});
        }
        return true;
      }

      @Override
      public void visitLeaf(Query q) {
        if (q instanceof org.apache.lucene.search.TermRangeQuery r && r.getField().equals(Fields.TEXT)) {
          problems.add(new String[] {r.getField(), "a range cannot be searched in the note text; ranges are for numeric fields"});
        }
      }
    });
    if (!problems.isEmpty()) {
      String field = problems.get(0)[0];
      int at = query.indexOf(field + ":");
      int col = at < 0 ? 1 : at + 1;
      throw new SyntaxError(problems.get(0)[1] + " (column " + col + ")", col);
    }
  }

  /**
   * {@code ecog:<=1}, as docs/SEARCH.md writes a comparison, becomes {@code ecog<=1}, the form
   * Lucene's parser reads; quoted and escaped text is left alone. {@code removed} gets the
   * 0-based position of each colon dropped, to point errors at the query as typed.
   */
  static String comparisons(String query, java.util.List<Integer> removed) {
    StringBuilder b = new StringBuilder(query.length());
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        b.append(c).append(query.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && c == ':' && i > 0 && i + 1 < query.length() && (query.charAt(i + 1) == '<' || query.charAt(i + 1) == '>')
          && (Character.isLetterOrDigit(query.charAt(i - 1)) || query.charAt(i - 1) == '_' || query.charAt(i - 1) == '.')) {
        removed.add(i);
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * A group of only negated clauses ({@code -has:ecog}) means every patient but those; Lucene
   * alone would match no one, so such a group gets "every patient" as its positive clause.
   */
  static Query everyoneBut(Query q) {
    if (!(q instanceof BooleanQuery b)) {
      return q;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    boolean positive = false;
    for (BooleanClause c : b.clauses()) {
      out.add(everyoneBut(c.getQuery()), c.getOccur());
      positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
    }
    if (!positive) {
      out.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return out.build();
  }

  /** The position in the query as typed of position {@code at} of the rewritten one. */
  private static int original(int at, java.util.List<Integer> removed) {
    int o = at;
    for (int r : removed) {
      if (r <= o) {
        o++;
      }
    }
    return o;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
