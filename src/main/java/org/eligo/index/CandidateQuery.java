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
import org.eligo.lexicon.Cancers;

/**
 * The patients of the index a trial could take: its computable inclusion criteria on age, sex,
 * ECOG and the cancer diagnosed become clauses that drop a patient only when the one value the exact evaluation would
 * read ({@code has:}) contradicts the criterion. A patient with no such value, or with several,
 * is always kept: missing data never drops anyone. Everything else is left to the evaluator.
 */
public final class CandidateQuery {
  private CandidateQuery() {}

  /** The query, and how many criteria it uses (0: every patient is a candidate). */
  public record Candidates(Query query, int criteriaUsed) {}

  public static Candidates of(Trial trial, Cancers cancers) {
    List<Query> clauses = new ArrayList<>();
    for (Criterion c : trial.criteria()) {
      if (c.kind() == Criterion.Kind.INCLUSION && c.computable()) {
        collect(c.predicate(), clauses, cancers);
      }
    }
    if (clauses.isEmpty()) {
      return new Candidates(new MatchAllDocsQuery(), 0);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    clauses.forEach(q -> all.add(q, Occur.FILTER));
    return new Candidates(all.build(), clauses.size());
  }

  private static void collect(Predicate p, List<Query> out, Cancers cancers) {
    if (p instanceof Predicate.AllOf a) {
      a.parts().forEach(part -> collect(part, out, cancers));
    } else if (p instanceof Predicate.Diagnosis dx) {
      out.add(diagnosis(dx, cancers));
    } else if (p instanceof Predicate.Age a) {
      out.add(keptUnless("age", IntPoint.newRangeQuery("age", bound(a.min(), Integer.MIN_VALUE), bound(a.max(), Integer.MAX_VALUE))));
    } else if (p instanceof Predicate.Sex s) {
      out.add(keptUnless("sex", new TermQuery(new Term("sex", s.sex().toLowerCase(Locale.ROOT)))));
    } else if (p instanceof Predicate.PerformanceStatus ps && ps.scale().equals("ECOG")) {
      out.add(keptUnless("ecog", IntPoint.newRangeQuery("ecog", bound(ps.min(), Integer.MIN_VALUE), bound(ps.max(), Integer.MAX_VALUE))));
    }
  }

  /**
   * The evaluator finds a diagnosis criterion not met only when no current diagnosis is the
   * wanted cancer or below it and some current diagnosis is neither that nor one of its ancestors
   * (a breast cancer for NSCLC; "lung cancer" alone leaves NSCLC open). So a patient is kept who
   * has a wanted cancer in a diagnosis's lineage ({@code cancer:}) or whose own codes ({@code dx:})
   * are all ancestors of a wanted cancer, or who has none. Histology is left to the evaluator.
   */
  private static Query diagnosis(Predicate.Diagnosis d, Cancers cancers) {
    BooleanQuery.Builder keep = new BooleanQuery.Builder();
    d.cancers().forEach(w -> keep.add(new TermQuery(new Term("cancer", w.toLowerCase(Locale.ROOT))), Occur.SHOULD));
    BooleanQuery.Builder other = new BooleanQuery.Builder();
    for (String code : cancers.codes()) {
      if (d.cancers().stream().noneMatch(w -> cancers.isA(w, code))) {
        other.add(new TermQuery(new Term(Fields.DX, code.toLowerCase(Locale.ROOT))), Occur.SHOULD);
      }
    }
    Query noOther = new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(other.build(), Occur.MUST_NOT)
        .build();
    keep.add(noOther, Occur.SHOULD);
    return keep.setMinimumNumberShouldMatch(1).build();
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
