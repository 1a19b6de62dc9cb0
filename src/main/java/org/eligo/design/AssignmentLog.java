package org.eligo.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minimiser's assignment log (JSON lines): a first line with the settings
 * ({@code "type":"settings"}: arms, factors and weights, p, imbalance, seed), then one line per
 * assignment in order ({@code "type":"assignment"}: seq, patientId, levels, scores, arm, draw).
 * {@link #replay} recomputes every assignment from the settings alone and names the first line
 * that disagrees.
 */
public final class AssignmentLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AssignmentLog() {}

  public static ObjectNode settings(Minimiser.Settings s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", "settings");
    o.put("method", "pocock-simon");
    s.arms().forEach(o.putArray("arms")::add);
    var factors = o.putArray("factors");
    for (Minimiser.Factor f : s.factors()) {
      factors.addObject().put("name", f.name()).put("weight", f.weight());
    }
    o.put("p", s.p());
    o.put("imbalance", s.imbalance().name().toLowerCase(java.util.Locale.ROOT));
    o.put("seed", s.seed());
    return o;
  }

  public static ObjectNode line(Minimiser.Assignment a) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", "assignment");
    o.put("seq", a.sequence());
    o.put("patientId", a.patientId());
    ObjectNode levels = o.putObject("levels");
    a.levels().forEach(levels::put);
    ObjectNode scores = o.putObject("scores");
    a.scores().forEach(scores::put);
    o.put("arm", a.arm());
    if (a.draw() == null) {
      o.putNull("draw");
    } else {
      o.put("draw", a.draw());
    }
    return o;
  }

  /** What a replay found: how many assignments agreed, and the first disagreement (null when none). */
  public record Replay(int checked, String mismatch) {
    public boolean ok() {
      return mismatch == null;
    }
  }

  /** Recomputes every assignment of a log; {@code source} names the log in messages. Bad lines throw with their line number. */
  public static Replay replay(Reader in, String source) throws IOException {
    BufferedReader r = new BufferedReader(in);
    String first = r.readLine();
    if (first == null || first.isBlank()) {
      throw new IllegalArgumentException(source + ":1: empty log, settings line expected");
    }
    Minimiser m = new Minimiser(readSettings(parse(first, source, 1), source));
    int lineNo = 1;
    int checked = 0;
    String line;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = parse(line, source, lineNo);
      String where = source + ":" + lineNo;
      String patient = text(o, "patientId", where);
      Map<String, String> levels = new LinkedHashMap<>();
      JsonNode lv = o.get("levels");
      if (lv == null || !lv.isObject()) {
        throw new IllegalArgumentException(where + ": field levels missing or not an object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = lv.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        levels.put(e.getKey(), e.getValue().asText());
      }
      if (o.path("seq").asInt(-1) != checked + 1) {
        return new Replay(checked, where + ": seq " + o.path("seq") + ", expected " + (checked + 1));
      }
      Minimiser.Assignment a;
      try {
        a = m.assign(patient, levels);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": field levels: " + e.getMessage(), e);
      }
      String logged = text(o, "arm", where);
      if (!a.arm().equals(logged)) {
        return new Replay(checked, where + ": patient " + patient + " logged on arm " + logged + ", recomputed " + a.arm());
      }
      for (Map.Entry<String, Double> e : a.scores().entrySet()) {
        JsonNode s = o.path("scores").get(e.getKey());
        if (s == null || Math.abs(s.asDouble() - e.getValue()) > 1e-9) {
          return new Replay(checked, where + ": patient " + patient + " score of arm " + e.getKey() + " logged " + s + ", recomputed " + e.getValue());
        }
      }
      checked++;
    }
    return new Replay(checked, null);
  }

  static Minimiser.Settings readSettings(JsonNode o, String source) {
    String where = source + ":1";
    if (!"settings".equals(o.path("type").asText())) {
      throw new IllegalArgumentException(where + ": field type must be \"settings\"");
    }
    List<String> arms = new ArrayList<>();
    o.path("arms").forEach(a -> arms.add(a.asText()));
    List<Minimiser.Factor> factors = new ArrayList<>();
    o.path("factors").forEach(f -> factors.add(new Minimiser.Factor(f.path("name").asText(), f.path("weight").asDouble())));
    Minimiser.Imbalance imb;
    try {
      imb = Minimiser.Imbalance.valueOf(o.path("imbalance").asText().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": field imbalance must be range or variance, got " + o.path("imbalance"));
    }
    if (!o.path("seed").canConvertToLong() || !o.path("p").isNumber()) {
      throw new IllegalArgumentException(where + ": fields seed (integer) and p (number) are required");
    }
    try {
      return new Minimiser.Settings(arms, factors, o.path("p").asDouble(), imb, o.path("seed").asLong());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode parse(String line, String source, int lineNo) {
    try {
      JsonNode n = JSON.readTree(line);
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": not a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(source + ":" + lineNo + ": not valid JSON (column " + e.getLocation().getColumnNr() + ")");
    }
  }

  private static String text(JsonNode o, String field, String where) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": field " + field + " missing or not a string");
    }
    return v.asText();
  }
}
