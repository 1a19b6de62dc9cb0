package org.eligo.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The computable form of one criterion's statement. Evaluated against a patient it is MET,
 * NOT_MET or UNKNOWN; the criterion's kind (inclusion or exclusion) decides what that means.
 */
public sealed interface Predicate {

  /** The predicate kind shown as {@code category} by {@code eligo criteria}. */
  String category();

  /** Age in whole years within [min, max]; either bound may be null. */
  record Age(Integer min, Integer max) implements Predicate {
    public Age {
      if (min == null && max == null) {
        throw new IllegalArgumentException("age predicate needs a bound");
      }
    }

    @Override
    public String category() {
      return "AGE";
    }
  }

  /** Sex is {@code female} or {@code male}. */
  record Sex(String sex) implements Predicate {
    public Sex {
      if (!"female".equals(sex) && !"male".equals(sex)) {
        throw new IllegalArgumentException("sex must be female or male, got " + sex);
      }
    }

    @Override
    public String category() {
      return "SEX";
    }
  }

  /**
   * A cancer diagnosis of any of {@code cancers} (codes of lexicons/cancers.tsv, matched with
   * their descendants) and, when {@code histologies} is not empty, one of those histologies.
   */
  record Diagnosis(Set<String> cancers, Set<String> histologies) implements Predicate {
    public Diagnosis {
      cancers = sorted(cancers);
      histologies = histologies == null ? Set.of() : sorted(histologies);
      if (cancers.isEmpty()) {
        throw new IllegalArgumentException("diagnosis predicate needs a cancer");
      }
    }

    @Override
    public String category() {
      return "DIAGNOSIS";
    }
  }

  /**
   * Disease extent: {@code minStage} is the lowest stage group that satisfies it (e.g. "IIIB"
   * for "locally advanced or metastatic", "IV" for "metastatic"); distant metastases count as IV.
   */
  record Stage(String minStage) implements Predicate {
    /** Stage groups from lowest to highest, as the criteria name them and the evaluator compares them. */
    public static final List<String> ORDER = List.of(
        "0", "I", "IA", "IB", "II", "IIA", "IIB", "IIC", "III", "IIIA", "IIIB", "IIIC", "IIID", "IV", "IVA", "IVB", "IVC");

    public Stage {
      Objects.requireNonNull(minStage, "minStage");
    }

    @Override
    public String category() {
      return "STAGE";
    }
  }

  /**
   * An alteration of {@code gene}: any of {@code variants} (short forms as in FORMATS.md:
   * "G12C", "exon 19 deletion", "fusion", "amplification"); empty means any alteration of it.
   */
  record Variant(String gene, Set<String> variants) implements Predicate {
    public Variant {
      Objects.requireNonNull(gene, "gene");
      variants = variants == null ? Set.of() : sorted(variants);
    }

    @Override
    public String category() {
      return "VARIANT";
    }
  }

  /**
   * A biomarker test: numeric ({@code min}/{@code max} inclusive, e.g. PD-L1 TPS >= 50) or a
   * {@code status} such as "positive", "negative", "MSI-H", "dMMR".
   */
  record Biomarker(String name, Double min, Double max, String status) implements Predicate {
    public Biomarker {
      Objects.requireNonNull(name, "name");
      if (min == null && max == null && status == null) {
        throw new IllegalArgumentException("biomarker predicate " + name + " needs a bound or category");
      }
    }

    @Override
    public String category() {
      return "BIOMARKER";
    }
  }

  /** Performance status on {@code scale} (ECOG or KPS) within [min, max]. */
  record PerformanceStatus(String scale, Integer min, Integer max) implements Predicate {
    public PerformanceStatus {
      Objects.requireNonNull(scale, "scale");
    }

    @Override
    public String category() {
      return "PERFORMANCE_STATUS";
    }
  }

  /** Metastases at {@code site} in any of {@code statuses} (names of MetStatus). */
  record Metastasis(String site, Set<String> statuses) implements Predicate {
    public Metastasis {
      Objects.requireNonNull(site, "site");
      statuses = sorted(statuses);
    }

    @Override
    public String category() {
      return "METASTASIS";
    }
  }

