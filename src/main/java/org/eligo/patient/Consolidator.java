package org.eligo.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eligo.context.AssertedMention;
import org.eligo.core.Assertion;
import org.eligo.core.Evidence;
import org.eligo.core.Note;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.intake.PatientInfo;

/**
 * Mentions of all a patient's notes to one {@link PatientRecord}. Equal claims merge and keep
 * all their evidence; among claims about the same thing (same finding key) the newest dated
 * wins and older ones stay with {@code current=false}; claims of the same newest date that
 * disagree are all kept current and flagged as a conflict. Family and hypothetical mentions
 * never compete with the patient's own facts. Structured demographics win over notes.
 */
public final class Consolidator {

  /** A disagreement between structured data and notes, reported without note text. */
  public record Disagreement(String patientId, String field, String structured, String notes) {}

  private record Claim(Finding finding, Assertion assertion) {}

  public PatientRecord consolidate(
      String patientId, List<Note> notes, List<AssertedMention> mentions, PatientInfo info,
      List<Disagreement> disagreements) {
    Map<String, Integer> noteOrder = new HashMap<>();
    Map<String, LocalDate> noteDate = new HashMap<>();
    LocalDate asOf = null;
    for (Note n : notes) {
      noteOrder.put(n.noteId(), noteOrder.size());
      noteDate.put(n.noteId(), n.date());
      if (n.date() != null && (asOf == null || n.date().isAfter(asOf))) {
        asOf = n.date();
      }
    }
    Map<Claim, List<Evidence>> claims = new LinkedHashMap<>();
    Map<Claim, Finding> shown = new HashMap<>();
    for (AssertedMention am : mentions) {
      Claim c = normalize(am.mention().finding(), am.assertion());
      claims.computeIfAbsent(c, k -> new ArrayList<>()).add(am.mention().evidence());
      // The same variant written with and without HGVS or VAF is one claim; each detail is the first seen.
      Finding f = am.mention().finding();
      if (f instanceof Finding.Variant v && shown.get(c) instanceof Finding.Variant seen) {
        shown.put(c, seen.filledFrom(v));
      } else if (!shown.containsKey(c)) {
        shown.put(c, f instanceof Finding.Metastasis ? c.finding() : f);
      }
    }
    Comparator<Evidence> inNoteOrder = Comparator.comparingInt((Evidence e) -> noteOrder.getOrDefault(e.noteId(), -1))
        .thenComparingInt(e -> e.span().start());
    Map<String, List<Fact>> byGroup = new LinkedHashMap<>();
    for (Map.Entry<Claim, List<Evidence>> e : claims.entrySet()) {
      List<Evidence> ev = new ArrayList<>(e.getValue());
      ev.sort(inNoteOrder);
      LocalDate date = ev.stream().map(x -> noteDate.get(x.noteId())).filter(Objects::nonNull)
          .max(Comparator.naturalOrder()).orElse(null);
      Claim c = e.getKey();
      Fact f = new Fact(shown.get(c), c.assertion(), true, date, dedupe(ev), false, false);
      byGroup.computeIfAbsent(group(c), k -> new ArrayList<>()).add(f);
    }
    List<Fact> facts = new ArrayList<>();
    for (List<Fact> group : byGroup.values()) {
      facts.addAll(newestWins(group, noteDate));
    }
    addStructured(patientId, info, asOf, facts, disagreements);
    Lines lines = lines(mentions);
    return new PatientRecord(patientId, facts, notes.size(), asOf, lines.count, lines.evidence);
  }

  /**
   * The identity of a claim: "no brain metastases" is a brain-metastasis claim asserted ABSENT
   * with status ABSENT; a variant is the same claim whatever HGVS or VAF it was written with.
   */
  private static Claim normalize(Finding f, Assertion a) {
    if (f instanceof Finding.Metastasis m && a == Assertion.ABSENT) {
      return new Claim(new Finding.Metastasis(m.site(), MetStatus.ABSENT), a);
    }
    if (f instanceof Finding.Variant v) {
      return new Claim(v.identity(), a);
    }
    return new Claim(f, a);
  }

  private static String group(Claim c) {
    String owner = switch (c.assertion()) {
      case FAMILY -> "family";
      case HYPOTHETICAL -> "hypothetical";
      default -> "own";
    };
    return owner + "|" + c.finding().key();
  }

