package org.eligo.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;
import org.junit.jupiter.api.Test;

class SubgroupsTest {
  private static final Set<String> LUNG_0 = Set.of("cancer=NSCLC", "gene=EGFR", "ecog=0");
  private static final Set<String> LUNG_1 = Set.of("cancer=NSCLC", "gene=EGFR", "ecog=1");
  private static final Set<String> BOWEL = Set.of("cancer=CRC", "gene=KRAS", "ecog=>=2");

  /** A1 = A2 and A3 one fact apart (distance √2), every A √6 from the identical Bs. */
  private static final List<Profile> SIX = List.of(new Profile("A1", LUNG_0), new Profile("A2", LUNG_0), new Profile("A3", LUNG_1),
      new Profile("B1", BOWEL), new Profile("B2", BOWEL), new Profile("B3", BOWEL));

  @Test
  void twoClustersSeparateTheLungFromTheBowelPatientsWithTheirHandComputedSilhouetteAndSpread() {
    for (long seed = 1; seed <= 5; seed++) {
      Subgroups.Result r = Subgroups.cluster(SIX, 2, seed);
      assertEquals(List.of(List.of("A1", "A2", "A3"), List.of("B1", "B2", "B3")), r.clusters().stream().map(Subgroups.Cluster::patientIds).toList());
      // A1, A2: 1 - (√2/2)/√6; A3: 1 - √2/√6; Bs: 1. Mean 1 - 1/(3√3).
      assertEquals(1 - 1 / (3 * Math.sqrt(3)), r.silhouette(), 1e-12);
      assertEquals(6, r.silhouetteOver());
      assertEquals((2 * (1 - 1 / (2 * Math.sqrt(3))) + 1 - 1 / Math.sqrt(3)) / 3, r.clusters().get(0).silhouette(), 1e-12);
      assertEquals(1.0, r.clusters().get(1).silhouette(), 1e-12);
      // The A mean has ecog=0 at 2/3 and ecog=1 at 1/3: 2/9 + 2/9 + 8/9.
      assertEquals(4.0 / 3, r.withinSumOfSquares(), 1e-12);
    }
  }

  @Test
  void aClusterIsDescribedByTheFactsAboveTheirOverallShareLargestLiftFirst() {
    Subgroups.Cluster a = Subgroups.cluster(SIX, 2, 7).clusters().get(0);
    assertEquals(List.of(new Subgroups.Share("cancer=NSCLC", 1.0, 0.5), new Subgroups.Share("gene=EGFR", 1.0, 0.5),
        new Subgroups.Share("ecog=0", 2.0 / 3, 1.0 / 3), new Subgroups.Share("ecog=1", 1.0 / 3, 1.0 / 6)), a.dominant());
    assertEquals(List.of(new Subgroups.Share("cancer=CRC", 0, 0.5), new Subgroups.Share("ecog=>=2", 0, 0.5), new Subgroups.Share("gene=KRAS", 0, 0.5)),
        a.scarce());
  }

  @Test
  void withoutKTheKOfHighestSilhouetteIsChosenAmongThoseTheDistinctProfilesAllow() {
    Subgroups.Result r = Subgroups.choose(SIX, Subgroups.K_MAX, 1);
    assertEquals(3, r.k());
    assertEquals(List.of(2, 3), List.copyOf(r.silhouetteByK().keySet()));
    assertEquals(1 - 1 / (3 * Math.sqrt(3)), r.silhouetteByK().get(2), 1e-12);
    assertEquals(5.0 / 6, r.silhouetteByK().get(3), 1e-12);
    assertEquals(List.of(List.of("B1", "B2", "B3"), List.of("A1", "A2"), List.of("A3")), r.clusters().stream().map(Subgroups.Cluster::patientIds).toList());
  }

  @Test
  void badKAndProfilesWithoutFactsAreRefusedWithTheReason() {
    assertEquals("K 7 is more than the 6 patients", assertThrows(IllegalArgumentException.class, () -> Subgroups.cluster(SIX, 7, 1)).getMessage());
    assertEquals("K 4 is more than the 3 distinct profiles among the 6 patients",
        assertThrows(IllegalArgumentException.class, () -> Subgroups.cluster(SIX, 4, 1)).getMessage());
    assertEquals("K must be at least 2, got 1", assertThrows(IllegalArgumentException.class, () -> Subgroups.cluster(SIX, 1, 1)).getMessage());
    assertEquals("none of the 2 patients has a fact of the profile (every feature missing)", assertThrows(IllegalArgumentException.class,
        () -> Subgroups.cluster(List.of(new Profile("X", Set.of()), new Profile("Y", Set.of())), 2, 1)).getMessage());
    assertEquals("no patients to cluster", assertThrows(IllegalArgumentException.class, () -> Subgroups.choose(List.of(), 8, 1)).getMessage());
    assertEquals("the 2 patients share one profile: nothing to cluster", assertThrows(IllegalArgumentException.class,
        () -> Subgroups.choose(List.of(new Profile("X", BOWEL), new Profile("Y", BOWEL)), 8, 1)).getMessage());
  }