  /**
   * Prior therapy received. With {@code drugs} or {@code classes}: any such drug was given; a
   * class written "A+B" means a drug of both classes ("anti-HER2 antibody-drug conjugate").
   * Without them: the number of prior systemic lines for advanced disease is within [minLines,
   * maxLines] (adjuvant and neoadjuvant therapy is never a line). {@code advancedOnly} limits a
   * drug or class to therapy given for advanced disease ("no prior chemotherapy for metastatic
   * disease": adjuvant chemotherapy does not count).
   */
  record PriorTherapy(Set<String> drugs, Set<String> classes, Integer minLines, Integer maxLines, boolean advancedOnly)
      implements Predicate {
    public PriorTherapy {
      drugs = drugs == null ? Set.of() : sorted(drugs);
      classes = classes == null ? Set.of() : sorted(classes);
      if (drugs.isEmpty() && classes.isEmpty() && minLines == null && maxLines == null) {
        throw new IllegalArgumentException("prior-therapy predicate needs drugs, classes or a line bound");
      }
    }

    public PriorTherapy(Set<String> drugs, Set<String> classes, Integer minLines, Integer maxLines) {
      this(drugs, classes, minLines, maxLines, false);
    }

    @Override
    public String category() {
      return "THERAPY";
    }
  }

  /**
   * An anticancer therapy given now ("receiving chemotherapy", "concurrent chemotherapy",
   * "currently receiving trastuzumab"): any of {@code drugs} or {@code classes}. Records give
   * what was received, rarely that it goes on: never received is NOT_MET, received is UNKNOWN.
   */
  record CurrentTherapy(Set<String> drugs, Set<String> classes) implements Predicate {
    public CurrentTherapy {
      drugs = drugs == null ? Set.of() : sorted(drugs);
      classes = classes == null ? Set.of() : sorted(classes);
      if (drugs.isEmpty() && classes.isEmpty()) {
        throw new IllegalArgumentException("current-therapy predicate needs a drug or class");
      }
    }

    @Override
    public String category() {
      return "THERAPY";
    }
  }

  /**
   * Disease that recurred during (neo)adjuvant therapy with one of {@code drugs} or {@code classes}
   * (as in {@link PriorTherapy}) or within {@code amount} {@code unit} after it was completed ("or
   * disease that recurred during adjuvant chemotherapy or within 6 months after completing it").
   * Records hold the therapy and its setting, not when the disease came back: received is left
   * open, none where the therapy history is recorded is NOT_MET.
   */
  record EarlyRelapse(Set<String> drugs, Set<String> classes, int amount, String unit) implements Predicate {
    public EarlyRelapse {
      drugs = drugs == null ? Set.of() : sorted(drugs);
      classes = classes == null ? Set.of() : sorted(classes);
      if (drugs.isEmpty() && classes.isEmpty()) {
        throw new IllegalArgumentException("early-relapse predicate needs a drug or class");
      }
      if (amount <= 0 || !Set.of("weeks", "months").contains(unit)) {
        throw new IllegalArgumentException("early-relapse window must be a positive number of weeks or months");
      }
    }

    @Override
    public String category() {
      return "THERAPY";
    }
  }

  /**
   * A prior surgery or radiotherapy: {@code kind} is "surgery" or "radiation" (the category
   * column of lexicons/drugs.tsv); {@code name} a named procedure of that category
   * ("prostatectomy", "brachytherapy"), null for any; {@code detail} a site or qualifier the
   * records cannot confirm ("pelvic", "to the prostate", "major"), null when none.
   */
  record PriorProcedure(String kind, String name, String detail) implements Predicate {
    public PriorProcedure {
      if (!"surgery".equals(kind) && !"radiation".equals(kind)) {
        throw new IllegalArgumentException("procedure kind must be surgery or radiation, got " + kind);
      }
    }

    @Override
    public String category() {
      return "PROCEDURE";
    }
  }

