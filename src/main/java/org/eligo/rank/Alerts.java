package org.eligo.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eligo.eligibility.Status;

/**
 * New matches of a trial since its previous run. A patient is an alert when they are ELIGIBLE
 * now and were not before (or were not in the previous run at all): {@code became_eligible};
 * or when they stand higher in the ranking than before because their own verdicts improved: a
 * better status than before (INELIGIBLE to UNDETERMINED), or the same status with a higher
 * score, and a smaller rank number: {@code moved_up}. A patient who only climbs because others
 * left or fell is no alert. Alerts come in the order of the current ranking.
 */
public final class Alerts {
  private Alerts() {}

  /** Where a patient stood in the previous run of a trial. */
  public record Standing(Status status, double score, int rank) {}

  /** One alert; {@code previous} is null for a patient new to the trial's ranking. */
  public record Alert(String trialId, String patientId, String kind, Status status, double score, int rank, Standing previous) {}

  public static List<Alert> of(List<Match> current, Map<String, Standing> previous) {
    List<Alert> out = new ArrayList<>();
    for (Match m : current) {
      String id = m.eligibility().patientId();
      Status now = m.eligibility().status();
      Standing before = previous.get(id);
      String kind = null;
      if (now == Status.ELIGIBLE && (before == null || before.status() != Status.ELIGIBLE)) {
        kind = "became_eligible";
      } else if (before != null && m.rank() < before.rank()
          && (now.compareTo(before.status()) < 0 || now == before.status() && m.score() > before.score())) {
        kind = "moved_up";
      }
      if (kind != null) {
        out.add(new Alert(m.eligibility().trialId(), id, kind, now, m.score(), m.rank(), before));
      }
    }
    return out;
  }
}