  /** Five identical lung and five identical bowel patients (√6 apart), and one melanoma patient sharing no fact with either (√7 from both). */
  private static List<Profile> twoGroupsAndAnOutlier() {
    List<Profile> l = new java.util.ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      l.add(new Profile("A" + i, LUNG_0));
      l.add(new Profile("B" + i, BOWEL));
    }
    l.add(new Profile("X", Set.of("cancer=melanoma", "gene=BRAF", "stage=IV", "metastasis=brain")));
    return l;
  }

  @Test
  void hdbscanFindsTheTwoDenseGroupsAndLeavesTheOutlierUnclustered() {
    Subgroups.Result r = Subgroups.hdbscan(twoGroupsAndAnOutlier(), 3, 1);
    assertEquals(2, r.k());
    assertEquals(List.of(List.of("A1", "A2", "A3", "A4", "A5"), List.of("B1", "B2", "B3", "B4", "B5")),
        r.clusters().stream().map(Subgroups.Cluster::patientIds).toList());
    assertEquals(List.of("X"), r.unclustered().patientIds());
    // identical members, the other group √6 away: every clustered silhouette is 1; the outlier is not counted
    assertEquals(1.0, r.silhouette(), 1e-12);
    assertEquals(10, r.silhouetteOver());
    assertEquals(0.0, r.withinSumOfSquares(), 1e-12);
    assertEquals(new Subgroups.Share("cancer=melanoma", 1.0, 1.0 / 11), r.unclustered().dominant().get(0));
    assertEquals(new Subgroups.Share("cancer=NSCLC", 1.0, 5.0 / 11), r.clusters().get(0).dominant().get(0));
  }

  @Test
  void hdbscanRefusesAMinimumClusterSizeBelowTwoOrAboveThePatients() {
    assertEquals("the minimum cluster size must be at least 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> Subgroups.hdbscan(SIX, 1, 1)).getMessage());
    assertEquals("the minimum cluster size 7 is more than the 6 patients",
        assertThrows(IllegalArgumentException.class, () -> Subgroups.hdbscan(SIX, 7, 1)).getMessage());
    assertEquals("no patients to cluster", assertThrows(IllegalArgumentException.class, () -> Subgroups.hdbscan(List.of(), 2, 1)).getMessage());
  }

  @Test
  void theSilhouetteOfAPatientAloneInItsClusterIsZero() {
    double[] s = Subgroups.silhouettes(new int[][] {{0}, {0}, {1}}, new int[] {0, 0, 1}, 2, 1);
    assertEquals(List.of(1.0, 1.0, 0.0), java.util.Arrays.stream(s).boxed().toList());
  }

  private static Fact fact(Finding f, Assertion a) {
    return new Fact(f, a, true, LocalDate.of(2025, 1, 1), List.of(new Evidence("n1", new CharSpan(0, 1), "x", "test", null)), false, false);
  }

  @Test
  void aProfileHoldsTheOwnCurrentFactsInBands() {
    PatientRecord p = new PatientRecord("P1", List.of(
        fact(new Finding.Variant("EGFR", "exon 19 deletion", null, null), Assertion.PRESENT),
        fact(new Finding.Variant("ALK", null, null, "EML4"), Assertion.PRESENT),
        fact(new Finding.Variant("BRCA2", "K3326*", null, null).withDetails(null, Finding.Variant.VUS, null), Assertion.PRESENT),
        fact(new Finding.Variant("KRAS", "G12C", null, null), Assertion.ABSENT),
        fact(new Finding.Variant("BRCA1", null, null, null), Assertion.FAMILY),
        fact(new Finding.Diagnosis("NSCLC", "adenocarcinoma", null), Assertion.PRESENT),
        fact(new Finding.Diagnosis(null, null, "IIIB"), Assertion.PRESENT),
        fact(new Finding.PerformanceStatus("KPS", 70), Assertion.PRESENT),
        fact(new Finding.Biomarker("PD-L1 TPS", null, "<1%", "%", null), Assertion.PRESENT),
        fact(new Finding.Biomarker("TMB", null, "high", null, null), Assertion.PRESENT),
        fact(new Finding.Condition("rheumatoid arthritis", "autoimmune disease"), Assertion.HISTORICAL),
        fact(new Finding.Condition("hearing loss", "hearing loss"), Assertion.PRESENT),
        fact(new Finding.Metastasis("brain", MetStatus.TREATED_STABLE), Assertion.PRESENT),
        fact(new Finding.Metastasis("liver", MetStatus.ABSENT), Assertion.PRESENT)), 1, LocalDate.of(2025, 1, 1), 3, List.of());
    assertEquals(List.of("cancer=NSCLC", "condition=autoimmune disease", "ecog=1", "gene=ALK", "gene=EGFR", "metastasis=brain", "pdl1=<1",
        "priorLines=>=2", "stage=III", "tmb=>=10", "variantClass=fusion", "variantClass=mutation"), List.copyOf(Profile.of(p).features()));
    assertEquals(Set.of(), Profile.of(new PatientRecord("P2", List.of(), 0, null, null, List.of())).features());
  }
}
