package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eligo.app.Eligo;
import org.eligo.core.Problems;
import org.eligo.criteria.Trial;
import org.eligo.eligibility.Status;
import org.eligo.index.CandidateQuery;
import org.eligo.index.PatientIndex;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateQueryTest {
  @TempDir Path dir;

  @Test
  void theCandidateQueryDropsOnlyPatientsTheExactEvaluationFindsIneligible() {
    Path index = dir.resolve("idx");
    assertEquals(0, Cli.run("index", "--notes", "corpus-samples/notes.jsonl", "--patients", "corpus-samples/patients.jsonl",
        "--index", index.toString()).code());
    Eligo eligo = new Eligo();
    List<Trial> trials = eligo.trials(Path.of("criteria"), new Problems());
    int dropped = 0;
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      List<PatientRecord> all = idx.records();
      for (Trial t : trials) {
        CandidateQuery.Candidates q = CandidateQuery.of(t);
        Set<String> kept = idx.records(q.query()).stream().map(PatientRecord::patientId).collect(Collectors.toSet());
        Map<String, Match> full = eligo.screen(t, all).stream()
            .collect(Collectors.toMap(m -> m.eligibility().patientId(), Function.identity()));
        for (Match m : full.values()) {
          if (!kept.contains(m.eligibility().patientId())) {
            dropped++;
            assertEquals(Status.INELIGIBLE, m.eligibility().status(), t.id() + " dropped " + m.eligibility().patientId());
          }
        }
        List<Match> ranked = eligo.screen(t, idx, q.query());
        assertEquals(eligo.screen(t, idx.records(q.query())), ranked, t.id() + ": read as the index is walked");
        org.eligo.rank.Ranker.Shortlist shortlist = eligo.shortlist(t, idx, q.query(), 10);
        assertEquals(ranked.subList(0, Math.min(10, ranked.size())), shortlist.top(), t.id());
        assertEquals(ranked.size(), shortlist.statuses().size(), t.id());
        ranked.forEach(m -> assertEquals(m.eligibility().status(), shortlist.statuses().get(m.eligibility().patientId())));
        for (Match m : ranked) {
          Match same = full.get(m.eligibility().patientId());
          assertEquals(same.eligibility().status(), m.eligibility().status());
          assertEquals(same.score(), m.score());
        }
      }
    }
    assertTrue(dropped > 0, "the query dropped no patient of any bundled trial");
  }
}
