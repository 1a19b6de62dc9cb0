package org.eligo.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CTML's leaf vocabulary, both ways: the {@code clinical} and {@code genomic} nodes of a
 * MatchMiner match tree and the eligo predicates they mean. A negated leaf carries {@code !}
 * before its first value ({@code hugo_symbol: "!EGFR"}, {@code gender: "!Female"}); a numeric
 * bound is negated by its strict opposite ({@code age_numerical: "<18"} is "not 18 or older").
 * A leaf with several values (two variants of a gene, an age range) becomes an {@code or} or
 * {@code and} of single-valued nodes.
 */
final class CtmlLeaves {
  static final String CLINICAL = "clinical";
  static final String GENOMIC = "genomic";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern BOUND = Pattern.compile("^(>=|<=|>|<|=)?\\s*(\\d+(?:\\.\\d+)?)$");
  private static final Pattern PROTEIN = Pattern.compile("^[A-Z]\\d{1,4}(?:[A-Z*]|fs)$");
  private static final Pattern CODON = Pattern.compile("^[A-Z]\\d{1,4}$");
  private static final Pattern EXON_EVENT = Pattern.compile("^exon (\\d{1,2}) (deletion|insertion)$");
  private static final String AMPLIFICATION = "High level amplification";
  private static final String DELETION = "Homozygous deletion";
  private static final Map<String, String> STATUS_KEYS = Map.of("HER2", "her2_status", "ER", "er_status", "PR", "pr_status");
  private static final Map<String, List<String>> DISEASE_STATUS =
      Map.of("IV", List.of("Metastatic"), "IIIB", List.of("Locally Advanced", "Metastatic"));

  /** Why a predicate has no CTML form; the message is the reason the export gives. */
  static final class Inexpressible extends RuntimeException {
    Inexpressible(String reason) {
      super(reason);
    }
  }

  private final OncoTree oncoTree;

  CtmlLeaves(OncoTree oncoTree) {
    this.oncoTree = oncoTree;
  }

  // ---- eligo → CTML

  /** The node for a leaf predicate (not AllOf, AnyOf or Not), negated when asked. */
  JsonNode write(Predicate leaf, boolean negated) {
    if (leaf instanceof Predicate.Age a) {
      List<JsonNode> nodes = new ArrayList<>();
      if (a.min() != null) {
        nodes.add(leaf(CLINICAL, "age_numerical", (negated ? "<" : ">=") + a.min()));
      }
      if (a.max() != null) {
        nodes.add(leaf(CLINICAL, "age_numerical", (negated ? ">" : "<=") + a.max()));
      }
      return join(negated ? "or" : "and", nodes);
    }
    if (leaf instanceof Predicate.Sex s) {
      return leaf(CLINICAL, "gender", not(negated) + (s.sex().equals("female") ? "Female" : "Male"));
    }
    if (leaf instanceof Predicate.Diagnosis d) {
      return diagnosis(d, negated);
    }
    if (leaf instanceof Predicate.Stage s) {
      List<String> values = DISEASE_STATUS.get(s.minStage());
      if (values == null) {
        throw new Inexpressible("CTML's disease_status has no value for stage " + s.minStage() + " or later");
      }
      if (negated) {
        throw new Inexpressible("CTML cannot negate disease_status");
      }
      ArrayNode list = JSON.arrayNode();
      values.forEach(list::add);
      return wrap(CLINICAL, JSON.objectNode().set("disease_status", list));
    }
    if (leaf instanceof Predicate.Variant v) {
      return variant(v, negated);
    }
    if (leaf instanceof Predicate.Biomarker b) {
      return biomarker(b, negated);
    }
    if (leaf instanceof Predicate.DiseaseSetting || leaf instanceof Predicate.NotCurable) {
      throw new Inexpressible("CTML has no key for the disease setting");
    }
    if (leaf instanceof Predicate.Lesion || leaf instanceof Predicate.TumourSite) {
      throw new Inexpressible("CTML has no key for lesions or where the tumour lies");
    }
    if (leaf instanceof Predicate.CurrentTherapy) {
      throw new Inexpressible("CTML has no key for current therapy");
    }
    throw new Inexpressible(switch (leaf.category()) {
      case "PERFORMANCE_STATUS" -> "CTML has no key for performance status";
      case "METASTASIS" -> "CTML has no key for metastases";
      case "THERAPY" -> "CTML has no key for prior therapy";
      case "CONDITION" -> "CTML has no key for other conditions";
      case "MEASUREMENT" -> "CTML has no key for cardiac, pulmonary or imaging measurements";
      case "HYPERSENSITIVITY" -> "CTML has no key for allergies";
      case "ADMINISTRATIVE" -> "confirmed at the screening visit; CTML has no key for it";
      default -> "CTML has no key for " + leaf.category().toLowerCase(Locale.ROOT).replace('_', ' ');
    });
  }

