package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line, dates and response read from the sentence that names a therapy. */
class TherapyCourseReadingTest {
  /** Each therapy of the text as "drug line start..end response", "-" for what is not told. */
  static List<String> courses(String text) {
    return ExtractorsTest.findings(text, FactType.THERAPY).stream().map(f -> (Finding.Therapy) f)
        .filter(t -> t.drug() != null || !t.classes().isEmpty()).map(t -> {
          TherapyCourse c = t.course();
          return (t.drug() != null ? t.drug() : t.classes().get(0)) + " " + dash(c.line()) + " " + dash(c.startDate()) + ".."
              + dash(c.endDate()) + " " + dash(c.response());
        }).toList();
  }

  private static String dash(Object o) {
    return o == null ? "-" : o.toString();
  }

  @Test
  void readsStartAndEndDatesAsPreciseAsWritten() {
    assertEquals(List.of("osimertinib - 2024-03..- -"), courses("Started osimertinib 03/2024."));
    assertEquals(List.of("FOLFOX - 2023-01..2023-06 -", "FOLFIRI - -..- -"), courses("FOLFOX from Jan 2023 to June 2023, then FOLFIRI."));
    assertEquals(List.of("carboplatin/paclitaxel - -..2022 -"), courses("Completed 4 cycles of carboplatin/paclitaxel in 2022."));
    assertEquals(List.of("osimertinib - -..2024-05-12 -"), courses("Osimertinib discontinued 5/12/24."));
    assertEquals(List.of("pembrolizumab - 2021..- -"), courses("On pembrolizumab since 2021."));
    assertEquals(List.of("sotorasib 2 2024-11..- -", "sotorasib 2 2024-11..- -"), courses("2L sotorasib (Lumakras) 960 mg daily 11/2024-present"));
    assertEquals(List.of("dabrafenib - 2025-03-14..- -", "trametinib - 2025-03-14..- -"),
        courses("Tx: dabrafenib 150 mg BID + trametinib 2 mg daily started 03/14/2025."));
  }

  @Test
  void aDateBeforeTheDrugNeedsAWordThatSaysWhatItDates() {
    assertEquals(List.of("osimertinib - 2021..- -"), courses("Since 2021 on osimertinib."));
    assertEquals(List.of("methotrexate - -..- -"), courses("Rheumatoid arthritis dx 2012 on methotrexate."));
  }

  @Test
  void aDateOfAnotherEventIsNotTheTherapysDate() {
    assertEquals(List.of("carboplatin/pemetrexed 1 2024-03..2024-07 PROGRESSION"),
        courses("1L carboplatin/pemetrexed 03/2024-07/2024 -> PD 10/2024"));
    assertEquals(List.of("pembrolizumab - -..- PROGRESSION"), courses("Pembrolizumab maintenance; progression on CT 06/2025."));
  }

  @Test
  void aDrugThatGoesOnInMaintenanceDoesNotEndWithTheInduction() {
    assertEquals(List.of("carboplatin/pemetrexed - 2023-12..2024-03 -", "pembrolizumab - 2023-12..- -", "pemetrexed - -..- -",
        "pembrolizumab - -..- -"), courses("Received carboplatin/pemetrexed/pembrolizumab x4 cycles 12/2023-03/2024, then "
            + "pemetrexed/pembrolizumab maintenance."));
  }

  @Test
  void readsStatedLinesBeforeAndAfterTheDrug() {
    assertEquals(List.of("docetaxel 2 2025-02..- -"), courses("Second-line docetaxel started 02/2025."));
    assertEquals(List.of("sacituzumab govitecan 2 -..- -"), courses("2L: sacituzumab govitecan."));
    assertEquals(List.of("docetaxel 3 -..- -"), courses("Now on docetaxel as third-line therapy."));
    assertEquals(List.of("docetaxel 2 -..- -"), courses("We discussed docetaxel-based second-line therapy."));
    assertEquals(List.of("carboplatin/pemetrexed 1 -..- -", "pembrolizumab 1 -..- -"), courses("First line carbo/pem/pembro."));
  }

  @Test
  void aCountOfLinesOrATherapyThatIsNotSystemicHasNoLine() {
    assertEquals(List.of("immune checkpoint inhibitor - -..- PROGRESSION"), courses("Progressive NSCLC after 1 line of immunotherapy."));
    assertEquals(List.of("stereotactic radiosurgery - -..- -"), courses("First-line SRS to the brain lesion."));
    assertEquals(List.of("capecitabine - -..- -"), courses("Adjuvant capecitabine as first-line therapy."));
  }

  @Test
  void readsProgressionOnTheDrugItNames() {
    assertEquals(List.of("osimertinib - -..- PROGRESSION", "docetaxel - 2025-03..- -"),
        courses("Progressed on osimertinib, started docetaxel 03/2025."));
    assertEquals(List.of("sotorasib - -..- PROGRESSION"), courses("CT 03/2025 shows progression in liver and lungs on sotorasib."));
    assertEquals(List.of("chemotherapy 1 -..- PROGRESSION"), courses("PD after first-line chemo."));
    assertEquals(List.of("FOLFOX - 2024-03..2024-12 PROGRESSION", "bevacizumab - 2024-03..2024-12 PROGRESSION",
        "FOLFIRI - 2025-02..2025-04 -"), courses("s/p FOLFOX + bevacizumab 03/2024-12/2024, PD 01/2025; FOLFIRI 02/2025-04/2025."));
    assertEquals(List.of("pembrolizumab - 2024-10..- PROGRESSION"), courses("Pembrolizumab started 10/2024; CT 01/2025 shows progression."));
    assertEquals(List.of("docetaxel - -..- -"), courses("Progression and started on docetaxel."));
  }

