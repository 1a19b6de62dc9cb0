package org.eligo.patient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.extract.TherapyCourse;

/**
 * {@link PatientRecord} ⇄ the JSON line of {@code eligo extract} (FORMATS.md). The same shape is
 * stored in the index, so a record read back is the record written.
 */
public final class RecordJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RecordJson() {}

  public static ObjectNode write(PatientRecord r) {
    ObjectNode o = F.objectNode();
    o.put("patientId", r.patientId());
    ArrayNode facts = o.putArray("facts");
    for (Fact f : r.facts()) {
      facts.add(fact(f));
    }
    o.put("noteCount", r.noteCount());
    putNullable(o, "asOf", r.asOf() == null ? null : r.asOf().toString());
    if (r.priorLines() == null) {
      o.putNull("priorLines");
    } else {
      o.put("priorLines", r.priorLines());
    }
    o.set("priorLinesEvidence", evidence(r.priorLinesEvidence()));
    return o;
  }

  public static ObjectNode fact(Fact f) {
    ObjectNode o = F.objectNode();
    o.put("type", f.finding().type().name());
    if (f.finding() instanceof Finding.Variant v) {
      o.put("gene", v.gene());
      putNullable(o, "variant", v.variant());
      putNullable(o, "hgvs", v.hgvs());
      putNullable(o, "partner", v.partner());
      if (v.vaf() != null) {
        o.put("vaf", v.vaf());
      }
      putNullable(o, "significance", v.significance());
      putNullable(o, "origin", v.origin());
    } else if (f.finding() instanceof Finding.Biomarker b) {
      o.put("name", b.name());
      if (b.value() != null) {
        o.put("value", b.value());
      } else {
        o.putNull("value");
      }
      putNullable(o, "category", b.category());
      putNullable(o, "unit", b.unit());
      putNullable(o, "assay", b.assay());
    } else if (f.finding() instanceof Finding.PerformanceStatus p) {
      o.put("scale", p.scale());
      o.put("value", p.value());
    } else if (f.finding() instanceof Finding.Diagnosis d) {
      putNullable(o, "cancer", d.cancer());
      putNullable(o, "histology", d.histology());
      putNullable(o, "stage", d.stage());
    } else if (f.finding() instanceof Finding.Metastasis m) {
      o.put("site", m.site());
      o.put("status", m.status().name());
    } else if (f.finding() instanceof Finding.Therapy t) {
      putNullable(o, "drug", t.drug());
      putNullable(o, "drugClass", t.classes().isEmpty() ? null : t.classes().get(0));
      ArrayNode cl = o.putArray("drugClasses");
      t.classes().forEach(cl::add);
      o.put("category", t.category());
      putNullable(o, "setting", t.setting());
      TherapyCourse c = t.course();
      if (c.line() == null) {
        o.putNull("line");
      } else {
        o.put("line", c.line());
      }
      putNullable(o, "startDate", c.startDate());
      putNullable(o, "endDate", c.endDate());
      putNullable(o, "response", c.response() == null ? null : c.response().name());
    } else if (f.finding() instanceof Finding.Lab l) {
      o.put("analyte", l.analyte());
      o.put("value", l.value());
      putNullable(o, "unit", l.unit());
      if (l.uln() != null) {
        o.put("uln", l.uln());
      }
    } else if (f.finding() instanceof Finding.Condition c) {
      o.put("name", c.name());
      putNullable(o, "group", c.group());
    } else if (f.finding() instanceof Finding.Demographic d) {
      if (d.age() != null) {
        o.put("age", d.age());
      } else {
        o.put("sex", d.sex());
      }
    }
    o.put("assertion", f.assertion().name());
    o.put("current", f.current());
    putNullable(o, "date", f.date() == null ? null : f.date().toString());
    if (f.conflict()) {
      o.put("conflict", true);
    }
    if (f.structured()) {
      o.put("source", "structured");
    }
    o.set("evidence", evidence(f.evidence()));
    return o;
  }

  public static ArrayNode evidence(List<Evidence> list) {
    ArrayNode a = F.arrayNode();
    for (Evidence e : list) {
      ObjectNode x = a.addObject();
      if (e.noteId() != null) {
        x.put("noteId", e.noteId());
        x.put("start", e.span().start());
        x.put("end", e.span().end());
      } else {
        x.put("source", e.source());
      }
      x.put("text", e.text());
      x.put("rule", e.ruleId());
    }
    return a;
  }

  public static PatientRecord read(JsonNode o) {
    List<Fact> facts = new ArrayList<>();
    for (JsonNode f : o.get("facts")) {
      facts.add(readFact(f));
    }
    JsonNode lines = o.get("priorLines");
    return new PatientRecord(o.get("patientId").asText(), facts, o.path("noteCount").asInt(0),
        date(o.get("asOf")), lines == null || lines.isNull() ? null : lines.asInt(),
        readEvidence(o.get("priorLinesEvidence")));
  }

  static Fact readFact(JsonNode o) {
    Finding finding = switch (o.get("type").asText()) {
      case "VARIANT" -> new Finding.Variant(o.get("gene").asText(), str(o, "variant"), str(o, "hgvs"), str(o, "partner"),
          o.hasNonNull("vaf") ? o.get("vaf").asDouble() : null, str(o, "significance"), str(o, "origin"));
      case "BIOMARKER" -> new Finding.Biomarker(o.get("name").asText(),
          o.hasNonNull("value") ? o.get("value").asDouble() : null, str(o, "category"), str(o, "unit"), str(o, "assay"));
      case "PERFORMANCE_STATUS" -> new Finding.PerformanceStatus(o.get("scale").asText(), o.get("value").asInt());
      case "DIAGNOSIS" -> new Finding.Diagnosis(str(o, "cancer"), str(o, "histology"), str(o, "stage"));
      case "METASTASIS" -> new Finding.Metastasis(o.get("site").asText(), MetStatus.valueOf(o.get("status").asText()));
      case "THERAPY" -> {
        List<String> classes = new ArrayList<>();
        o.path("drugClasses").forEach(c -> classes.add(c.asText()));
        String response = str(o, "response");
        TherapyCourse course = new TherapyCourse(o.hasNonNull("line") ? o.get("line").asInt() : null, str(o, "startDate"),
            str(o, "endDate"), response == null ? null : TherapyCourse.Response.valueOf(response));
        yield new Finding.Therapy(str(o, "drug"), classes, o.get("category").asText(), str(o, "setting"), course);
      }
      case "LAB" -> new Finding.Lab(o.get("analyte").asText(), o.get("value").asDouble(), str(o, "unit"),
          o.hasNonNull("uln") ? o.get("uln").asDouble() : null);
      case "CONDITION" -> new Finding.Condition(o.get("name").asText(), str(o, "group"));
      case "DEMOGRAPHIC" -> o.hasNonNull("age") ? new Finding.Demographic(o.get("age").asInt(), null)
          : new Finding.Demographic(null, o.get("sex").asText());
      default -> throw new IllegalArgumentException("unknown fact type " + o.get("type").asText());
    };
    return new Fact(finding, Assertion.valueOf(o.get("assertion").asText()), o.path("current").asBoolean(true),
        date(o.get("date")), readEvidence(o.get("evidence")), o.path("conflict").asBoolean(false),
        "structured".equals(str(o, "source")));
  }

  static List<Evidence> readEvidence(JsonNode a) {
    List<Evidence> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    for (JsonNode e : a) {
      String rule = e.path("rule").asText("unknown");
      if (e.hasNonNull("noteId")) {
        out.add(Evidence.ofNote(e.get("noteId").asText(), new CharSpan(e.get("start").asInt(), e.get("end").asInt()),
            e.get("text").asText(), rule));
      } else {
        out.add(new Evidence(null, null, e.get("text").asText(), rule, e.get("source").asText()));
      }
    }
    return out;
  }

  private static String str(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(JsonNode v) {
    return v == null || v.isNull() ? null : LocalDate.parse(v.asText());
  }

  private static void putNullable(ObjectNode o, String field, String value) {
    if (value == null) {
      o.putNull(field);
    } else {
      o.put(field, value);
    }
  }
}
