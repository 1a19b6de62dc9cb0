package org.eligo.criteria;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eligo.core.Problems;

/**
 * Reads a CTML trial file ({@code .ctml.json}, {@code .ctml.yaml}, {@code .yaml}, {@code .yml})
 * into a {@link Trial}, the inverse of {@link CtmlWriter}.
 *
 * <p>The match trees are those of {@code treatment_list.step[].match}, {@code
 * .arm[].match} and {@code .dose_level[].match}. With {@code eligo_match_criteria} (a file
 * eligo wrote) each child of the one tree's top-level {@code and} is the criterion named there,
 * an exclusion read back by negating its child. Without it, each child is an inclusion {@code
 * M1, M2..} whose text is the node itself; several trees (arms) make one criterion {@code M1}
 * that any of them meets. {@code eligo_criteria} entries come back with their predicates.
 *
 * <p>A node eligo does not model (an unknown key, an OncoTree name without an eligo code)
 * makes its criterion not computable with a reason naming it. A file that breaks the format
 * is reported as a {@link org.eligo.core.Problem} naming file and field: bad YAML or JSON, no
 * {@code nct_id} or an {@code nct_id} already read skip the file; a malformed node or entry
 * leaves its criterion not computable (or, for an entry without id, out) and the trial goes on.
 */
final class CtmlReader {
  private static final List<String> SUFFIXES = List.of(".ctml.json", ".yaml", ".yml");

  private final ObjectMapper json = new ObjectMapper();
  private final YAMLMapper yaml = new YAMLMapper();
  private final CtmlLeaves leaves = new CtmlLeaves(new OncoTree());

