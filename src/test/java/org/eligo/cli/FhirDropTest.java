package org.eligo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eligo.extract.FactType;
import org.eligo.index.PatientIndex;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FHIR bundles through the drop folder and {@code eligo index --fhir}, then searched and screened. */
class FhirDropTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLES = Path.of("corpus-samples/fhir");

  @TempDir Path dir;

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void bundlesDroppedIntoTheInboxAreIndexedSearchableAndBadOnesReported() throws Exception {
    Path in = Files.createDirectories(dir.resolve("inbox"));
    Path idx = dir.resolve("idx");
    Files.copy(SAMPLES.resolve("F001-lung.json"), in.resolve("F001-lung.json"));
    Files.copy(SAMPLES.resolve("bad-F004.json"), in.resolve("bad-F004.json"));
    Files.writeString(in.resolve("cut.json"), "{\"resourceType\": \"Bundle\",\n \"entry\": [ {\"resource\": {\"resourceType\": \"Patient\"");
    Files.writeString(in.resolve("staff.json"), "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Practitioner\",\"id\":\"d\"}}]}");
    Cli r = Cli.run("watch", "--inbox", in.toString(), "--index", idx.toString(), "--once");
    assertEquals(3, r.code(), r.err());
    assertEquals(List.of("F001-lung.json", "bad-F004.json", "bad-F004.json.errors.json"), names(in.resolve("done")));
    assertEquals(List.of("cut.json", "cut.json.errors.json", "staff.json", "staff.json.errors.json"), names(in.resolve("rejected")));
    assertTrue(r.err().contains("eligo: F001-lung.json: done, 13 taken"), r.err());

    JsonNode bad = JSON.readTree(Files.readString(in.resolve("done/bad-F004.json.errors.json")));
    assertEquals("fhir done 2 6", bad.get("kind").asText() + " " + bad.get("status").asText() + " " + bad.get("accepted") + " " + bad.get("rejected"));
    assertEquals("{\"line\":36,\"field\":\"entry[2] Observation.subject\",\"reason\":\"required field is missing\"}", bad.get("errors").get(0).toString());
    JsonNode cut = JSON.readTree(Files.readString(in.resolve("rejected/cut.json.errors.json")));
    assertEquals("fhir rejected [{\"line\":2,\"field\":null,\"reason\":\"not valid JSON at column 52\"}]",
        cut.get("kind").asText() + " " + cut.get("status").asText() + " " + cut.get("errors"));
    JsonNode staff = JSON.readTree(Files.readString(in.resolve("rejected/staff.json.errors.json")));
    assertEquals("entry", staff.get("errors").get(0).get("field").asText());

    Cli found = Cli.run("search", "--index", idx.toString(), "--format", "jsonl", "variant:\"KRAS G12C\"");
    assertEquals(0, found.code(), found.err());
    JsonNode hit = JSON.readTree(found.out());
    assertEquals(1, found.out().lines().count());
    assertEquals("F001 [\"Observation/F001-kras: KRAS p.Gly12Cys c.34G>T\"]", hit.get("patientId").asText() + " " + hit.get("highlights"));
    // The resources' JSON is stored but not searched as text; the report's words are.
    assertEquals("", Cli.run("search", "--index", idx.toString(), "--format", "jsonl", "valueQuantity").out());
    assertTrue(Cli.run("search", "--index", idx.toString(), "--format", "jsonl", "enlarging").out().contains("\"F001\""));

    // A notes file dropped later for the same patient keeps what the bundle said.
    Files.writeString(in.resolve("later.jsonl"), "{\"patientId\":\"F001\",\"noteId\":\"F001-N9\",\"date\":\"2025-03-10\",\"text\":\"ECOG 2.\"}\n");
    assertEquals(0, Cli.run("watch", "--inbox", in.toString(), "--index", idx.toString(), "--once").code());
    try (PatientIndex index = PatientIndex.openForReading(idx)) {
      PatientRecord f001 = index.record("F001").orElseThrow();
      assertEquals(List.of("KRAS G12C PRESENT"), f001.facts(FactType.VARIANT).filter(f -> f.ownPositive())
          .map(f -> ((org.eligo.extract.Finding.Variant) f.finding()).gene() + " " + ((org.eligo.extract.Finding.Variant) f.finding()).variant()
              + " " + f.assertion()).toList());
      assertEquals(List.of("1 superseded", "2 current"), f001.facts(FactType.PERFORMANCE_STATUS)
          .map(f -> ((org.eligo.extract.Finding.PerformanceStatus) f.finding()).value() + (f.current() ? " current" : " superseded")).sorted().toList());
      assertEquals(2, f001.noteCount());
      assertEquals(14, index.notes("F001").size());
    }
  }

  @Test
  void screeningAFhirIndexGivesTheVerdictsTheBundlesSupport() throws Exception {
    Path idx = dir.resolve("idx");
    List<String> args = new ArrayList<>(List.of("index", "--index", idx.toString()));
    for (String f : List.of("F001-lung.json", "F002-breast.json", "F003-colorectal.json")) {
      args.add("--fhir");
      args.add(SAMPLES.resolve(f).toString());
    }
    Cli indexed = Cli.run(args.toArray(String[]::new));
    assertEquals(0, indexed.code(), indexed.err());
    assertTrue(indexed.err().contains("indexed 3 patients (3 new, 0 replaced) from 30 notes"), indexed.err());
    Cli r = Cli.run("screen", "--trials", "criteria/NCT04303780.json", "--index", idx.toString(), "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    List<String> verdicts = new ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      JsonNode m = JSON.readTree(line);
      List<String> decided = new ArrayList<>();
      for (JsonNode c : m.get("criteria")) {
        if (List.of("I2", "I3", "I4", "I5", "E1", "E3").contains(c.get("id").asText())) {
          decided.add(c.get("id").asText() + "=" + c.get("result").asText());
        }
      }
      verdicts.add(m.get("patientId").asText() + " " + m.get("status").asText() + " " + decided);
    }
    assertEquals(List.of(
        "F001 ELIGIBLE [I2=MET, I3=MET, I4=MET, I5=MET, E1=NOT_MET, E3=NOT_MET]",
        "F002 INELIGIBLE [I2=NOT_MET, I3=UNKNOWN, I4=MET, I5=MET, E1=NOT_MET, E3=MET]",
        "F003 INELIGIBLE [I2=NOT_MET, I3=NOT_MET, I4=UNKNOWN, I5=MET, E1=NOT_MET, E3=NOT_MET]"), verdicts);
    JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    JsonNode kras = null;
    for (JsonNode c : first.get("criteria")) {
      if (c.get("id").asText().equals("I3")) {
        kras = c.get("evidence").get(0);
      }
    }
    assertEquals("{\"source\":\"Observation/F001-kras\",\"text\":\"KRAS p.Gly12Cys c.34G>T\",\"rule\":\"fhir.variant\"}", String.valueOf(kras));
  }
}
