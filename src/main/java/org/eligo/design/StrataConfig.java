package org.eligo.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A trial's stratification config (docs/FORMATS.md, "Stratification config"): its factors and,
 * optionally, how to randomise. Every error names the file and the field.
 */
public record StrataConfig(String trialId, List<Factor> factors, Minimiser.Settings randomisation) {
  public StrataConfig {
    factors = List.copyOf(factors);
  }

  /**
   * One factor: a numeric source cut into levels (value below {@code cuts[0]} is {@code labels[0]},
   * from {@code cuts[i-1]} to below {@code cuts[i]} is {@code labels[i]}), or a category source
   * mapped through {@code levels} (lower-case value → level; unmapped values take {@code other}, or
   * stay unknown without it; no map means the value itself is the level).
   */
  public record Factor(String name, FactorSource source, List<Double> cuts, List<String> labels, Map<String, String> levels, String other) {
    public Factor {
      cuts = List.copyOf(cuts);
      labels = List.copyOf(labels);
      levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static StrataConfig parse(String text, String file) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": a JSON object expected");
    }
    String trialId = root.hasNonNull("trialId") ? root.get("trialId").asText() : null;
    JsonNode fs = root.get("factors");
    if (fs == null || !fs.isArray() || fs.isEmpty()) {
      throw new IllegalArgumentException(file + ": field factors: a non-empty array expected");
    }
    List<Factor> factors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < fs.size(); i++) {
      Factor f = factor(fs.get(i), file + ": field factors[" + i + "]");
      if (!names.add(f.name())) {
        throw new IllegalArgumentException(file + ": field factors[" + i + "].name: factor " + f.name() + " given twice");
      }
      factors.add(f);
    }
    JsonNode r = root.get("randomisation");
    Minimiser.Settings settings = r == null || r.isNull() ? null : randomisation(r, factors, file + ": field randomisation");
    return new StrataConfig(trialId, factors, settings);
  }

  private static Factor factor(JsonNode n, String where) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + ": an object expected");
    }
    String name = n.path("name").asText("");
    if (name.isBlank()) {
      throw new IllegalArgumentException(where + ".name: missing");
    }
    String key = n.path("source").asText("");
    FactorSource source = FactorSource.byKey(key).orElseThrow(() -> new IllegalArgumentException(
        where + ".source: unknown factor source '" + key + "' (known: " + String.join(", ", FactorSource.keys()) + ")"));
    List<Double> cuts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Map<String, String> levels = new LinkedHashMap<>();
    String other = n.hasNonNull("other") ? n.get("other").asText() : null;
    if (source.numeric()) {
      JsonNode c = n.get("cuts");
      JsonNode l = n.get("labels");
      if (c == null || !c.isArray() || c.isEmpty() || l == null || !l.isArray()) {
        throw new IllegalArgumentException(where + ".cuts: a numeric source needs cuts (ascending numbers) and labels (one more than cuts)");
      }
      for (JsonNode x : c) {
        if (!x.isNumber() || (!cuts.isEmpty() && x.asDouble() <= cuts.get(cuts.size() - 1))) {
          throw new IllegalArgumentException(where + ".cuts: ascending numbers expected, got " + c);
        }
        cuts.add(x.asDouble());
      }
      l.forEach(x -> labels.add(x.asText()));
      if (labels.size() != cuts.size() + 1 || labels.stream().anyMatch(String::isBlank) || new HashSet<>(labels).size() != labels.size()) {
        throw new IllegalArgumentException(where + ".labels: " + (cuts.size() + 1) + " distinct non-blank labels expected for " + cuts.size() + " cuts");
      }
    } else {
      JsonNode lv = n.get("levels");
      if (lv != null && !lv.isNull()) {
        if (!lv.isObject()) {
          throw new IllegalArgumentException(where + ".levels: an object (value → level) expected");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = lv.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          levels.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
        }
      }
    }
    return new Factor(name, source, cuts, labels, levels, other);
  }

  private static Minimiser.Settings randomisation(JsonNode r, List<Factor> factors, String where) {
    List<String> arms = new ArrayList<>();
    r.path("arms").forEach(a -> arms.add(a.asText()));
    Map<String, Double> weights = new LinkedHashMap<>();
    JsonNode w = r.get("weights");
    if (w != null && w.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (factors.stream().noneMatch(f -> f.name().equals(e.getKey()))) {
          throw new IllegalArgumentException(where + ".weights." + e.getKey() + ": unknown factor (factors: "
              + String.join(", ", factors.stream().map(Factor::name).toList()) + ")");
        }
        weights.put(e.getKey(), e.getValue().asDouble());
      }
    }
    String imb = r.path("imbalance").asText("range");
    Minimiser.Imbalance imbalance;
    try {
      imbalance = Minimiser.Imbalance.valueOf(imb.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ".imbalance: range or variance expected, got '" + imb + "'");
    }
    if (!r.path("seed").canConvertToLong() || !r.path("seed").isIntegralNumber()) {
      throw new IllegalArgumentException(where + ".seed: an integer is required");
    }
    List<Minimiser.Factor> mf = factors.stream().map(f -> new Minimiser.Factor(f.name(), weights.getOrDefault(f.name(), 1.0))).toList();
    try {
      return new Minimiser.Settings(arms, mf, r.path("p").asDouble(0.8), imbalance, r.get("seed").asLong());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }
}
