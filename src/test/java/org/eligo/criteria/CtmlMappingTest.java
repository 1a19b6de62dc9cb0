package org.eligo.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eligo.core.Problems;
import org.eligo.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each CTML node kind, written from an eligo predicate and read back from MatchMiner-style YAML. */
class CtmlMappingTest {
  private static final CtmlWriter WRITER = new CtmlWriter();
  private static final Trials TRIALS = new Trials(Lexicons.load());

  @TempDir
  Path dir;

  private static ObjectNode export(Criterion.Kind kind, Predicate p) {
    Criterion c = new Criterion(kind == Criterion.Kind.INCLUSION ? "I1" : "E1", kind, "text", p, p.category(), null);
    return WRITER.write(new Trial("NCT00000001", "title", List.of(), List.of(c), "test"));
  }

  private static String node(Predicate p) {
    return node(Criterion.Kind.INCLUSION, p);
  }

  private static String node(Criterion.Kind kind, Predicate p) {
    JsonNode tree = export(kind, p).at("/treatment_list/step/0/arm/0/match/0/and");
    assertEquals(1, tree.size(), "one child per expressible criterion");
    return tree.get(0).toString();
  }

  @Test
  void clinicalNodes() {
    assertEquals("{\"clinical\":{\"age_numerical\":\">=18\"}}", node(new Predicate.Age(18, null)));
    assertEquals("{\"and\":[{\"clinical\":{\"age_numerical\":\">=18\"}},{\"clinical\":{\"age_numerical\":\"<=75\"}}]}",
        node(new Predicate.Age(18, 75)));
    assertEquals("{\"clinical\":{\"gender\":\"Female\"}}", node(new Predicate.Sex("female")));
    assertEquals("{\"clinical\":{\"oncotree_primary_diagnosis\":\"Non-Small Cell Lung Cancer\"}}",
        node(new Predicate.Diagnosis(Set.of("NSCLC"), Set.of())));
    assertEquals("{\"clinical\":{\"oncotree_primary_diagnosis\":\"_SOLID_\"}}", node(new Predicate.Diagnosis(Set.of("SOLID"), Set.of())));
    assertEquals("{\"clinical\":{\"oncotree_primary_diagnosis\":\"Colorectal Adenocarcinoma\"}}",
        node(new Predicate.Diagnosis(Set.of("COLORECTAL"), Set.of("adenocarcinoma"))));
    assertEquals("{\"or\":[{\"clinical\":{\"oncotree_primary_diagnosis\":\"Non-Small Cell Lung Cancer\"}},"
            + "{\"clinical\":{\"oncotree_primary_diagnosis\":\"Small Cell Lung Cancer\"}}]}",
        node(new Predicate.Diagnosis(Set.of("SCLC", "NSCLC"), Set.of())));
    assertEquals("{\"clinical\":{\"disease_status\":[\"Locally Advanced\",\"Metastatic\"]}}", node(new Predicate.Stage("IIIB")));
    assertEquals("{\"clinical\":{\"her2_status\":\"Positive\"}}", node(new Predicate.Biomarker("HER2", null, null, "positive")));
    assertEquals("{\"clinical\":{\"er_status\":\"Negative\"}}", node(new Predicate.Biomarker("ER", null, null, "negative")));
    assertEquals("{\"clinical\":{\"tmb_numerical\":\">=10\"}}", node(new Predicate.Biomarker("TMB", 10.0, null, null)));
  }

