package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.eligo.criteria.Criterion.Kind;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Twelfth session: progression on the most recent regimen, and a heading that sets the setting of the therapies under it. */
class ProgressionReadingsTest {
  private static final CriterionParser PARSER = new CriterionParser(Lexicons.load());

  private static Predicate in(String text) {
    return PARSER.parse("I1", Kind.INCLUSION, text).predicate();
  }

  private static Predicate progressedOnLast(boolean advanced) {
    return new Predicate.AllOf(List.of(new Predicate.PriorTherapy(Set.of(), Set.of(), 1, null, advanced),
        new Predicate.TherapyResponse(Set.of(), Set.of(), Set.of("PROGRESSION"), true)));
  }

  @Test
  void progressionOnTheMostRecentRegimenIsALineReceivedThatProgressed() {
    assertEquals(progressedOnLast(true),
        in("Radiographic disease progression documented during or after the most recent regimen given for metastatic disease."));
    assertEquals(progressedOnLast(false), in("Progressive disease on or after the last line of systemic therapy."));
    // no regimen named as the last: the reading does not apply
    assertEquals(false, in("Disease progression after surgery.") instanceof Predicate.AllOf a
        && a.parts().contains(new Predicate.TherapyResponse(Set.of(), Set.of(), Set.of("PROGRESSION"), true)));
  }

  @Test
  void aHeadingThatNamesTheAdvancedSettingReachesEachTherapyUnderIt() {
    Predicate p = in("Prior therapy for metastatic disease: a fluoropyrimidine and no more than 3 prior lines of systemic therapy.");
    List<Predicate> therapies = ((Predicate.AllOf) p).parts().stream().filter(x -> x instanceof Predicate.PriorTherapy).toList();
    assertEquals(List.of(new Predicate.PriorTherapy(Set.of(), Set.of("fluoropyrimidine"), null, null, true),
        new Predicate.PriorTherapy(Set.of(), Set.of(), null, 3, true)), therapies);
    // without the heading a therapy keeps any setting
    assertEquals(new Predicate.PriorTherapy(Set.of(), Set.of("fluoropyrimidine"), null, null, false), in("Prior therapy with a fluoropyrimidine."));
  }
}
