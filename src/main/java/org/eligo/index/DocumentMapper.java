package org.eligo.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.eligo.core.Assertion;
import org.eligo.core.Note;
import org.eligo.eligibility.Evaluator;
import org.eligo.intake.FhirBundles;
import org.eligo.extract.Finding;
import org.eligo.lexicon.Cancers;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;
import org.eligo.patient.RecordBytes;

/** A patient record and its notes → one Lucene document (searchable fields, the record as compact doc values, the notes stored). */
final class DocumentMapper {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Cancers cancers;
  private final org.eligo.lexicon.Labs labs;
  private final Evaluator evaluator;

  DocumentMapper(Cancers cancers, org.eligo.lexicon.Labs labs, org.eligo.lexicon.Drugs drugs) {
    this.cancers = cancers;
    this.labs = labs;
    this.evaluator = new Evaluator(cancers, drugs::parts);
  }

  Document toDocument(PatientRecord r, List<Note> notes) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, r.patientId(), Field.Store.YES));
    d.add(new BinaryDocValuesField(Fields.RECORD, new BytesRef(RecordBytes.write(r))));
    d.add(new StoredField(Fields.NOTES, notesJson(notes)));
    for (Note n : notes) {
      // A stored FHIR resource is JSON, not prose: its facts are indexed, its text is not.
      if (!FhirBundles.isResource(n) && !org.eligo.intake.PatientInfo.isInfo(n)) {
        d.add(new TextField(Fields.TEXT, n.text(), Field.Store.NO));
      }
    }
    for (Fact f : r.facts()) {
      if (f.current()) {
        add(d, f);
      }
    }
    if (r.priorLines() != null) {
      d.add(new IntPoint("prior_lines", r.priorLines()));
    }
    decided(d, r);
    for (String key : Verdicts.of(r, evaluator)) {
      d.add(new StringField(Fields.VERDICT, key, Field.Store.NO));
    }
    return d;
  }

  /**
   * {@code has:age}, {@code has:sex}, {@code has:ecog}: the record holds exactly one such value,
   * the one the evaluator reads and this document indexes. A candidate query may drop a patient
   * only on such a field; anyone else (no value, a conflict, a value the evaluator would read
   * but the index does not hold) is kept for the exact evaluation.
   */
  private static void decided(Document d, PatientRecord r) {
    List<Fact> read = r.facts().stream().filter(f -> f.current() && f.assertion() != Assertion.FAMILY
        && f.assertion() != Assertion.HYPOTHETICAL && f.assertion() != Assertion.POSSIBLE).toList();
    one(d, "age", read.stream().filter(f -> f.finding() instanceof Finding.Demographic dm && dm.age() != null).toList());
    one(d, "sex", read.stream().filter(f -> f.finding() instanceof Finding.Demographic dm && dm.sex() != null).toList());
    one(d, "ecog", read.stream().filter(f -> f.finding() instanceof Finding.PerformanceStatus ps && ps.scale().equals("ECOG")).toList());
  }

  private static void one(Document d, String field, List<Fact> facts) {
    if (facts.size() == 1 && (facts.get(0).assertion() == Assertion.PRESENT || facts.get(0).assertion() == Assertion.HISTORICAL)) {
      keyword(d, Fields.HAS, field);
    }
  }

  private void add(Document d, Fact f) {
    Finding x = f.finding();
    boolean own = f.assertion() == Assertion.PRESENT || f.assertion() == Assertion.HISTORICAL;
    boolean absent = f.assertion() == Assertion.ABSENT;
    if (x instanceof Finding.Variant v) {
      if (own) {
        keyword(d, "gene", v.gene());
        if (v.variant() != null) {
          keyword(d, "variant", v.gene() + " " + v.variant());
        }
      } else if (absent) {
        keyword(d, "absent", v.variant() == null ? v.gene() : v.gene() + " " + v.variant());
      }
    } else if (x instanceof Finding.Biomarker b && own) {
      switch (b.name()) {
        case "PD-L1 TPS" -> point(d, "pdl1_tps", b.value());
        case "PD-L1 CPS" -> point(d, "pdl1_cps", b.value());
        case "TMB" -> point(d, "tmb", b.value());
        default -> {
          if (b.category() != null) {
            keyword(d, b.name().toLowerCase(Locale.ROOT), b.category());
          }
        }
      }
    } else if (x instanceof Finding.PerformanceStatus p && own) {
      d.add(new IntPoint(p.scale().toLowerCase(Locale.ROOT), p.value()));
    } else if (x instanceof Finding.Diagnosis dx && f.assertion() == Assertion.PRESENT) {
      if (dx.cancer() != null) {
        cancers.lineage(dx.cancer()).forEach(c -> keyword(d, "cancer", c));
        keyword(d, Fields.DX, dx.cancer());
      }
      if (dx.histology() != null) {
        keyword(d, "histology", dx.histology());
      }
      if (dx.stage() != null) {
        keyword(d, "stage", dx.stage());
      }
    } else if (x instanceof Finding.Metastasis m && (own || absent)) {
      String status = m.status().name();
      keyword(d, "metastasis", m.site() + ":" + status);
      if (m.site().equals("brain")) {
        keyword(d, "brain_mets", status.equals("TREATED_STABLE") ? "treated" : status);
      }
    } else if (x instanceof Finding.Therapy t && own && t.drug() != null) {
      keyword(d, "drug", t.drug());
      t.classes().forEach(c -> keyword(d, "drug_class", c));
    } else if (x instanceof Finding.Condition c) {
      if (own) {
        keyword(d, "condition", c.name());
        if (c.group() != null) {
          keyword(d, "condition", c.group());
        }
      } else if (absent) {
        keyword(d, "absent", c.name());
      }
    } else if (x instanceof Finding.Lab l && own) {
      d.add(new DoublePoint(Fields.lab(l.analyte()), l.value()));
      if (l.uln() != null || labs.analyte(l.analyte()).map(a -> a.uln()).orElse(null) != null) {
        double uln = l.uln() != null ? l.uln() : labs.analyte(l.analyte()).get().uln();
        d.add(new DoublePoint(Fields.lab(l.analyte()) + ".uln", l.value() / uln));
      }
    } else if (x instanceof Finding.Demographic dm && own) {
      if (dm.age() != null) {
        d.add(new IntPoint("age", dm.age()));
      } else {
        keyword(d, "sex", dm.sex());
      }
    }
  }

  private static void keyword(Document d, String field, String value) {
    d.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
  }

  private static void point(Document d, String field, Double value) {
    if (value != null) {
      d.add(new DoublePoint(field, value));
    }
  }

  static String notesJson(List<Note> notes) {
    ArrayNode a = JSON.createArrayNode();
    for (Note n : notes) {
      ObjectNode o = a.addObject();
      o.put("patientId", n.patientId());
      o.put("noteId", n.noteId());
      if (n.date() != null) {
        o.put("date", n.date().toString());
      }
      o.put("type", n.type());
      o.put("text", n.text());
    }
    return a.toString();
  }
}