  /**
   * A malignancy other than the one the trial is about ("other malignancy within the past 5
   * years"): diagnosed or active within the last {@code withinYears} years (null: at any time);
   * {@code activeOnly} when the text speaks of a concurrent or active one only. {@code exceptions}
   * are the cancers it leaves out: codes of lexicons/cancers.tsv ("BCC", "CSCC"), "CIS" for a
   * carcinoma in situ of any organ, "CIS of CODE" for one of that site; {@code exceptionsTreated}
   * when they are exceptions only once treated ("adequately treated", "with curative intent").
   */
  record OtherMalignancy(Integer withinYears, boolean activeOnly, Set<String> exceptions, boolean exceptionsTreated)
      implements Predicate {
    public OtherMalignancy {
      if (withinYears != null && withinYears <= 0) {
        throw new IllegalArgumentException("other-malignancy window must be a positive number of years, got " + withinYears);
      }
      exceptions = exceptions == null ? Set.of() : sorted(exceptions);
      if (exceptions.isEmpty() && exceptionsTreated) {
        throw new IllegalArgumentException("treated exceptions need exceptions");
      }
    }

    @Override
    public String category() {
      return "OTHER_MALIGNANCY";
    }
  }

  /**
   * The clinical setting of the trial's disease, a word with no stage bound eligo could state:
   * one of {@link #SETTINGS}. "localized", "early", "limited-stage" and "locally advanced" leave
   * out distant disease, so a record with distant metastases (stage IV) does not meet them;
   * otherwise, and for "resectable", "newly diagnosed" and "recurrent" always, the records do not
   * state the setting and it evaluates UNKNOWN.
   */
  record DiseaseSetting(String setting) implements Predicate {
    /** The settings, as criteria say them. */
    public static final List<String> SETTINGS = List.of(
        "localized", "early", "limited-stage", "locally advanced", "resectable", "newly diagnosed", "recurrent");
    /** The settings that leave out distant disease. */
    public static final List<String> NOT_DISTANT = List.of("localized", "early", "limited-stage", "locally advanced");

    public DiseaseSetting {
      if (!SETTINGS.contains(setting)) {
        throw new IllegalArgumentException("disease setting must be one of " + SETTINGS + ", got " + setting);
      }
    }

    @Override
    public String category() {
      return "STAGE";
    }
  }

  /**
   * Disease extent at most {@code maxStage}, a substage of stage IV ("stage III, IVA or IVB" is
   * {@code AllOf[Stage[III], StageAtMost[IVB]]}). Which substage distant metastases make depends on
   * the cancer (IVC of the head and neck, IVA of the lung), so distant metastases without a
   * recorded substage leave it open; so does stage IV recorded without its substage.
   */
  record StageAtMost(String maxStage) implements Predicate {
    public StageAtMost {
      if (!List.of("IVA", "IVB").contains(maxStage)) {
        throw new IllegalArgumentException("stage upper bound must be IVA or IVB (lower bounds are Not[Stage]), got " + maxStage);
      }
    }

    @Override
    public String category() {
      return "STAGE";
    }
  }

  /**
   * Not a candidate for curative treatment by {@code means} ("curative surgery or definitive
   * chemoradiation"), said of a stage that curative treatment can still reach ("stage IIIB, IIIC or
   * IV ... that is not a candidate for ..."). A judgement records do not hold: it evaluates UNKNOWN.
   */
  record NotCurable(String means) implements Predicate {
    public NotCurable {
      Objects.requireNonNull(means, "means");
    }

    @Override
    public String category() {
      return "STAGE";
    }
  }

  /**
   * A hypersensitivity or allergy to {@code agent}, as the criterion names it ("mebendazole",
   * "FDG, fluciclovine, or iodine-based contrast agents", "any of the excipients"). Notes are not
   * read for allergies, so it evaluates UNKNOWN.
   */
  record Hypersensitivity(String agent) implements Predicate {
    public Hypersensitivity {
      if (agent == null || agent.isBlank()) {
        throw new IllegalArgumentException("hypersensitivity predicate needs an agent");
      }
    }

    @Override
    public String category() {
      return "HYPERSENSITIVITY";
    }
  }

  /** A condition by canonical name or group of lexicons/conditions.tsv (e.g. "autoimmune disease"). */
  record Condition(String name) implements Predicate {
    public Condition {
      Objects.requireNonNull(name, "name");
    }

