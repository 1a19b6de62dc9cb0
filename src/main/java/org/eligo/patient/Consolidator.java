package org.eligo.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eligo.context.AssertedMention;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.core.Evidence;
import org.eligo.core.Note;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.Ranges;
import org.eligo.extract.StatedDates;
import org.eligo.extract.MetStatus;
import org.eligo.extract.TherapyCourse;
import org.eligo.intake.FhirBundles;
import org.eligo.intake.PatientInfo;

/**
 * Mentions of all a patient's notes to one {@link PatientRecord}. Equal claims merge and keep
 * all their evidence; among claims about the same thing (same finding key) the newest dated
 * wins and older ones stay with {@code current=false}; claims of the same newest date that
 * disagree are all kept current and flagged as a conflict. Family and hypothetical mentions
 * never compete with the patient's own facts. Structured demographics win over notes. What the
 * mentions of one therapy say of its course (line, dates, response) is merged onto its facts,
 * never splitting them: the earliest start, the latest end, the newest response.
 */
public final class Consolidator {

  /** A disagreement between structured data and notes, reported without note text. */
  public record Disagreement(String patientId, String field, String structured, String notes) {}

  private record Claim(Finding finding, Assertion assertion) {}

  /** The drugs a therapy name stands for (a regimen's components), for counting lines. */
  private final java.util.function.Function<String, List<String>> partsOf;

