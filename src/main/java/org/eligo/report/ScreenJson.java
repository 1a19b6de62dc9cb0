package org.eligo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eligo.criteria.Criterion;
import org.eligo.eligibility.CriterionResult;
import org.eligo.patient.RecordJson;
import org.eligo.rank.Match;

/** One {@code eligo screen} JSON line per match, exactly as FORMATS.md defines it. */
public final class ScreenJson {
  private ScreenJson() {}

  public static ObjectNode line(Match m) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("trialId", m.eligibility().trialId());
    o.put("patientId", m.eligibility().patientId());
    o.put("status", m.eligibility().status().name());
    o.put("score", m.score());
    o.put("rank", m.rank());
    ArrayNode criteria = o.putArray("criteria");
    for (CriterionResult r : m.eligibility().results()) {
      criteria.add(criterion(r));
    }
    return o;
  }

  static ObjectNode criterion(CriterionResult r) {
    Criterion c = r.criterion();
    ObjectNode x = JsonNodeFactory.instance.objectNode();
    x.put("id", c.id());
    x.put("kind", c.kind().name());
    x.put("text", c.text());
    x.put("computable", c.computable());
    x.put("category", c.category());
    x.put("result", r.result().name());
    x.put("reason", r.reason());
    if (r.assumed()) {
      x.put("assumed", true);
    }
    x.set("evidence", RecordJson.evidence(r.evidence()));
    return x;
  }
}
