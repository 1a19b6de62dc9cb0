package org.eligo.patient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.DeferredList;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.extract.TherapyCourse;

/**
 * {@link PatientRecord} ⇄ compact bytes, the form the index stores for exact evaluation: the
 * fields of {@link RecordJson} in a fixed order, variable-length integers, and each distinct
 * string of a record written once and then referred to by number. A record read back equals
 * the record {@link RecordJson} reads back from its JSON, so either store gives the same
 * screening; this one is decoded without a JSON parser.
 */
public final class RecordBytes {
  private RecordBytes() {}

  public static byte[] write(PatientRecord r) {
    Out o = new Out();
    o.str(r.patientId());
    o.vint(r.facts().size());
    for (Fact f : r.facts()) {
      fact(o, f);
    }
    o.vint(r.noteCount());
    o.date(r.asOf());
    o.optInt(r.priorLines());
    evidence(o, r.priorLinesEvidence());
    return o.bytes();
  }

  /**
   * The record in {@code bytes}; the evidence of each fact (and of the prior lines) is decoded
   * only when first read, from a copy of the bytes the record keeps, since most records of a
   * screening are evaluated and let go without showing any.
   */
  public static PatientRecord read(byte[] bytes, int offset, int length) {
    In in = new In(Arrays.copyOfRange(bytes, offset, offset + length));
    String id = in.own();
    int n = in.vint();
    List<Fact> facts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      facts.add(fact(in));
    }
    return new PatientRecord(id, facts, in.vint(), in.date(), in.optInt(), evidence(in));
  }

  private static void fact(Out o, Fact f) {
    o.str(f.finding().type().name());
    if (f.finding() instanceof Finding.Variant v) {
      o.str(v.gene());
      o.str(v.variant());
      o.str(v.hgvs());
      o.str(v.partner());
      o.optDouble(v.vaf());
      o.str(v.significance());
      o.str(v.origin());
    } else if (f.finding() instanceof Finding.Biomarker b) {
      o.str(b.name());
      o.optDouble(b.value());
      o.str(b.category());
      o.str(b.unit());
      o.str(b.assay());
    } else if (f.finding() instanceof Finding.PerformanceStatus p) {
      o.str(p.scale());
      o.zint(p.value());
    } else if (f.finding() instanceof Finding.Diagnosis d) {
      o.str(d.cancer());
      o.str(d.histology());
      o.str(d.stage());
    } else if (f.finding() instanceof Finding.Metastasis m) {
      o.str(m.site());
      o.str(m.status().name());
    } else if (f.finding() instanceof Finding.Therapy t) {
      o.str(t.drug());
      o.vint(t.classes().size());
      t.classes().forEach(o::str);
      o.str(t.category());
      o.str(t.setting());
      TherapyCourse c = t.course();
      o.optInt(c.line());
      o.str(c.startDate());
      o.str(c.endDate());
      o.str(c.response() == null ? null : c.response().name());
    } else if (f.finding() instanceof Finding.Lab l) {
      o.str(l.analyte());
      o.optDouble(l.value());
      o.str(l.unit());
      o.optDouble(l.uln());
    } else if (f.finding() instanceof Finding.Condition c) {
      o.str(c.name());
      o.str(c.group());
    } else if (f.finding() instanceof Finding.Demographic d) {
      // as in the JSON: an age, or else a sex
      o.optInt(d.age());
      if (d.age() == null) {
        o.str(d.sex());
      }
    }
    o.str(f.assertion().name());
    o.vint((f.current() ? 1 : 0) | (f.conflict() ? 2 : 0) | (f.structured() ? 4 : 0));
    o.date(f.date());
    evidence(o, f.evidence());
  }

  private static Fact fact(In in) {
    String type = in.str();
    Finding finding = switch (type) {
      case "VARIANT" -> new Finding.Variant(in.str(), in.str(), in.str(), in.str(), in.optDouble(), in.str(), in.str());
      case "BIOMARKER" -> new Finding.Biomarker(in.str(), in.optDouble(), in.str(), in.str(), in.str());
      case "PERFORMANCE_STATUS" -> new Finding.PerformanceStatus(in.str(), in.zint());
      case "DIAGNOSIS" -> new Finding.Diagnosis(in.str(), in.str(), in.str());
      case "METASTASIS" -> new Finding.Metastasis(in.str(), MetStatus.valueOf(in.str()));
      case "THERAPY" -> {
        String drug = in.str();
        int n = in.vint();
        List<String> classes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          classes.add(in.str());
        }
        String category = in.str();
        String setting = in.str();
        Integer line = in.optInt();
        String start = in.str();
        String end = in.str();
        String response = in.str();
        yield new Finding.Therapy(drug, classes, category, setting,
            new TherapyCourse(line, start, end, response == null ? null : TherapyCourse.Response.valueOf(response)));
      }
      case "LAB" -> new Finding.Lab(in.str(), in.optDouble(), in.str(), in.optDouble());
      case "CONDITION" -> new Finding.Condition(in.str(), in.str());
      case "DEMOGRAPHIC" -> {
        Integer age = in.optInt();
        yield age != null ? new Finding.Demographic(age, null) : new Finding.Demographic(null, in.str());
      }
      default -> throw new IllegalArgumentException("unknown fact type " + type + " in a stored record");
    };
    Assertion assertion = Assertion.valueOf(in.str());
    int flags = in.vint();
    return new Fact(finding, assertion, (flags & 1) != 0, in.date(), evidence(in), (flags & 2) != 0, (flags & 4) != 0);
  }

  private static void evidence(Out o, List<Evidence> list) {
    o.vint(list.size());
    for (Evidence e : list) {
      // as in the JSON: note evidence keeps its span, other evidence its source
      o.str(e.noteId());
      if (e.noteId() != null) {
        o.vint(e.span().start());
        o.vint(e.span().end());
      } else {
        o.str(e.source());
      }
      o.str(e.text());
      o.str(e.ruleId());
    }
  }

  /** Passes over a list of evidence, noting its strings, and gives the list made when first read. */
  private static List<Evidence> evidence(In in) {
    int at = in.pos;
    int n = in.vint();
    for (int i = 0; i < n; i++) {
      if (in.skipStr()) {
        in.vint();
        in.vint();
      } else {
        in.skipStr();
      }
      in.skipStr();
      in.skipStr();
    }
    return DeferredList.of(n == 0, () -> evidence(in.at(at)));
  }

  private static List<Evidence> evidence(In.Cursor in) {
    int n = in.vint();
    List<Evidence> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String note = in.str();
      if (note != null) {
        CharSpan span = new CharSpan(in.vint(), in.vint());
        out.add(Evidence.ofNote(note, span, in.str(), in.str()));
      } else {
        String source = in.str();
        String text = in.str();
        out.add(new Evidence(null, null, text, in.str(), source));
      }
    }
    return out;
  }

  /** Writes; a string seen before in this record is written as its number. */
  private static final class Out {
    private byte[] buf = new byte[512];
    private int len;
    private final Map<String, Integer> strings = new HashMap<>();

    void vint(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("negative count or offset in a record: " + v);
      }
      while ((v & ~0x7F) != 0) {
        put((byte) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      put((byte) v);
    }

    void zint(int v) {
      vint((v << 1) ^ (v >> 31));
    }

    void optInt(Integer v) {
      if (v == null) {
        put((byte) 0);
      } else {
        put((byte) 1);
        zint(v);
      }
    }

    void optDouble(Double v) {
      if (v == null) {
        put((byte) 0);
        return;
      }
      put((byte) 1);
      long bits = Double.doubleToRawLongBits(v);
      for (int i = 0; i < 8; i++) {
        put((byte) (bits >>> (8 * i)));
      }
    }

    void date(LocalDate d) {
      if (d == null) {
        put((byte) 0);
      } else {
        put((byte) 1);
        zint(Math.toIntExact(d.toEpochDay()));
      }
    }

    /** 0 for null, n+1 for the n-th string seen before, or a new string's number then its UTF-8 bytes. */
    void str(String s) {
      if (s == null) {
        vint(0);
        return;
      }
      Integer known = strings.get(s);
      if (known != null) {
        vint(known + 1);
        return;
      }
      int number = strings.size();
      strings.put(s, number);
      vint(number + 1);
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      vint(b.length);
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
    }

    private void put(byte b) {
      ensure(1);
      buf[len++] = b;
    }

    private void ensure(int more) {
      if (len + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, len);
    }
  }

  /**
   * Reads; each string of the record is noted where it lies and made when first asked for. The
   * strings of facts come from small vocabularies (types, genes, drugs) and are shared through
   * {@link Vocabulary}; those of evidence are made only when the evidence is read.
   */
  private static final class In {
    private final byte[] buf;
    private int pos;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private String[] made = new String[32];
    private int count;

    In(byte[] buf) {
      this.buf = buf;
    }

    int vint() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = next();
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }

    int zint() {
      int v = vint();
      return (v >>> 1) ^ -(v & 1);
    }

    Integer optInt() {
      return next() == 0 ? null : zint();
    }

    Double optDouble() {
      if (next() == 0) {
        return null;
      }
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits |= (next() & 0xFFL) << (8 * i);
      }
      return Double.longBitsToDouble(bits);
    }

    LocalDate date() {
      return next() == 0 ? null : LocalDate.ofEpochDay(zint());
    }

    /** A string of a fact, shared with every record that has it. */
    String str() {
      int k = ref();
      if (k < 0) {
        return null;
      }
      String s = made[k];
      if (s == null) {
        s = Vocabulary.string(buf, starts[k], lengths[k]);
        made[k] = s;
      }
      return s;
    }

    /** A string of this record alone (its patient id), not kept in the vocabulary. */
    String own() {
      int k = ref();
      if (k < 0) {
        return null;
      }
      if (made[k] == null) {
        made[k] = new String(buf, starts[k], lengths[k], StandardCharsets.UTF_8);
      }
      return made[k];
    }

    /** Passes over a string, noting it if new; false for null. */
    boolean skipStr() {
      return ref() >= 0;
    }

    /** The number of the next string (noted if new), or -1 for null. */
    private int ref() {
      int k = vint();
      if (k == 0) {
        return -1;
      }
      if (k <= count) {
        return k - 1;
      }
      int n = vint();
      if (n > buf.length - pos) {
        throw new IllegalArgumentException("stored record is cut short");
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        lengths = Arrays.copyOf(lengths, count * 2);
        made = Arrays.copyOf(made, count * 2);
      }
      starts[count] = pos;
      lengths[count] = n;
      pos += n;
      return count++;
    }

    private byte next() {
      if (pos >= buf.length) {
        throw new IllegalArgumentException("stored record is cut short");
      }
      return buf[pos++];
    }

    /** A reader of evidence from {@code at}, once this pass is over (its strings are all noted by then). */
    Cursor at(int at) {
      return new Cursor(at);
    }

    /** Reads evidence later, maybe on another thread: its own position, this record's strings. */
    final class Cursor {
      private int at;

      Cursor(int at) {
        this.at = at;
      }

      int vint() {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
          byte b = buf[at++];
          v |= (b & 0x7F) << shift;
          if (b >= 0) {
            return v;
          }
        }
      }

      String str() {
        int k = vint();
        if (k == 0) {
          return null;
        }
        int start = starts[k - 1];
        if (start >= at) {
          // the string's first appearance: its length and bytes follow here
          at = start + lengths[k - 1];
        }
        String s = made[k - 1];
        // the ids and words of notes are not shared with other records
        return s != null ? s : new String(buf, start, lengths[k - 1], StandardCharsets.UTF_8);
      }
    }
  }
}
