package org.eligo.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eligo.core.Evidence;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.extract.FactType;
import org.eligo.extract.FhirFacts;
import org.eligo.intake.FhirBundles;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Facts of FHIR resources in a patient's record, alone and beside facts read from notes. */
class FhirRecordTest {
  static final Lexicons LEX = Lexicons.load();
  static final PatientPipeline PIPELINE = new PatientPipeline(LEX);

  static List<Note> f001() throws Exception {
    Problems p = new Problems();
    List<Note> notes = new FhirFacts(LEX).notes("F001.json",
        FhirBundles.read("F001.json", Files.readString(Path.of("corpus-samples/fhir/F001-lung.json")), p), p);
    assertEquals(List.of(), p.list());
    return notes;
  }

  static PatientRecord record(List<Note> notes) {
    return PIPELINE.build(notes, Map.of(), new ArrayList<>()).get(0);
  }

  /** A fact as "finding assertion current date [where each evidence comes from]". */
  static String show(Fact f) {
    return f.finding() + " " + f.assertion() + (f.current() ? "" : " superseded") + " " + f.date() + " "
        + f.evidence().stream().map(e -> e.noteId() != null ? e.noteId() + "@" + e.span().start() : e.source()).toList();
  }

  @Test
  void aBundleGivesDatedFactsWhoseEvidenceNamesTheResource() throws Exception {
    PatientRecord r = record(f001());
    assertEquals(List.of(
        "Diagnosis[cancer=NSCLC, histology=null, stage=null] PRESENT 2024-01-10 [Condition/F001-c1]",
        "Diagnosis[cancer=null, histology=null, stage=IV] PRESENT 2024-01-12 [Condition/F001-c1, Observation/F001-stage]",
        "Variant[gene=KRAS, variant=G12C, hgvs=p.Gly12Cys, partner=null, vaf=31.5, significance=pathogenic, origin=null] PRESENT 2024-01-20 [Observation/F001-kras]",
        "Variant[gene=EGFR, variant=null, hgvs=null, partner=null, vaf=null, significance=null, origin=null] ABSENT 2024-01-20 [Observation/F001-egfr]",
        "Biomarker[name=PD-L1 TPS, value=60.0, category=null, unit=%, assay=22C3] PRESENT 2024-01-20 [Observation/F001-pdl1]",
        "Therapy[drug=carboplatin, classes=[chemotherapy, platinum], category=systemic, setting=null, "
            + "course=TherapyCourse[line=1, startDate=2024-02-01, endDate=2024-05-15, response=null]] HISTORICAL 2024-05-15 [MedicationStatement/F001-m1]",
        "Therapy[drug=pemetrexed, classes=[chemotherapy, antimetabolite], category=systemic, setting=null, "
            + "course=TherapyCourse[line=1, startDate=2024-02-01, endDate=2024-09-30, response=PROGRESSION]] HISTORICAL 2025-01-28 "
            + "[MedicationStatement/F001-m2, DiagnosticReport/F001-ct@132]",
        "Therapy[drug=pembrolizumab, classes=[immune checkpoint inhibitor, PD-1 inhibitor], category=systemic, setting=null, "
            + "course=TherapyCourse[line=1, startDate=2024-02-01, endDate=2024-09-30, response=PROGRESSION]] HISTORICAL 2025-01-28 "
            + "[MedicationStatement/F001-m3, DiagnosticReport/F001-ct@143]",
        "Metastasis[site=brain, status=ABSENT] ABSENT 2025-01-28 [DiagnosticReport/F001-ct@195]",
        "PerformanceStatus[scale=ECOG, value=1] PRESENT 2025-02-03 [Observation/F001-ecog]",
        "Lab[analyte=ANC, value=3.2, unit=10^9/L, uln=null] PRESENT 2025-02-03 [Observation/F001-anc]",
        "Lab[analyte=creatinine, value=0.995, unit=mg/dL, uln=null] PRESENT 2025-02-03 [Observation/F001-cr]",
        "Demographic[age=null, sex=male] PRESENT null [Patient/F001 sex]",
        "Demographic[age=66, sex=null] PRESENT 2025-02-03 [Patient/F001 birthDate]"),
        r.facts().stream().map(FhirRecordTest::show).toList());
    // The three drugs that started on one day are one regimen; only the report counts as a note.
    assertEquals(1, r.priorLines());
    assertEquals(1, r.noteCount());
    assertEquals(List.of("MedicationStatement/F001-m1", "MedicationStatement/F001-m2", "MedicationStatement/F001-m3"),
        r.priorLinesEvidence().stream().map(Evidence::source).toList());
  }

  @Test
  void structuredAndNoteFactsCompeteByDateAsNotesDo() throws Exception {
    List<Note> notes = new ArrayList<>(f001());
    notes.add(new Note("F001", "N-old", LocalDate.parse("2023-12-01"), "progress", "ECOG 0."));
    notes.add(new Note("F001", "N-new", LocalDate.parse("2025-03-10"), "progress", "ECOG 2. KRAS G12C on NGS."));
    PatientRecord r = record(notes);
    assertEquals(List.of(
        "PerformanceStatus[scale=ECOG, value=0] PRESENT superseded 2023-12-01 [N-old@0]",
        "PerformanceStatus[scale=ECOG, value=1] PRESENT superseded 2025-02-03 [Observation/F001-ecog]",
        "PerformanceStatus[scale=ECOG, value=2] PRESENT 2025-03-10 [N-new@0]"),
        r.facts(FactType.PERFORMANCE_STATUS).map(FhirRecordTest::show).sorted().toList());
    assertEquals(List.of("Variant[gene=KRAS, variant=G12C, hgvs=p.Gly12Cys, partner=null, vaf=31.5, significance=pathogenic, origin=null] "
            + "PRESENT 2025-03-10 [Observation/F001-kras, N-new@8]"),
        r.facts(FactType.VARIANT).filter(f -> f.ownPositive()).map(FhirRecordTest::show).toList());
    assertEquals(3, r.noteCount());
  }
}
