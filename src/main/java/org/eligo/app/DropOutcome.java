package org.eligo.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eligo.core.Problem;

/**
 * What became of one dropped file: its name, content hash (null when it was not read), the kind
 * of input it held, where it went, how many records were taken and each rejected record with
 * line, field and reason (never note text). The journal line and the error report are this
 * record as JSON.
 */
public record DropOutcome(String file, String sha256, String kind, Status status, int accepted, List<Problem> errors, String duplicateOf) {
  /** Where the file went: done/ with its records taken, done/ as a duplicate of an earlier file, or rejected/. */
  public enum Status {
    done,
    duplicate,
    rejected
  }

  public DropOutcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    if (accepted < 0) {
      throw new IllegalArgumentException("accepted must be >= 0, got " + accepted);
    }
    errors = List.copyOf(errors);
  }

  /** A file rejected whole for {@code reason} (line 0: the whole file). */
  static DropOutcome rejected(String file, String sha256, String kind, String field, String reason) {
    return new DropOutcome(file, sha256, kind, Status.rejected, 0, List.of(new Problem(file, 0, field, reason)), null);
  }

  /** True when the file gets an error report beside it: it was rejected, is a duplicate, or had bad records. */
  boolean reported() {
    return status != Status.done || !errors.isEmpty();
  }

  ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("file", file);
    o.put("sha256", sha256);
    o.put("kind", kind);
    o.put("status", status.name());
    o.put("accepted", accepted);
    o.put("rejected", errors.size());
    if (duplicateOf != null) {
      o.put("duplicateOf", duplicateOf);
    }
    ArrayNode list = o.putArray("errors");
    for (Problem p : errors) {
      ObjectNode e = list.addObject();
      e.put("line", p.line());
      e.put("field", p.field());
      e.put("reason", p.reason());
    }
    return o;
  }

  static DropOutcome fromJson(JsonNode o) {
    List<Problem> errors = new ArrayList<>();
    for (JsonNode e : o.path("errors")) {
      errors.add(new Problem(o.get("file").asText(), e.get("line").asLong(), e.hasNonNull("field") ? e.get("field").asText() : null,
          e.get("reason").asText()));
    }
    return new DropOutcome(o.get("file").asText(), o.hasNonNull("sha256") ? o.get("sha256").asText() : null, o.get("kind").asText(),
        Status.valueOf(o.get("status").asText()), o.get("accepted").asInt(), errors,
        o.hasNonNull("duplicateOf") ? o.get("duplicateOf").asText() : null);
  }
}