    /**
     * A state that ends (hepatitis B or C infection, a pregnancy, breast-feeding): a past one is
     * none now.
     */
    public boolean resolvable() {
      return RESOLVABLE.contains(name);
    }

    private static final java.util.Set<String> RESOLVABLE =
        java.util.Set.of("hepatitis B", "hepatitis C", "pregnancy", "breast-feeding", "pregnancy or breast-feeding");

    @Override
    public String category() {
      return "CONDITION";
    }
  }

  /**
   * A condition of {@code name} (a condition or its group, as {@link Condition}) other than the
   * conditions in {@code excepted}: "autoimmune disease that needed systemic treatment ...
   * Replacement therapy does not count as systemic treatment" leaves out the autoimmune conditions
   * whose treatment is hormone replacement.
   */
  record ConditionOtherThan(String name, Set<String> excepted) implements Predicate {
    public ConditionOtherThan {
      Objects.requireNonNull(name, "name");
      excepted = sorted(excepted);
      if (excepted.isEmpty()) {
        throw new IllegalArgumentException("a condition other than some needs what it leaves out");
      }
    }

    @Override
    public String category() {
      return "CONDITION";
    }
  }

  /**
   * A condition of {@code name} that needed systemic treatment ("active autoimmune disease that has
   * required systemic treatment in the past 2 years"), leaving out the conditions in {@code
   * excepted} (possibly none): the records say so by an immunosuppressive or disease-modifying drug,
   * and a condition treated only topically or by hormone replacement does not count. With {@code
   * unknownMeets} ("autoimmune disease; hypothyroidism needing only hormone replacement or psoriasis
   * not needing systemic treatment do not exclude") a condition whose treatment is not recorded counts.
   * With {@code withinYears} ("in the past 2 years") a systemic treatment that ended before then
   * does not count.
   */
  record TreatedCondition(String name, Set<String> excepted, boolean unknownMeets, Integer withinYears) implements Predicate {
    public TreatedCondition {
      Objects.requireNonNull(name, "name");
      excepted = excepted == null ? Set.of() : sorted(excepted);
      if (withinYears != null && withinYears < 1) {
        throw new IllegalArgumentException("a look-back needs at least one year");
      }
    }

    /** Open when the records do not tell how the condition was treated; treatment at any time counts. */
    public TreatedCondition(String name, Set<String> excepted) {
      this(name, excepted, false, null);
    }

    @Override
    public String category() {
      return "CONDITION";
    }
  }

  /**
   * The newest result of laboratory {@code analyte} (a name of lexicons/labs.tsv) compared with
   * {@code limit}: {@code comparison} is "≥", "&gt;", "≤" or "&lt;". {@code unit} is the analyte's
   * canonical unit, {@link #TIMES_ULN} for a multiple of the upper limit of normal or {@link
   * #TIMES_LLN} for one of the lower limit; then {@code defaultNormal} is the lexicon's limit of
   * normal, used when the note states none (else null). A ULN multiple always has one; an LLN
   * multiple of an analyte without a default LLN has none and cannot be checked on a value.
   */
  record Lab(String analyte, String comparison, double limit, String unit, Double defaultNormal) implements Predicate {
    public static final String TIMES_ULN = "× ULN";
    public static final String TIMES_LLN = "× LLN";

    public Lab {
      Objects.requireNonNull(analyte, "analyte");
      Objects.requireNonNull(unit, "unit");
      if (!Set.of("≥", ">", "≤", "<").contains(comparison)) {
        throw new IllegalArgumentException("lab comparison must be ≥, >, ≤ or <, got " + comparison);
      }
      if (!(limit >= 0) || Double.isInfinite(limit)) {
        throw new IllegalArgumentException("lab limit must be a finite non-negative number, got " + limit);
      }
      if (TIMES_ULN.equals(unit) ? defaultNormal == null : !TIMES_LLN.equals(unit) && defaultNormal != null) {
        throw new IllegalArgumentException("a default limit of normal goes with a ULN multiple (always) or an LLN multiple, and only then: "
            + unit + ", " + defaultNormal);
      }
    }

