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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Predicate;
import org.eligo.criteria.Trial;
import org.eligo.lexicon.Cancers;

/**
 * The patients of the index a trial could take: every patient except those whose indexed facts
 * prove that one criterion decides against them, an inclusion (or the part a not-computable
 * inclusion requires) NOT_MET or an exclusion MET, as the exact evaluation would find it. Each
 * proof reads only values the evaluator reads the same way (age, sex and ECOG when the record
 * holds exactly one, the patient's own diagnoses, genes tested negative, stated conditions,
 * metastases, the number of prior lines, and the evaluator's own {@link Verdicts} taken when
 * the patient was indexed), so missing data never drops anyone. Everything else is left to the
 * evaluator.
 */
public final class CandidateQuery {
  private CandidateQuery() {}

  /** The query, and how many criteria it uses (0: every patient is a candidate). */
  public record Candidates(Query query, int criteriaUsed) {}

  public static Candidates of(Trial trial, Cancers cancers) {
    // the same proof from two criteria is read once ("prostate cancer" in two inclusions)
    java.util.Set<Query> against = new java.util.LinkedHashSet<>();
    int used = 0;
    for (Criterion c : trial.criteria()) {
      Query proof = c.kind() == Criterion.Kind.INCLUSION
          ? notMet(c.computable() ? c.predicate() : c.required(), cancers)
          : met(c.computable() ? c.predicate() : c.required(), cancers);
      if (proof != null) {
        against.add(proof);
        used++;
      }
    }
    if (against.isEmpty()) {
      return new Candidates(new MatchAllDocsQuery(), 0);
    }
    BooleanQuery.Builder kept = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
    against.forEach(q -> kept.add(q, Occur.MUST_NOT));
    return new Candidates(kept.build(), used);
  }

  /** Patients for whom the evaluator finds {@code p} NOT_MET, or null when the index cannot show it. */
  static Query notMet(Predicate p, Cancers cancers) {
    if (p == null) {
      return null;
    } else if (p instanceof Predicate.AllOf a) {
      return any(a.parts().stream().map(x -> notMet(x, cancers)).toList());
    } else if (p instanceof Predicate.AnyOf a) {
      return all(a.parts().stream().map(x -> notMet(x, cancers)).toList());
    } else if (p instanceof Predicate.Not n) {
      return met(n.part(), cancers);
    } else if (p instanceof Predicate.Within w) {
      // within a window: a part NOT_MET stays so
      return notMet(w.part(), cancers);
    } else if (p instanceof Predicate.Qualified q && !q.widens()) {
      // a narrowing qualifier: a part NOT_MET stays so
      return notMet(q.part(), cancers);
    } else if (p instanceof Predicate.Diagnosis dx) {
      return diagnosis(dx, cancers);
    } else if (p instanceof Predicate.Age a) {
      return decidedOutside("age", a.min(), a.max());
    } else if (p instanceof Predicate.Sex s) {
      return decided("sex", keyword("sex", s.sex().equals("female") ? "male" : "female"));
    } else if (p instanceof Predicate.PerformanceStatus ps && ps.scale().equals("ECOG")) {
      return decidedOutside("ecog", ps.min(), ps.max());
    } else if (p instanceof Predicate.Variant v) {
      return variantNegative(v);
    } else if (p instanceof Predicate.PriorTherapy t && t.drugs().isEmpty() && t.classes().isEmpty()) {
      // the one count of prior lines the record holds, outside the bounds
      return outside("prior_lines", t.minLines(), t.maxLines());
    } else if (p instanceof Predicate.Condition c) {
      String name = c.name().toLowerCase(Locale.ROOT);
      return but(keyword("absent", name), keyword("condition", name));
    } else if (p instanceof Predicate.Stage || p instanceof Predicate.Biomarker) {
      return new TermQuery(new Term(Fields.VERDICT, Verdicts.notMet(p)));
    }
    return null;
  }

  /** Patients for whom the evaluator finds {@code p} MET, or null when the index cannot show it. */
  static Query met(Predicate p, Cancers cancers) {
    if (p == null) {
      return null;
    }
    if (p instanceof Predicate.AnyOf a) {
      return any(a.parts().stream().map(x -> met(x, cancers)).toList());
    } else if (p instanceof Predicate.AllOf a) {
      return all(a.parts().stream().map(x -> met(x, cancers)).toList());
    } else if (p instanceof Predicate.Not n) {
      return notMet(n.part(), cancers);
    } else if (p instanceof Predicate.Qualified q && q.widens()) {
      // a widening qualifier: a part MET stays so
      return met(q.part(), cancers);
    } else if (p instanceof Predicate.Condition c) {
      // a stated condition of the patient's own, by name or group; the index does not tell a past
      // hepatitis (which the evaluator finds not met) from a current one
      return c.resolvable() ? null : keyword("condition", c.name().toLowerCase(Locale.ROOT));
    } else if (p instanceof Predicate.Metastasis m) {
      return metastasis(m);
    } else if (p instanceof Predicate.PriorTherapy t && (!t.drugs().isEmpty() || !t.classes().isEmpty())
        && (t.minLines() != null || t.maxLines() != null)) {
      // a count of lines that held the drugs or classes: the index holds no such count
      return null;
    } else if (p instanceof Predicate.PriorTherapy t && (!t.drugs().isEmpty() || !t.classes().isEmpty())) {
      // any one drug or class received makes the whole MET
      List<Query> one = new ArrayList<>();
      t.drugs().forEach(d -> one.add(new TermQuery(new Term(Fields.VERDICT, Verdicts.met(Verdicts.therapy(d, null, t.advancedOnly()))))));
      t.classes().forEach(c -> one.add(new TermQuery(new Term(Fields.VERDICT, Verdicts.met(Verdicts.therapy(null, c, t.advancedOnly()))))));
      return any(one);
    }
    return null;
  }

