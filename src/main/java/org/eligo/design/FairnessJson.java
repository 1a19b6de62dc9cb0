package org.eligo.design;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON lines of {@code eligo fairness} (docs/FORMATS.md): exclusion, representation and relaxation lines. */
public final class FairnessJson {
  private FairnessJson() {}

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  public static List<ObjectNode> lines(String trialId, Fairness.Report r, List<Fairness.Relaxation> steps) {
    List<ObjectNode> out = new ArrayList<>();
    for (Fairness.Exclusion e : r.exclusions()) {
      ObjectNode o = head("exclusion", trialId);
      o.put("criterionId", e.criterion().id());
      o.put("kind", e.criterion().kind().name());
      o.put("dimension", e.dimension());
      ArrayNode groups = o.putArray("groups");
      for (Fairness.GroupRate g : e.groups()) {
        ObjectNode x = groups.addObject();
        x.put("group", g.group());
        x.put("n", g.n());
        x.put("excluded", g.excluded());
        x.put("rate", round(g.ci().proportion()));
        x.putArray("ci95").add(round(g.ci().lower())).add(round(g.ci().upper()));
      }
      if (e.selectionRatio() == null) {
        o.putNull("selectionRatio");
      } else {
        o.put("selectionRatio", round(e.selectionRatio()));
      }
      o.put("flagged", e.flagged());
      out.add(o);
    }
    for (Fairness.Representation p : r.representation()) {
      ObjectNode o = head("representation", trialId);
      o.put("dimension", p.dimension());
      o.put("population", p.population());
      o.put("eligible", p.eligible());
      o.put("eligibleOrUndetermined", p.eligibleOrUndetermined());
      ArrayNode groups = o.putArray("groups");
      for (Fairness.Share s : p.groups()) {
        groups.addObject().put("group", s.group()).put("population", s.population()).put("eligible", s.eligible())
            .put("eligibleOrUndetermined", s.eligibleOrUndetermined());
      }
      out.add(o);
    }
    List<Fairness.Relaxation> all = new ArrayList<>(r.relaxations());
    all.addAll(steps);
    for (Fairness.Relaxation x : all) {
      ObjectNode o = head("relaxation", trialId);
      o.put("criterionId", x.criterion().id());
      o.put("kind", x.criterion().kind().name());
      o.put("change", x.step() == null ? "without" : x.step());
      o.put("gainedEligible", x.gainedEligible());
      o.put("gainedNotIneligible", x.gainedNotIneligible());
      o.set("eligibleByGroup", byGroup(x.eligibleByGroup()));
      o.set("notIneligibleByGroup", byGroup(x.notIneligibleByGroup()));
      out.add(o);
    }
    return out;
  }

  private static ObjectNode byGroup(Map<String, Map<String, Integer>> m) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    m.forEach((d, groups) -> {
      ObjectNode g = o.putObject(d);
      groups.forEach(g::put);
    });
    return o;
  }

  private static ObjectNode head(String type, String trialId) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", type);
    o.put("trialId", trialId);
    return o;
  }
}
