package org.eligo.eligibility;

/**
 * Karnofsky to ECOG, as trial protocols commonly tabulate it: KPS 90–100 is ECOG 0, 70–80 is
 * ECOG 1, 50–60 is ECOG 2, 30–40 is ECOG 3, 10–20 is ECOG 4, 0 is ECOG 5. Used only when a
 * criterion asks for ECOG and the notes give KPS alone; the reason says the value was
 * converted. ECOG is never converted to KPS (one ECOG grade spans two KPS values).
 */
public final class PerformanceScales {
  private PerformanceScales() {}

  public static int ecogFromKps(int kps) {
    if (kps < 0 || kps > 100) {
      throw new IllegalArgumentException("KPS out of range: " + kps);
    }
    if (kps >= 90) {
      return 0;
    }
    if (kps >= 70) {
      return 1;
    }
    if (kps >= 50) {
      return 2;
    }
    if (kps >= 30) {
      return 3;
    }
    return kps >= 10 ? 4 : 5;
  }
}