  @Test
  void genomicNodes() {
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"KRAS\",\"protein_change\":\"p.G12C\",\"variant_category\":\"Mutation\"}}",
        node(new Predicate.Variant("KRAS", Set.of("G12C"))));
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"BRAF\",\"wildcard_protein_change\":\"p.V600\",\"variant_category\":\"Mutation\"}}",
        node(new Predicate.Variant("BRAF", Set.of("V600"))));
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"EGFR\",\"variant_category\":\"Mutation\",\"variant_classification\":\"In_Frame_Del\",\"exon\":19}}",
        node(new Predicate.Variant("EGFR", Set.of("exon 19 deletion"))));
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"ALK\",\"variant_category\":\"Structural Variation\"}}",
        node(new Predicate.Variant("ALK", Set.of("fusion"))));
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"ERBB2\",\"variant_category\":\"Copy Number Variation\",\"cnv_call\":\"High level amplification\"}}",
        node(new Predicate.Variant("ERBB2", Set.of("amplification"))));
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"CDKN2A\",\"variant_category\":\"Copy Number Variation\",\"cnv_call\":\"Homozygous deletion\"}}",
        node(new Predicate.Variant("CDKN2A", Set.of("loss"))));
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"RET\",\"variant_category\":\"Any Variation\"}}", node(new Predicate.Variant("RET", Set.of())));
    assertEquals("{\"or\":[{\"genomic\":{\"hugo_symbol\":\"BRAF\",\"protein_change\":\"p.V600E\",\"variant_category\":\"Mutation\"}},"
            + "{\"genomic\":{\"hugo_symbol\":\"BRAF\",\"protein_change\":\"p.V600K\",\"variant_category\":\"Mutation\"}}]}",
        node(new Predicate.Variant("BRAF", Set.of("V600K", "V600E"))));
    assertEquals("{\"genomic\":{\"mmr_status\":\"MMR-Deficient\"}}", node(new Predicate.Biomarker("MMR", null, null, "dMMR")));
    assertEquals("{\"genomic\":{\"ms_status\":\"MSI-H\"}}", node(new Predicate.Biomarker("MSI", null, null, "MSI-H")));
  }

  @Test
  void exclusionsAreWrittenNegated() {
    assertEquals("{\"genomic\":{\"hugo_symbol\":\"!EGFR\",\"variant_category\":\"Any Variation\"}}",
        node(Criterion.Kind.EXCLUSION, new Predicate.Variant("EGFR", Set.of())));
    assertEquals("{\"and\":[{\"genomic\":{\"hugo_symbol\":\"!EGFR\",\"protein_change\":\"p.L858R\",\"variant_category\":\"Mutation\"}},"
            + "{\"genomic\":{\"hugo_symbol\":\"!EGFR\",\"variant_category\":\"Mutation\",\"variant_classification\":\"In_Frame_Del\",\"exon\":19}}]}",
        node(Criterion.Kind.EXCLUSION, new Predicate.Variant("EGFR", Set.of("exon 19 deletion", "L858R"))));
    assertEquals("{\"clinical\":{\"age_numerical\":\"<75\"}}", node(Criterion.Kind.EXCLUSION, new Predicate.Age(75, null)));
    assertEquals("{\"clinical\":{\"oncotree_primary_diagnosis\":\"!Melanoma\"}}",
        node(Criterion.Kind.EXCLUSION, new Predicate.Diagnosis(Set.of("MELANOMA"), Set.of())));
    assertEquals("{\"or\":[{\"clinical\":{\"her2_status\":\"!Positive\"}},{\"genomic\":{\"hugo_symbol\":\"!ERBB2\",\"variant_category\":\"Copy Number Variation\",\"cnv_call\":\"High level amplification\"}}]}",
        node(Criterion.Kind.EXCLUSION, new Predicate.AllOf(List.of(
            new Predicate.Biomarker("HER2", null, null, "positive"), new Predicate.Variant("ERBB2", Set.of("amplification"))))));
  }

  @Test
  void criteriaCtmlCannotExpressAreKeptWithTheirPredicateAndReason() {
    ObjectNode doc = export(Criterion.Kind.INCLUSION, new Predicate.PerformanceStatus("ECOG", 0, 1));
    assertEquals(0, doc.at("/treatment_list/step/0/arm/0/match/0/and").size());
    assertEquals("[{\"id\":\"I1\",\"kind\":\"INCLUSION\",\"text\":\"text\",\"category\":\"PERFORMANCE_STATUS\",\"computable\":true,"
            + "\"predicate\":{\"type\":\"PerformanceStatus\",\"scale\":\"ECOG\",\"min\":0,\"max\":1},"
            + "\"reason\":\"CTML has no key for performance status\"}]",
        doc.get("eligo_criteria").toString());
    assertEquals("lexicons/oncotree.tsv has no OncoTree node for COLORECTAL",
        export(Criterion.Kind.INCLUSION, new Predicate.Diagnosis(Set.of("COLORECTAL"), Set.of())).at("/eligo_criteria/0/reason").asText());
    assertEquals("CTML has no key for cardiac, pulmonary or imaging measurements",
        export(Criterion.Kind.INCLUSION, new Predicate.Measurement("LVEF", "≥", 50, "%")).at("/eligo_criteria/0/reason").asText());
    assertEquals("CTML has no key for allergies",
        export(Criterion.Kind.EXCLUSION, new Predicate.Hypersensitivity("mebendazole")).at("/eligo_criteria/0/reason").asText());
    assertEquals("CTML has no key for the disease setting",
        export(Criterion.Kind.INCLUSION, new Predicate.DiseaseSetting("early")).at("/eligo_criteria/0/reason").asText());
    assertEquals("CTML has no key for lesions or where the tumour lies",
        export(Criterion.Kind.EXCLUSION, new Predicate.TumourSite(Set.of("cerebellum"), false)).at("/eligo_criteria/0/reason").asText());
    assertEquals("CTML has no key for current therapy",
        export(Criterion.Kind.EXCLUSION, new Predicate.CurrentTherapy(Set.of(), Set.of("chemotherapy"))).at("/eligo_criteria/0/reason").asText());
    assertEquals("CTML has no key for other conditions", export(Criterion.Kind.EXCLUSION,
        new Predicate.ConditionOtherThan("autoimmune disease", Set.of("type 1 diabetes"))).at("/eligo_criteria/0/reason").asText());
    assertEquals("CTML has no key for PD-L1 TPS values",
        export(Criterion.Kind.INCLUSION, new Predicate.Biomarker("PD-L1 TPS", 50.0, null, null)).at("/eligo_criteria/0/reason").asText());
  }

  @Test
  void exclusionsRangesAndNegatedSetsComeBackUnchanged() throws IOException {
    Predicate nsclcOrSclc = new Predicate.Diagnosis(Set.of("NSCLC", "SCLC"), Set.of());
    List<Criterion> criteria = List.of(
        Criterion.computable("I1", Criterion.Kind.INCLUSION, "a", new Predicate.Not(nsclcOrSclc)),
        Criterion.computable("I2", Criterion.Kind.INCLUSION, "b", new Predicate.Biomarker("TMB", 10.0, 20.5, null)),
        Criterion.computable("I3", Criterion.Kind.INCLUSION, "c",
            new Predicate.Diagnosis(Set.of("NSCLC"), Set.of("adenocarcinoma", "squamous cell carcinoma"))),
        Criterion.computable("E1", Criterion.Kind.EXCLUSION, "d", new Predicate.Variant("EGFR", Set.of("exon 19 deletion", "L858R"))),
        Criterion.computable("E2", Criterion.Kind.EXCLUSION, "e", new Predicate.AnyOf(List.of(
            new Predicate.Variant("ALK", Set.of("fusion")), new Predicate.Variant("ROS1", Set.of("fusion"))))),
        Criterion.computable("E3", Criterion.Kind.EXCLUSION, "f", new Predicate.Age(18, 130)),
        Criterion.computable("E4", Criterion.Kind.EXCLUSION, "g", new Predicate.AllOf(List.of(
            new Predicate.Biomarker("HER2", null, null, "positive"), new Predicate.Variant("ERBB2", Set.of("amplification"))))),
        Criterion.computable("E5", Criterion.Kind.EXCLUSION, "h", new Predicate.Biomarker("TMB", 10.0, null, null)),
        Criterion.computable("E6", Criterion.Kind.EXCLUSION, "i", new Predicate.Not(new Predicate.Sex("female"))),
        Criterion.computable("E7", Criterion.Kind.EXCLUSION, "j", new Predicate.Measurement("QTc", ">", 470.5, "ms")));
    Trial trial = new Trial("NCT00000001", "title", List.of("NSCLC"), criteria, "test");
    ObjectNode doc = WRITER.write(trial);
    assertEquals(9, doc.get("eligo_match_criteria").size());
    Path file = Files.writeString(dir.resolve("t.ctml.yaml"), org.eligo.report.CtmlText.yaml(doc));
    Problems problems = new Problems();
    List<Trial> back = TRIALS.read(file, problems);
    assertEquals(List.of(), problems.list());
    assertEquals(criteria, back.get(0).criteria());
  }

  @Test
  void readsAMatchMinerTrialWithoutEligoKeys() throws IOException {
    Path file = Files.writeString(dir.resolve("mm.yaml"), """
        protocol_no: 00-000
        nct_id: NCT00000002
        long_title: A MatchMiner trial
        treatment_list:
          step:
          - arm:
            - arm_code: '1'
              match:
              - and:
                - clinical:
                    age_numerical: '>=18'
                    oncotree_primary_diagnosis: Non-Small Cell Lung Cancer
                - genomic:
                    hugo_symbol: KRAS
                    protein_change: p.G12C
                    variant_category: Mutation
                - genomic:
                    hugo_symbol: '!EGFR'
                    variant_category: Mutation
                    variant_classification: In_Frame_Del
                    exon: 19
                - or:
                  - genomic: {hugo_symbol: ERBB2, variant_category: Copy Number Variation, cnv_call: High Amplification}
                  - clinical: {her2_status: Positive}
                - genomic: {mmr_status: MMR-Deficient}
                - clinical: {tmb_numerical: '<10', disease_status: [Metastatic]}
                - clinical: {number_prior_lines_therapy_allowed: '<=2'}
        """);
    Problems problems = new Problems();
    List<Trial> trials = TRIALS.read(file, problems);
    assertEquals(List.of(), problems.list());
    Trial t = trials.get(0);
    assertEquals("A MatchMiner trial", t.title());
    List<Predicate> predicates = t.criteria().stream().map(Criterion::predicate).toList();
    assertEquals(List.of(
        new Predicate.AllOf(List.of(new Predicate.Age(18, null), new Predicate.Diagnosis(Set.of("NSCLC"), Set.of()))),
        new Predicate.Variant("KRAS", Set.of("G12C")),
        new Predicate.Not(new Predicate.Variant("EGFR", Set.of("exon 19 deletion"))),
        new Predicate.AnyOf(List.of(new Predicate.Variant("ERBB2", Set.of("amplification")),
            new Predicate.Biomarker("HER2", null, null, "positive"))),
        new Predicate.Biomarker("MMR", null, null, "dMMR"),
        new Predicate.AllOf(List.of(new Predicate.Not(new Predicate.Biomarker("TMB", 10.0, null, null)), new Predicate.Stage("IV")))),
        predicates.subList(0, 6));
    Criterion unknown = t.criteria().get(6);
    assertEquals(List.of("M7", "INCLUSION", "{\"clinical\":{\"number_prior_lines_therapy_allowed\":\"<=2\"}}",
            "not computable: CTML key 'number_prior_lines_therapy_allowed' has no eligo predicate"),
        List.of(unknown.id(), unknown.kind().name(), unknown.text(), unknown.reason()));
    assertEquals(null, unknown.predicate());
  }
}
