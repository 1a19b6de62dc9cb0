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
    Path index = smallIndex(new String[][] {{"P1", "Metastatic breast cancer."}, {"P2", "Lung cancer, stage IV."},
        {"P3", "Metastatic non-small cell lung cancer, adenocarcinoma."}, {"P4", "Seen in clinic today."}});
    Eligo eligo = new Eligo();
    Trial nsclc = eligo.trials(Path.of("criteria/NCT04303780.json"), new Problems()).get(0);
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      Set<String> kept = idx.records(CandidateQuery.of(nsclc, eligo.lexicons().cancers()).query()).stream()
          .map(PatientRecord::patientId).collect(Collectors.toSet());
      assertEquals(Set.of("P2", "P3", "P4"), kept);
    }
  }

  /**
   * One patient per clause, each failing exactly one criterion of its trial: the query drops each
   * of them on that criterion alone, and keeps the patients whose records leave the trial open
   * (a missing stage or KRAS result, adjuvant capecitabine, which never counts for advanced disease).
   */
  @Test
  void eachClauseDropsThePatientWhoseIndexedFactsDecideAgainstThem() throws Exception {
    String[][] texts = {
        {"L1", "Metastatic non-small cell lung cancer. KRAS wild type."},
        {"L2", "Metastatic non-small cell lung cancer with KRAS G12C mutation. Previously treated with docetaxel."},
        {"L3", "Non-small cell lung cancer, stage IIA."},
        {"L4", "Metastatic non-small cell lung cancer with KRAS G12C mutation. Active brain metastases."},
        {"L5", "Metastatic non-small cell lung cancer with KRAS G12C mutation."},
        {"L6", "Metastatic non-small cell lung cancer with KRAS G12C mutation. No prior systemic therapy."},
        {"L7", "Metastatic non-small cell lung cancer with KRAS G12C mutation. Progressed on sotorasib."},
        {"L8", "Non-small cell lung cancer."},
        {"B1", "Metastatic breast cancer, ER positive."},
        {"B2", "Metastatic triple-negative breast cancer. Received capecitabine for metastatic disease."},
        {"B3", "Metastatic triple-negative breast cancer. History of lupus."},
        {"B4", "Metastatic triple-negative breast cancer."},
        {"B5", "Metastatic triple-negative breast cancer. HIV infection."},
        {"B6", "Metastatic triple-negative breast cancer. Adjuvant capecitabine in 2019."},
        {"P1", "Metastatic prostate adenocarcinoma."}};
    Path index = smallIndex(texts);
    Eligo eligo = new Eligo();
    // trial → the patients kept; of its own cancer's patients, each dropped one and the one criterion deciding against them
    Map<String, Set<String>> kept = Map.of("NCT04303780", Set.of("L5", "L8"), "NCT02819518", Set.of("B3", "B4", "B6"),
        "NCT02987543", Set.of("P1"));
    Map<String, Map<String, String>> decidedBy = Map.of(
        "NCT04303780", Map.of("L1", "I3", "L2", "E3", "L3", "I2", "L4", "E1", "L6", "I4", "L7", "E2"),
        // B3's lupus is kept: whether it needed systemic treatment is read from drugs, which the query does not check
        "NCT02819518", Map.of("B1", "I2", "B2", "I4", "B5", "E5"),
        "NCT02987543", Map.of());
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      for (Map.Entry<String, Set<String>> e : kept.entrySet()) {
        Trial t = eligo.trials(Path.of("criteria/" + e.getKey() + ".json"), new Problems()).get(0);
        Set<String> found = idx.records(CandidateQuery.of(t, eligo.lexicons().cancers()).query()).stream()
            .map(PatientRecord::patientId).collect(Collectors.toSet());
        assertEquals(e.getValue(), found, e.getKey());
        for (Match m : eligo.screen(t, idx.records())) {
          String id = m.eligibility().patientId();
          if (!found.contains(id)) {
            assertEquals(Status.INELIGIBLE, m.eligibility().status(), t.id() + " dropped " + id);
          }
          String by = decidedBy.get(t.id()).get(id);
          if (by != null) {
            assertEquals(List.of(by), m.eligibility().deciding().stream().map(r -> r.criterion().id()).toList(), id);
          }
        }
      }
    }
  }

  private Path smallIndex(String[][] texts) throws Exception {
    Path notes = dir.resolve("n.jsonl");
    StringBuilder b = new StringBuilder();
    for (String[] t : texts) {
      b.append("{\"patientId\":\"").append(t[0]).append("\",\"noteId\":\"N").append(t[0])
          .append("\",\"date\":\"2025-01-01\",\"type\":\"progress\",\"text\":\"").append(t[1]).append("\"}\n");
    }
    java.nio.file.Files.writeString(notes, b.toString());
    Path index = dir.resolve("small");
    assertEquals(0, Cli.run("index", "--notes", notes.toString(), "--index", index.toString()).code());
    return index;
  }

  @Test
  void aPastHepatitisIsKeptForTheExactEvaluation() throws Exception {
    Path index = smallIndex(new String[][] {
        {"H1", "Metastatic triple-negative breast cancer. Hepatitis panel: HBsAg negative, anti-HBc positive, HBV DNA not detected (resolved infection)."},
        {"H2", "Metastatic triple-negative breast cancer. Chronic hepatitis B, HBsAg positive, on entecavir."}});
    Eligo eligo = new Eligo();
    Trial tnbc = eligo.trials(Path.of("criteria/NCT02819518.json"), new Problems()).get(0);
    try (PatientIndex idx = PatientIndex.openForReading(index)) {
      Set<String> kept = idx.records(CandidateQuery.of(tnbc, eligo.lexicons().cancers()).query()).stream()
          .map(PatientRecord::patientId).collect(Collectors.toSet());
      assertTrue(kept.contains("H1"), kept::toString);
    }
  }
}
