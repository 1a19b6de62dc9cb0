package org.eligo.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eligo.core.Assertion;
import org.eligo.core.DeferredList;
import org.eligo.core.Evidence;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.Predicate;
import org.eligo.criteria.Trial;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.extract.MetStatus;
import org.eligo.extract.Ranges;
import org.eligo.extract.TherapyCourse;
import org.eligo.lexicon.Cancers;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;

/**
 * Evaluates a trial's criteria against a patient record, tri-state. Missing data is never
 * false: an inclusion the record cannot confirm is UNKNOWN; an exclusion about a condition,
 * metastasis, prior therapy or known alteration that no note mentions is NOT_MET, marked as
 * assumed; an exclusion that needs a value is UNKNOWN when the value is missing.
 */
public final class Evaluator {
  private static final List<String> STAGES = Predicate.Stage.ORDER;

  private final Cancers cancers;
  private final java.util.function.Function<String, List<String>> partsOf;

  /** With therapy names read as written (a combination "carboplatin/pemetrexed" stands for its two drugs). */
  public Evaluator(Cancers cancers) {
    this(cancers, org.eligo.lexicon.Drugs::written);
  }

  /** With the drugs each therapy name stands for ({@code Drugs::parts}: FOLFOX is fluorouracil, leucovorin and oxaliplatin). */
  public Evaluator(Cancers cancers, java.util.function.Function<String, List<String>> partsOf) {
    this.cancers = cancers;
    java.util.Objects.requireNonNull(partsOf, "partsOf");
    // therapy names come from a small vocabulary and are read for every patient: each split once
    java.util.Map<String, List<String>> known = new java.util.concurrent.ConcurrentHashMap<>();
    this.partsOf = name -> {
      List<String> parts = known.get(name);
      if (parts == null) {
        parts = List.copyOf(partsOf.apply(name));
        if (known.size() < 100_000) {
          known.put(name, parts);
        }
      }
      return parts;
    };
  }

  /** What a predicate asks for, in words: the same for every patient, so written once per predicate. */
  private final java.util.Map<Predicate, String> described = new java.util.concurrent.ConcurrentHashMap<>();

  private String described(Predicate pred, java.util.function.Function<Predicate, String> words) {
    String d = described.get(pred);
    if (d == null) {
      d = words.apply(pred);
      if (described.size() < 10_000) {
        described.put(pred, d);
      }
    }
    return d;
  }

  /** The drugs a therapy name stands for, as this evaluator reads them. */
  public List<String> drugsOf(String therapyName) {
    return partsOf.apply(therapyName);
  }

  public Eligibility evaluate(Trial trial, PatientRecord p) {
    List<CriterionResult> results = new ArrayList<>(trial.criteria().size());
    for (Criterion c : trial.criteria()) {
      results.add(evaluate(c, p));
    }
    return Eligibility.of(trial.id(), p.patientId(), results);
  }

  /** What one predicate comes to for a patient, before a criterion's kind reads it (no mention is UNKNOWN here). */
  public Verdict verdict(Predicate pred, PatientRecord p) {
    return eval(pred, p).verdict();
  }

  CriterionResult evaluate(Criterion c, PatientRecord p) {
    if (!c.computable()) {
      Outcome required = c.required() == null ? null : eval(c.required(), p);
      if (required != null && c.kind() == Criterion.Kind.EXCLUSION && required.verdict() == Verdict.MET) {
        return new CriterionResult(c, Verdict.MET, required.reason() + " (the other alternatives are not computable)",
            required.evidence(), false);
      }
      if (required != null && c.kind() == Criterion.Kind.INCLUSION && required.verdict() == Verdict.NOT_MET) {
        return new CriterionResult(c, Verdict.NOT_MET, required.reason() + " (the rest of the criterion is not computable)",
            required.evidence(), false);
      }
      return new CriterionResult(c, Verdict.UNKNOWN, c.reason(), List.of(), false);
    }
    if (c.predicate() instanceof Predicate.Administrative) {
      return new CriterionResult(c, Verdict.DEFERRED, "confirmed at the screening visit", List.of(), false);
    }
    Outcome o = eval(c.predicate(), p);
    if (o.verdict() == Verdict.UNKNOWN && o.noMention() && c.kind() == Criterion.Kind.EXCLUSION) {
      return new CriterionResult(c, Verdict.NOT_MET,
          "no mention of " + o.reason() + " in " + p.noteCount() + (p.noteCount() == 1 ? " note" : " notes") + " (assumed absent)",
          List.of(), true);
    }
    String reason = o.noMention() ? "no mention of " + o.reason() + " in " + p.noteCount() + (p.noteCount() == 1 ? " note" : " notes") : o.reason();
    return new CriterionResult(c, o.verdict(), reason, o.evidence(), false);
  }

  Outcome eval(Predicate pred, PatientRecord p) {
    if (pred instanceof Predicate.Age a) {
      return age(a, p);
    } else if (pred instanceof Predicate.Sex s) {
      return sex(s, p);
    } else if (pred instanceof Predicate.Diagnosis d) {
      return diagnosis(d, p);
    } else if (pred instanceof Predicate.Stage s) {
      return stage(s, p);
    } else if (pred instanceof Predicate.StageAtMost s) {
      return stageAtMost(s, p);
    } else if (pred instanceof Predicate.Variant v) {
      return variant(v, p);
    } else if (pred instanceof Predicate.Biomarker b) {
      return biomarker(b, p);
    } else if (pred instanceof Predicate.PerformanceStatus ps) {
      return performance(ps, p);
    } else if (pred instanceof Predicate.Metastasis m) {
      return metastasis(m, p);
    } else if (pred instanceof Predicate.PriorTherapy t) {
      return therapy(t, p);
    } else if (pred instanceof Predicate.CurrentTherapy c) {
      Outcome given = therapy(new Predicate.PriorTherapy(c.drugs(), c.classes(), null, null), p);
      return given.verdict() == Verdict.MET
          ? Outcome.unknown(given.reason() + "; whether it is given now is not checked", given.evidence())
          : given;
    } else if (pred instanceof Predicate.TherapyResponse t) {
      return therapyResponse(t, p);
    } else if (pred instanceof Predicate.EarlyRelapse e) {
      return earlyRelapse(e, p);
    } else if (pred instanceof Predicate.PriorProcedure pp) {
      return procedure(pp, p);
    } else if (pred instanceof Predicate.Condition c) {
      return condition(c, p);
    } else if (pred instanceof Predicate.ConditionOtherThan c) {
      return conditionOtherThan(c, p);
    } else if (pred instanceof Predicate.TreatedCondition c) {
      return treatedCondition(c, p);
    } else if (pred instanceof Predicate.OtherMalignancy m) {
      return otherMalignancy(m, p);
    } else if (pred instanceof Predicate.Lab l) {
      return lab(l, p);
    } else if (pred instanceof Predicate.AtScreening at) {
      Outcome now = eval(at.part(), p);
      String records = now.verdict() == Verdict.UNKNOWN && now.evidence().isEmpty() ? "no result in the records" : "now " + now.reason();
      return new Outcome(Verdict.DEFERRED, "measured at screening (" + records + ")", now.evidence(), false);
    } else if (pred instanceof Predicate.Administrative) {
      return new Outcome(Verdict.DEFERRED, "confirmed at the screening visit", List.of(), false);
    } else if (pred instanceof Predicate.Measurement m) {
      return Outcome.unknown(m.name() + " " + m.comparison() + " " + trim(m.limit()) + " " + m.unit()
          + " required; notes are not read for " + m.name(), List.of());
    } else if (pred instanceof Predicate.NotCurable n) {
      return Outcome.unknown("not a candidate for " + n.means() + " is a clinical judgement the records do not state", List.of());
    } else if (pred instanceof Predicate.DiseaseSetting d) {
      return setting(d, p);
    } else if (pred instanceof Predicate.Hypersensitivity h) {
      return Outcome.unknown("hypersensitivity to " + h.agent() + "; notes are not read for allergies", List.of());
    } else if (pred instanceof Predicate.TumourSite t) {
      return Outcome.unknown("tumour " + (t.confined() ? "confined to " : "in ") + String.join(" or ", t.sites())
          + ": where the tumour lies is not a record fact", List.of());
    } else if (pred instanceof Predicate.Lesion l) {
      return Outcome.unknown(lesion(l) + " required; notes are not read for lesions", List.of());
    } else if (pred instanceof Predicate.MeasurableDisease m) {
      return Outcome.unknown("measurable disease" + (m.criteria() == null ? "" : " per " + m.criteria())
          + " is judged on imaging; notes are not read for it", List.of());
    } else if (pred instanceof Predicate.Qualified q) {
      return qualified(q, p);
    } else if (pred instanceof Predicate.Within w) {
      return within(w, p);
    } else if (pred instanceof Predicate.AllOf all) {
      return combine(all.parts(), p, true);
    } else if (pred instanceof Predicate.AnyOf any) {
      return combine(any.parts(), p, false);
    } else if (pred instanceof Predicate.Not not) {
      Outcome o = eval(not.part(), p);
      return switch (o.verdict()) {
        case MET -> Outcome.notMet(o.reason(), o.evidence());
        case NOT_MET -> Outcome.met(o.reason(), o.evidence());
        default -> o;
      };
    }
    throw new IllegalStateException("unhandled predicate " + pred.getClass().getSimpleName());
  }