  /** True for the file names read as CTML ({@code .ctml.yaml} ends in {@code .yaml}). */
  static boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return SUFFIXES.stream().anyMatch(name::endsWith);
  }

  void read(Path file, Problems problems, List<Trial> out, Map<String, String> seen) {
    String name = file.toString();
    JsonNode doc;
    try {
      doc = (file.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? json : yaml).readTree(file.toFile());
    } catch (JsonProcessingException e) {
      problems.add(name, line(e.getLocation()), null, "malformed CTML: " + oneLine(e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      problems.add(name, 0, null, "cannot read: " + e.getMessage());
      return;
    }
    if (doc == null || doc.isMissingNode() || !doc.isObject()) {
      problems.add(name, 0, null, "expected a CTML trial object");
      return;
    }
    JsonNode id = doc.get("nct_id");
    if (id == null || !id.isValueNode() || id.asText().isBlank()) {
      problems.add(name, 0, "nct_id", "missing; trial skipped");
      return;
    }
    String nctId = id.asText().trim();
    String first = seen.putIfAbsent(nctId, name);
    if (first != null) {
      problems.add(name, 0, "nct_id", nctId + " was already read from " + first + "; trial skipped");
      return;
    }
    Reading f = new Reading(name, nctId, problems);
    List<Criterion> criteria = new ArrayList<>(f.treeCriteria(doc));
    criteria.addAll(f.keptCriteria(doc.path("eligo_criteria")));
    if (criteria.isEmpty()) {
      problems.add(name, 0, "treatment_list", nctId + ": no match tree and no eligo_criteria; trial skipped");
      return;
    }
    criteria.sort(Comparator.comparing(CtmlReader::order));
    List<String> conditions = new ArrayList<>();
    doc.path("eligo_conditions").forEach(c -> conditions.add(c.asText()));
    out.add(new Trial(nctId, doc.path("long_title").asText(""), conditions, criteria, name));
  }

  /** Structured criteria first, then inclusions and exclusions by number, then the rest as read. */
  private static int order(Criterion c) {
    String id = c.id();
    if (id.startsWith("S-")) {
      return 0;
    }
    String digits = id.substring(1);
    if ((id.startsWith("I") || id.startsWith("E")) && !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 6) {
      return (id.startsWith("I") ? 1_000_000 : 2_000_000) + Integer.parseInt(digits);
    }
    return 3_000_000;
  }

  /** One file's reading, so that problems name the file and the trial. */
  private final class Reading {
    private final String name;
    private final String nctId;
    private final Problems problems;

    Reading(String name, String nctId, Problems problems) {
      this.name = name;
      this.nctId = nctId;
      this.problems = problems;
    }

    List<Criterion> treeCriteria(JsonNode doc) {
      List<JsonNode> trees = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      collectTrees(doc, trees, paths);
      JsonNode named = doc.get("eligo_match_criteria");
      if (named != null && !named.isArray()) {
        malformed("eligo_match_criteria", "expected a list");
        named = null;
      }
      List<Criterion> out = new ArrayList<>();
      if (trees.isEmpty()) {
        if (named != null && !named.isEmpty()) {
          malformed("treatment_list", "eligo_match_criteria names " + named.size() + " criteria but there is no match tree");
        }
        return out;
      }
      JsonNode tree = trees.get(0);
      String path = paths.get(0);
      if (trees.size() > 1) {
        ObjectNode any = JsonNodeFactory.instance.objectNode();
        trees.forEach(any.putArray("or")::add);
        tree = any;
        path = "treatment_list";
      }
      boolean topAnd = tree.size() == 1 && tree.path("and").isArray();
      List<JsonNode> children = new ArrayList<>();
      if (topAnd) {
        tree.get("and").forEach(children::add);
      } else {
        children.add(tree);
      }
      String childPath = topAnd ? path + ".and" : path;
      if (named != null && (trees.size() > 1 || !topAnd || named.size() != children.size())) {
        malformed("eligo_match_criteria", "names " + named.size() + " criteria but the match tree's top-level and has "
            + (topAnd && trees.size() == 1 ? children.size() + " children" : "none") + "; criteria numbered M1.. instead");
        named = null;
      }
      for (int i = 0; i < children.size(); i++) {
        String p = topAnd ? childPath + "[" + i + "]" : childPath;
        if (named == null) {
          out.add(criterion("M" + (i + 1), Criterion.Kind.INCLUSION, children.get(i).toString(), null, children.get(i), p));
          continue;
        }
        JsonNode entry = named.get(i);
        Identity who = identity(entry, "eligo_match_criteria[" + i + "]");
        if (who != null) {
          out.add(criterion(who.id, who.kind, who.text, text(entry.get("note")), children.get(i), p));
        }
      }
      return out;
    }

    private void collectTrees(JsonNode doc, List<JsonNode> trees, List<String> paths) {
      JsonNode list = doc.get("treatment_list");
      if (list == null) {
        return;
      }
      JsonNode steps = list.path("step");
      if (!steps.isArray()) {
        malformed("treatment_list.step", "expected a list of steps");
        return;
      }
      for (int s = 0; s < steps.size(); s++) {
        String sp = "treatment_list.step[" + s + "]";
        matches(steps.get(s), sp, trees, paths);
        JsonNode arms = steps.get(s).path("arm");
        for (int a = 0; a < arms.size(); a++) {
          String ap = sp + ".arm[" + a + "]";
          matches(arms.get(a), ap, trees, paths);
          JsonNode doses = arms.get(a).path("dose_level");
          for (int d = 0; d < doses.size(); d++) {
            matches(doses.get(d), ap + ".dose_level[" + d + "]", trees, paths);
          }
        }
      }
    }

    private void matches(JsonNode level, String path, List<JsonNode> trees, List<String> paths) {
      JsonNode match = level.get("match");
      if (match == null) {
        return;
      }
      if (!match.isArray()) {
        malformed(path + ".match", "expected a list holding one match tree");
        return;
      }
      for (int i = 0; i < match.size(); i++) {
        trees.add(match.get(i));
        paths.add(path + ".match[" + i + "]");
      }
    }

    private Criterion criterion(String id, Criterion.Kind kind, String text, String note, JsonNode node, String path) {
      try {
        Predicate literal = predicate(node, path);
        Predicate p = kind == Criterion.Kind.EXCLUSION ? Negation.of(literal) : literal;
        return new Criterion(id, kind, text, p, p.category(), note);
      } catch (CtmlException e) {
        if (e.malformed()) {
          malformed(e.field(), id + ": " + e.getMessage());
        }
        return Criterion.notComputable(id, kind, text, "OTHER", "not computable: " + e.getMessage());
      }
    }

    List<Criterion> keptCriteria(JsonNode kept) {
      List<Criterion> out = new ArrayList<>();
      if (kept.isMissingNode()) {
        return out;
      }
      if (!kept.isArray()) {
        malformed("eligo_criteria", "expected a list");
        return out;
      }
      for (int i = 0; i < kept.size(); i++) {
        String path = "eligo_criteria[" + i + "]";
        JsonNode entry = kept.get(i);
        Identity who = identity(entry, path);
        if (who == null) {
          continue;
        }
        String reason = text(entry.get("reason"));
        JsonNode predicate = entry.get("predicate");
        if (predicate == null) {
          String category = text(entry.get("category"));
          JsonNode required = entry.get("required");
          Predicate needed = null;
          try {
            needed = required == null ? null : PredicateCodec.decode(required, path + ".required");
          } catch (CtmlException e) {
            malformed(e.field(), who.id + ": " + e.getMessage());
          }
          out.add(Criterion.notComputable(who.id, who.kind, who.text, category == null ? "OTHER" : category,
              reason == null ? "not computable: no predicate in the CTML file" : reason, needed));
          continue;
        }
        try {
          Predicate p = PredicateCodec.decode(predicate, path + ".predicate");
          out.add(new Criterion(who.id, who.kind, who.text, p, p.category(), text(entry.get("note"))));
        } catch (CtmlException e) {
          malformed(e.field(), who.id + ": " + e.getMessage());
          out.add(Criterion.notComputable(who.id, who.kind, who.text, "OTHER", "not computable: " + e.getMessage()));
        }
      }
      return out;
    }

    private Identity identity(JsonNode entry, String path) {
      String id = entry == null ? null : text(entry.get("id"));
      String kind = entry == null ? null : text(entry.get("kind"));
      String text = entry == null ? null : text(entry.get("text"));
      for (String[] field : new String[][] {{"id", id}, {"kind", kind}, {"text", text}}) {
        if (field[1] == null) {
          malformed(path + "." + field[0], "missing; criterion skipped");
          return null;
        }
      }
      if (!kind.equals("INCLUSION") && !kind.equals("EXCLUSION")) {
        malformed(path + ".kind", "expected INCLUSION or EXCLUSION, got '" + kind + "'; criterion skipped");
        return null;
      }
      return new Identity(id, Criterion.Kind.valueOf(kind), text);
    }

    private void malformed(String field, String reason) {
      problems.add(name, 0, field, nctId + ": " + reason);
    }
  }

  private record Identity(String id, Criterion.Kind kind, String text) {}

  /** The literal predicate of a match-tree node. */
  private Predicate predicate(JsonNode node, String path) {
    if (!node.isObject() || node.size() != 1) {
      throw new CtmlException(path, "expected a node with one key: and, or, clinical or genomic", true);
    }
    String key = node.fieldNames().next();
    JsonNode value = node.get(key);
    switch (key) {
      case "and", "or" -> {
        if (!value.isArray() || value.isEmpty()) {
          throw new CtmlException(path + "." + key, "expected a non-empty list of nodes", true);
        }
        List<Predicate> parts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
          parts.add(predicate(value.get(i), path + "." + key + "[" + i + "]"));
        }
        return CtmlFolds.join(key.equals("and"), parts);
      }
      case CtmlLeaves.CLINICAL -> {
        return leaves.clinical(value, path + ".clinical");
      }
      case CtmlLeaves.GENOMIC -> {
        return leaves.genomic(value, path + ".genomic");
      }
      default -> throw new CtmlException(path + "." + key, "CTML node '" + key + "' has no eligo predicate", false);
    }
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
  }

  /** A parser message on one line, without the indented lines where the YAML parser quotes the file. */
  private static String oneLine(String message) {
    return message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .collect(Collectors.joining("; "));
  }

  private static long line(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }
}
