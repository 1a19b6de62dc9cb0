package org.eligo.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Keyword fields are indexed without frequencies or norms, so every patient a keyword term
 * matches gets the same score; but Lucene bounds the scores of such postings loosely, so a
 * search for the top hits walks every match. Here each keyword term of a query becomes a
 * constant of exactly the score the term would give (same similarity, same statistics of this
 * searcher), which lets the top hits stop early once no later patient can beat them. The hits
 * and their scores do not change.
 */
final class KeywordScores {
  private static final Set<String> KEYWORD = keywordFields();

  private KeywordScores() {}

  private static Set<String> keywordFields() {
    java.util.Set<String> out = new java.util.HashSet<>(Fields.KEYWORDS);
    out.add(Fields.DX);
    out.add(Fields.VERDICT);
    return Set.copyOf(out);
  }

  /** {@code q} with its keyword terms, alone or inside boolean groups, as constants of their scores on {@code s}. */
  static Query constant(IndexSearcher s, Query q) throws IOException {
    if (q instanceof TermQuery t && KEYWORD.contains(t.getTerm().field())) {
      TermStates states = TermStates.build(s, t.getTerm(), true);
      CollectionStatistics field = s.collectionStatistics(t.getTerm().field());
      if (states.docFreq() == 0 || field == null) {
        return q;
      }
      float score = s.getSimilarity()
          .scorer(1f, field, s.termStatistics(t.getTerm(), states.docFreq(), states.totalTermFreq()))
          .score(1f, 1L);
      return new BoostQuery(new ConstantScoreQuery(q), score);
    }
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        out.add(constant(s, c.getQuery()), c.getOccur());
      }
      return out.build();
    }
    return q;
  }
}
