package org.eligo.eligibility;

import java.util.List;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;

/**
 * HER2 status from the results of one date (ASCO/CAP logic): IHC 3+ or ISH amplified is
 * positive; IHC 0 or 1+, or 2+ with ISH not amplified, is negative; a stated status counts when
 * no IHC 2+ awaits ISH. Null when it cannot be told (IHC 2+ without ISH).
 */
public final class Her2 {
  private static final java.util.Set<String> SCORES = java.util.Set.of("0", "1+", "2+", "3+");

  private Her2() {}

  /** The IHC score, ISH result and stated status of the facts, then the status. */
  public record Reading(String ihc, String ish, String status) {}

  public static Reading read(List<Fact> sameDate) {
    return readResults(sameDate.stream().map(f -> (Finding.Biomarker) f.finding()).toList());
  }

  /** As {@link #read}, from the HER2 results themselves. */
  public static Reading readResults(List<Finding.Biomarker> sameDate) {
    String ihc = null;
    String ish = null;
    String stated = null;
    for (Finding.Biomarker r : sameDate) {
      if ("IHC".equals(r.assay())) {
        ihc = r.category();
      } else if ("ISH".equals(r.assay())) {
        ish = r.category();
      } else {
        stated = r.category();
      }
    }
    if (ihc == null && stated != null && SCORES.contains(stated)) {
      ihc = stated; // "HER2 1+ (negative)": a score is an IHC score even when the assay is not named
    }
    String status;
    if ("3+".equals(ihc) || "amplified".equals(ish)) {
      status = "positive";
    } else if ("0".equals(ihc) || "1+".equals(ihc) || ("2+".equals(ihc) && "not amplified".equals(ish))
        || (ihc == null && "not amplified".equals(ish))) {
      status = "negative";
    } else if (stated != null && !"2+".equals(ihc)) {
      status = stated.equals("low") ? "negative" : stated;
    } else {
      status = null;
    }
    return new Reading(ihc, ish, status);
  }
}