  @Test
  void drugsGivenInCombinationAreOneGroupAndADateBetweenDrugsSeparatesThem() {
    assertEquals(List.of("pembrolizumab - 2025-01..- -", "carboplatin/pemetrexed - 2025-01..- -"),
        courses("Pembrolizumab in combination with carboplatin/pemetrexed since 01/2025."));
    assertEquals(List.of("docetaxel - 2023..- -", "pemetrexed - 2024..- -"), courses("Docetaxel 2023, pemetrexed 2024."));
  }

  @Test
  void readsResponsesByNameAndAbbreviation() {
    assertEquals(List.of("carboplatin/etoposide - 2025-03..2025-05 PARTIAL_RESPONSE"),
        courses("s/p 4 cycles carboplatin/etoposide (03/2025-05/2025), partial response."));
    assertEquals(List.of("FOLFOX - 2025-02-10..- PARTIAL_RESPONSE", "bevacizumab - 2025-02-10..- PARTIAL_RESPONSE"),
        courses("FOLFOX + bevacizumab since 02/10/2025 (C1); CT 06/23/25: PR in liver."));
    assertEquals(List.of("R-CHOP - -..- COMPLETE_RESPONSE"), courses("CR after 6 cycles of R-CHOP."));
    assertEquals(List.of("gemcitabine/nab-paclitaxel - 2019..2020 STABLE_DISEASE"),
        courses("Gemcitabine/nab-paclitaxel x 6 cycles (2019-2020) with SD."));
    assertEquals(List.of("pembrolizumab - 2021..- STABLE_DISEASE"), courses("On pembrolizumab since 2021 with stable disease."));
    assertEquals(List.of("dabrafenib - 2025-03-14..- RESPONSE", "trametinib - 2025-03-14..- RESPONSE"),
        courses("dabrafenib + trametinib started 03/14/2025 -> marked response."));
  }

  @Test
  void receptorStatusesAndOtherAbbreviationsAreNoResponse() {
    assertEquals(List.of("trastuzumab - -..- -"), courses("ER/PR negative, HER2 3+; on trastuzumab."));
    assertEquals(List.of("letrozole - -..- -"), courses("ER 90%, PR 5%, on letrozole."));
    assertEquals(List.of("letrozole - -..- -"), courses("ER and PR positive on letrozole."));
    assertEquals(List.of("pembrolizumab - -..- -"), courses("PD-L1 50% on pembrolizumab."));
    assertEquals(List.of("letrozole - -..- -"), courses("ER/PR retested on letrozole."));
    assertEquals(List.of("pembrolizumab - -..- -"), courses("Pembrolizumab for PD-L1 90%."));
    assertEquals(List.of("cisplatin - -..- -"), courses("On cisplatin; CR 2.1 mg/dL."));
    assertEquals(List.of("osimertinib - -..- -"), courses("Osimertinib with progression-free survival of 2 years."));
    assertEquals(List.of("osimertinib - -..- -"), courses("Osimertinib in response to the EGFR result."));
  }

  @Test
  void aDeniedOrAwaitedOutcomeIsNoResponse() {
    assertEquals(List.of("osimertinib - -..- -"), courses("No evidence of progression on osimertinib."));
    assertEquals(List.of("pembrolizumab - -..- -"), courses("Continue pembrolizumab until progression or toxicity."));
  }

  @Test
  void aTherapyStoppedForSideEffectsIsToxicity() {
    assertEquals(List.of("pembrolizumab - -..- TOXICITY"), courses("Pembrolizumab held due to grade 3 colitis."));
    assertEquals(List.of("osimertinib - -..2024-05-12 TOXICITY"), courses("Osimertinib discontinued 5/12/24 for pneumonitis."));
    assertEquals(List.of("paclitaxel - -..- TOXICITY"), courses("Paclitaxel stopped after 6 cycles (neuropathy), continued."));
    assertEquals(List.of("pembrolizumab - -..- TOXICITY"),
        courses("He developed grade 2 pneumonitis; pembrolizumab was permanently discontinued."));
    assertEquals(List.of("ipilimumab - -..- TOXICITY"), courses("Ipilimumab-induced colitis in 2020."));
    assertEquals(List.of("capecitabine - -..- TOXICITY"), courses("Capecitabine was poorly tolerated."));
    assertEquals(List.of("ipilimumab - -..- TOXICITY"), courses("Grade 3 colitis on ipilimumab."));
    assertEquals(List.of("nivolumab/ipilimumab - -..- TOXICITY"), courses("Ipilimumab/nivolumab complicated by grade 3 colitis."));
  }

  @Test
  void aStopForProgressionIsProgressionAndAStopWithoutReasonIsNothing() {
    assertEquals(List.of("pemetrexed - 2024-05..2025-02 PROGRESSION", "pembrolizumab - 2024-05..2025-02 PROGRESSION"),
        courses("- pemetrexed/pembrolizumab maintenance 05/2024-02/2025, stopped for progression (new adrenal lesions)"));
    assertEquals(List.of("sotorasib - -..- -"), courses("Sotorasib stopped."));
    assertEquals(List.of("osimertinib - -..- PROGRESSION"), courses("Progression on osimertinib, stopped."));
  }

  @Test
  void anOperationIsNeitherPartOfARegimenNorGivenAResponse() {
    assertEquals(List.of("paclitaxel - -..- -", "trastuzumab - -..- -", "mastectomy - -..- -"),
        courses("Neoadjuvant paclitaxel/trastuzumab, mastectomy (pCR), PMRT."));
  }
}