  /** Never given (or never had) is outside any window; given leaves the timing to confirm. */
  private Outcome within(Predicate.Within w, PatientRecord p) {
    if (w.part() instanceof Predicate.Condition c && p.asOf() != null) {
      // A condition a note states as present, dated inside the window before the record's date, is within it.
      LocalDate since = switch (w.unit()) {
        case "days" -> p.asOf().minusDays(w.amount());
        case "weeks" -> p.asOf().minusWeeks(w.amount());
        case "months" -> p.asOf().minusMonths(w.amount());
        default -> p.asOf().minusYears(w.amount());
      };
      List<Fact> recent = conditionFacts(c, p).stream()
          .filter(f -> f.assertion() == Assertion.PRESENT && f.date() != null && !f.date().isBefore(since)).toList();
      if (!recent.isEmpty()) {
        return Outcome.met(c.name() + " present on " + newest(recent) + " (within the last " + w.amount() + " " + w.unit() + ")",
            evidence(recent));
      }
    }
    Outcome o = eval(w.part(), p);
    if (o.verdict() == Verdict.MET) {
      return Outcome.unknown(o.reason() + "; whether within the last " + w.amount() + " " + w.unit() + " is not checked", o.evidence());
    }
    return o;
  }

  private Outcome combine(List<Predicate> parts, PatientRecord p, boolean all) {
    Verdict decisive = all ? Verdict.NOT_MET : Verdict.MET;
    List<Outcome> outcomes = new ArrayList<>(parts.size());
    for (Predicate x : parts) {
      outcomes.add(eval(x, p));
    }
    for (Outcome o : outcomes) {
      if (o.verdict() == decisive) {
        return o;
      }
    }
    List<Outcome> unknown = new ArrayList<>(outcomes.size());
    boolean noMention = true;
    for (Outcome o : outcomes) {
      if (o.verdict() == Verdict.UNKNOWN) {
        unknown.add(o);
        noMention &= o.noMention();
      }
    }
    if (unknown.isEmpty()) {
      return new Outcome(all ? Verdict.MET : Verdict.NOT_MET, reasons(outcomes, "; "), evidenceOf(outcomes, true), false);
    }
    return new Outcome(Verdict.UNKNOWN, reasons(unknown, all ? " and " : " or "), evidenceOf(unknown, false), noMention);
  }