  public Consolidator(java.util.function.Function<String, List<String>> partsOf) {
    this.partsOf = java.util.Objects.requireNonNull(partsOf, "partsOf");
  }

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
    Map<String, String> noteText = new HashMap<>();
    notes.forEach(n -> noteText.put(n.noteId(), n.text()));
    // "In 01/2022 she was diagnosed ... ER 60%, PR 10%": a result a later note retells keeps the time it was found.
    Map<Evidence, LocalDate> stated = new HashMap<>();
    // "Left breast IDC, pT1c N0, ER 95% - dx 03/2013" in a note of 2025: a cancer diagnosed years before the note.
    Set<Evidence> diagnosedLongAgo = new HashSet<>();
    // The sentence each biomarker or diagnosis mention stands in ("note:start"): receptors written with an earlier cancer are its own.
    Map<Evidence, String> sentenceOf = new HashMap<>();
    for (AssertedMention am : mentions) {
      FactType type = am.mention().finding().type();
      Evidence ev = am.mention().evidence();
      String text = ev.noteId() == null ? null : noteText.get(ev.noteId());
      if ((type == FactType.BIOMARKER || type == FactType.DIAGNOSIS) && text != null) {
        CharSpan s = am.mention().sentence();
        LocalDate d = StatedDates.of(text.substring(s.start(), s.end()), ev.span().start() - s.start(), ev.span().end() - s.start(),
            noteDate.get(ev.noteId()));
        if (d != null) {
          stated.put(ev, d);
        }
        sentenceOf.put(ev, ev.noteId() + ":" + s.start());
        LocalDate dx = type == FactType.DIAGNOSIS ? StatedDates.diagnosedIn(text.substring(s.start(), s.end())) : null;
        LocalDate written = noteDate.get(ev.noteId());
        if (dx != null && written != null && !dx.isAfter(written.minusYears(LONG_AGO_YEARS))) {
          diagnosedLongAgo.add(ev);
        }
      }
    }
    Map<Claim, List<Evidence>> claims = new LinkedHashMap<>();
    Map<Claim, Finding> shown = new HashMap<>();
    Map<String, TherapyCourse> courses = new HashMap<>();
    for (AssertedMention am : mentions) {
      Finding found = am.mention().finding();
      Claim c = normalize(found, am.assertion());
      claims.computeIfAbsent(c, k -> new ArrayList<>()).add(am.mention().evidence());
      // The same variant written with and without HGVS or VAF is one claim; each detail is the first seen.
      if (found instanceof Finding.Variant v && shown.get(c) instanceof Finding.Variant seen) {
        shown.put(c, seen.filledFrom(v));
      } else if (!shown.containsKey(c)) {
        shown.put(c, found instanceof Finding.Metastasis || found instanceof Finding.Therapy ? c.finding() : found);
      }
      // What the mentions of one therapy say of its course adds up, whoever asserted it, except a denial.
      if (found instanceof Finding.Therapy t && am.assertion() != Assertion.ABSENT) {
        courses.merge(group(c), t.course(), TherapyCourse::then);
      }
    }
    foldGeneLevel(claims, shown);
    TherapyLines lines = TherapyLines.of(mentions, noteText, noteDate, partsOf);
    Comparator<Evidence> inNoteOrder = Comparator.comparingInt((Evidence e) -> noteOrder.getOrDefault(record(e), -1))
        .thenComparingInt(e -> e.span() == null ? 0 : e.span().start());
    Map<String, List<Fact>> byGroup = new LinkedHashMap<>();
    for (Map.Entry<Claim, List<Evidence>> e : claims.entrySet()) {
      List<Evidence> ev = new ArrayList<>(e.getValue());
      ev.sort(inNoteOrder);
      LocalDate date = ev.stream().map(x -> stated.getOrDefault(x, noteDate.get(record(x)))).filter(Objects::nonNull)
          .max(Comparator.naturalOrder()).orElse(null);
      Claim c = e.getKey();
      Fact f = new Fact(withCourse(shown.get(c), c.assertion(), courses.get(group(c)), lines), c.assertion(), true, date,
          dedupe(ev), false, false);
      byGroup.computeIfAbsent(group(c), k -> new ArrayList<>()).add(f);
    }
    List<Fact> facts = new ArrayList<>();
    for (List<Fact> group : byGroup.values()) {
      facts.addAll(newestWins(group, noteDate));
    }
    supersedeAtCodon(facts);
    narrowGeneNegatives(facts);
    keepValueUnderRestatement(facts);
    keepRecentDiagnosis(facts);
    earlierCancer(facts, diagnosedLongAgo, sentenceOf);
    addStructured(patientId, info, asOf, facts, disagreements);
    int prose = (int) notes.stream().filter(n -> !FhirBundles.isResource(n) && !PatientInfo.isInfo(n)).count();
    return new PatientRecord(patientId, facts, prose, asOf, lines.count(), lines.evidence());
  }

  /**
   * The stored note an evidence comes from: its note, or for a FHIR resource its source, which
   * is the id the resource is stored under ({@code Observation/obs-1}), so it is dated and
   * ordered like a note.
   */
  private static String record(Evidence e) {
    return e.noteId() != null ? e.noteId() : e.source();
  }

  /**
   * "TP53 co-mutation" beside "TP53 R273H", "EML4 exon 6" or "ALK fusion" beside the EML4::ALK
   * fusion: a present variant that says less than another present variant (a gene-level one of
   * the same gene or of the fusion partner, a fusion without partner) says nothing more than it;
   * its evidence joins that variant.
   */
  private static void foldGeneLevel(Map<Claim, List<Evidence>> claims, Map<Claim, Finding> shown) {
    List<Claim> present = claims.keySet().stream()
        .filter(c -> c.assertion() == Assertion.PRESENT && c.finding() instanceof Finding.Variant).toList();
    for (Claim c : present) {
      Finding.Variant less = (Finding.Variant) c.finding();
      Claim more = present.stream().filter(t -> claims.containsKey(t) && subsumes((Finding.Variant) t.finding(), less))
          .findFirst().orElse(null);
      if (more != null) {
        claims.get(more).addAll(claims.remove(c));
        if (shown.get(more) instanceof Finding.Variant v && shown.remove(c) instanceof Finding.Variant g && g.gene().equals(v.gene())) {
          shown.put(more, v.filledFrom(g));
        }
      }
    }
  }

  private static boolean subsumes(Finding.Variant more, Finding.Variant less) {
    if (less.partner() != null || more.variant() == null) {
      return false;
    }
    if (less.variant() == null) {
      return less.gene().equals(more.gene()) || less.gene().equals(more.partner());
    }
    if (less.variant().matches("[A-Z]\\d+") && more.variant().matches("[A-Z]\\d+[A-Z]")) {
      return less.gene().equals(more.gene()) && more.variant().startsWith(less.variant()); // "BRAF V600 mutation" beside V600R
    }
    if (less.variant().equals("frameshift")) {
      return less.gene().equals(more.gene()) && more.variant().contains("fs"); // "BRCA2 frameshift" beside S1982fs*22
    }
    return less.gene().equals(more.gene()) && less.variant().equals(more.variant()) && more.partner() != null;
  }

  /**
   * A therapy with the course its mentions add up to. A received systemic drug for advanced
   * disease takes the line its regimen was counted as; other therapies keep a line the notes
   * state ("planned second-line docetaxel"). A denied therapy has no course.
   */
  private static Finding withCourse(Finding f, Assertion a, TherapyCourse merged, TherapyLines lines) {
    if (!(f instanceof Finding.Therapy t) || merged == null || a == Assertion.ABSENT) {
      return f;
    }
    boolean counted = (a == Assertion.PRESENT || a == Assertion.HISTORICAL) && t.drug() != null && t.setting() == null
        && "systemic".equals(t.category());
    return t.withCourse(counted ? merged.withLine(lines.line(t.drug())) : merged);
  }

  /**
   * The identity of a claim: "no brain metastases" is a brain-metastasis claim asserted ABSENT
   * with status ABSENT; a variant is the same claim whatever HGVS or VAF it was written with; a
   * therapy is the same claim whatever its mentions say of its course.
   */
  private static Claim normalize(Finding f, Assertion a) {
    if (f instanceof Finding.Therapy t) {
      return new Claim(t.identity(), a);
    }
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
   * "PD-L1 TPS 90% (SP263)" in the pathology report, then "PD-L1 very high" in a later consult: a
   * newer word or range that the older measured value lies in restates that value. The value stays
   * current and the restatement does not, so a threshold is judged on the number.
   */
  private static void keepValueUnderRestatement(List<Fact> facts) {
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (!f.current() || f.assertion() != Assertion.PRESENT || !(f.finding() instanceof Finding.Biomarker b) || b.value() != null) {
        continue;
      }
      double[] range = b.category() == null ? null : Ranges.of(b);
      if (range == null) {
        continue;
      }
      int best = -1;
      for (int j = 0; j < facts.size(); j++) {
        Fact g = facts.get(j);
        if (!g.current() && g.assertion() == Assertion.PRESENT && g.finding() instanceof Finding.Biomarker v && v.value() != null
            && v.name().equals(b.name()) && inside(v.value(), range)
            && (best < 0 || g.date() != null && facts.get(best).date() != null && g.date().isAfter(facts.get(best).date()))) {
          best = j;
        }
      }
      boolean measuredNow = facts.stream().anyMatch(g -> g.current() && g.finding() instanceof Finding.Biomarker v
          && v.name().equals(b.name()) && v.value() != null);
      if (best >= 0 && !measuredNow) {
        Fact g = facts.get(best);
        facts.set(best, new Fact(g.finding(), g.assertion(), true, g.date(), g.evidence(), false, g.structured()));
        facts.set(i, new Fact(f.finding(), f.assertion(), false, f.date(), f.evidence(), false, f.structured()));
      }
    }
  }

  /**
   * "Metastatic melanoma" in this spring's biopsy, then "a history of melanoma excised 2024" in the
   * consult that follows: a cancer reported present within the year before the newest note calls
   * it history is still the patient's cancer (a recurrence), and stays current beside that claim.
   */
  private static void keepRecentDiagnosis(List<Fact> facts) {
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (f.current() || f.assertion() != Assertion.PRESENT || f.date() == null || !(f.finding() instanceof Finding.Diagnosis d)
          || d.cancer() == null) {
        continue;
      }
      boolean laterHistory = facts.stream().anyMatch(g -> g.current() && g.assertion() == Assertion.HISTORICAL && g.date() != null
          && g.finding().equals(f.finding()) && !g.date().isBefore(f.date()) && !g.date().isAfter(f.date().plusDays(365)));
      boolean presentNow = facts.stream().anyMatch(g -> g.current() && g.assertion() == Assertion.PRESENT && g.finding().equals(f.finding()));
      if (laterHistory && !presentNow) {
        facts.set(i, new Fact(f.finding(), f.assertion(), true, f.date(), f.evidence(), false, f.structured()));
      }
    }
  }

  /** How many years before its note a diagnosis date makes a cancer an earlier one, when another cancer is current. */
  private static final int LONG_AGO_YEARS = 5;

  /**
   * "Left breast invasive ductal carcinoma ... - dx 03/2013" in a referral of 2025 for a lung adenocarcinoma: a
   * present cancer that every mention dates to a diagnosis five years or more before its note, beside another
   * cancer some mention does not date so, is an earlier cancer: historical, not the one being treated now.
   */
  private static void earlierCancer(List<Fact> facts, Set<Evidence> diagnosedLongAgo, Map<Evidence, String> sentenceOf) {
    if (diagnosedLongAgo.isEmpty()) {
      return;
    }
    Set<String> earlierSentences = new HashSet<>();
    java.util.function.Predicate<Fact> presentCancer = f -> f.current() && f.assertion() == Assertion.PRESENT
        && f.finding() instanceof Finding.Diagnosis d && d.cancer() != null;
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (!presentCancer.test(f) || !diagnosedLongAgo.containsAll(f.evidence())) {
        continue;
      }
      String cancer = ((Finding.Diagnosis) f.finding()).cancer();
      boolean otherNow = facts.stream().anyMatch(g -> presentCancer.test(g) && !cancer.equals(((Finding.Diagnosis) g.finding()).cancer())
          && !diagnosedLongAgo.containsAll(g.evidence()));
      boolean sameNow = facts.stream().anyMatch(g -> presentCancer.test(g) && cancer.equals(((Finding.Diagnosis) g.finding()).cancer())
          && !diagnosedLongAgo.containsAll(g.evidence()));
      if (otherNow && !sameNow) {
        facts.set(i, new Fact(f.finding(), Assertion.HISTORICAL, true, f.date(), f.evidence(), f.conflict(), f.structured()));
        f.evidence().forEach(e -> earlierSentences.add(sentenceOf.get(e)));
      }
    }
    // "... carcinoma, pT1c N0, ER 95%, PR 80%, HER2 1+ - dx 03/2013": the receptors written with the earlier cancer are its own
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (f.current() && f.assertion() == Assertion.PRESENT && f.finding() instanceof Finding.Biomarker && !f.evidence().isEmpty()
          && f.evidence().stream().allMatch(e -> earlierSentences.contains(sentenceOf.get(e)))) {
        facts.set(i, new Fact(f.finding(), Assertion.HISTORICAL, true, f.date(), f.evidence(), f.conflict(), f.structured()));
      }
    }
  }

  private static boolean inside(double v, double[] range) {
    return v >= range[0] && (range[2] == 1 ? v < range[1] : v <= range[1]);
  }

  private static final java.util.regex.Pattern SUBSTITUTION = java.util.regex.Pattern.compile("([A-Z]\\d+)[A-Z]");

  /**
   * A newer result that a codon is free ("BRAF codon 600 wild-type, no V600 mutation", an amended
   * report) supersedes an older call of one change at that codon (BRAF V600E from a preliminary
   * assay): the older call stays, no longer current.
   */
  /**
   * "KRAS exons 3 and 4: not detected" beside "KRAS G12D detected": a negative said of a whole gene
   * that has a change of its own, reported then or later, covers only the rest of the gene, so it no
   * longer stands as current. A germline negative beside a somatic change stays.
   */
  private static void narrowGeneNegatives(List<Fact> facts) {
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (!f.current() || f.assertion() != Assertion.ABSENT || f.date() == null || !(f.finding() instanceof Finding.Variant v)
          || v.variant() != null) {
        continue;
      }
      // A germline negative stays: it says the change is somatic, not that the gene has none ("germline RET negative").
      boolean germline = "germline".equals(v.origin());
      boolean changed = facts.stream().anyMatch(g -> g.current() && g.assertion() == Assertion.PRESENT && g.date() != null
          && !g.date().isBefore(f.date()) && g.finding() instanceof Finding.Variant p && p.gene().equals(v.gene()) && p.variant() != null
          && (!germline || "germline".equals(p.origin())));
      if (changed) {
        facts.set(i, new Fact(f.finding(), f.assertion(), false, f.date(), f.evidence(), false, f.structured()));
      }
    }
  }

  private static void supersedeAtCodon(List<Fact> facts) {
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (!f.current() || !f.ownPositive() || f.date() == null || !(f.finding() instanceof Finding.Variant v) || v.variant() == null) {
        continue;
      }
      java.util.regex.Matcher m = SUBSTITUTION.matcher(v.variant());
      if (!m.matches()) {
        continue;
      }
      String codon = m.group(1);
      boolean freed = facts.stream().anyMatch(g -> g.current() && g.assertion() == Assertion.ABSENT && g.date() != null
          && g.date().isAfter(f.date()) && g.finding() instanceof Finding.Variant a && a.gene().equals(v.gene()) && codon.equals(a.variant()));
      if (freed) {
        facts.set(i, new Fact(f.finding(), f.assertion(), false, f.date(), f.evidence(), false, f.structured()));
      }
    }
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
    // "Brain not imaged" says only that nothing is known; anything a scan or a note tells of the site outranks it, whenever said.
    List<Fact> told = group.stream().filter(f -> !f.notImaged()).toList();
    if (!told.isEmpty() && told.size() < group.size()) {
      List<Fact> out = new ArrayList<>(newestWins(told, noteDate));
      group.stream().filter(Fact::notImaged)
          .forEach(f -> out.add(new Fact(f.finding(), f.assertion(), false, f.date(), f.evidence(), false, false)));
      return out;
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
}