  private static List<Evidence> dedupe(List<Evidence> ev) {
    return List.copyOf(new LinkedHashSet<>(ev));
  }

  /**
   * Among claims about one thing, those of the newest date are current; at that date a definite
   * claim (present, historical, absent) outranks a merely possible one, and a present value
   * outranks a historical value of a measurement (biomarker, performance status, stage).
   * Current claims that disagree (present against absent, or values that cannot both hold) are
   * flagged as a conflict.
   */
  private static List<Fact> newestWins(List<Fact> group, Map<String, LocalDate> noteDate) {
    if (group.size() == 1) {
      return group;
    }
    LocalDate newest = group.stream().map(Fact::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    List<Fact> atNewest = group.stream().filter(f -> Objects.equals(f.date(), newest)).toList();
    boolean anyDefinite = atNewest.stream().anyMatch(f -> f.assertion() != Assertion.POSSIBLE);
    boolean anyPresent = atNewest.stream().anyMatch(f -> f.assertion() == Assertion.PRESENT);
    List<Fact> current = atNewest.stream()
        .filter(f -> !anyDefinite || f.assertion() != Assertion.POSSIBLE)
        .filter(f -> !(anyPresent && f.assertion() == Assertion.HISTORICAL && isMeasurement(f.finding())))
        .toList();
    boolean conflict = false;
    for (int i = 0; i < current.size() && !conflict; i++) {
      for (int j = i + 1; j < current.size(); j++) {
        if (disagree(current.get(i), current.get(j))) {
          conflict = true;
          break;
        }
      }
    }
    Fact winner = conflict ? lastInOneNote(current, newest, noteDate) : null;
    List<Fact> out = new ArrayList<>(group.size());
    for (Fact f : group) {
      boolean isCurrent = winner != null ? f == winner : current.contains(f);
      out.add(new Fact(f.finding(), f.assertion(), isCurrent, f.date(), f.evidence(), isCurrent && conflict, false));
    }
    return out;
  }

  /**
   * When disagreeing claims of the newest date all come from one note, that note's last word
   * counts: notes tell a story in order ("an outside biopsy showed PD-L1 40% ... our biopsy shows
   * 75%"). Null when they come from different notes of one date; both then stay current.
   */
  private static Fact lastInOneNote(List<Fact> current, LocalDate newest, Map<String, LocalDate> noteDate) {
    Set<String> notes = new java.util.HashSet<>();
    Fact last = null;
    int lastPos = -1;
    for (Fact f : current) {
      for (Evidence e : f.evidence()) {
        if (e.noteId() != null && Objects.equals(noteDate.get(e.noteId()), newest)) {
          notes.add(e.noteId());
          if (e.span().start() > lastPos) {
            lastPos = e.span().start();
            last = f;
          }
        }
      }
    }
    return notes.size() == 1 ? last : null;
  }

  private static boolean isMeasurement(Finding f) {
    return f instanceof Finding.Biomarker || f instanceof Finding.PerformanceStatus
        || f instanceof Finding.Diagnosis d && d.cancer() == null;
  }

  /**
   * Whether two claims about one thing cannot both hold. A refinement agrees with what it
   * refines: stage IVB with stage IV, a fusion with its partner with a fusion, a percentage with
   * a category ("PD-L1 90%" and "PD-L1 high").
   */
  static boolean disagree(Fact a, Fact b) {
    if ((a.assertion() == Assertion.ABSENT) != (b.assertion() == Assertion.ABSENT)) {
      return true;
    }
    Finding x = a.finding();
    Finding y = b.finding();
    if (x.equals(y)) {
      return false;
    }
    if (x instanceof Finding.Variant) {
      return false; // same key: same gene and variant; only the partner or HGVS differ
    }
    if (x instanceof Finding.Biomarker p && y instanceof Finding.Biomarker q) {
      if (p.value() != null && q.value() != null) {
        return !p.value().equals(q.value());
      }
      return p.value() == null && q.value() == null && !p.category().equalsIgnoreCase(q.category());
    }
    if (x instanceof Finding.Diagnosis p && y instanceof Finding.Diagnosis q && p.stage() != null && q.stage() != null) {
      return !(p.stage().startsWith(q.stage()) || q.stage().startsWith(p.stage()));
    }
    return true;
  }

  private static void addStructured(
      String patientId, PatientInfo info, LocalDate asOf, List<Fact> facts, List<Disagreement> disagreements) {
    if (info == null) {
      return;
    }
    if (info.sex() != null) {
      Finding.Demographic sex = new Finding.Demographic(null, info.sex());
      supersede(patientId, facts, sex, info.sex(), disagreements);
      facts.add(new Fact(sex, Assertion.PRESENT, true, null,
          List.of(Evidence.ofStructured(info.source() + " sex", info.sex())), false, true));
    }
    if (info.birthDate() != null) {
      LocalDate at = asOf != null ? asOf : LocalDate.now();
      int age = Period.between(info.birthDate(), at).getYears();
      if (age >= 0 && age <= 130) {
        Finding.Demographic a = new Finding.Demographic(age, null);
        supersede(patientId, facts, a, Integer.toString(age), disagreements);
        facts.add(new Fact(a, Assertion.PRESENT, true, at,
            List.of(Evidence.ofStructured(info.source() + " birthDate", info.birthDate().toString())), false, true));
      }
    }
  }

  private static void supersede(String patientId, List<Fact> facts, Finding.Demographic structured, String value,
      List<Disagreement> disagreements) {
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (f.current() && f.finding().key().equals(structured.key()) && f.assertion() == Assertion.PRESENT) {
        Finding.Demographic d = (Finding.Demographic) f.finding();
        // Notes state age loosely (an older note, a rounded age); only sex and a gap over a year count.
        boolean differs = structured.sex() != null ? !structured.sex().equals(d.sex())
            : Math.abs(structured.age() - d.age()) > 1;
        if (differs) {
          disagreements.add(new Disagreement(patientId, structured.key(), value,
              structured.sex() != null ? d.sex() : Integer.toString(d.age())));
        }
        facts.set(i, new Fact(f.finding(), f.assertion(), false, f.date(), f.evidence(), differs, false));
      }
    }
  }

