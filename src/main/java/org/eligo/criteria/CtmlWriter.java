package org.eligo.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A trial as a CTML document, MatchMiner's trial format: one step with one arm whose {@code
 * match} is an {@code and} with one child per criterion that CTML can express (an exclusion
 * is written negated, since the tree says what a matching patient has). Beside it, {@code
 * eligo_match_criteria} names the criterion behind each child, in order, and {@code
 * eligo_criteria} keeps every other criterion with its predicate and the reason CTML cannot
 * express it, so that reading the file back loses nothing. Thread-safe.
 */
public final class CtmlWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final CtmlLeaves leaves = new CtmlLeaves(new OncoTree());

  public ObjectNode write(Trial trial) {
    ArrayNode tree = JSON.arrayNode();
    ArrayNode matched = JSON.arrayNode();
    ArrayNode kept = JSON.arrayNode();
    for (Criterion c : trial.criteria()) {
      if (!c.computable()) {
        kept.add(kept(c, c.reason()));
        continue;
      }
      try {
        Predicate target = c.kind() == Criterion.Kind.INCLUSION ? c.predicate() : Negation.of(c.predicate());
        tree.add(node(target));
        matched.add(identity(c));
      } catch (CtmlLeaves.Inexpressible e) {
        kept.add(kept(c, e.getMessage()));
      }
    }
    ObjectNode arm = JSON.objectNode()
        .put("arm_code", "1")
        .put("arm_description", "all participants")
        .put("arm_internal_id", 1)
        .put("arm_suspended", "N");
    arm.putArray("match").addObject().set("and", tree);
    ObjectNode step = JSON.objectNode().put("step_code", "1").put("step_internal_id", 1);
    step.putArray("arm").add(arm);
    ObjectNode doc = JSON.objectNode()
        .put("nct_id", trial.id())
        .put("protocol_no", trial.id())
        .put("long_title", trial.title());
    doc.putObject("treatment_list").putArray("step").add(step);
    trial.conditions().forEach(doc.putArray("eligo_conditions")::add);
    doc.set("eligo_match_criteria", matched);
    doc.set("eligo_criteria", kept);
    return doc;
  }

  /** The match-tree node of a predicate; a Not above a composite is pushed down to the leaves. */
  private JsonNode node(Predicate p) {
    if (p instanceof Predicate.AllOf all) {
      return composite("and", all.parts());
    }
    if (p instanceof Predicate.AnyOf any) {
      return composite("or", any.parts());
    }
    if (p instanceof Predicate.Not not) {
      Predicate inner = not.part();
      boolean composite = inner instanceof Predicate.AllOf || inner instanceof Predicate.AnyOf || inner instanceof Predicate.Not;
      return composite ? node(Negation.of(inner)) : leaves.write(inner, true);
    }
    return leaves.write(p, false);
  }

  private JsonNode composite(String op, List<Predicate> parts) {
    ArrayNode list = JSON.arrayNode();
    parts.forEach(part -> list.add(node(part)));
    return JSON.objectNode().set(op, list);
  }

  /** Id, kind, text and, for a computable criterion, the note on what its predicate leaves out. */
  private static ObjectNode identity(Criterion c) {
    ObjectNode o = JSON.objectNode().put("id", c.id()).put("kind", c.kind().name()).put("text", c.text());
    if (c.computable() && c.reason() != null) {
      o.put("note", c.reason());
    }
    return o;
  }

  private static ObjectNode kept(Criterion c, String reason) {
    ObjectNode o = identity(c).put("category", c.category()).put("computable", c.computable());
    if (c.computable()) {
      o.set("predicate", PredicateCodec.encode(c.predicate()));
    } else if (c.required() != null) {
      o.set("required", PredicateCodec.encode(c.required()));
    }
    return o.put("reason", reason);
  }
}
