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
        CandidateQuery.Candidates q = CandidateQuery.of(t, eligo.lexicons().cancers());
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

  @Test
  void aDiagnosisCriterionDropsOnlyPatientsWhoseOwnDiagnosisIsAnotherCancer() throws Exception {
    Path notes = dir.resolve("n.jsonl");
    String[][] texts = {{"P1", "Metastatic breast cancer."}, {"P2", "Lung cancer, stage IV."},
        {"P3", "Metastatic non-small cell lung cancer, adenocarcinoma."}, {"P4", "Seen in clinic today."}};
    StringBuilder b = new StringBuilder();
    for (String[] t : texts) {
      b.append("{\"patientId\":\"").append(t[0]).append("\",\"noteId\":\"N").append(t[0])
          .append("\",\"date\":\"2025-01-01\",\"type\":\"progress\",\"text\":\"").append(t[1]).append("\"}\n");
    }
    java.nio.file.Files.writeString(notes, b.toString());
    Path index = dir.resolve("small");
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--index", index.toString()).code());
    Eligo eligo = new Eligo();
    Trial nsclc = eligo.trials(Path.of("criteria/NCT04303780.json"), new Problems()).get(0);
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      Set<String> kept = idx.records(CandidateQuery.of(nsclc, eligo.lexicons().cancers()).query()).stream()
          .map(PatientRecord::patientId).collect(Collectors.toSet());
      assertEquals(Set.of("P2", "P3", "P4"), kept);
    }
  }
}
