package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eligo.intake.FhirBundles;
import org.eligo.lexicon.Lexicons;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** One resource of each kind to the finding, assertion and evidence eligo makes of it. */
class FhirFactsTest {
  static final FhirFacts FHIR = new FhirFacts(Lexicons.load());
  static final String LOINC = "http://loinc.org";

  /** Each mention as "finding assertion source: text (rule)", or the field and reason of a resource that gives none. */
  static List<String> map(String json) {
    Resource r = FhirBundles.parse(json);
    FhirFacts.Mapped m = FHIR.map(r, r.fhirType() + "/" + r.getIdElement().getIdPart());
    if (m.mentions().isEmpty()) {
      return List.of(m.field() + ": " + m.reason());
    }
    return m.mentions().stream().map(x -> x.finding() + " " + x.intrinsic() + " " + x.evidence().source() + ": " + x.evidence().text()
        + " (" + x.evidence().ruleId() + ")").toList();
  }

  static String obs(String code, String display, String value) {
    return "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"" + LOINC
        + "\",\"code\":\"" + code + "\",\"display\":\"" + display + "\"}]},\"subject\":{\"reference\":\"Patient/X\"}," + value + "}";
  }

  static String concept(String system, String code, String display) {
    return "{\"coding\":[{\"system\":\"" + system + "\",\"code\":\"" + code + "\",\"display\":\"" + display + "\"}]}";
  }

  static String condition(String code, String display, String extra) {
    return "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"code\":" + concept("http://snomed.info/sct", code, display)
        + ",\"subject\":{\"reference\":\"Patient/X\"}" + extra + "}";
  }