  /** The outcomes' distinct reasons in order, joined. */
  private static String reasons(List<Outcome> outcomes, String joiner) {
    List<String> distinct = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      if (!distinct.contains(o.reason())) {
        distinct.add(o.reason());
      }
    }
    return String.join(joiner, distinct);
  }

  // ---- demographics

  private Outcome age(Predicate.Age a, PatientRecord p) {
    Optional<Fact> f = demographic(p, true);
    if (f.isEmpty()) {
      return Outcome.unknown("age not recorded", List.of());
    }
    int age = ((Finding.Demographic) f.get().finding()).age();
    boolean ok = (a.min() == null || age >= a.min()) && (a.max() == null || age <= a.max());
    String reason = "age " + age + " (required " + bounds(a.min(), a.max()) + ")";
    return ok ? Outcome.met(reason, f.get().evidence()) : Outcome.notMet(reason, f.get().evidence());
  }

  /** The patient's own age (or sex) fact, a structured one before one from notes, else the first. */
  private static Optional<Fact> demographic(PatientRecord p, boolean age) {
    Fact best = null;
    for (Fact x : ownOf(p, FactType.DEMOGRAPHIC)) {
      Finding.Demographic d = (Finding.Demographic) x.finding();
      if ((age ? d.age() : d.sex()) != null && (best == null || !best.structured() && x.structured())) {
        best = x;
      }
    }
    return Optional.ofNullable(best);
  }

  private Outcome sex(Predicate.Sex s, PatientRecord p) {
    Optional<Fact> f = demographic(p, false);
    if (f.isEmpty()) {
      return Outcome.unknown("sex not recorded", List.of());
    }
    String sex = ((Finding.Demographic) f.get().finding()).sex();
    return sex.equals(s.sex()) ? Outcome.met("sex " + sex, f.get().evidence()) : Outcome.notMet("sex " + sex, f.get().evidence());
  }

  // ---- disease

  private Outcome diagnosis(Predicate.Diagnosis d, PatientRecord p) {
    List<Fact> dx = new ArrayList<>();
    // A carcinoma in situ (DCIS) is no invasive cancer of its organ, unless the criterion asks for that histology.
    boolean inSituWanted = d.histologies().stream().anyMatch(h -> h.contains("in situ"));
    for (Fact f : p.currentOf(FactType.DIAGNOSIS)) {
      Finding.Diagnosis x = (Finding.Diagnosis) f.finding();
      if (f.assertion() == Assertion.PRESENT && x.cancer() != null
          && (inSituWanted || x.histology() == null || !x.histology().contains("in situ"))) {
        dx.add(f);
      }
    }
    String wanted = described(d, x -> d.cancers().stream().sorted().map(cancers::label).collect(Collectors.joining(" or ")));
    if (dx.isEmpty()) {
      return Outcome.unknown("no cancer diagnosis found", List.of());
    }
    List<Fact> matching = new ArrayList<>();
    List<Fact> vague = new ArrayList<>();
    for (Fact f : dx) {
      String code = ((Finding.Diagnosis) f.finding()).cancer();
      if (anyIsA(code, d.cancers(), true)) {
        matching.add(f);
      } else if (anyIsA(code, d.cancers(), false)) {
        vague.add(f);
      }
    }
    if (!matching.isEmpty()) {
      if (d.histologies().isEmpty()) {
        return Outcome.met(labelOf(matching) + " matches " + wanted, evidence(matching));
      }
      List<Fact> withHistology = matching.stream().filter(f -> ((Finding.Diagnosis) f.finding()).histology() != null).toList();
      List<Fact> hit = withHistology.stream().filter(f -> histologyMatches(d.histologies(), ((Finding.Diagnosis) f.finding()).histology()))
          .toList();
      if (!hit.isEmpty()) {
        return Outcome.met(labelOf(hit) + " matches " + wanted, evidence(hit));
      }
      // No histology stated is no mention of the one wanted: an exclusion of "ocular (uveal) melanoma"
      // assumes a melanoma of unstated histology is not uveal, as it assumes any unmentioned history absent.
      return withHistology.isEmpty()
          ? new Outcome(Verdict.UNKNOWN, "the histology (" + String.join(", ", d.histologies()) + ") of " + labelOf(matching),
              evidence(matching), true)
          : Outcome.notMet("histology " + ((Finding.Diagnosis) withHistology.get(0).finding()).histology() + " is not " + d.histologies(), evidence(withHistology));
    }
    List<Fact> other = dx.stream().filter(f -> !vague.contains(f)).toList();
    if (!other.isEmpty()) {
      return Outcome.notMet("diagnosis is " + labelOf(other) + ", not " + wanted, evidence(other));
    }
    return Outcome.unknown(labelOf(vague) + ": subtype not stated", evidence(vague));
  }

  /** Whether {@code code} is one of {@code wanted} or below it ({@code below}), or one of them is below {@code code}. */
  private boolean anyIsA(String code, java.util.Collection<String> wanted, boolean below) {
    for (String w : wanted) {
      if (below ? cancers.isA(code, w) : cancers.isA(w, code)) {
        return true;
      }
    }
    return false;
  }

  private String labelOf(List<Fact> dx) {
    java.util.Set<String> withHistology = new java.util.HashSet<>();
    for (Fact f : dx) {
      Finding.Diagnosis d = (Finding.Diagnosis) f.finding();
      if (d.histology() != null) {
        withHistology.add(d.cancer());
      }
    }
    java.util.Set<String> labels = new java.util.LinkedHashSet<>();
    for (Fact f : dx) {
      Finding.Diagnosis d = (Finding.Diagnosis) f.finding();
      if (d.histology() != null) {
        labels.add(d.histology() + " (" + d.cancer() + ")");
      } else if (!withHistology.contains(d.cancer())) {
        labels.add(cancers.label(d.cancer()));
      }
    }
    return String.join(", ", labels);
  }

  /** "measurable lesion per RECIST 1.1 ≥ 1.5 cm on MRI, not irradiated". */
  private static String lesion(Predicate.Lesion l) {
    return "a " + l.kind() + (l.criteria() == null ? "" : " per " + l.criteria())
        + (l.size() == null ? "" : " " + l.comparison() + " " + trim(l.size()) + " " + l.unit())
        + (l.modality() == null ? "" : " on " + l.modality()) + (l.notIrradiated() ? ", not irradiated" : "");
  }

  /** Distant disease rules out a setting that leaves it out; the records state no setting otherwise. */
  private Outcome setting(Predicate.DiseaseSetting d, PatientRecord p) {
    if (Predicate.DiseaseSetting.NOT_DISTANT.contains(d.setting())) {
      Outcome iv = stage(new Predicate.Stage("IV"), p);
      if (iv.verdict() == Verdict.MET) {
        return Outcome.notMet(iv.reason() + ", not " + d.setting() + " disease", iv.evidence());
      }
    }
    return Outcome.unknown(d.setting() + " disease: no record fact states the disease setting", List.of());
  }

  /** The patient's own current metastases at any site, not denied. */
  private static List<Fact> distantMetastases(PatientRecord p) {
    List<Fact> distant = new ArrayList<>();
    for (Fact f : p.currentOf(FactType.METASTASIS)) {
      if (f.ownPositive() && ((Finding.Metastasis) f.finding()).status() != MetStatus.ABSENT && !f.notImaged()) {
        distant.add(f);
      }
    }
    return distant;
  }

  /**
   * The patient's current cancers when every one is a blood cancer staged by no anatomic extent
   * (leukaemia, myelodysplastic or myeloproliferative neoplasm, myeloma; not lymphoma, which has
   * Ann Arbor stages); else empty.
   */
  private List<Fact> unstagedBloodCancer(PatientRecord p) {
    List<Fact> dx = new ArrayList<>();
    for (Fact f : p.currentOf(FactType.DIAGNOSIS)) {
      String code = ((Finding.Diagnosis) f.finding()).cancer();
      if (f.assertion() != Assertion.PRESENT || code == null) {
        continue;
      }
      if (!cancers.isA(code, "HEME") || cancers.isA(code, "LYMPHOMA") || code.equals("HEME")) {
        return List.of();
      }
      dx.add(f);
    }
    return dx;
  }

  private Outcome stage(Predicate.Stage s, PatientRecord p) {
    List<Fact> distant = distantMetastases(p);
    if (!distant.isEmpty()) {
      return Outcome.met("distant metastases (stage IV)", evidence(distant));
    }
    List<Fact> st = new ArrayList<>();
    int best = Integer.MIN_VALUE;
    for (Fact f : p.currentOf(FactType.DIAGNOSIS)) {
      if (f.assertion() == Assertion.PRESENT && ((Finding.Diagnosis) f.finding()).cancer() == null) {
        st.add(f);
        best = Math.max(best, rank(((Finding.Diagnosis) f.finding()).stage()));
      }
    }
    if (st.isEmpty()) {
      List<Fact> unstaged = unstagedBloodCancer(p);
      if (!unstaged.isEmpty()) {
        return Outcome.notMet(cancers.label(((Finding.Diagnosis) unstaged.get(0).finding()).cancer())
            + " has no anatomic stage (stage at least " + s.minStage() + " asks for a solid tumour's)", evidence(unstaged));
      }
      return Outcome.unknown("stage not recorded", List.of());
    }
    int min = rank(s.minStage());
    if (best < 0 || min < 0) {
      return Outcome.unknown("stage not understood (at least " + s.minStage() + " required)", evidence(st));
    }
    String stage = STAGES.get(best);
    if (best >= min) {
      return Outcome.met("stage " + stage + " (at least " + s.minStage() + ")", evidence(st));
    }
    // "stage III" when IIIB is required: the substage decides and is not stated.
    if (STAGES.get(min).replaceAll("[ABC]$", "").equals(stage) && !STAGES.get(min).equals(stage)) {
      return Outcome.unknown("stage " + stage + ": substage needed (at least " + s.minStage() + ")", evidence(st));
    }
    return Outcome.notMet("stage " + stage + " (below " + s.minStage() + ")", evidence(st));
  }

  /** A recorded stage above the bound fails; distant metastases or stage IV without a substage leave it open. */
  private Outcome stageAtMost(Predicate.StageAtMost s, PatientRecord p) {
    List<Fact> distant = distantMetastases(p);
    List<Fact> st = new ArrayList<>();
    int best = Integer.MIN_VALUE;
    for (Fact f : p.currentOf(FactType.DIAGNOSIS)) {
      if (f.assertion() == Assertion.PRESENT && ((Finding.Diagnosis) f.finding()).cancer() == null) {
        st.add(f);
        best = Math.max(best, rank(((Finding.Diagnosis) f.finding()).stage()));
      }
    }
    int max = rank(s.maxStage());
    String bound = "at most " + s.maxStage();
    if (!st.isEmpty() && best > max) {
      return Outcome.notMet("stage " + STAGES.get(best) + " (above " + s.maxStage() + ")", evidence(st));
    }
    if (!distant.isEmpty()) {
      return Outcome.unknown("distant metastases: the stage IV substage decides (" + bound + ")", evidence(distant));
    }
    if (st.isEmpty()) {
      return Outcome.unknown("stage not recorded", List.of());
    }
    if (best < 0) {
      return Outcome.unknown("stage not understood (" + bound + " required)", evidence(st));
    }
    String stage = STAGES.get(best);
    if (stage.equals("IV")) {
      return Outcome.unknown("stage IV: substage needed (" + bound + ")", evidence(st));
    }
    return Outcome.met("stage " + stage + " (" + bound + ")", evidence(st));
  }

  /** A narrowing qualifier leaves a met part open; a widening one leaves a failed part open. */
  private Outcome qualified(Predicate.Qualified q, PatientRecord p) {
    Outcome o = eval(q.part(), p);
    if (!q.widens() && o.verdict() == Verdict.MET) {
      return Outcome.unknown(o.reason() + "; " + q.qualifier() + " is not read from the records", o.evidence());
    }
    if (q.widens() && o.verdict() == Verdict.NOT_MET) {
      return Outcome.unknown(o.reason() + "; " + q.qualifier() + " also qualifies and is not read from the records", o.evidence());
    }
    return o;
  }

  private static int rank(String stage) {
    // -1 for a stage group outside the list (a staging system eligo does not order)
    String s = stage == null ? "" : stage.toUpperCase(Locale.ROOT);
    boolean digit = !s.isEmpty() && s.charAt(s.length() - 1) >= '0' && s.charAt(s.length() - 1) <= '9';
    return STAGES.indexOf(digit ? s.substring(0, s.length() - 1) : s);
  }

  // ---- molecular

  private Outcome variant(Predicate.Variant v, PatientRecord p) {
    String wanted = described(v, x -> v.gene() + (v.variants().isEmpty() ? " alteration" : " " + v.variants().stream().sorted().collect(Collectors.joining("/"))));
    List<Fact> own = new ArrayList<>();
    for (Fact f : p.currentOf(FactType.VARIANT)) {
      if (((Finding.Variant) f.finding()).gene().equals(v.gene()) && f.assertion() != Assertion.FAMILY && f.assertion() != Assertion.HYPOTHETICAL) {
        own.add(f);
      }
    }
    if (own.isEmpty()) {
      return Outcome.unmentioned(wanted);
    }
    // A variant of uncertain significance neither meets nor rules out; a benign one is no alteration.
    List<Fact> uncertain = new ArrayList<>();
    List<Fact> positive = new ArrayList<>();
    List<Fact> hits = new ArrayList<>();
    List<Fact> negative = new ArrayList<>();
    for (Fact f : own) {
      Finding.Variant x = (Finding.Variant) f.finding();
      if (f.ownPositive()) {
        if (Finding.Variant.VUS.equals(x.significance())) {
          uncertain.add(f);
        }
        if (x.significance() == null || x.significance().endsWith("pathogenic")) {
          positive.add(f);
          if (matches(v, x)) {
            hits.add(f);
          }
        }
      } else if (f.assertion() == Assertion.ABSENT && (x.variant() == null || matches(v, x) || freeCodon(v, x))) {
        negative.add(f);
      }
    }
    LocalDate hitDate = newest(hits);
    LocalDate negDate = newest(negative);
    if (!hits.isEmpty() && (negative.isEmpty() || !hitDate.isBefore(negDate))) {
      return Outcome.met(label(hits) + " present", evidence(hits));
    }
    if (!negative.isEmpty()) {
      return Outcome.notMet(v.gene() + " tested negative", evidence(negative));
    }
    List<Fact> codon = positive.stream().filter(f -> codonOf(v, (Finding.Variant) f.finding())).toList();
    if (!codon.isEmpty()) {
      return Outcome.unknown(label(codon) + " found, amino-acid change not stated", evidence(codon));
    }
    List<Fact> other = positive.stream().filter(f -> ((Finding.Variant) f.finding()).variant() != null).toList();
    if (!other.isEmpty() && !v.variants().isEmpty()) {
      return Outcome.notMet(label(other) + " found, not " + wanted, evidence(other));
    }
    if (!positive.isEmpty()) {
      return Outcome.unknown(v.gene() + " altered, variant not stated", evidence(positive));
    }
    if (!uncertain.isEmpty()) {
      return Outcome.unknown(label(uncertain) + " of uncertain significance", evidence(uncertain));
    }
    List<Fact> possible = own.stream().filter(f -> f.assertion() == Assertion.POSSIBLE).toList();
    if (!possible.isEmpty()) {
      return Outcome.unknown(wanted + " possible, not confirmed", evidence(possible));
    }
    return Outcome.unmentioned(wanted);
  }

  private static boolean matches(Predicate.Variant v, Finding.Variant f) {
    if (f.variant() == null) {
      return false;
    }
    if (v.variants().isEmpty()) {
      return true;
    }
    for (String w : v.variants()) {
      if (w.equalsIgnoreCase(f.variant())) {
        return true;
      }
    }
    return false;
  }

  /** "BRAF V600 not detected": every wanted change (V600E, V600K) is at that free codon. */
  private static boolean freeCodon(Predicate.Variant v, Finding.Variant f) {
    return f.variant() != null && f.variant().matches("[A-Z]\\d+") && !v.variants().isEmpty()
        && v.variants().stream().allMatch(w -> w.startsWith(f.variant()) && w.length() > f.variant().length()
            && !Character.isDigit(w.charAt(f.variant().length())));
  }

  /** A codon-level finding ("BRAF V600") that one of the wanted changes (V600E) would refine. */
  private static boolean codonOf(Predicate.Variant v, Finding.Variant f) {
    return f.variant() != null && f.variant().matches("[A-Z]\\d+")
        && v.variants().stream().anyMatch(w -> w.startsWith(f.variant()) && w.length() > f.variant().length());
  }

  private static String label(List<Fact> facts) {
    return facts.stream().map(f -> {
      Finding.Variant v = (Finding.Variant) f.finding();
      return v.gene() + (v.variant() == null ? "" : " " + v.variant());
    }).distinct().collect(Collectors.joining(", "));
  }

  private Outcome biomarker(Predicate.Biomarker b, PatientRecord p) {
    return switch (b.name()) {
      case "HER2" -> her2(b, p);
      default -> simpleBiomarker(b, p);
    };
  }

  private Outcome simpleBiomarker(Predicate.Biomarker b, PatientRecord p) {
    List<Fact> facts = biomarkers(p, b.name());
    if (facts.isEmpty() && b.status() != null && MISMATCH_REPAIR.containsKey(b.name())) {
      return byOtherTest(b, p);
    }
    if (facts.isEmpty()) {
      // no record names the result: unknown for an inclusion, assumed absent for an exclusion
      return Outcome.unmentioned("a " + b.name() + " result");
    }
    if (facts.stream().filter(Fact::conflict).count() > 1) {
      return Outcome.unknown(b.name() + ": conflicting results of the same date", evidence(facts));
    }
    // Agreeing results of one date ("PD-L1 90%", "PD-L1 high"): the number says most.
    Fact f = facts.stream().filter(x -> ((Finding.Biomarker) x.finding()).value() != null).findFirst().orElse(facts.get(0));
    Finding.Biomarker r = (Finding.Biomarker) f.finding();
    String shown = b.name() + " " + (r.value() != null ? trim(r.value()) + (r.unit() == null ? "" : r.unit()) : r.category());
    if (b.status() != null) {
      String have = category(r);
      if (have == null) {
        return Outcome.unknown(shown + ": category unclear", f.evidence());
      }
      return have.equalsIgnoreCase(b.status()) ? Outcome.met(shown, f.evidence()) : Outcome.notMet(shown, f.evidence());
    }
    double[] range = Ranges.of(r);
    if (range == null) {
      return Outcome.unknown(shown + ": no numeric value", f.evidence());
    }
    boolean allIn = (b.min() == null || range[0] >= b.min()) && (b.max() == null || (range[1] <= b.max()));
    boolean allOut = (b.min() != null && (range[1] < b.min() || (range[2] == 1 && range[1] <= b.min())))
        || (b.max() != null && range[0] > b.max());
    String limit = bounds(b.min() == null ? null : b.min().intValue(), b.max() == null ? null : b.max().intValue());
    if (allIn) {
      return Outcome.met(shown + " (required " + limit + ")", f.evidence());
    }
    if (allOut) {
      return Outcome.notMet(shown + " (required " + limit + ")", f.evidence());
    }
    return Outcome.unknown(shown + " straddles " + limit, f.evidence());
  }

  private static List<Fact> biomarkers(PatientRecord p, String name) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : ownOf(p, FactType.BIOMARKER)) {
      if (((Finding.Biomarker) f.finding()).name().equals(name)) {
        out.add(f);
      }
    }
    return out;
  }

  /** MSI and MMR answer one question, each by its own test: the other test's name, and its categories in this test's terms. */
  private static final Map<String, Map.Entry<String, Map<String, String>>> MISMATCH_REPAIR = Map.of(
      "MSI", Map.entry("MMR", Map.of("dMMR", "MSI-H", "pMMR", "MSS")),
      "MMR", Map.entry("MSI", Map.of("MSI-H", "dMMR", "MSS", "pMMR")));

  /**
   * "MSI-H or dMMR" for a patient whose tumour was stained (pMMR) but not sequenced for MSI: the
   * stain settles the status the criterion asks about (deficient repair and high instability go
   * together), so one test decides; with neither reported, or a result of no clear category, it stays open.
   */
  private Outcome byOtherTest(Predicate.Biomarker b, PatientRecord p) {
    Map.Entry<String, Map<String, String>> other = MISMATCH_REPAIR.get(b.name());
    List<Fact> facts = biomarkers(p, other.getKey());
    if (facts.isEmpty()) {
      return Outcome.unmentioned("a " + b.name() + " or " + other.getKey() + " result");
    }
    if (facts.stream().filter(Fact::conflict).count() > 1) {
      return Outcome.unknown(b.name() + " not reported", List.of());
    }
    Fact f = facts.get(0);
    String have = category((Finding.Biomarker) f.finding());
    String equivalent = have == null ? null : other.getValue().get(have);
    if (equivalent == null) {
      return Outcome.unknown(b.name() + " not reported", List.of());
    }
    String shown = b.name() + " not reported; " + other.getKey() + " " + have + " (the same status by the other test)";
    return equivalent.equalsIgnoreCase(b.status()) ? Outcome.met(shown, f.evidence()) : Outcome.notMet(shown, f.evidence());
  }

  /** ER/PR/MSI/MMR categories as criteria name them. */
  private static String category(Finding.Biomarker r) {
    if (r.name().equals("ER") || r.name().equals("PR")) {
      if (r.value() != null) {
        return r.value() >= 1 ? "positive" : "negative";
      }
      return r.category();
    }
    return r.category();
  }

  private Outcome her2(Predicate.Biomarker b, PatientRecord p) {
    List<Fact> facts = biomarkers(p, "HER2");
    if (facts.isEmpty()) {
      return Outcome.unmentioned("a HER2 result");
    }
    LocalDate newest = newest(facts);
    List<Fact> latest = facts.stream().filter(f -> Objects.equals(f.date(), newest)).toList();
    Her2.Reading h = Her2.read(latest);
    String status = h.status();
    String ihc = h.ihc();
    String ish = h.ish();
    if (status == null) {
      return Outcome.unknown("HER2 IHC 2+ without ISH result", evidence(latest));
    }
    String shown = "HER2 " + status + (ihc != null ? " (IHC " + ihc + (ish != null ? ", ISH " + ish : "") + ")" : ish != null ? " (ISH " + ish + ")" : "");
    if ("low".equals(b.status())) {
      // HER2-low: IHC 1+, or 2+ without amplification; a bare "negative" does not say which,
      // so a later "triple-negative" keeps the score of the newest scored result before it.
      if ("negative".equals(status) && ihc == null) {
        Her2.Reading scored = facts.stream().map(Fact::date).filter(Objects::nonNull).distinct()
            .sorted(Comparator.reverseOrder())
            .map(d -> Her2.read(facts.stream().filter(f -> d.equals(f.date())).toList()))
            .filter(r -> r.ihc() != null).findFirst().orElse(null);
        if (scored != null && "negative".equals(scored.status())) {
          ihc = scored.ihc();
          ish = scored.ish();
        }
      }
      if ("positive".equals(status) || "0".equals(ihc)) {
        return Outcome.notMet(shown, evidence(latest));
      }
      boolean low = "1+".equals(ihc) || "2+".equals(ihc) || ihc == null && latest.stream()
          .anyMatch(f -> "low".equals(((Finding.Biomarker) f.finding()).category()));
      return low ? Outcome.met("HER2-low (" + (ihc == null ? "as stated" : "IHC " + ihc + (ish == null ? "" : ", ISH " + ish)) + ")",
          evidence(latest))
          : Outcome.unknown(shown + ": IHC score not stated", evidence(latest));
    }
    return status.equals(b.status()) ? Outcome.met(shown, evidence(latest)) : Outcome.notMet(shown, evidence(latest));
  }

  private Outcome performance(Predicate.PerformanceStatus ps, PatientRecord p) {
    List<Fact> all = ownOf(p, FactType.PERFORMANCE_STATUS);
    List<Fact> facts = new ArrayList<>();
    for (Fact f : all) {
      if (((Finding.PerformanceStatus) f.finding()).scale().equals(ps.scale())) {
        facts.add(f);
      }
    }
    if (facts.isEmpty()) {
      Optional<Fact> other = all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
      if (other.isPresent() && ps.scale().equals("ECOG")) {
        int kps = ((Finding.PerformanceStatus) other.get().finding()).value();
        int ecog = PerformanceScales.ecogFromKps(kps);
        boolean ok = (ps.min() == null || ecog >= ps.min()) && (ps.max() == null || ecog <= ps.max());
        String reason = "ECOG " + ecog + " converted from KPS " + kps + " (required " + bounds(ps.min(), ps.max()) + ")";
        return ok ? Outcome.met(reason, other.get().evidence()) : Outcome.notMet(reason, other.get().evidence());
      }
      return other.isPresent()
          ? Outcome.unknown(ps.scale() + " not recorded (only " + ((Finding.PerformanceStatus) other.get().finding()).scale() + " "
              + ((Finding.PerformanceStatus) other.get().finding()).value() + ")", other.get().evidence())
          : Outcome.unknown(ps.scale() + " not recorded", List.of());
    }
    if (facts.size() > 1) {
      return Outcome.unknown(ps.scale() + ": conflicting values of the same date", evidence(facts));
    }
    int v = ((Finding.PerformanceStatus) facts.get(0).finding()).value();
    boolean ok = (ps.min() == null || v >= ps.min()) && (ps.max() == null || v <= ps.max());
    String reason = ps.scale() + " " + v + " (required " + bounds(ps.min(), ps.max()) + ")";
    return ok ? Outcome.met(reason, facts.get(0).evidence()) : Outcome.notMet(reason, facts.get(0).evidence());
  }

  private Outcome metastasis(Predicate.Metastasis m, PatientRecord p) {
    List<Fact> facts = new ArrayList<>();
    List<Fact> possible = new ArrayList<>();
    List<Fact> notImaged = new ArrayList<>();
    for (Fact f : ownOf(p, FactType.METASTASIS)) {
      if (((Finding.Metastasis) f.finding()).site().equals(m.site())) {
        (f.notImaged() ? notImaged : f.assertion() != Assertion.POSSIBLE ? facts : possible).add(f);
      }
    }
    if (facts.isEmpty()) {
      // "brain not imaged" tells of no disease there: as if the site were never mentioned, the scan's absence said
      return possible.isEmpty() ? Outcome.unmentioned(m.site() + (notImaged.isEmpty() ? " metastases" : " metastases (" + m.site() + " not imaged)"))
          : Outcome.unknown(m.site() + " metastases possible, not confirmed", evidence(possible));
    }
    // Same-date statements are summarised worst first (a new lesion beside treated ones is
    // active); a bare mention without status counts only when nothing says more.
    MetStatus st = MetStatus.UNKNOWN;
    for (MetStatus s : WORST_FIRST) {
      if (anyHas(facts, s)) {
        st = s;
        break;
      }
    }
    List<Fact> ev = new ArrayList<>();
    for (Fact f : facts) {
      if (statusOf(f) == st) {
        ev.add(f);
      }
    }
    if (st == MetStatus.UNKNOWN) {
      return Outcome.unknown(m.site() + " metastases present, activity not stated", evidence(ev));
    }
    String reason = m.site() + " metastases " + st.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("treated stable", "treated and stable");
    return m.statuses().contains(st.name()) ? Outcome.met(reason, evidence(ev)) : Outcome.notMet(reason, evidence(ev));
  }

  private static final List<MetStatus> WORST_FIRST = List.of(MetStatus.ACTIVE, MetStatus.TREATED_STABLE, MetStatus.ABSENT, MetStatus.UNKNOWN);

  private static boolean anyHas(List<Fact> facts, MetStatus s) {
    for (Fact f : facts) {
      if (statusOf(f) == s) {
        return true;
      }
    }
    return false;
  }

  private static MetStatus statusOf(Fact f) {
    MetStatus s = ((Finding.Metastasis) f.finding()).status();
    // A past brain metastasis ("h/o brain mets") not said to be active now is taken as treated.
    if (f.assertion() == Assertion.HISTORICAL && s == MetStatus.UNKNOWN) {
      return MetStatus.TREATED_STABLE;
    }
    return s;
  }

  private Outcome therapy(Predicate.PriorTherapy t, PatientRecord p) {
    if ((!t.drugs().isEmpty() || !t.classes().isEmpty()) && (t.minLines() != null || t.maxLines() != null)) {
      return linesWith(t, p);
    }
    if (!t.drugs().isEmpty() || !t.classes().isEmpty()) {
      String what = described(t, x -> java.util.stream.Stream.concat(t.drugs().stream().sorted(), t.classes().stream().sorted())
          .collect(Collectors.joining(" or ")));
      List<Fact> given = new ArrayList<>();
      for (Fact f : p.factsOf(FactType.THERAPY)) {
        if (f.ownPositive() && received(t, (Finding.Therapy) f.finding())
            && (!t.advancedOnly() || ((Finding.Therapy) f.finding()).setting() == null)) {
          given.add(f);
        }
      }
      if (!given.isEmpty()) {
        return Outcome.met("received " + names(given), evidence(given));
      }
      List<Fact> denied = new ArrayList<>();
      List<Fact> planned = new ArrayList<>();
      for (Fact f : p.factsOf(FactType.THERAPY)) {
        Finding.Therapy x = (Finding.Therapy) f.finding();
        if (f.assertion() == Assertion.ABSENT && (x.drug() == null || received(t, x))) {
          denied.add(f);
        } else if (f.assertion() == Assertion.HYPOTHETICAL && received(t, x)) {
          planned.add(f);
        }
      }
      if (!denied.isEmpty()) {
        return Outcome.notMet("no prior " + what + " (stated)", evidence(denied));
      }
      if (!planned.isEmpty() && p.priorLines() != null) {
        return Outcome.notMet(what + " only planned, not given", evidence(planned));
      }
      return Outcome.unmentioned("prior " + what);
    }
    if (p.priorLines() == null) {
      return Outcome.unmentioned("prior systemic therapy");
    }
    int lines = p.priorLines();
    boolean ok = (t.minLines() == null || lines >= t.minLines()) && (t.maxLines() == null || lines <= t.maxLines());
    String reason = lines + " prior systemic line" + (lines == 1 ? "" : "s") + " (required " + bounds(t.minLines(), t.maxLines()) + ")";
    return ok ? Outcome.met(reason, p.priorLinesEvidence()) : Outcome.notMet(reason, p.priorLinesEvidence());
  }

  /**
   * The response recorded for the course of the drugs or classes (the newest one when the criterion
   * says "last"): a wanted one MET, another NOT_MET, none or a response of unstated depth that the
   * wanted ones do not both cover UNKNOWN. Courses without a date leave "last" open unless they agree.
   */
  private Outcome therapyResponse(Predicate.TherapyResponse t, PatientRecord p) {
    if (t.drugs().isEmpty() && t.classes().isEmpty()) {
      return lastLineResponse(t, p);
    }
    Predicate.PriorTherapy as = new Predicate.PriorTherapy(t.drugs(), t.classes(), null, null, false);
    String what = java.util.stream.Stream.concat(t.drugs().stream().sorted(), t.classes().stream().sorted())
        .collect(Collectors.joining(" or "));
    List<Fact> given = new ArrayList<>();
    for (Fact f : p.factsOf(FactType.THERAPY)) {
      Finding.Therapy x = (Finding.Therapy) f.finding();
      if (f.ownPositive() && received(as, x) && !Finding.Therapy.NON_CANCER.equals(x.setting())) {
        given.add(f);
      }
    }
    if (given.isEmpty()) {
      Outcome o = therapy(as, p);
      return o.verdict() == Verdict.NOT_MET ? Outcome.notMet(o.reason(), o.evidence()) : Outcome.unmentioned("a course of " + what);
    }
    List<Fact> counted = given;
    if (t.last()) {
      String newest = null;
      boolean undated = false;
      for (Fact f : given) {
        String d = courseDate((Finding.Therapy) f.finding());
        undated |= d == null;
        newest = d != null && (newest == null || d.compareTo(newest) > 0) ? d : newest;
      }
      if (!undated) {
        String at = newest;
        counted = given.stream().filter(f -> at.equals(courseDate((Finding.Therapy) f.finding()))).toList();
      }
    }
    java.util.Set<TherapyCourse.Response> said = new java.util.TreeSet<>();
    for (Fact f : counted) {
      TherapyCourse.Response r = ((Finding.Therapy) f.finding()).course().response();
      if (r == null) {
        return Outcome.unknown("response to " + names(List.of(f)) + " not recorded", evidence(counted));
      }
      said.add(r);
    }
    if (said.size() > 1) {
      return Outcome.unknown("responses to " + names(counted) + " differ and which course was last is not dated", evidence(counted));
    }
    TherapyCourse.Response r = said.iterator().next();
    String label = r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String wanted = " (required " + t.responses().stream().map(x -> x.toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(" or ")) + ")";
    if (t.responses().contains(r.name())) {
      return Outcome.met(label + " to " + names(counted) + wanted, evidence(counted));
    }
    if (r == TherapyCourse.Response.RESPONSE && t.responses().containsAll(List.of("COMPLETE_RESPONSE", "PARTIAL_RESPONSE"))) {
      return Outcome.met("response to " + names(counted) + wanted, evidence(counted));
    }
    if (r == TherapyCourse.Response.RESPONSE || r == TherapyCourse.Response.TOXICITY) {
      return Outcome.unknown(label + " to " + names(counted) + ": depth of response not stated" + wanted, evidence(counted));
    }
    return Outcome.notMet(label + " to " + names(counted) + wanted, evidence(counted));
  }

  /**
   * The response to the last line of systemic therapy for advanced disease ("progression during or after at least one
   * prior systemic therapy"): the highest line the received drugs carry, and the responses its drugs state (a drug of it
   * with none stated says nothing). No line given is NOT_MET where the notes give a count of none, else unmentioned;
   * no response stated for the last line, or several, is UNKNOWN.
   */
  private Outcome lastLineResponse(Predicate.TherapyResponse t, PatientRecord p) {
    int last = 0;
    for (Fact f : p.factsOf(FactType.THERAPY)) {
      Finding.Therapy x = (Finding.Therapy) f.finding();
      if (f.ownPositive() && "systemic".equals(x.category()) && x.setting() == null && x.course().line() != null) {
        last = Math.max(last, x.course().line());
      }
    }
    if (last == 0) {
      return p.priorLines() != null && p.priorLines() == 0
          ? Outcome.notMet("no prior systemic line", p.priorLinesEvidence())
          : Outcome.unmentioned("a line of systemic therapy for advanced disease");
    }
    List<Fact> counted = new ArrayList<>();
    java.util.Set<TherapyCourse.Response> said = new java.util.TreeSet<>();
    for (Fact f : p.factsOf(FactType.THERAPY)) {
      Finding.Therapy x = (Finding.Therapy) f.finding();
      if (f.ownPositive() && "systemic".equals(x.category()) && x.setting() == null && Integer.valueOf(last).equals(x.course().line())) {
        counted.add(f);
        if (x.course().response() != null) {
          said.add(x.course().response());
        }
      }
    }
    String wanted = " (required " + t.responses().stream().map(x -> x.toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(" or ")) + ")";
    String line = "line " + last + " (" + names(counted) + ")";
    if (said.contains(TherapyCourse.Response.PROGRESSION) && t.responses().contains("PROGRESSION")) {
      // progression ends a line: stated for the last one, the disease progressed on it
      return Outcome.met("progression on " + line + wanted, evidence(counted));
    }
    // "pembrolizumab stopped for colitis; carboplatin/pemetrexed went on": a toxicity said of some of the line's drugs
    // ends no line, so the line's outcome is as unsaid as when none is written
    boolean partToxicity = said.equals(java.util.Set.of(TherapyCourse.Response.TOXICITY))
        && counted.stream().anyMatch(f -> ((Finding.Therapy) f.finding()).course().response() == null);
    if ((said.isEmpty() || partToxicity) && t.responses().equals(java.util.Set.of("PROGRESSION"))) {
      // the notes often state progression in a sentence of its own ("CT 06/2026: progression"), which ties to no
      // course: a line given with no outcome stated is read as the line count reads it
      return Outcome.met(line + " given; its outcome not recorded (progression not contradicted)" + wanted, evidence(counted));
    }
    if (said.isEmpty()) {
      return Outcome.unknown("response to " + line + " not recorded" + wanted, evidence(counted));
    }
    if (said.size() > 1) {
      return Outcome.unknown("responses to " + line + " differ" + wanted, evidence(counted));
    }
    TherapyCourse.Response r = said.iterator().next();
    String label = r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (t.responses().contains(r.name())) {
      return Outcome.met(label + " on " + line + wanted, evidence(counted));
    }
    if (r == TherapyCourse.Response.TOXICITY
        || r == TherapyCourse.Response.RESPONSE && t.responses().containsAll(List.of("COMPLETE_RESPONSE", "PARTIAL_RESPONSE"))) {
      return Outcome.unknown(label + " on " + line + wanted, evidence(counted));
    }
    if (last > 1 && t.responses().contains("PROGRESSION")) {
      // "at least one prior therapy": the last line works, but an earlier one ended before it
      List<Fact> earlier = new ArrayList<>();
      boolean progressed = false;
      for (Fact f : p.factsOf(FactType.THERAPY)) {
        Finding.Therapy x = (Finding.Therapy) f.finding();
        if (f.ownPositive() && "systemic".equals(x.category()) && x.setting() == null && x.course().line() != null && x.course().line() < last) {
          earlier.add(f);
          progressed |= x.course().response() == TherapyCourse.Response.PROGRESSION;
        }
      }
      return progressed ? Outcome.met("progression on an earlier line (" + names(earlier) + ")" + wanted, evidence(earlier))
          : Outcome.unknown(label + " on " + line + "; an earlier line ended, why is not recorded" + wanted, evidence(earlier));
    }
    return Outcome.notMet(label + " on " + line + wanted, evidence(counted));
  }

  /** The start of a course, else its end; null when it has neither. */
  private static String courseDate(Finding.Therapy x) {
    return x.course().startDate() != null ? x.course().startDate() : x.course().endDate();
  }

  /**
   * "1 or 2 prior lines of chemotherapy": the lines for advanced disease that held one of the
   * drugs or classes, counted once each. Where the notes give no count of prior lines the
   * history is unknown.
   */
  private Outcome linesWith(Predicate.PriorTherapy t, PatientRecord p) {
    String what = java.util.stream.Stream.concat(t.drugs().stream().sorted(), t.classes().stream().sorted())
        .collect(Collectors.joining(" or "));
    if (p.priorLines() == null) {
      return Outcome.unmentioned("prior " + what);
    }
    java.util.Set<Integer> lines = new java.util.TreeSet<>();
    List<Fact> given = new ArrayList<>();
    for (Fact f : p.factsOf(FactType.THERAPY)) {
      Finding.Therapy x = (Finding.Therapy) f.finding();
      if (f.ownPositive() && x.setting() == null && x.course().line() != null && received(t, x)) {
        lines.add(x.course().line());
        given.add(f);
      }
    }
    int n = lines.size();
    boolean ok = (t.minLines() == null || n >= t.minLines()) && (t.maxLines() == null || n <= t.maxLines());
    String reason = n + " prior line" + (n == 1 ? "" : "s") + " with " + what + " (required " + bounds(t.minLines(), t.maxLines()) + ")";
    List<Evidence> ev = given.isEmpty() ? p.priorLinesEvidence() : evidence(given);
    return ok ? Outcome.met(reason, ev) : Outcome.notMet(reason, ev);
  }

  /**
   * Relapse during or soon after (neo)adjuvant therapy: the records say whether such therapy was
   * given, not when the disease came back, so received is UNKNOWN; none given, where the notes give
   * the systemic history (a count of prior lines), is NOT_MET; else unmentioned.
   */
  private Outcome earlyRelapse(Predicate.EarlyRelapse e, PatientRecord p) {
    Predicate.PriorTherapy t = new Predicate.PriorTherapy(e.drugs(), e.classes(), null, null);
    String what = "(neo)adjuvant " + java.util.stream.Stream.concat(e.drugs().stream(), e.classes().stream())
        .collect(Collectors.joining(" or "));
    List<Fact> given = new ArrayList<>();
    for (Fact f : p.factsOf(FactType.THERAPY)) {
      Finding.Therapy x = (Finding.Therapy) f.finding();
      if (f.ownPositive() && ("adjuvant".equals(x.setting()) || "neoadjuvant".equals(x.setting())) && received(t, x)) {
        given.add(f);
      }
    }
    if (!given.isEmpty()) {
      return Outcome.unknown("received " + given.stream().map(f -> therapyName((Finding.Therapy) f.finding())).distinct()
          .collect(Collectors.joining(", ")) + " as " + what + "; whether the disease recurred during it or within "
          + e.amount() + " " + e.unit() + " after is not recorded", evidence(given));
    }
    if (p.priorLines() != null) {
      return Outcome.notMet("no " + what + " recorded (" + p.priorLines() + " prior systemic line"
          + (p.priorLines() == 1 ? "" : "s") + " for advanced disease)", p.priorLinesEvidence());
    }
    return Outcome.unmentioned(what);
  }

  /**
   * A prior surgery or radiotherapy from the THERAPY facts of its category. A named procedure
   * needs that name (another procedure of the category leaves it open); a site or qualifier the
   * records do not carry leaves a receipt open too. Stated absence is NOT_MET; no mention is
   * unmentioned (UNKNOWN, assumed absent for an exclusion).
   */
  private Outcome procedure(Predicate.PriorProcedure pp, PatientRecord p) {
    String what = (pp.name() != null ? pp.name() : "surgery".equals(pp.kind()) ? "surgery" : "radiotherapy")
        + (pp.detail() == null ? "" : " (" + pp.detail() + ")");
    List<Fact> ofCategory = p.facts(FactType.THERAPY)
        .filter(f -> pp.kind().equals(((Finding.Therapy) f.finding()).category())).toList();
    List<Fact> given = ofCategory.stream().filter(Fact::ownPositive).toList();
    List<Fact> named = pp.name() == null ? given
        : given.stream().filter(f -> pp.name().equals(((Finding.Therapy) f.finding()).drug())).toList();
    if (!named.isEmpty() || !given.isEmpty()) {
      // "Thoracic radiotherapy of more than 30 Gy" against radiosurgery of the brain only: a site the course cannot have had
      List<Fact> course = named.isEmpty() ? given : named;
      if (pp.detail() != null && BODY_SITE.matcher(pp.detail()).find()
          && course.stream().allMatch(f -> ((Finding.Therapy) f.finding()).drug() != null && INTRACRANIAL.contains(((Finding.Therapy) f.finding()).drug()))) {
        return Outcome.notMet("received " + course.stream().map(f -> procedureName((Finding.Therapy) f.finding())).distinct()
            .collect(Collectors.joining(", ")) + ", which treats the brain only, not " + pp.detail(), evidence(course));
      }
    }
    if (!named.isEmpty()) {
      String received = "received " + named.stream().map(f -> procedureName((Finding.Therapy) f.finding())).distinct()
          .collect(Collectors.joining(", "));
      return pp.detail() == null ? Outcome.met(received, evidence(named))
          : Outcome.unknown(received + "; whether " + pp.detail() + " is not recorded", evidence(named));
    }
    if (!given.isEmpty()) {
      return Outcome.unknown("received " + given.stream().map(f -> procedureName((Finding.Therapy) f.finding())).distinct()
          .collect(Collectors.joining(", ")) + "; whether it was " + what + " is not stated", evidence(given));
    }
    List<Fact> denied = ofCategory.stream().filter(f -> f.assertion() == Assertion.ABSENT).toList();
    if (!denied.isEmpty()) {
      return Outcome.notMet("no prior " + what + " (stated)", evidence(denied));
    }
    return Outcome.unmentioned("prior " + what);
  }

  /** Radiotherapy of the brain alone, by the name the lexicon gives it. */
  private static final java.util.Set<String> INTRACRANIAL =
      java.util.Set.of("stereotactic radiosurgery", "whole brain radiation therapy", "prophylactic cranial irradiation");
  /** A body region outside the head that a criterion's radiotherapy may be restricted to. */
  private static final java.util.regex.Pattern BODY_SITE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:thoracic|thorax|chest|lung|mediastin\\w*|pelvi\\w*|abdomen|abdominal|breast|bone marrow|liver|spine|spinal)\\b");

  private static String procedureName(Finding.Therapy t) {
    return t.drug() != null ? t.drug() : "radiation".equals(t.category()) ? "radiation therapy" : t.category();
  }

  private static String therapyName(Finding.Therapy t) {
    return t.drug() != null ? t.drug() : String.join("/", t.classes());
  }

  /**
   * A named drug always counts, also as part of a regimen (FOLFOX gives oxaliplatin); a class
   * counts only for cancer treatment (not methotrexate for arthritis).
   */
  private boolean received(Predicate.PriorTherapy t, Finding.Therapy f) {
    if (f.drug() != null) {
      if (t.drugs().contains(f.drug())) {
        return true;
      }
      for (String part : partsOf.apply(f.drug())) {
        if (t.drugs().contains(part)) {
          return true;
        }
      }
    }
    if (Finding.Therapy.NON_CANCER.equals(f.setting())) {
      // a cytotoxic given for an autoimmune disease (methotrexate for rheumatoid arthritis) is no cancer therapy of its
      // class, but it is immunosuppressive treatment
      return t.classes().contains("immunosuppressant");
    }
    for (String c : t.classes()) {
      if (hasEvery(f.classes(), c)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Map<String, List<String>> COMBINATIONS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether {@code classes} holds each class of a "+"-joined combination ("PD-1+CTLA-4"; a trial's classes, split once each). */
  private static boolean hasEvery(List<String> classes, String combination) {
    List<String> each = COMBINATIONS.get(combination);
    if (each == null) {
      each = List.of(combination.split("\\+"));
      if (COMBINATIONS.size() < 10_000) {
        COMBINATIONS.put(combination, each);
      }
    }
    return classes.containsAll(each);
  }

  /**
   * A second cancer from the DIAGNOSIS facts of the patient's own cancers, now or in the past:
   * the distinct cancers are the codes no other recorded code is a subtype of ("lung cancer" and
   * "NSCLC" are one). With one, no other malignancy is mentioned (unmentioned: assumed absent for
   * an exclusion). With two or more that are not exceptions, one of them is another malignancy:
   * MET, or UNKNOWN when a look-back or activity would decide, since neither is checked. When
   * every cancer but one is an exception, NOT_MET, or UNKNOWN when the exception needs a
   * treatment the records are not checked for. Which cancer is the trial's is not decided here:
   * the trial's diagnosis criteria do that.
   */
  private Outcome otherMalignancy(Predicate.OtherMalignancy m, PatientRecord p) {
    List<Fact> dx = own(p, FactType.DIAGNOSIS).filter(f -> f.ownPositive() && ((Finding.Diagnosis) f.finding()).cancer() != null).toList();
    java.util.Set<String> codes = new java.util.TreeSet<>();
    dx.forEach(f -> codes.add(((Finding.Diagnosis) f.finding()).cancer()));
    List<String> distinct = codes.stream().filter(c -> codes.stream().noneMatch(o -> !o.equals(c) && cancers.isA(o, c))).toList();
    if (distinct.size() < 2) {
      return Outcome.unmentioned("another malignancy");
    }
    List<String> excepted = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String code : distinct) {
      List<Fact> of = dx.stream().filter(f -> cancers.isA(((Finding.Diagnosis) f.finding()).cancer(), code)).toList();
      (of.stream().allMatch(f -> excepted(m, (Finding.Diagnosis) f.finding())) ? excepted : others).add(code);
    }
    String named = distinct.stream().map(cancers::label).collect(Collectors.joining(", "));
    if (others.size() >= 2) {
      String found = "more than one cancer recorded (" + named + ")";
      List<String> open = new ArrayList<>();
      if (m.withinYears() != null) {
        open.add("within the last " + m.withinYears() + (m.withinYears() == 1 ? " year" : " years"));
      }
      if (m.activeOnly()) {
        open.add("active");
      }
      return open.isEmpty() ? Outcome.met(found, evidence(dx))
          : Outcome.unknown(found + "; whether the other one is " + String.join(" and ", open) + " is not checked", evidence(dx));
    }
    String exceptions = excepted.stream().map(cancers::label).collect(Collectors.joining(", "));
    List<Fact> shown = dx.stream().filter(f -> excepted.stream().anyMatch(c -> cancers.isA(((Finding.Diagnosis) f.finding()).cancer(), c))).toList();
    return m.exceptionsTreated()
        ? Outcome.unknown(exceptions + " is an allowed exception only once treated; its treatment is not checked", evidence(shown))
        : Outcome.notMet(exceptions + " is an allowed exception", evidence(shown));
  }

  private boolean excepted(Predicate.OtherMalignancy m, Finding.Diagnosis d) {
    boolean inSitu = d.histology() != null && d.histology().contains("in situ");
    for (String e : m.exceptions()) {
      if (e.equals("CIS") ? inSitu
          : e.startsWith("CIS of ") ? inSitu && cancers.isA(d.cancer(), e.substring("CIS of ".length()))
          : cancers.isA(d.cancer(), e)) {
        return true;
      }
    }
    return false;
  }

  private static List<Fact> conditionFacts(Predicate.Condition c, PatientRecord p) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : ownOf(p, FactType.CONDITION)) {
      Finding.Condition x = (Finding.Condition) f.finding();
      if (x.name().equalsIgnoreCase(c.name()) || c.name().equalsIgnoreCase(x.group())) {
        out.add(f);
      }
    }
    return out;
  }

  /** The condition's facts but those of the excepted conditions, which count as not having it. */
  private Outcome conditionOtherThan(Predicate.ConditionOtherThan c, PatientRecord p) {
    List<Fact> all = conditionFacts(new Predicate.Condition(c.name()), p);
    List<Fact> counted = new ArrayList<>();
    List<Fact> excepted = new ArrayList<>();
    for (Fact f : all) {
      String name = ((Finding.Condition) f.finding()).name();
      (c.excepted().stream().anyMatch(name::equalsIgnoreCase) ? excepted : counted).add(f);
    }
    Outcome o = counted.isEmpty() ? Outcome.unmentioned(c.name()) : conditionOf(c.name(), counted, false);
    if (o.verdict() != Verdict.MET && excepted.stream().anyMatch(Fact::ownPositive)) {
      String names = excepted.stream().filter(Fact::ownPositive).map(f -> ((Finding.Condition) f.finding()).name()).distinct()
          .collect(java.util.stream.Collectors.joining(", "));
      return o.verdict() == Verdict.NOT_MET || counted.isEmpty()
          ? Outcome.notMet(names + " recorded, which does not count (" + String.join(", ", c.excepted()) + " excepted)",
              evidence(excepted))
          : o;
    }
    return o;
  }

  private static final java.util.Set<String> SYSTEMIC_FOR_CONDITION = java.util.Set.of("immunosuppressant");
  private static final java.util.Set<String> LOCAL_OR_REPLACEMENT = java.util.Set.of("topical corticosteroid", "topical therapy", "hormone replacement");

  /**
   * The condition recorded (less the excepted ones) and whether it needed systemic treatment: an
   * immunosuppressive or disease-modifying drug (or a cytotoxic the notes give for it) says so;
   * only topical, ablative (radioiodine) or replacement treatment says not; nothing said leaves it open.
   */
  private Outcome treatedCondition(Predicate.TreatedCondition c, PatientRecord p) {
    Outcome recorded = c.excepted().isEmpty() ? condition(new Predicate.Condition(c.name()), p)
        : conditionOtherThan(new Predicate.ConditionOtherThan(c.name(), c.excepted()), p);
    if (recorded.verdict() != Verdict.MET) {
      return recorded;
    }
    List<Fact> systemic = new ArrayList<>();
    List<Fact> before = new ArrayList<>();
    List<Fact> local = new ArrayList<>();
    String cutoff = c.withinYears() == null || p.asOf() == null ? null : p.asOf().minusYears(c.withinYears()).toString();
    for (Fact f : ownOf(p, FactType.THERAPY)) {
      Finding.Therapy x = (Finding.Therapy) f.finding();
      if (!f.ownPositive()) {
        continue;
      }
      if (x.classes().contains("radiopharmaceutical")) {
        // Radioiodine for Graves' disease ablates the gland; it neither modifies nor suppresses the immune disease.
        local.add(f);
      } else if (Finding.Therapy.NON_CANCER.equals(x.setting()) || x.classes().stream().anyMatch(SYSTEMIC_FOR_CONDITION::contains)) {
        // "methotrexate stopped 2021" against "in the past 2 years": ended before the look-back (compared by year and month)
        String end = x.course().endDate();
        boolean ended = cutoff != null && end != null && end.compareTo(cutoff.substring(0, Math.min(cutoff.length(), end.length()))) < 0;
        (ended ? before : systemic).add(f);
      } else if (x.classes().stream().anyMatch(LOCAL_OR_REPLACEMENT::contains)) {
        local.add(f);
      }
    }
    List<Evidence> ev = new ArrayList<>(recorded.evidence());
    if (!systemic.isEmpty()) {
      ev.addAll(evidence(systemic));
      return Outcome.met(c.name() + " recorded, with systemic treatment (" + names(systemic) + ")", ev);
    }
    if (!before.isEmpty()) {
      ev.addAll(evidence(before));
      return Outcome.notMet(c.name() + " recorded; its systemic treatment (" + names(before) + ") ended before the past "
          + c.withinYears() + (c.withinYears() == 1 ? " year" : " years"), ev);
    }
    if (!local.isEmpty()) {
      ev.addAll(evidence(local));
      return Outcome.notMet(c.name() + " recorded, treated only topically, by ablation or by replacement (" + names(local) + ")", ev);
    }
    return c.unknownMeets() ? recorded
        : Outcome.unknown(c.name() + " recorded; whether it needed systemic treatment is not recorded", ev);
  }

  private static String names(List<Fact> therapies) {
    return therapies.stream().map(f -> therapyName((Finding.Therapy) f.finding())).distinct().collect(Collectors.joining(", "));
  }

  private Outcome condition(Predicate.Condition c, PatientRecord p) {
    return conditionOf(c.name(), conditionFacts(c, p), c.resolvable());
  }

  private Outcome conditionOf(String name, List<Fact> facts, boolean resolvable) {
    Predicate.Condition c = new Predicate.Condition(name);
    if (facts.isEmpty()) {
      return Outcome.unmentioned(c.name());
    }
    List<Fact> positive = new ArrayList<>();
    List<Fact> absent = new ArrayList<>();
    for (Fact f : facts) {
      if (f.ownPositive()) {
        positive.add(f);
      } else if (f.assertion() == Assertion.ABSENT) {
        absent.add(f);
      }
    }
    // Hepatitis B or C that is past ("resolved infection", "history of hepatitis C, SVR"): no infection now.
    if (!positive.isEmpty() && resolvable && positive.stream().allMatch(f -> f.assertion() == Assertion.HISTORICAL)) {
      return Outcome.notMet(c.name() + " past or resolved, not current", evidence(positive));
    }
    if (!positive.isEmpty()) {
      return Outcome.met(c.name() + " recorded", evidence(positive));
    }
    if (!absent.isEmpty()) {
      return Outcome.notMet("no " + c.name() + " (stated)", evidence(absent));
    }
    if (!facts.isEmpty()) {
      return Outcome.unknown(c.name() + " possible, not confirmed", evidence(facts));
    }
    return Outcome.unmentioned(c.name());
  }

  /**
   * The newest result of the analyte (a value the note gives as current outranks one it gives as
   * past); a ULN multiple is compared against the ULN the note states, else the lexicon's default,
   * an LLN multiple against the lexicon's default LLN (UNKNOWN when it has none).
   * A missing result is UNKNOWN, also for an exclusion: a lab is a value, never assumed.
   */
  private Outcome lab(Predicate.Lab l, PatientRecord p) {
    List<Fact> facts = p.current(FactType.LAB).filter(f -> f.ownPositive() && ((Finding.Lab) f.finding()).analyte().equals(l.analyte())).toList();
    String required = "required " + l.comparison() + " " + trim(l.limit()) + " " + l.unit();
    if (facts.isEmpty()) {
      return Outcome.unknown(l.analyte() + " not reported (" + required + ")", List.of());
    }
    if (facts.stream().anyMatch(f -> f.assertion() == Assertion.PRESENT)) {
      facts = facts.stream().filter(f -> f.assertion() == Assertion.PRESENT).toList();
    }
    boolean lln = l.unit().equals(Predicate.Lab.TIMES_LLN);
    if (lln && l.defaultNormal() == null) {
      // Notes state an upper limit beside a value at most; without a lower one the multiple has nothing to scale.
      return Outcome.unknown(l.analyte() + ": no lower limit of normal known (" + required + ")", evidence(facts));
    }
    List<String> shown = new ArrayList<>();
    java.util.Set<Boolean> verdicts = new java.util.HashSet<>();
    for (Fact f : facts) {
      Finding.Lab v = (Finding.Lab) f.finding();
      double value = v.value();
      String text = l.analyte() + " " + trim(value) + " " + v.unit();
      if (l.unit().equals(Predicate.Lab.TIMES_ULN)) {
        double uln = v.uln() != null ? v.uln() : l.defaultNormal();
        value = value / uln;
        text += " = " + trim(Math.round(value * 100) / 100.0) + " × ULN " + trim(uln) + (v.uln() != null ? "" : " (default)");
      } else if (lln) {
        value = value / l.defaultNormal();
        text += " = " + trim(Math.round(value * 100) / 100.0) + " × LLN " + trim(l.defaultNormal()) + " (default)";
      }
      shown.add(text + (f.date() == null ? "" : " on " + f.date()));
      verdicts.add(holds(value, l));
    }
    String reason = String.join(", ", shown) + " (" + required + ")";
    if (verdicts.size() > 1) {
      return Outcome.unknown(l.analyte() + ": conflicting results of the same date: " + reason, evidence(facts));
    }
    return verdicts.contains(true) ? Outcome.met(reason, evidence(facts)) : Outcome.notMet(reason, evidence(facts));
  }

  /** The comparison, with a margin for the rounding of converted values. */
  private static boolean holds(double value, Predicate.Lab l) {
    double eps = 1e-9 * Math.max(1, Math.abs(l.limit()));
    return switch (l.comparison()) {
      case "≥" -> value >= l.limit() - eps;
      case ">" -> value > l.limit() + eps;
      case "≤" -> value <= l.limit() + eps;
      default -> value < l.limit() - eps;
    };
  }

  // ---- helpers

  /** Current facts of a type that are the patient's own (not family, hypothetical). */
  private static java.util.stream.Stream<Fact> own(PatientRecord p, FactType type) {
    return ownOf(p, type).stream();
  }

  private static List<Fact> ownOf(PatientRecord p, FactType type) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : p.currentOf(type)) {
      if (f.assertion() != Assertion.FAMILY && f.assertion() != Assertion.HYPOTHETICAL
          && (type == FactType.METASTASIS || type == FactType.CONDITION || f.assertion() != Assertion.POSSIBLE)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The facts' evidence, distinct, made only when read (most evaluations are let go unread). */
  private static List<Evidence> evidence(List<Fact> facts) {
    boolean empty = true;
    for (Fact f : facts) {
      empty &= f.evidence().isEmpty();
    }
    return DeferredList.of(empty, () -> facts.stream().flatMap(f -> f.evidence().stream()).distinct().toList());
  }

  /** The outcomes' evidence, in order ({@code distinct}: each once), made only when read. */
  private static List<Evidence> evidenceOf(List<Outcome> outcomes, boolean distinct) {
    boolean empty = true;
    for (Outcome o : outcomes) {
      empty &= o.evidence().isEmpty();
    }
    return DeferredList.of(empty, () -> {
      java.util.stream.Stream<Evidence> all = outcomes.stream().flatMap(o -> o.evidence().stream());
      return (distinct ? all.distinct() : all).toList();
    });
  }

  private static LocalDate newest(List<Fact> facts) {
    return facts.stream().map(Fact::date).map(d -> d == null ? LocalDate.MIN : d).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
  }

  private static String bounds(Integer min, Integer max) {
    if (min != null && max != null) {
      return min + "–" + max;
    }
    return min != null ? "≥ " + min : "≤ " + max;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** A histology asked for, or "non-squamous carcinoma" asked for and any histology without a squamous part recorded. */
  static boolean histologyMatches(java.util.Set<String> wanted, String histology) {
    return wanted.contains(histology)
        || (wanted.contains(NON_SQUAMOUS) && !histology.toLowerCase(java.util.Locale.ROOT).replace(NON_SQUAMOUS, "").contains("squamous"));
  }

  private static final String NON_SQUAMOUS = "non-squamous carcinoma";
}
