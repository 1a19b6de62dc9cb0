package org.eligo.index;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.eligo.core.Note;
import org.eligo.patient.Fact;

/**
 * Evidence for a search hit: the evidence text of facts whose field values the query named, and
 * for note-text terms a short window of the note around each occurrence, the term in brackets.
 */
public final class Highlighter {
  private static final int WINDOW = 40;

  private Highlighter() {}

  public static List<String> highlights(Query q, PatientIndex.Hit hit, int max) {
    Set<Term> terms = new LinkedHashSet<>();
    terms(q, terms);
    Set<String> out = new LinkedHashSet<>();
    Map<Fact, String> json = new IdentityHashMap<>();
    for (Term t : terms) {
      if (t.field().equals(Fields.TEXT)) {
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(t.text()) + "\\w*");
        for (Note n : hit.notes()) {
          Matcher m = word.matcher(n.text());
          if (m.find()) {
            int a = Math.max(0, m.start() - WINDOW);
            int b = Math.min(n.text().length(), m.end() + WINDOW);
            out.add(n.noteId() + ": …" + (n.text().substring(a, m.start()) + "[" + m.group() + "]" + n.text().substring(m.end(), b))
                .replace('\n', ' ') + "…");
          }
        }
      } else {
        for (Fact f : hit.record().facts()) {
          if (f.current() && mentions(json.computeIfAbsent(f, Highlighter::json), t)) {
            f.evidence().forEach(e -> out.add((e.noteId() == null ? e.source() : e.noteId()) + ": " + e.text()));
          }
        }
      }
    }
    List<String> list = new ArrayList<>(out);
    return list.size() > max ? list.subList(0, max) : list;
  }

  /**
   * The terms a query names outside its negated clauses, in the order it names them, so that
   * highlights come out the same on every run (Lucene's own walk of a boolean query follows hash
   * order, which changes from one JVM to the next).
   */
  private static void terms(Query q, Set<Term> out) {
    if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
          terms(c.getQuery(), out);
        }
      }
    } else {
      q.visit(QueryVisitor.termCollector(out));
    }
  }

  /** A fact's JSON form, lower-cased: written once per fact of a hit, whatever the number of terms. */
  private static String json(Fact f) {
    return org.eligo.patient.RecordJson.fact(f).toString().toLowerCase(Locale.ROOT);
  }

  /** Whether a fact's JSON form contains the term's value (a loose but sufficient test). */
  private static boolean mentions(String json, Term t) {
    String v = t.text().toLowerCase(Locale.ROOT);
    String[] parts = v.split("[ :]");
    for (String p : parts) {
      if (!json.contains("\"" + p + "\"") && !json.contains(p)) {
        return false;
      }
    }
    return true;
  }
}