  @Test
  void conditionGivesTheCancerOfTheLexiconAndTheStageOfItsSummary() {
    assertEquals(List.of(
        "Diagnosis[cancer=NSCLC, histology=adenocarcinoma, stage=null] PRESENT Condition/c1: Adenocarcinoma of lung (fhir.condition)",
        "Diagnosis[cancer=null, histology=null, stage=IIIB] PRESENT Condition/c1: Stage 3B (fhir.stage)"),
        map(condition("35917007", "Adenocarcinoma of lung", ",\"stage\":[{\"summary\":{\"text\":\"Stage 3B\"}}]")));
    assertEquals(List.of("Diagnosis[cancer=COLORECTAL, histology=null, stage=null] PRESENT Condition/c1: Malignant neoplasm of colon (fhir.condition)"),
        map(condition("363406005", "Malignant neoplasm of colon", "")));
    assertEquals(List.of("Condition[name=hypertension, group=cardiovascular disease] HISTORICAL Condition/c1: Hypertension (fhir.condition)"),
        map(condition("38341003", "Hypertension", ",\"clinicalStatus\":" + concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", "Resolved"))));
    assertEquals(List.of("Diagnosis[cancer=BREAST, histology=null, stage=null] ABSENT Condition/c1: Breast cancer (fhir.condition)"),
        map(condition("254837009", "Breast cancer", ",\"verificationStatus\":" + concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted", "Refuted"))));
    assertEquals(List.of("code: names no cancer or condition of the lexicons (http://snomed.info/sct 44465007)"),
        map(condition("44465007", "Sprain of ankle", "")));
  }

  @Test
  void performanceStatusFromAnswerCodesIntegersAndKarnofsky() {
    assertEquals(List.of("PerformanceStatus[scale=ECOG, value=2] PRESENT Observation/o1: ECOG: 2 (fhir.performance)"),
        map(obs("89247-1", "ECOG", "\"valueCodeableConcept\":" + concept(LOINC, "LA9624-3", "Ambulatory and capable of all selfcare"))));
    assertEquals(List.of("PerformanceStatus[scale=KPS, value=70] PRESENT Observation/o1: Karnofsky: 70 (fhir.performance)"),
        map(obs("89243-0", "Karnofsky", "\"valueInteger\":70")));
    assertEquals(List.of("value[x]: no ECOG grade 0 to 5"), map(obs("89247-1", "ECOG", "\"valueInteger\":7")));
    assertEquals(List.of("value[x]: required field is missing"), map(obs("89247-1", "ECOG", "\"issued\":\"2025-01-01T00:00:00Z\"")));
  }

  @Test
  void tumourMarkersByLoinc() {
    assertEquals(List.of("Biomarker[name=PD-L1 CPS, value=15.0, category=null, unit=null, assay=22C3] PRESENT Observation/o1: PD-L1 22C3 CPS: 15 (fhir.biomarker)"),
        map(obs("85147-7", "PD-L1 22C3 CPS", "\"valueQuantity\":{\"value\":15}")));
    assertEquals(List.of("Biomarker[name=TMB, value=11.2, category=null, unit=mut/Mb, assay=null] PRESENT Observation/o1: TMB: 11.2 /Mb (fhir.biomarker)"),
        map(obs("94076-7", "TMB", "\"valueQuantity\":{\"value\":11.2,\"unit\":\"/Mb\"}")));
    assertEquals(List.of("Biomarker[name=MSI, value=null, category=MSS, unit=null, assay=null] PRESENT Observation/o1: MSI: Microsatellite stable (fhir.biomarker)"),
        map(obs("81695-9", "MSI", "\"valueCodeableConcept\":{\"text\":\"Microsatellite stable\"}")));
    assertEquals(List.of("Biomarker[name=HER2, value=null, category=not amplified, unit=null, assay=ISH] PRESENT Observation/o1: HER2 FISH: Not amplified (fhir.biomarker)"),
        map(obs("85318-4", "HER2 FISH", "\"valueCodeableConcept\":{\"text\":\"Not amplified\"}")));
    assertEquals(List.of("Biomarker[name=ER, value=0.0, category=negative, unit=%, assay=IHC] PRESENT Observation/o1: ER: 0 % (fhir.biomarker)"),
        map(obs("16112-5", "ER", "\"valueQuantity\":{\"value\":0,\"unit\":\"%\"}")));
    assertEquals(List.of("value[x]: no value or category eligo reads for HER2"),
        map(obs("48676-1", "HER2", "\"valueString\":\"see report\"")));
  }

  @Test
  void labsConvertFromUcumUnitsToTheCanonicalUnit() {
    assertEquals(List.of("Lab[analyte=platelets, value=210.0, unit=10^9/L, uln=null] PRESENT Observation/o1: Platelets: 210 10*3/uL (fhir.lab)"),
        map(obs("777-3", "Platelets", "\"valueQuantity\":{\"value\":210,\"unit\":\"10*3/uL\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"10*3/uL\"}")));
    assertEquals(List.of("Lab[analyte=ANC, value=1.5, unit=10^9/L, uln=null] PRESENT Observation/o1: ANC: 1500 /uL (fhir.lab)"),
        map(obs("751-8", "ANC", "\"valueQuantity\":{\"value\":1500,\"code\":\"/uL\"}")));
    assertEquals(List.of("Lab[analyte=bilirubin, value=1.5, unit=mg/dL, uln=null] PRESENT Observation/o1: Bilirubin: 25.65 umol/L (fhir.lab)"),
        map(obs("1975-2", "Bilirubin", "\"valueQuantity\":{\"value\":25.65,\"code\":\"umol/L\"}")));
    assertEquals(List.of("valueQuantity.unit: unit mmol/L does not convert to g/dL for albumin"),
        map(obs("1751-7", "Albumin", "\"valueQuantity\":{\"value\":0.6,\"code\":\"mmol/L\"}")));
    assertEquals(List.of("code: no LOINC code eligo reads (http://loinc.org 8867-4)"), map(obs("8867-4", "Heart rate", "\"valueInteger\":70")));
  }

  static String variant(String value, String components) {
    return obs("69548-6", "Genetic variant assessment", "\"valueCodeableConcept\":" + value + ",\"component\":[" + components + "]");
  }

  static String component(String code, String value) {
    return "{\"code\":" + concept(LOINC, code, code) + "," + value + "}";
  }

  @Test
  void genomicVariantsFromTheirComponents() {
    String gene = component("48018-6", "\"valueCodeableConcept\":" + concept("http://www.genenames.org/geneId", "HGNC:3236", "EGFR"));
    assertEquals(List.of("Variant[gene=EGFR, variant=L858R, hgvs=p.Leu858Arg, partner=null, vaf=12.5, significance=likely pathogenic, origin=somatic] "
            + "PRESENT Observation/o1: EGFR p.Leu858Arg c.2573T>G (fhir.variant)"),
        map(variant(concept(LOINC, "LA9633-4", "Present"), gene
            + "," + component("48005-3", "\"valueCodeableConcept\":" + concept("http://varnomen.hgvs.org", "p.Leu858Arg", "p.Leu858Arg"))
            + "," + component("48004-6", "\"valueCodeableConcept\":" + concept("http://varnomen.hgvs.org", "c.2573T>G", "c.2573T>G"))
            + "," + component("81258-6", "\"valueQuantity\":{\"value\":0.125}")
            + "," + component("53037-8", "\"valueCodeableConcept\":{\"text\":\"Likely pathogenic\"}")
            + "," + component("48002-0", "\"valueCodeableConcept\":{\"text\":\"Somatic\"}"))));
    assertEquals(List.of("Variant[gene=EGFR, variant=E746_A750del, hgvs=p.Glu746_Ala750del, partner=null, vaf=null, significance=null, origin=null] "
            + "PRESENT Observation/o1: EGFR p.Glu746_Ala750del (fhir.variant)"),
        map(variant(concept(LOINC, "LA9633-4", "Present"), gene
            + "," + component("48005-3", "\"valueCodeableConcept\":{\"text\":\"p.Glu746_Ala750del\"}"))));
    assertEquals(List.of("Variant[gene=EGFR, variant=null, hgvs=null, partner=null, vaf=null, significance=null, origin=null] ABSENT Observation/o1: EGFR (fhir.variant)"),
        map(variant(concept(LOINC, "LA9634-2", "Absent"), gene)));
    assertEquals(List.of("component[48018-6]: no gene of lexicons/genes.tsv"),
        map(variant(concept(LOINC, "LA9633-4", "Present"), component("48018-6", "\"valueCodeableConcept\":{\"text\":\"NOTAGENE1\"}"))));
  }

  static String medication(String type, String status, String drug, String effective) {
    return "{\"resourceType\":\"" + type + "\",\"id\":\"m1\",\"status\":\"" + status + "\",\"medicationCodeableConcept\":{\"text\":\"" + drug
        + "\"},\"subject\":{\"reference\":\"Patient/X\"}," + effective + "}";
  }

  @Test
  void medicationsGiveTherapiesWithTheirCourseAndStatus() {
    assertEquals(List.of("Therapy[drug=osimertinib, classes=[EGFR TKI, third-generation EGFR TKI, targeted therapy], category=systemic, setting=null, "
            + "course=TherapyCourse[line=null, startDate=2024-03, endDate=2024-11-02, response=null]] HISTORICAL MedicationStatement/m1: Tagrisso 80 mg (fhir.medication)"),
        map(medication("MedicationStatement", "completed", "Tagrisso 80 mg", "\"effectivePeriod\":{\"start\":\"2024-03\",\"end\":\"2024-11-02T10:00:00Z\"}")));
    assertEquals(List.of("Therapy[drug=docetaxel, classes=[chemotherapy, taxane], category=systemic, setting=null, "
            + "course=TherapyCourse[line=null, startDate=2025-01-05, endDate=null, response=null]] HYPOTHETICAL MedicationStatement/m1: docetaxel (fhir.medication)"),
        map(medication("MedicationStatement", "intended", "docetaxel", "\"effectiveDateTime\":\"2025-01-05\"")));
    assertEquals(List.of("Therapy[drug=docetaxel, classes=[chemotherapy, taxane], category=systemic, setting=null, "
            + "course=TherapyCourse[line=null, startDate=null, endDate=null, response=null]] ABSENT MedicationAdministration/m1: docetaxel (fhir.medication)"),
        map(medication("MedicationAdministration", "not-done", "docetaxel", "\"effectiveDateTime\":\"2025-01-05\"")));
    assertEquals(List.of("status: entered-in-error: not read"),
        map(medication("MedicationAdministration", "entered-in-error", "docetaxel", "\"effectiveDateTime\":\"2025-01-05\"")));
    assertEquals(List.of("medicationCodeableConcept: names no drug of lexicons/drugs.tsv"),
        map(medication("MedicationStatement", "active", "vitamin D", "\"effectiveDateTime\":\"2025-01-05\"")));
  }

  @Test
  void reportTextIsThePlainPresentedFormElseTheNarrativeWithoutMarkup() {
    DiagnosticReport plain = (DiagnosticReport) FhirBundles.parse("{\"resourceType\":\"DiagnosticReport\",\"id\":\"d1\",\"status\":\"final\","
        + "\"code\":{\"text\":\"CT\"},\"presentedForm\":[{\"contentType\":\"text/plain\",\"data\":\"Tm8gYnJhaW4gbWV0cy4=\"}]}");
    assertEquals("No brain mets.", FhirFacts.reportText(plain));
    DiagnosticReport div = (DiagnosticReport) FhirBundles.parse("{\"resourceType\":\"DiagnosticReport\",\"id\":\"d1\",\"status\":\"final\","
        + "\"code\":{\"text\":\"CT\"},\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>Liver &amp; lung: PD</p><p>ECOG 1</p></div>\"}}");
    assertEquals("Liver & lung: PD\nECOG 1", FhirFacts.reportText(div));
    DiagnosticReport pdf = (DiagnosticReport) FhirBundles.parse("{\"resourceType\":\"DiagnosticReport\",\"id\":\"d1\",\"status\":\"final\","
        + "\"code\":{\"text\":\"CT\"},\"presentedForm\":[{\"contentType\":\"application/pdf\",\"data\":\"JVBERi0xLjQK\"},{\"data\":\"Tm8gYnJhaW4gbWV0cy4=\"}]}");
    assertEquals(null, FhirFacts.reportText(pdf));
  }

  @Test
  void aPatientGivesDemographicsWithUsCoreRaceAndEthnicity() {
    Patient p = (Patient) FhirBundles.parse("{\"resourceType\":\"Patient\",\"id\":\"Q1\",\"gender\":\"female\",\"birthDate\":\"1970-02-03\","
        + "\"extension\":[{\"url\":\"http://hl7.org/fhir/us/core/StructureDefinition/us-core-race\",\"extension\":[{\"url\":\"ombCategory\","
        + "\"valueCoding\":{\"system\":\"urn:oid:2.16.840.1.113883.6.238\",\"code\":\"2028-9\",\"display\":\"Asian\"}}]},"
        + "{\"url\":\"http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity\",\"extension\":[{\"url\":\"text\","
        + "\"valueString\":\"Not Hispanic or Latino\"}]}]}");
    assertEquals("PatientInfo[patientId=Q1, birthDate=1970-02-03, sex=female, race=Asian, ethnicity=Not Hispanic or Latino, source=Patient/Q1]",
        FhirFacts.info("Q1", "Patient/Q1", p).toString());
    Patient vague = (Patient) FhirBundles.parse("{\"resourceType\":\"Patient\",\"id\":\"Q2\",\"gender\":\"unknown\",\"birthDate\":\"1970\"}");
    assertEquals("PatientInfo[patientId=Q2, birthDate=null, sex=null, race=null, ethnicity=null, source=Patient/Q2]",
        FhirFacts.info("Q2", "Patient/Q2", vague).toString());
  }

  @Test
  void stageGroupsAsCodesAndDisplaysWrite() {
    assertEquals("IV", FhirFacts.stage("American Joint Committee on Cancer stage IV"));
    assertEquals("IIIC", FhirFacts.stage("3C"));
    assertEquals("IIA", FhirFacts.stage("Stage 2a"));
    assertEquals(null, FhirFacts.stage("T2N1M0"));
  }
}