    /** Whether the comparison is an upper limit (≤ or &lt;). */
    public boolean upper() {
      return comparison.equals("≤") || comparison.equals("<");
    }

    @Override
    public String category() {
      return "LAB";
    }
  }

  /**
   * A limit on a measurement taken by a test other than a blood test ({@link MeasurementRule}):
   * {@code name} is "LVEF", "FEV1" or "DLCO" (unit "%"), "QTc" (unit "ms"), "prostate volume"
   * (unit "mL"), "Child-Pugh score" (unit "points", from a class: A 5-6, B 7-9, C 10-15) or
   * "Gleason score" (unit "points", the sum of the two patterns, 2-10);
   * {@code comparison} is "≥", "&gt;", "≤" or "&lt;".
   */
  record Measurement(String name, String comparison, double limit, String unit) implements Predicate {
    public Measurement {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      if (!Set.of("≥", ">", "≤", "<").contains(comparison)) {
        throw new IllegalArgumentException("measurement comparison must be ≥, >, ≤ or <, got " + comparison);
      }
      if (!(limit >= 0) || Double.isInfinite(limit)) {
        throw new IllegalArgumentException("measurement limit must be a finite non-negative number, got " + limit);
      }
    }

    @Override
    public String category() {
      return "MEASUREMENT";
    }
  }

  /**
   * A measurement the criterion ties to the screening visit or to a window just before the
   * first dose ("adequate organ function at screening: ANC ≥ 1.5 × 10^9/L"): confirmed then,
   * so it evaluates DEFERRED whatever the records say, and says what they say now.
   */
  record AtScreening(Predicate part) implements Predicate {
    public AtScreening {
      Objects.requireNonNull(part, "part");
    }

    @Override
    public String category() {
      return part.category();
    }
  }

  /**
   * The tumour lies in one of {@code sites} (as the criterion names them: "cerebellum", "brain
   * stem"), or, when {@code confined}, within them only. Records hold the cancer and its
   * metastases, not where in an organ the tumour lies: it evaluates UNKNOWN.
   */
  record TumourSite(Set<String> sites, boolean confined) implements Predicate {
    public TumourSite {
      sites = sorted(sites);
      if (sites.isEmpty()) {
        throw new IllegalArgumentException("tumour-site predicate needs a site");
      }
    }

    @Override
    public String category() {
      return "TUMOUR_SITE";
    }
  }

  /**
   * A lesion seen on imaging, as the criterion describes it: {@code kind} ("lesion", "index lesion",
   * "target lesion", "measurable lesion"), the response {@code criteria} it is measured by (or
   * null), a size limit ({@code comparison} ≥, >, ≤ or < with {@code size} in {@code unit}: cm, mm
   * or cm3; all three null without one), the imaging {@code modality} it is seen on (or null), and
   * whether it must not have been irradiated. Notes are not read for lesions: it evaluates UNKNOWN.
   */
  record Lesion(String kind, String criteria, String comparison, Double size, String unit, String modality, boolean notIrradiated)
      implements Predicate {
    public Lesion {
      Objects.requireNonNull(kind, "kind");
      if ((comparison == null) != (size == null) || (size == null) != (unit == null)) {
        throw new IllegalArgumentException("a lesion size needs a comparison, a size and a unit");
      }
      if (comparison != null && !Set.of("≥", ">", "≤", "<").contains(comparison)) {
        throw new IllegalArgumentException("lesion size comparison must be ≥, >, ≤ or <, got " + comparison);
      }
      if (size == null && modality == null && !notIrradiated) {
        throw new IllegalArgumentException("a lesion predicate needs a size, a modality or the irradiation condition");
      }
    }

    @Override
    public String category() {
      return "MEASURABLE_DISEASE";
    }
  }

  /**
   * Measurable disease: at least one lesion measurable by the response criteria named ("RECIST
   * 1.1", "RANO", or null when none is named); {@code evaluableAllowed} when evaluable,
   * non-measurable disease also qualifies ("measurable or evaluable disease").
   */
  record MeasurableDisease(String criteria, boolean evaluableAllowed) implements Predicate {
    @Override
    public String category() {
      return "MEASURABLE_DISEASE";
    }
  }

