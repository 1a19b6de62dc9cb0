package org.eligo.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Predicate;
import org.eligo.criteria.Trial;

/**
 * The patients of the index a trial could take: its computable inclusion criteria on age, sex
 * and ECOG become clauses that drop a patient only when the one value the exact evaluation would
 * read ({@code has:}) contradicts the criterion. A patient with no such value, or with several,
 * is always kept: missing data never drops anyone. Everything else is left to the evaluator.
 */
public final class CandidateQuery {
  private CandidateQuery() {}

  /** The query, and how many criteria it uses (0: every patient is a candidate). */
  public record Candidates(Query query, int criteriaUsed) {}

  public static Candidates of(Trial trial) {
    List<Query> clauses = new ArrayList<>();
    for (Criterion c : trial.criteria()) {
      if (c.kind() == Criterion.Kind.INCLUSION && c.computable()) {
        collect(c.predicate(), clauses);
      }
    }
    if (clauses.isEmpty()) {
      return new Candidates(new MatchAllDocsQuery(), 0);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    clauses.forEach(q -> all.add(q, Occur.FILTER));
    return new Candidates(all.build(), clauses.size());
  }

  private static void collect(Predicate p, List<Query> out) {
    if (p instanceof Predicate.AllOf a) {
      a.parts().forEach(part -> collect(part, out));
    } else if (p instanceof Predicate.Age a) {
      out.add(keptUnless("age", IntPoint.newRangeQuery("age", bound(a.min(), Integer.MIN_VALUE), bound(a.max(), Integer.MAX_VALUE))));
    } else if (p instanceof Predicate.Sex s) {
      out.add(keptUnless("sex", new TermQuery(new Term("sex", s.sex().toLowerCase(Locale.ROOT)))));
    } else if (p instanceof Predicate.PerformanceStatus ps && ps.scale().equals("ECOG")) {
      out.add(keptUnless("ecog", IntPoint.newRangeQuery("ecog", bound(ps.min(), Integer.MIN_VALUE), bound(ps.max(), Integer.MAX_VALUE))));
    }
  }

  private static int bound(Integer value, int open) {
    return value == null ? open : value;
  }

  /** Meets {@code met}, or has no single decided value of {@code field}. */
  private static Query keptUnless(String field, Query met) {
    Query undecided = new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.HAS, field)), Occur.MUST_NOT)
        .build();
    return new BooleanQuery.Builder().add(met, Occur.SHOULD).add(undecided, Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
  }
}