  private JsonNode diagnosis(Predicate.Diagnosis d, boolean negated) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String cancer : new TreeSet<>(d.cancers())) {
      List<String> histologies = d.histologies().isEmpty() ? Collections.singletonList(null) : new ArrayList<>(new TreeSet<>(d.histologies()));
      for (String histology : histologies) {
        String name = oncoTree.name(cancer, histology).orElseThrow(() -> new Inexpressible(
            "lexicons/oncotree.tsv has no OncoTree node for " + cancer + (histology == null ? "" : " " + histology)));
        nodes.add(leaf(CLINICAL, "oncotree_primary_diagnosis", not(negated) + name));
      }
    }
    return join(negated ? "and" : "or", nodes);
  }

  private static JsonNode variant(Predicate.Variant v, boolean negated) {
    String gene = not(negated) + v.gene();
    if (v.variants().isEmpty()) {
      ObjectNode o = JSON.objectNode().put("hugo_symbol", gene).put("variant_category", "Any Variation");
      return wrap(GENOMIC, o);
    }
    List<JsonNode> nodes = new ArrayList<>();
    for (String form : new TreeSet<>(v.variants())) {
      ObjectNode o = JSON.objectNode().put("hugo_symbol", gene);
      Matcher exon = EXON_EVENT.matcher(form);
      if (PROTEIN.matcher(form).matches()) {
        o.put("protein_change", "p." + form).put("variant_category", "Mutation");
      } else if (CODON.matcher(form).matches()) {
        o.put("wildcard_protein_change", "p." + form).put("variant_category", "Mutation");
      } else if (exon.matches()) {
        o.put("variant_category", "Mutation")
            .put("variant_classification", exon.group(2).equals("deletion") ? "In_Frame_Del" : "In_Frame_Ins")
            .put("exon", Integer.parseInt(exon.group(1)));
      } else if (form.equals("fusion")) {
        o.put("variant_category", "Structural Variation");
      } else if (form.equals("amplification") || form.equals("loss")) {
        o.put("variant_category", "Copy Number Variation").put("cnv_call", form.equals("loss") ? DELETION : AMPLIFICATION);
      } else {
        throw new Inexpressible("CTML has no form for the variant '" + form + "' of " + v.gene());
      }
      nodes.add(wrap(GENOMIC, o));
    }
    return join(negated ? "and" : "or", nodes);
  }

  private static JsonNode biomarker(Predicate.Biomarker b, boolean negated) {
    boolean numeric = b.min() != null || b.max() != null;
    String status = b.status();
    if (STATUS_KEYS.containsKey(b.name()) && !numeric && ("positive".equals(status) || "negative".equals(status))) {
      return leaf(CLINICAL, STATUS_KEYS.get(b.name()), not(negated) + (status.equals("positive") ? "Positive" : "Negative"));
    }
    if (b.name().equals("MSI") && !numeric && ("MSI-H".equals(status) || "MSS".equals(status))) {
      return leaf(GENOMIC, "ms_status", not(negated) + status);
    }
    if (b.name().equals("MMR") && !numeric && ("dMMR".equals(status) || "pMMR".equals(status))) {
      return leaf(GENOMIC, "mmr_status", not(negated) + (status.equals("dMMR") ? "MMR-Deficient" : "MMR-Proficient"));
    }
    if (b.name().equals("TMB") && status == null) {
      List<JsonNode> nodes = new ArrayList<>();
      if (b.min() != null) {
        nodes.add(leaf(CLINICAL, "tmb_numerical", (negated ? "<" : ">=") + number(b.min())));
      }
      if (b.max() != null) {
        nodes.add(leaf(CLINICAL, "tmb_numerical", (negated ? ">" : "<=") + number(b.max())));
      }
      return join(negated ? "or" : "and", nodes);
    }
    throw new Inexpressible("CTML has no key for " + b.name() + (status == null ? " values" : " " + status));
  }

  private static String not(boolean negated) {
    return negated ? "!" : "";
  }

  private static String number(double d) {
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static JsonNode leaf(String section, String key, String value) {
    return wrap(section, JSON.objectNode().put(key, value));
  }

  private static JsonNode wrap(String section, JsonNode fields) {
    return JSON.objectNode().set(section, fields);
  }

  private static JsonNode join(String op, List<JsonNode> nodes) {
    if (nodes.size() == 1) {
      return nodes.get(0);
    }
    ArrayNode list = JSON.arrayNode();
    nodes.forEach(list::add);
    return JSON.objectNode().set(op, list);
  }

  // ---- CTML → eligo

  /** The predicate of a {@code clinical} node: one per key, all of them when there are several. */
  Predicate clinical(JsonNode fields, String path) {
    if (!fields.isObject() || fields.isEmpty()) {
      throw new CtmlException(path, "expected an object of clinical keys", true);
    }
    List<Predicate> parts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      parts.add(clinicalKey(e.getKey(), e.getValue(), path + "." + e.getKey()));
    }
    return parts.size() == 1 ? parts.get(0) : new Predicate.AllOf(parts);
  }

  private Predicate clinicalKey(String key, JsonNode value, String path) {
    switch (key) {
      case "age_numerical" -> {
        return bound(text(value, path), path, (min, max) -> new Predicate.Age(whole(min, path), whole(max, path)));
      }
      case "tmb_numerical" -> {
        return tmb(value, path);
      }
      case "gender" -> {
        Value v = value(value, path);
        String sex = v.text.toLowerCase(Locale.ROOT);
        if (!sex.equals("female") && !sex.equals("male")) {
          throw new CtmlException(path, "expected Female or Male, got '" + v.text + "'", true);
        }
        return v.negate(new Predicate.Sex(sex));
      }
      case "oncotree_primary_diagnosis" -> {
        Value v = value(value, path);
        OncoTree.Diagnosis d = oncoTree.diagnosis(v.text).orElseThrow(() -> new CtmlException(path,
            "OncoTree diagnosis '" + v.text + "' has no eligo cancer code in lexicons/oncotree.tsv", false));
        return v.negate(new Predicate.Diagnosis(Set.of(d.cancer()), d.histology() == null ? Set.of() : Set.of(d.histology())));
      }
      case "her2_status", "er_status", "pr_status" -> {
        Value v = value(value, path);
        if (v.text.equals("Unknown")) {
          throw new CtmlException(path, key + " 'Unknown' has no eligo predicate", false);
        }
        if (!v.text.equals("Positive") && !v.text.equals("Negative")) {
          throw new CtmlException(path, "expected Positive, Negative or Unknown, got '" + v.text + "'", true);
        }
        String name = key.substring(0, key.indexOf('_')).toUpperCase(Locale.ROOT);
        return v.negate(new Predicate.Biomarker(name, null, null, v.text.toLowerCase(Locale.ROOT)));
      }
      case "disease_status" -> {
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
          value.forEach(item -> values.add(text(item, path)));
        } else {
          values.add(text(value, path));
        }
        for (Map.Entry<String, List<String>> e : DISEASE_STATUS.entrySet()) {
          if (Set.copyOf(e.getValue()).equals(Set.copyOf(values))) {
            return new Predicate.Stage(e.getKey());
          }
        }
        throw new CtmlException(path, "disease_status " + values + " has no eligo stage", false);
      }
      default -> throw new CtmlException(path, "CTML key '" + key + "' has no eligo predicate", false);
    }
  }

  /** The predicate of a {@code genomic} node. */
  Predicate genomic(JsonNode node, String path) {
    if (!node.isObject() || node.isEmpty()) {
      throw new CtmlException(path, "expected an object of genomic keys", true);
    }
    Map<String, JsonNode> f = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue()));
    f.remove("display_name");
    JsonNode symbol = f.remove("hugo_symbol");
    if (symbol == null) {
      return geneless(f, path);
    }
    Value gene = value(symbol, path + ".hugo_symbol");
    Value category = f.containsKey("variant_category") ? value(f.remove("variant_category"), path + ".variant_category") : null;
    boolean negated = gene.negated || (category != null && category.negated);
    String cat = category == null ? null : category.text;
    String form = variantForm(f, cat, path);
    if (!f.isEmpty()) {
      String key = f.keySet().iterator().next();
      throw new CtmlException(path + "." + key, "CTML key '" + key + "' has no eligo predicate", false);
    }
    Predicate v = new Predicate.Variant(gene.text, form == null ? Set.of() : Set.of(form));
    return negated ? new Predicate.Not(v) : v;
  }

  /** The eligo short form the specific keys name (removing them from {@code f}), or null for any alteration. */
  private static String variantForm(Map<String, JsonNode> f, String category, String path) {
    if (f.containsKey("protein_change") || f.containsKey("wildcard_protein_change")) {
      boolean wildcard = !f.containsKey("protein_change");
      String key = wildcard ? "wildcard_protein_change" : "protein_change";
      String change = text(f.remove(key), path + "." + key).replaceFirst("^p\\.", "");
      if (!(wildcard ? CODON : PROTEIN).matcher(change).matches()) {
        throw new CtmlException(path + "." + key, "'" + change + "' is not a protein change eligo reads", false);
      }
      requireCategory(category, "Mutation", path);
      return change;
    }
    if (f.containsKey("variant_classification")) {
      String vc = text(f.remove("variant_classification"), path + ".variant_classification");
      JsonNode exon = f.remove("exon");
      if (!vc.equals("In_Frame_Del") && !vc.equals("In_Frame_Ins") || exon == null) {
        throw new CtmlException(path + ".variant_classification",
            "variant_classification '" + vc + "'" + (exon == null ? " without an exon" : "") + " has no eligo variant form", false);
      }
      if (!exon.canConvertToInt()) {
        throw new CtmlException(path + ".exon", "expected an exon number, got " + exon, true);
      }
      requireCategory(category, "Mutation", path);
      return "exon " + exon.asInt() + (vc.equals("In_Frame_Del") ? " deletion" : " insertion");
    }
    if (f.containsKey("cnv_call")) {
      String call = text(f.remove("cnv_call"), path + ".cnv_call").toLowerCase(Locale.ROOT);
      requireCategory(category, "Copy Number Variation", path);
      if (call.equals(AMPLIFICATION.toLowerCase(Locale.ROOT)) || call.equals("high amplification")) {
        return "amplification";
      }
      if (call.equals(DELETION.toLowerCase(Locale.ROOT))) {
        return "loss";
      }
      throw new CtmlException(path + ".cnv_call", "cnv_call '" + call + "' has no eligo variant form", false);
    }
    if (category == null || category.equals("Any Variation")) {
      return null;
    }
    if (category.equals("Structural Variation")) {
      return "fusion";
    }
    if (category.equals("Mutation") || category.equals("Copy Number Variation")) {
      throw new CtmlException(path + ".variant_category", "variant_category '" + category
          + "' without a protein change, exon or cnv_call: eligo reads any alteration of a gene, not one category of it", false);
    }
    throw new CtmlException(path + ".variant_category", "unknown variant_category '" + category + "'", true);
  }

  private static void requireCategory(String category, String expected, String path) {
    if (category != null && !category.equals(expected)) {
      throw new CtmlException(path + ".variant_category", "expected " + expected + " here, got '" + category + "'", true);
    }
  }

  private static Predicate geneless(Map<String, JsonNode> f, String path) {
    if (f.size() != 1) {
      throw new CtmlException(path, "a genomic node needs hugo_symbol, or exactly one of mmr_status, ms_status, tmb_numerical", true);
    }
    Map.Entry<String, JsonNode> e = f.entrySet().iterator().next();
    String p = path + "." + e.getKey();
    switch (e.getKey()) {
      case "mmr_status" -> {
        Value v = value(e.getValue(), p);
        String status = switch (v.text) {
          case "MMR-Deficient" -> "dMMR";
          case "MMR-Proficient" -> "pMMR";
          default -> throw new CtmlException(p, "expected MMR-Deficient or MMR-Proficient, got '" + v.text + "'", true);
        };
        return v.negate(new Predicate.Biomarker("MMR", null, null, status));
      }
      case "ms_status" -> {
        Value v = value(e.getValue(), p);
        if (v.text.equals("MSI-L")) {
          throw new CtmlException(p, "ms_status 'MSI-L' has no eligo predicate", false);
        }
        if (!v.text.equals("MSI-H") && !v.text.equals("MSS")) {
          throw new CtmlException(p, "expected MSI-H, MSI-L or MSS, got '" + v.text + "'", true);
        }
        return v.negate(new Predicate.Biomarker("MSI", null, null, v.text));
      }
      case "tmb_numerical" -> {
        return tmb(e.getValue(), p);
      }
      default -> throw new CtmlException(p, "CTML key '" + e.getKey() + "' has no eligo predicate", false);
    }
  }

  private static Predicate tmb(JsonNode value, String path) {
    return bound(text(value, path), path, (min, max) -> new Predicate.Biomarker("TMB", min, max, null));
  }

  private interface Bounded {
    Predicate of(Double min, Double max);
  }

  /** ">=N", "<=N" and "=N" are inclusive bounds; "<N" and ">N" are the negations of ">=N" and "<=N". */
  private static Predicate bound(String text, String path, Bounded make) {
    Matcher m = BOUND.matcher(text.trim());
    if (!m.matches()) {
      throw new CtmlException(path, "expected a comparison such as '>=18', got '" + text + "'", true);
    }
    double n = Double.parseDouble(m.group(2));
    String op = m.group(1) == null ? "=" : m.group(1);
    return switch (op) {
      case ">=" -> make.of(n, null);
      case "<=" -> make.of(null, n);
      case "<" -> new Predicate.Not(make.of(n, null));
      case ">" -> new Predicate.Not(make.of(null, n));
      default -> make.of(n, n);
    };
  }

  private static Integer whole(Double d, String path) {
    if (d == null) {
      return null;
    }
    if (d != Math.rint(d)) {
      throw new CtmlException(path, "ages are whole years, got " + d, true);
    }
    return d.intValue();
  }

  /** A string value with its {@code !} removed. */
  private record Value(String text, boolean negated) {
    Predicate negate(Predicate p) {
      return negated ? new Predicate.Not(p) : p;
    }
  }

  private static Value value(JsonNode node, String path) {
    String t = text(node, path);
    boolean negated = t.startsWith("!");
    String rest = negated ? t.substring(1).trim() : t;
    if (rest.isEmpty()) {
      throw new CtmlException(path, "empty value", true);
    }
    return new Value(rest, negated);
  }

  private static String text(JsonNode node, String path) {
    if (node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()) {
      throw new CtmlException(path, "expected a text value", true);
    }
    return node.asText().trim();
  }
}