  /**
   * The evaluator summarises a site's metastases worst first (active, then treated and stable)
   * over the patient's own statements, the negated ones included, and finds the criterion met
   * when that summary is one of the wanted statuses; the index holds the same statements. (A past
   * metastasis of unstated activity counts as treated, so a wanted ABSENT is left to the evaluator.)
   */
  private static Query metastasis(Predicate.Metastasis m) {
    List<String> worstFirst = List.of("ACTIVE", "TREATED_STABLE");
    List<Query> met = new ArrayList<>();
    for (int i = 0; i < worstFirst.size(); i++) {
      if (m.statuses().contains(worstFirst.get(i))) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(metastasisTerm(m.site(), worstFirst.get(i)), Occur.FILTER);
        worstFirst.subList(0, i).forEach(worse -> b.add(metastasisTerm(m.site(), worse), Occur.MUST_NOT));
        met.add(b.build());
      }
    }
    return any(met);
  }

  private static Query metastasisTerm(String site, String status) {
    return keyword("metastasis", (site + ":" + status).toLowerCase(Locale.ROOT));
  }

  /**
   * A gene (or one of the wanted variants) stated absent, and no present variant that could
   * meet the criterion: the evaluator's "tested negative".
   */
  private static Query variantNegative(Predicate.Variant v) {
    String gene = v.gene().toLowerCase(Locale.ROOT);
    List<Query> negative = new ArrayList<>(List.of(keyword("absent", gene)));
    List<Query> present = new ArrayList<>();
    if (v.variants().isEmpty()) {
      present.add(keyword("gene", gene));
    }
    for (String w : v.variants()) {
      negative.add(keyword("absent", gene + " " + w.toLowerCase(Locale.ROOT)));
      present.add(keyword("variant", gene + " " + w.toLowerCase(Locale.ROOT)));
    }
    return but(any(negative), any(present));
  }

  /**
   * The evaluator finds a diagnosis criterion not met only when no current diagnosis is the
   * wanted cancer or below it and some current diagnosis is neither that nor one of its ancestors
   * (a breast cancer for NSCLC; "lung cancer" alone leaves NSCLC open): a patient with some code
   * of their own ({@code dx:}) that is no ancestor of a wanted cancer, and no wanted cancer in any
   * diagnosis's lineage ({@code cancer:}). Histology is left to the evaluator.
   */
  private static Query diagnosis(Predicate.Diagnosis d, Cancers cancers) {
    List<BytesRef> other = new ArrayList<>();
    for (String code : cancers.codes()) {
      if (d.cancers().stream().noneMatch(w -> cancers.isA(w, code))) {
        other.add(new BytesRef(code.toLowerCase(Locale.ROOT)));
      }
    }
    if (other.isEmpty()) {
      return null;
    }
    // one pass over the postings of all these codes, not a disjunction of a hundred terms
    return but(new TermInSetQuery(Fields.DX, other),
        any(d.cancers().stream().map(w -> keyword("cancer", w.toLowerCase(Locale.ROOT))).toList()));
  }

  /** The record's single decided value of {@code field} ({@code has:}) is outside [min, max]. */
  private static Query decidedOutside(String field, Integer min, Integer max) {
    return decided(field, outside(field, min, max));
  }

  /** The record holds one decided value of {@code field} ({@code has:}), and it is one that fails. */
  private static Query decided(String field, Query failing) {
    return failing == null ? null : all(List.of(keyword(Fields.HAS, field), failing));
  }

  /**
   * A value of the integer field below {@code min} or above {@code max}: the ranges that fail,
   * not all but the range that passes, so that the query reads only the few patients in them.
   * Exact where the field holds one value per patient.
   */
  private static Query outside(String field, Integer min, Integer max) {
    List<Query> out = new ArrayList<>();
    if (min != null && min > Integer.MIN_VALUE) {
      out.add(IntPoint.newRangeQuery(field, Integer.MIN_VALUE, min - 1));
    }
    if (max != null && max < Integer.MAX_VALUE) {
      out.add(IntPoint.newRangeQuery(field, max + 1, Integer.MAX_VALUE));
    }
    return any(out);
  }

  /** {@code yes} and not {@code no}; null when {@code yes} is. */
  private static Query but(Query yes, Query no) {
    return yes == null ? null : new BooleanQuery.Builder().add(yes, Occur.FILTER).add(no, Occur.MUST_NOT).build();
  }

  /** Any of the queries (null ones show nothing); null when none is left. */
  private static Query any(List<Query> qs) {
    List<Query> shown = qs.stream().filter(q -> q != null).toList();
    if (shown.isEmpty()) {
      return null;
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    shown.forEach(q -> b.add(q, Occur.SHOULD));
    return b.setMinimumNumberShouldMatch(1).build();
  }

  /** All of the queries; null when one of them cannot be shown. */
  private static Query all(List<Query> qs) {
    if (qs.isEmpty() || qs.stream().anyMatch(q -> q == null)) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    qs.forEach(q -> b.add(q, Occur.FILTER));
    return b.build();
  }

  private static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

}