  /**
   * The part held within the last {@code amount} {@code unit}s (days, weeks, months, years): a
   * washout ("chemotherapy within 4 weeks before the first dose") or a recent event ("myocardial
   * infarction within 6 months").
   */
  record Within(Predicate part, int amount, String unit) implements Predicate {
    public Within {
      Objects.requireNonNull(part, "part");
      if (amount <= 0 || !Set.of("days", "weeks", "months", "years").contains(unit)) {
        throw new IllegalArgumentException("window needs a positive amount of days, weeks, months or years, got " + amount + " " + unit);
      }
    }

    @Override
    public String category() {
      return part.category();
    }
  }

  /**
   * The response to a course of {@code drugs} or {@code classes} is one of {@code responses}
   * ("COMPLETE_RESPONSE", "PARTIAL_RESPONSE"): "CR or PR achieved with the last platinum-based
   * regimen". With {@code last} only the newest course of them counts. Read from the response a
   * THERAPY fact carries; none recorded is UNKNOWN, never received NOT_MET.
   */
  record TherapyResponse(Set<String> drugs, Set<String> classes, Set<String> responses, boolean last) implements Predicate {
    public static final Set<String> RESPONSES = Set.of("COMPLETE_RESPONSE", "PARTIAL_RESPONSE", "STABLE_DISEASE", "PROGRESSION");

    public TherapyResponse {
      drugs = drugs == null ? Set.of() : sorted(drugs);
      classes = classes == null ? Set.of() : sorted(classes);
      responses = responses == null ? Set.of() : sorted(responses);
      if (responses.isEmpty() || !RESPONSES.containsAll(responses)) {
        throw new IllegalArgumentException("therapy response needs responses among " + new java.util.TreeSet<>(RESPONSES) + ", got " + responses);
      }
    }

    @Override
    public String category() {
      return "THERAPY";
    }
  }

  /**
   * The part with a qualifier that records hold but eligo does not read ("HIV ... with a detectable
   * viral load", "active infection requiring treatment"). A narrowing qualifier ({@code widens}
   * false) can only take patients away: the part MET is UNKNOWN, anything else stands. A widening
   * one ("known or suspected breast cancer") can only add patients: the part NOT_MET is UNKNOWN.
   */
  record Qualified(Predicate part, String qualifier, boolean widens) implements Predicate {
    public Qualified {
      Objects.requireNonNull(part, "part");
      if (qualifier == null || qualifier.isBlank()) {
        throw new IllegalArgumentException("qualified predicate needs its qualifier");
      }
    }

    @Override
    public String category() {
      return part.category();
    }
  }

  /** Consent, contraception, compliance, screening-visit measurements: evaluates DEFERRED. */
  record Administrative(String what) implements Predicate {
    @Override
    public String category() {
      return "ADMINISTRATIVE";
    }
  }

  /** All parts hold. */
  record AllOf(List<Predicate> parts) implements Predicate {
    public AllOf {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new IllegalArgumentException("allOf needs at least two parts");
      }
    }

    @Override
    public String category() {
      return commonCategory(parts);
    }
  }

  /** At least one part holds. */
  record AnyOf(List<Predicate> parts) implements Predicate {
    public AnyOf {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new IllegalArgumentException("anyOf needs at least two parts");
      }
    }

    @Override
    public String category() {
      return commonCategory(parts);
    }
  }

  /** The part does not hold ("no EGFR sensitizing mutation" in an inclusion list). */
  record Not(Predicate part) implements Predicate {
    public Not {
      Objects.requireNonNull(part, "part");
    }

    @Override
    public String category() {
      return part.category();
    }
  }

  /**
   * An immutable copy in alphabetical order, so that a predicate prints the same in every run
   * (the iteration order of {@code Set.copyOf} changes from one JVM to the next).
   */
  private static Set<String> sorted(Set<String> values) {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(values));
  }

  private static String commonCategory(List<Predicate> parts) {
    String first = parts.get(0).category();
    for (Predicate p : parts) {
      if (!p.category().equals(first)) {
        return "COMPOSITE";
      }
    }
    return first;
  }
}
