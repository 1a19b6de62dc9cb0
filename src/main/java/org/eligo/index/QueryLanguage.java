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
    try {
      return parser.parse(query, Fields.TEXT);
    } catch (QueryNodeParseException e) {
      int col = Math.max(1, e.getBeginColumn() + 1);
      throw new SyntaxError("cannot parse query at column " + col + ": " + firstLine(e.getMessage()), col);
    } catch (QueryNodeException | RuntimeException e) {
      throw new SyntaxError("cannot parse query: " + firstLine(e.getMessage()), 1);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
