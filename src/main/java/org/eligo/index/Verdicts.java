package org.eligo.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eligo.criteria.Predicate;
import org.eligo.eligibility.Evaluator;
import org.eligo.eligibility.Verdict;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;

/**
 * The {@code verdict} field: what the exact evaluator says, when a patient is indexed, about
 * predicates with few parameters that a trial's criteria often use, each as {@code "NOT_MET "}
 * or {@code "MET "} and the predicate as {@code eligo criteria} prints it. Every stage group
 * (NOT_MET), the receptor and MSI/MMR categories (NOT_MET), and each drug and drug class the
 * patient's own therapy facts name, alone, for advanced disease or not (MET). A trial's predicate
 * of the same form has the same key, so {@link CandidateQuery} drops a patient on it only where
 * the evaluator itself gave that verdict; a predicate outside this set has no term and drops no one.
 * Whatever changes what the evaluator says about these predicates changes the index format.
 */
final class Verdicts {
  private Verdicts() {}

  private static final List<Predicate> NOT_MET_CHECKED = notMetChecked();

  private static List<Predicate> notMetChecked() {
    List<Predicate> out = new ArrayList<>();
    Predicate.Stage.ORDER.forEach(s -> out.add(new Predicate.Stage(s)));
    for (String name : List.of("ER", "PR", "HER2")) {
      for (String status : List.of("positive", "negative")) {
        out.add(status(name, status));
      }
    }
    out.add(status("HER2", "low"));
    out.add(status("MSI", "MSI-H"));
    out.add(status("MSI", "MSS"));
    out.add(status("MMR", "dMMR"));
    out.add(status("MMR", "pMMR"));
    return List.copyOf(out);
  }

  private static Predicate status(String name, String status) {
    return new Predicate.Biomarker(name, null, null, status);
  }

  static String notMet(Predicate p) {
    return "NOT_MET " + p;
  }

  static String met(Predicate p) {
    return "MET " + p;
  }

  /** A prior therapy of one drug or one class (a combined class "A+B" stays as it is). */
  static Predicate.PriorTherapy therapy(String drug, String drugClass, boolean advancedOnly) {
    return new Predicate.PriorTherapy(drug == null ? Set.of() : Set.of(drug), drugClass == null ? Set.of() : Set.of(drugClass),
        null, null, advancedOnly);
  }

  /** The keys of one record, each once. */
  static Set<String> of(PatientRecord r, Evaluator evaluator) {
    Set<String> out = new TreeSet<>();
    for (Predicate p : NOT_MET_CHECKED) {
      if (evaluator.verdict(p, r) == Verdict.NOT_MET) {
        out.add(notMet(p));
      }
    }
    Set<Predicate> given = new java.util.LinkedHashSet<>();
    for (Fact f : (Iterable<Fact>) r.facts(FactType.THERAPY)::iterator) {
      Finding.Therapy t = (Finding.Therapy) f.finding();
      for (boolean advanced : new boolean[] {false, true}) {
        if (t.drug() != null) {
          given.add(therapy(t.drug(), null, advanced));
          for (String part : evaluator.drugsOf(t.drug())) {
            given.add(therapy(part, null, advanced));
          }
        }
        t.classes().forEach(c -> given.add(therapy(null, c, advanced)));
      }
    }
    for (Predicate p : given) {
      if (evaluator.verdict(p, r) == Verdict.MET) {
        out.add(met(p));
      }
    }
    return out;
  }
}
