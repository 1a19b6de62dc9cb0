package org.eligo.design;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eligo.eligibility.Status;
import org.eligo.patient.PatientRecord;
import org.eligo.rank.Match;

/**
 * The strata of a screening: every ELIGIBLE or UNDETERMINED patient with a stratum or the
 * unknown factors; with settings, the ELIGIBLE patients of a complete stratum are randomised in
 * patient-id order and each row carries its assignment.
 */
public final class Stratification {
  /** One screened patient: status, stratum, and the assignment when randomised (else null). */
  public record Row(String trialId, String patientId, Status status, Stratifier.Stratum stratum, Minimiser.Assignment assignment) {}

  private Stratification() {}

  public static List<Row> of(List<Match> matches, Map<String, PatientRecord> records, StrataConfig config, Minimiser minimiser) {
    Stratifier s = new Stratifier(config);
    List<Match> kept = matches.stream().filter(m -> m.eligibility().status() != Status.INELIGIBLE)
        .sorted(Comparator.comparing(m -> m.eligibility().patientId())).toList();
    List<Row> rows = new ArrayList<>();
    for (Match m : kept) {
      String id = m.eligibility().patientId();
      PatientRecord p = records.get(id);
      if (p == null) {
        throw new IllegalStateException("screened patient " + id + " has no record");
      }
      Stratifier.Stratum st = s.stratum(p);
      Minimiser.Assignment a = minimiser != null && st.complete() && m.eligibility().status() == Status.ELIGIBLE
          ? minimiser.assign(id, st.levels()) : null;
      rows.add(new Row(m.eligibility().trialId(), id, m.eligibility().status(), st, a));
    }
    return rows;
  }

  /** Patients per stratum label ("unknown factor" for the rest), in label order. */
  public static Map<String, Integer> sizes(List<Row> rows) {
    Map<String, Integer> n = new TreeMap<>();
    for (Row r : rows) {
      n.merge(r.stratum().complete() ? r.stratum().label() : "unknown factor", 1, Integer::sum);
    }
    return n;
  }

  public static ObjectNode json(Row r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("trialId", r.trialId());
    o.put("patientId", r.patientId());
    o.put("status", r.status().name());
    if (r.stratum().complete()) {
      o.put("stratum", r.stratum().label());
    } else {
      o.putNull("stratum");
    }
    ObjectNode levels = o.putObject("levels");
    r.stratum().levels().forEach(levels::put);
    ArrayNode unknown = o.putArray("unknown");
    for (Stratifier.Unknown u : r.stratum().unknown()) {
      unknown.addObject().put("factor", u.factor()).put("missing", u.missing());
    }
    if (r.assignment() != null) {
      o.put("arm", r.assignment().arm());
      o.put("seq", r.assignment().sequence());
    }
    return o;
  }
}
