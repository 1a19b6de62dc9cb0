package org.eligo.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Trial;

/** One {@code eligo criteria} JSON line per criterion. */
public final class CriteriaJson {
  private CriteriaJson() {}

  public static ObjectNode line(Trial t, Criterion c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("trialId", t.id());
    o.put("id", c.id());
    o.put("kind", c.kind().name());
    o.put("text", c.text());
    o.put("computable", c.computable());
    o.put("category", c.category());
    if (c.computable()) {
      o.put("parsed", c.predicate().toString());
    } else {
      o.putNull("parsed");
    }
    // For a computable criterion the reason, when present, names what the parsed form leaves out.
    if (c.reason() == null) {
      o.putNull("reason");
    } else {
      o.put("reason", c.reason());
    }
    return o;
  }
}