  private record Lines(Integer count, List<Evidence> evidence) {}

  /**
   * Prior systemic lines for advanced disease: the systemic drugs received together in one
   * sentence form a regimen; a regimen contained in another (maintenance, a restatement) is the
   * same line; adjuvant and neoadjuvant therapy is not a line.
   */
  private static Lines lines(List<AssertedMention> mentions) {
    Map<String, Set<String>> regimens = new LinkedHashMap<>();
    Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    List<Evidence> naive = new ArrayList<>();
    List<Evidence> generic = new ArrayList<>();
    for (AssertedMention am : mentions) {
      if (!(am.mention().finding() instanceof Finding.Therapy t) || !"systemic".equals(t.category())) {
        continue;
      }
      boolean received = am.assertion() == Assertion.PRESENT || am.assertion() == Assertion.HISTORICAL;
      if (t.drug() == null) {
        // "treatment-naive", "no prior systemic therapy", "no prior chemo": nothing given
        if (am.assertion() == Assertion.ABSENT) {
          naive.add(am.mention().evidence());
        } else if (received && !t.classes().isEmpty() && t.setting() == null) {
          generic.add(am.mention().evidence());
        }
        continue;
      }
      if (!received || t.setting() != null) {
        continue;
      }
      String where = am.mention().evidence().noteId() + "@" + am.mention().sentence().start();
      // A regimen name such as carboplatin/pemetrexed stands for its components.
      for (String part : t.drug().split("\\s*[/+]\\s*")) {
        regimens.computeIfAbsent(where, k -> new TreeSet<>()).add(part);
      }
      evidence.computeIfAbsent(where, k -> new ArrayList<>()).add(am.mention().evidence());
    }
    List<Set<String>> distinct = new ArrayList<>();
    List<Evidence> ev = new ArrayList<>();
    for (Map.Entry<String, Set<String>> r : regimens.entrySet()) {
      boolean covered = false;
      for (Set<String> other : regimens.values()) {
        if (other != r.getValue() && other.containsAll(r.getValue())
            && (other.size() > r.getValue().size() || distinct.contains(other))) {
          covered = true;
          break;
        }
      }
      if (!covered && !distinct.contains(r.getValue())) {
        distinct.add(r.getValue());
        ev.addAll(evidence.get(r.getKey()));
      }
    }
    if (!distinct.isEmpty()) {
      return new Lines(distinct.size(), ev);
    }
    // "received chemotherapy" without a named drug: at least one line.
    if (!generic.isEmpty()) {
      return new Lines(1, generic);
    }
    return naive.isEmpty() ? new Lines(null, List.of()) : new Lines(0, naive);
  }
}
