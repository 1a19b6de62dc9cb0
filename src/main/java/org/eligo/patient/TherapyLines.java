package org.eligo.patient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.context.AssertedMention;
import org.eligo.core.Assertion;
import org.eligo.core.Evidence;
import org.eligo.extract.Finding;
import org.eligo.extract.TherapyCourse;

/**
 * Prior systemic lines for advanced disease, and the line each drug was given in. The systemic
 * drugs received together in one sentence form a regimen; a regimen contained in another
 * (maintenance, a restatement) is the same line; adjuvant and neoadjuvant therapy is not a line.
 * Lines are numbered in the order their regimens are first written (notes oldest first), or by
 * date when every line has a start or end date; a line the notes number ("2L docetaxel", also in
 * a plan such as "start X 1L") keeps that number and the others take the numbers left, in order.
 */
final class TherapyLines {
  /** The drugs of one sentence: components, the names they were written as, and what was said of them. */
  private static final class Regimen {
    final Set<String> parts = new TreeSet<>();
    final Set<String> names = new HashSet<>();
    final List<Evidence> evidence = new ArrayList<>();
    final Set<String> classes = new HashSet<>();
    Integer stated;
    String time;
    boolean toxicity;
    boolean progression;
    /** Written as an item of a list labelled as lines ("Lines: A, B, C"): a line of its own by the author's word. */
    boolean listed;
    /** The sentence or list item the regimen was written in. */
    String item;
    /** Written after "after progression on" another drug of its item: given before the regimen of that item. */
    boolean earlier;
    /** Drugs written in a maintenance clause ("then HP + letrozole maintenance"). */
    final Set<String> maintenance = new TreeSet<>();
    /** Drugs the word maintenance is written right beside ("olaparib maintenance", "maintenance capecitabine"). */
    final Set<String> namedMaintenance = new TreeSet<>();
  }

  /** Cues by which a molecular report lists therapies linked to a finding, without planning any of them. */
  private static final Set<String> REPORTED_OPTIONS = Set.of("therapies associated with", "associated therapies", "approved therapies",
      "potential therapies", "relevant therapies", "therapeutic implications", "therapeutic options", "agents approved", "approved agents",
      "therapy interpretation", "therapy note", "listed for");

  /** Classes too broad to say that one drug stands in for another. */
  private static final Set<String> BROAD_CLASSES = Set.of("targeted therapy", "immune checkpoint inhibitor");

  private final Integer count;
  private final List<Evidence> evidence;
  private final Map<String, Integer> lineOfDrug;

  private TherapyLines(Integer count, List<Evidence> evidence, Map<String, Integer> lineOfDrug) {
    this.count = count;
    this.evidence = List.copyOf(evidence);
    this.lineOfDrug = Map.copyOf(lineOfDrug);
  }

  /** How many lines; 0 when the notes say none was given, null when they do not tell. */
  Integer count() {
    return count;
  }

  List<Evidence> evidence() {
    return evidence;
  }

  /** The line a received drug (by its fact name) was given in; of two lines, the first. Null when not counted. */
  Integer line(String drug) {
    return lineOfDrug.get(drug);
  }

  static TherapyLines of(List<AssertedMention> mentions) {
    return of(mentions, Map.of(), org.eligo.lexicon.Drugs::written);
  }

  /**
   * With the notes' text by id, so that a list kept in one sentence gives one regimen per item,
   * and the drugs each therapy name stands for (a regimen's components).
   */
  static TherapyLines of(List<AssertedMention> mentions, Map<String, String> noteText,
      java.util.function.Function<String, List<String>> partsOf) {
    return of(mentions, noteText, Map.of(), partsOf);
  }

  /** With the notes' dates by id as well, so that a cancer called newly diagnosed discounts courses long before. */
  static TherapyLines of(List<AssertedMention> mentions, Map<String, String> noteText, Map<String, java.time.LocalDate> noteDate,
      java.util.function.Function<String, List<String>> partsOf) {
    TherapyLines read = fromDrugs(mentions, noteText, noteDate, partsOf);
    // "s/p 3 prior lines of systemic therapy": a count the notes state is at least how many there were.
    StatedLineCount.Stated stated = StatedLineCount.find(noteText);
    if (stated != null && (read.count == null || stated.count() > read.count)) {
      return new TherapyLines(stated.count(), List.of(stated.evidence()), read.lineOfDrug);
    }
    return read;
  }

  private static TherapyLines fromDrugs(List<AssertedMention> mentions, Map<String, String> noteText,
      Map<String, java.time.LocalDate> noteDate, java.util.function.Function<String, List<String>> partsOf) {
    Set<String> longBefore = givenLongBefore(mentions, newlyDiagnosedLessAYear(mentions, noteDate));
    Map<String, Regimen> regimens = new LinkedHashMap<>();
    List<Evidence> naive = new ArrayList<>();
    // "no therapy yet for metastatic disease": what the notes tell of earlier treatment, up to that note, was not for it.
    List<Evidence> naiveAdvanced = new ArrayList<>();
    Integer naiveAdvancedNote = null;
    // "No chemotherapy has been given for metastatic disease" denies courses of that class only; null: every class.
    Set<String> naiveAdvancedClasses = new HashSet<>();
    Map<String, Integer> noteSeq = new HashMap<>();
    for (AssertedMention am : mentions) {
      String id = am.mention().evidence().noteId();
      if (id != null) {
        noteSeq.putIfAbsent(id, noteSeq.size());
      }
    }
    List<Evidence> generic = new ArrayList<>();
    // A line stated with any of the patient's own mentions of a drug but a denial ("plan: start X 1L", then "on X since 03/2025").
    Map<String, Integer> statedForDrug = new HashMap<>();
    // A drug the notes give for another disease (methotrexate for arthritis) is not a cancer line where its purpose goes unsaid.
    Set<String> nonCancer = new HashSet<>();
    // "Plan: first-line pembrolizumab": nothing given for advanced disease yet, unless a line is found.
    List<Evidence> firstLinePlan = new ArrayList<>();
    // "Plan: carboplatin/pemetrexed/pembrolizumab" with nothing given for advanced disease in any note: untreated so far
    // (notes that plan a treatment name the treatments before it), unless the plan names a later line ("second-line
    // docetaxel"), which says an earlier one was given.
    List<Evidence> plan = new ArrayList<>();
    boolean laterLinePlanned = false;
    // A drug given before or after surgery and then named without a setting, line or start ("recurrence
    // 5 months after finishing capecitabine") is that same course, not a line for advanced disease.
    Set<String> perioperative = new HashSet<>();
    // "adjuvant AC x4", then "prior doxorubicin/cyclophosphamide": the same drugs by another name.
    Set<String> perioperativeParts = new HashSet<>();
    // "Gefitinib was prescribed", then a later note: "gefitinib never started": a drug whose last word is a denial,
    // and whose mentions never gave it a start, an end or a response, was not given.
    Map<String, Assertion> lastSaid = new HashMap<>();
    Set<String> coursed = new HashSet<>();
    for (AssertedMention am : mentions) {
      if (am.mention().finding() instanceof Finding.Therapy t && t.drug() != null && am.assertion() != Assertion.FAMILY
          && am.assertion() != Assertion.HYPOTHETICAL) {
        lastSaid.put(t.drug(), am.assertion());
        if (am.assertion() != Assertion.ABSENT
            && (t.course().startDate() != null || t.course().endDate() != null || t.course().response() != null)) {
          coursed.add(t.drug());
        }
      }
    }
    Set<String> denied = new HashSet<>();
    lastSaid.forEach((drug, a) -> {
      if (a == Assertion.ABSENT && !coursed.contains(drug)) {
        denied.add(drug);
      }
    });
    for (AssertedMention am : mentions) {
      if (am.mention().finding() instanceof Finding.Therapy t && Finding.Therapy.NON_CANCER.equals(t.setting()) && t.drug() != null) {
        nonCancer.add(t.drug());
      } else if (am.mention().finding() instanceof Finding.Therapy t && t.setting() != null && t.drug() != null
          && (am.assertion() == Assertion.PRESENT || am.assertion() == Assertion.HISTORICAL)) {
        perioperative.add(t.drug());
        perioperativeParts.addAll(partsOf.apply(t.drug()));
      }
    }
    sequentialAdjuvant(mentions, perioperative);
    Map<String, TreeSet<String>> startsOfItem = new HashMap<>();
    for (AssertedMention am : mentions) {
      if (am.mention().finding() instanceof Finding.Therapy t && "systemic".equals(t.category()) && t.course().startDate() != null
          && am.mention().evidence().noteId() != null) {
        startsOfItem.computeIfAbsent(regimenKey(am, t, noteText), k -> new TreeSet<>()).add(t.course().startDate());
      }
    }
    // The first start of a course no note calls perioperative: the advanced disease was being treated by then.
    String firstAdvancedStart = null;
    for (AssertedMention am : mentions) {
      if (am.mention().finding() instanceof Finding.Therapy t && "systemic".equals(t.category()) && t.drug() != null
          && t.setting() == null && !perioperative.contains(t.drug()) && t.course().startDate() != null
          && (am.assertion() == Assertion.PRESENT || am.assertion() == Assertion.HISTORICAL)
          && (firstAdvancedStart == null || t.course().startDate().compareTo(firstAdvancedStart) < 0)) {
        firstAdvancedStart = t.course().startDate();
      }
    }
    Set<String> receivedBefore = new HashSet<>();
    for (AssertedMention am : mentions) {
      if (!(am.mention().finding() instanceof Finding.Therapy t) || !"systemic".equals(t.category())) {
        continue;
      }
      boolean received = am.assertion() == Assertion.PRESENT || am.assertion() == Assertion.HISTORICAL;
      // "Plan: FOLFIRI-bev 2nd line" after bevacizumab was given in the first: the plan's line is the new regimen's, not bevacizumab's.
      boolean plannedAgain = am.assertion() == Assertion.HYPOTHETICAL && receivedBefore.contains(t.drug());
      if (t.drug() != null && t.course().line() != null && am.assertion() != Assertion.ABSENT && am.assertion() != Assertion.FAMILY
          && !plannedAgain) {
        statedForDrug.putIfAbsent(t.drug(), t.course().line());
      }
      if (received && t.drug() != null) {
        receivedBefore.add(t.drug());
      }
      if (am.assertion() == Assertion.HYPOTHETICAL && Integer.valueOf(1).equals(t.course().line())) {
        firstLinePlan.add(am.mention().evidence());
      }
      // "Therapies associated with KRAS G12C: sotorasib, adagrasib": a report's list of options is no plan for this patient
      if (am.assertion() == Assertion.HYPOTHETICAL && !Finding.Therapy.NON_CANCER.equals(t.setting()) && !REPORTED_OPTIONS.contains(am.cue())) {
        if (t.course().line() != null && t.course().line() > 1) {
          laterLinePlanned = true;
        } else {
          plan.add(am.mention().evidence());
        }
      }
      if (t.drug() == null) {
        // "treatment-naive", "no prior systemic therapy", "no prior chemo": nothing given
        if (am.assertion() == Assertion.ABSENT) {
          naive.add(am.mention().evidence());
          if (forAdvancedDisease(am, noteText)) {
            naiveAdvancedNote = noteSeq.get(am.mention().evidence().noteId());
            naiveAdvanced.add(am.mention().evidence());
            if (naiveAdvancedClasses != null && !t.classes().isEmpty()) {
              naiveAdvancedClasses.addAll(t.classes());
            } else {
              naiveAdvancedClasses = null;
            }
          }
        } else if (received && !t.classes().isEmpty() && t.setting() == null) {
          generic.add(am.mention().evidence());
        }
        continue;
      }
      // Androgen or ovarian suppression (leuprolide, goserelin) is the backbone every line rests on, not a line.
      if (!received || t.setting() != null || nonCancer.contains(t.drug()) || denied.contains(t.drug())
          || t.classes().contains("GnRH analogue")
          || flareCover(am, noteText)
          || longBefore.contains(t.drug()) && t.course().line() == null && !rechallenge(am, noteText)
          || (perioperative.contains(t.drug()) || perioperativeParts.containsAll(partsOf.apply(t.drug())))
              && t.course().line() == null && t.course().startDate() == null
              && !rechallenge(am, noteText)
          // "Letrozole 04/2021 - 11/2024", and elsewhere "completion of adjuvant HP + letrozole", then THP from 12/2024:
          // the dated course of a drug named perioperative that ended before the advanced disease's first course is that one
          || perioperative.contains(t.drug()) && t.course().line() == null && t.course().endDate() != null
              && firstAdvancedStart != null && monthOf(t.course().endDate()).compareTo(monthOf(firstAdvancedStart)) <= 0) {
        continue;
      }
      String key = regimenKey(am, t, noteText);
      boolean earlier = writtenAsEarlier(am, mentions, noteText);
      Regimen r = regimens.computeIfAbsent(key + course(am, t, mentions, key, startsOfItem.get(key), noteText, partsOf)
          + (earlier ? "#earlier" : ""), k -> new Regimen());
      r.item = key;
      r.earlier = earlier;
      // A regimen name such as carboplatin/pemetrexed stands for its components.
      r.parts.addAll(partsOf.apply(t.drug()));
      r.listed |= listedAsLine(am, noteText);
      if (maintenanceClause(am, noteText)) {
        r.maintenance.addAll(partsOf.apply(t.drug()));
      }
      if (besideMaintenance(am, noteText)) {
        r.namedMaintenance.addAll(partsOf.apply(t.drug()));
      }
      r.names.add(t.drug());
      r.evidence.add(am.mention().evidence());
      r.stated = r.stated != null ? r.stated : t.course().line();
      // A line is placed in time by its first start, or failing that its first end.
      String s = t.course().startDate() != null ? t.course().startDate() : t.course().endDate();
      r.time = r.time == null || s != null && s.compareTo(r.time) < 0 ? s : r.time;
      r.classes.addAll(t.classes());
      r.toxicity |= t.course().response() == TherapyCourse.Response.TOXICITY;
      r.progression |= t.course().response() == TherapyCourse.Response.PROGRESSION;
    }
    for (Regimen r : regimens.values()) {
      r.stated = r.stated != null ? r.stated : r.names.stream().map(statedForDrug::get).filter(Objects::nonNull).findFirst().orElse(null);
    }
    joinMaintenance(new ArrayList<>(regimens.values()));
    List<Regimen> summaries = regimens.values().stream().filter(r -> summary(r, regimens.values())).toList();
    regimens.values().removeAll(summaries);
    List<Regimen> distinct = new ArrayList<>();
    for (Regimen r : regimens.values()) {
      if (!covered(r, regimens.values(), distinct)) {
        distinct.add(r);
      }
    }
    if (!distinct.isEmpty() && naiveAdvancedNote != null) {
      int stated = naiveAdvancedNote;
      boolean allBefore = distinct.stream().flatMap(r -> r.evidence.stream())
          .allMatch(e -> e.noteId() != null && noteSeq.getOrDefault(e.noteId(), Integer.MAX_VALUE) <= stated);
      Set<String> deniedClasses = naiveAdvancedClasses;
      boolean allDenied = deniedClasses == null
          || distinct.stream().allMatch(r -> r.classes.isEmpty() || r.classes.stream().anyMatch(deniedClasses::contains));
      if (allBefore && allDenied) {
        return new TherapyLines(0, naiveAdvanced, Map.of());
      }
    }
    if (!distinct.isEmpty()) {
      return numbered(new ArrayList<>(regimens.values()), distinct);
    }
    // "received chemotherapy" without a named drug: at least one line.
    // A class named without a drug ("after last chemo") beside courses given around surgery is most likely
    // one of those; a statement that nothing was given for advanced disease then decides.
    if (!generic.isEmpty() && (naive.isEmpty() || perioperative.isEmpty())) {
      return new TherapyLines(1, generic, Map.of());
    }
    if (!naive.isEmpty()) {
      return new TherapyLines(0, naive, Map.of());
    }
    if (!firstLinePlan.isEmpty()) {
      return new TherapyLines(0, firstLinePlan, Map.of());
    }
    return plan.isEmpty() || laterLinePlanned ? new TherapyLines(null, List.of(), Map.of()) : new TherapyLines(0, plan, Map.of());
  }

  /**
   * The drugs of one sentence form a regimen, or of one list item when the splitter kept a list
   * in one sentence; structured drugs (FHIR medications, one resource each) those that started
   * on the same date, or each its own when it has no start.
   */
  private static String regimenKey(AssertedMention am, Finding.Therapy t, Map<String, String> noteText) {
    Evidence e = am.mention().evidence();
    if (e.noteId() != null) {
      return e.noteId() + "@" + item(am, noteText);
    }
    return "structured@" + (t.course().startDate() != null ? t.course().startDate() : e.source());
  }

  /**
   * Which course of its sentence or item a drug belongs to, when the item tells two apart: "on
   * cabozantinib since 10/2025 (second line, after carboplatin/pemetrexed 02/2025-09/2025)" names
   * courses that started months apart, "entrectinib (progressed 07/2025) and carboplatin (...)"
   * closes one course's outcome before the next drug, "(1) FOLFOX, PD; (2) FOLFIRI" numbers them.
   */
  /** The components of the therapies written in the mention's sentence between two offsets of its note. */
  private static Set<String> partsWritten(List<AssertedMention> all, AssertedMention am, int from, int to,
      java.util.function.Function<String, List<String>> partsOf) {
    Set<String> parts = new HashSet<>();
    for (AssertedMention o : all) {
      if (o.mention().finding() instanceof Finding.Therapy u && u.drug() != null
          && Objects.equals(o.mention().evidence().noteId(), am.mention().evidence().noteId())
          && o.mention().span().start() >= from && o.mention().span().end() <= to) {
        parts.addAll(partsOf.apply(u.drug()));
      }
    }
    return parts;
  }

  private static String course(AssertedMention am, Finding.Therapy t, List<AssertedMention> all, String key, TreeSet<String> starts,
      Map<String, String> noteText, java.util.function.Function<String, List<String>> partsOf) {
    String text = noteText.get(am.mention().evidence().noteId());
    int breaks = 0;
    if (text != null) {
      int from = Math.max(0, am.mention().sentence().start());
      int to = Math.min(text.length(), am.mention().span().start());
      if (from < to) {
        Matcher m = COURSE_BREAK.matcher(text).region(from, to);
        int sentenceEnd = Math.min(text.length(), am.mention().sentence().end());
        while (m.find()) {
          // "... x6 (05/2024 - 09/2024), then trastuzumab/pertuzumab maintenance": the maintenance of that line, not a new one.
          Matcher next = COURSE_BREAK.matcher(text).region(m.end(), sentenceEnd);
          int clauseEnd = next.find() ? next.start() : sentenceEnd;
          if (!MAINTENANCE.matcher(text).region(m.end(), clauseEnd).find()) {
            breaks++;
          }
        }
        // A drug swapped for harm keeps the line ("cisplatin/pemetrexed (nephrotoxicity), then carboplatin/pemetrexed");
        // a regimen with nothing in common after it is the next line.
        Matcher x = TOXIC_BREAK.matcher(text).region(from, to);
        while (x.find()) {
          Set<String> before = partsWritten(all, am, from, x.start(), partsOf);
          Set<String> after = partsWritten(all, am, x.end(), sentenceEnd, partsOf);
          after.retainAll(before);
          if (after.isEmpty()) {
            breaks++;
          }
        }
      }
    }
    breaks += progressedOnListItem(am, all, text, partsOf);
    String dated = "";
    // A maintenance drug started after the induction is the same line however far apart they started.
    // (The clause decides: "A/B 05/2024, maintenance B to 03/2025; C 04/2025-09/2026" keeps C a course of its own.)
    boolean maintenance = maintenanceClause(am, noteText);
    if (!maintenance && starts != null && starts.size() > 1 && months(starts.first(), starts.last()) >= 2) {
      // The course of the nearest drug written with a start at or before this one, else the first start.
      String own = t.course().startDate();
      if (own == null) {
        int at = am.mention().span().start();
        int best = -1;
        for (AssertedMention o : all) {
          if (o.mention().finding() instanceof Finding.Therapy u && u.course().startDate() != null
              && o.mention().evidence().noteId() != null && o.mention().evidence().noteId().equals(am.mention().evidence().noteId())
              && o.mention().sentence().equals(am.mention().sentence()) && o.mention().span().start() <= at && o.mention().span().start() > best) {
            best = o.mention().span().start();
            own = u.course().startDate();
          }
        }
      }
      dated = "@" + (own != null ? own : starts.first());
    }
    return "#" + breaks + dated;
  }

  private static final Pattern PROGRESSED_ON = Pattern.compile(
      "(?i)\\b(?:progressed|progression|progressing|PD)\\s+(?:on|through|after)\\b|\\brefractory\\s+to\\b|\\bfailed\\b|\\bresistant\\s+to\\b");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?i)\\s*(?:,|;|,?\\s+and|,?\\s+then)\\s+");

  /**
   * "Progressed on FOLFOX, FOLFIRI-bevacizumab and regorafenib": a list after "progressed on" that
   * holds two or more named regimens lists courses, one after another; the item a drug stands in
   * (0 for the first). A list of single drugs ("carboplatin, pemetrexed and pembrolizumab") may be one
   * regimen and gives 0.
   */
  private static int progressedOnListItem(AssertedMention am, List<AssertedMention> all, String text,
      java.util.function.Function<String, List<String>> partsOf) {
    if (text == null) {
      return 0;
    }
    int from = Math.max(0, am.mention().sentence().start());
    int at = am.mention().span().start();
    Matcher cue = PROGRESSED_ON.matcher(text).region(from, at);
    int cueEnd = -1;
    while (cue.find()) {
      cueEnd = cue.end();
    }
    if (cueEnd < 0) {
      return 0;
    }
    // The therapies of the sentence after the cue, in order, while only separators stand between them.
    int listFrom = cueEnd;
    List<AssertedMention> items = new ArrayList<>(systemicInSentence(am, all).stream()
        .filter(o -> o.mention().span().start() >= listFrom).toList());
    items.sort(Comparator.comparingInt(o -> o.mention().span().start()));
    int regimens = 0;
    int item = 0;
    int itemOfDrug = -1;
    int previousEnd = cueEnd;
    for (AssertedMention o : items) {
      String gap = text.substring(previousEnd, o.mention().span().start());
      if (o != items.get(0)) {
        if (ITEM_SEPARATOR.matcher(gap).matches()) {
          item++;
        } else if (!gap.isBlank() && !JOINER.matcher(gap).matches()) {
          break; // the list has ended
        }
      } else if (!gap.isBlank()) {
        break;
      }
      if (partsOf.apply(((Finding.Therapy) o.mention().finding()).drug()).size() > 1) {
        regimens++;
      }
      if (o == am) {
        itemOfDrug = item;
      }
      previousEnd = o.mention().span().end();
    }
    return regimens >= 2 && itemOfDrug > 0 ? itemOfDrug : 0;
  }

  /** The systemic drugs named in the mention's sentence, the mention's own included. */
  private static List<AssertedMention> systemicInSentence(AssertedMention am, List<AssertedMention> all) {
    List<AssertedMention> out = new ArrayList<>();
    for (AssertedMention o : all) {
      if (o.mention().finding() instanceof Finding.Therapy u && u.drug() != null && "systemic".equals(u.category())
          && Objects.equals(o.mention().evidence().noteId(), am.mention().evidence().noteId())
          && o.mention().sentence().equals(am.mention().sentence())) {
        out.add(o);
      }
    }
    return out;
  }

  /** "after progression on", "after failure of", "following", "after": what comes after it was given before. */
  private static final Pattern AFTER = Pattern.compile(
      "(?i)\\b(?:after|following|post)\\s+(?:(?:progression|progressing|progressive disease|PD|failure|relapse|intolerance)\\s+"
          + "(?:on|of|with|to|through|while on)\\s+)?(?:(?:first|second|1st|2nd|prior|previous|\\d+\\s+cycles\\s+of)\\s+(?:line\\s+)?)?$");

  /**
   * Whether the drug is written right after "after (progression on)" with another systemic drug
   * before it in its sentence ("rechallenged with carboplatin/pemetrexed after progression on
   * osimertinib"): the course it names came first.
   */
  private static boolean writtenAsEarlier(AssertedMention am, List<AssertedMention> all, Map<String, String> noteText) {
    String text = am.mention().evidence().noteId() == null ? null : noteText.get(am.mention().evidence().noteId());
    if (text == null) {
      return false; // structured input: no sentence
    }
    int start = am.mention().span().start();
    int from = am.mention().sentence().start();
    if (start - from < 6) {
      return false;
    }
    List<AssertedMention> sameSentence = systemicInSentence(am, all).stream().filter(o -> o != am).toList();
    // The drug right after the cue, or one joined to it ("after 4 cycles of carboplatin/pemetrexed/pembrolizumab").
    int at = start;
    while (true) {
      Matcher m = AFTER.matcher(text).region(Math.max(from, at - 60), at);
      if (m.find()) {
        int cue = m.start();
        return sameSentence.stream().anyMatch(o -> o.mention().span().end() <= cue);
      }
      int joined = -1;
      for (AssertedMention o : sameSentence) {
        int end = o.mention().span().end();
        if (end <= at && o.mention().span().start() < at && JOINER.matcher(text).region(end, at).matches()) {
          joined = Math.max(joined, o.mention().span().start());
        }
      }
      if (joined < 0) {
        return false;
      }
      at = joined;
    }
  }

  private static final Pattern JOINER = Pattern.compile("(?i)[\\s/+,&-]*(?:(?:and|with|plus)[\\s/+,&-]*)?");

  /**
   * "THP x6, then HP + letrozole maintenance" after "C1 docetaxel + trastuzumab + pertuzumab": a
   * drug added for maintenance continues the line whose drugs it is written with, so that line
   * takes it in.
   */
  private static void joinMaintenance(List<Regimen> inOrder) {
    for (int j = 0; j < inOrder.size(); j++) {
      Regimen r = inOrder.get(j);
      if (r.maintenance.isEmpty()) {
        continue;
      }
      boolean shares = false;
      for (int i = 0; i < j; i++) {
        Regimen o = inOrder.get(i);
        Set<String> added = new TreeSet<>(r.parts);
        added.removeAll(o.parts);
        shares |= added.size() < r.parts.size();
        if (!added.isEmpty() && added.size() < r.parts.size() && r.maintenance.containsAll(added)) {
          o.parts.addAll(added);
          break;
        }
      }
      // "Now olaparib maintenance", no drug in common with any other: maintenance belongs to the line before it.
      if (!shares && j > 0 && !r.parts.isEmpty() && r.namedMaintenance.containsAll(r.parts)) {
        inOrder.get(j - 1).parts.addAll(r.parts);
      }
    }
  }

  /** The text of the note a mention was read from, or null for a structured (FHIR) mention, which has no sentence. */
  private static String writtenIn(AssertedMention am, Map<String, String> noteText) {
    String text = noteText.get(am.mention().evidence().noteId());
    return text == null || am.mention().span() == null || am.mention().sentence() == null ? null : text;
  }

  private static final Pattern MAINTENANCE_AFTER = Pattern.compile("(?i)^(?:\\s*[+/]\\s*[\\w-]+)*\\s+maintenance\\b");
  private static final Pattern MAINTENANCE_BEFORE = Pattern.compile("(?i)\\bmaintenance\\s*(?:with\\s+|on\\s+|[+:]\\s*)?$");

  /** Whether the word maintenance stands right beside the drug: "olaparib maintenance", "HP maintenance + letrozole". */
  private static boolean besideMaintenance(AssertedMention am, Map<String, String> noteText) {
    String text = writtenIn(am, noteText);
    if (text == null) {
      return false;
    }
    int start = am.mention().span().start();
    int end = am.mention().span().end();
    if (end > text.length()) {
      return false;
    }
    return MAINTENANCE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).lookingAt()
        || MAINTENANCE_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
  }

  private static final Pattern CLAUSE_EDGE = Pattern.compile(
      "[;.]|\\b(?:then|followed by|after|switched|started|progress\\w*|PD)\\b", Pattern.CASE_INSENSITIVE);

  /** Whether the clause of a mention (between ";", ".", "then", "after", ...) calls it maintenance. */
  private static boolean maintenanceClause(AssertedMention am, Map<String, String> noteText) {
    String text = writtenIn(am, noteText);
    if (text == null) {
      return false;
    }
    int from = Math.max(0, am.mention().sentence().start());
    int to = Math.min(text.length(), am.mention().sentence().end());
    int at = am.mention().span().start();
    int end = am.mention().span().end();
    if (from > at || end > to) {
      return false;
    }
    int start = from;
    int stop = to;
    Matcher m = CLAUSE_EDGE.matcher(text).region(from, to);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() >= end) {
        stop = m.start();
        break;
      }
    }
    return MAINTENANCE.matcher(text).region(start, stop).find();
  }

  private static final Pattern ADVANCED_DISEASE = Pattern.compile(
      "(?i)\\b(?:for|in)\\s+(?:the\\s+|her\\s+|his\\s+)?(?:metastatic|advanced|recurrent|stage\\s+IV|relapsed)\\b"
          + "|\\bsince\\s+(?:the\\s+)?(?:recurrence|relapse|progression)\\b");

  /** Whether the sentence of a statement that nothing was given says it of the advanced disease ("no therapy yet for metastatic disease"). */
  private static boolean forAdvancedDisease(AssertedMention am, Map<String, String> noteText) {
    String text = writtenIn(am, noteText);
    if (text == null) {
      return false;
    }
    int from = Math.max(0, am.mention().sentence().start());
    int to = Math.min(text.length(), am.mention().sentence().end());
    return from < to && ADVANCED_DISEASE.matcher(text).region(from, to).find();
  }

  private static final Pattern NEWLY_DIAGNOSED = Pattern.compile("(?i)^new(?:ly)?\\s+(?:diagnosed|dx|diagnosis)");

  /**
   * "referred with newly diagnosed AML" in a note of 11/2026: a course that ended (or, undated at its end, started)
   * more than a year before that note was given for something else ("R-CHOP in 2016" for a lymphoma) and is no line
   * for this cancer. The year and month twelve months before the latest such note, or null.
   */
  private static String newlyDiagnosedLessAYear(List<AssertedMention> mentions, Map<String, java.time.LocalDate> noteDate) {
    java.time.LocalDate latest = null;
    for (AssertedMention am : mentions) {
      if (am.mention().finding() instanceof Finding.Therapy t && t.drug() == null && am.assertion() == Assertion.ABSENT
          && NEWLY_DIAGNOSED.matcher(am.mention().evidence().text()).lookingAt()) {
        java.time.LocalDate d = noteDate.get(am.mention().evidence().noteId());
        latest = d == null || latest != null && latest.isAfter(d) ? latest : d;
      }
    }
    return latest == null ? null : latest.minusMonths(12).toString().substring(0, 7);
  }

  /** The drugs whose every dated course was over before {@code month} (none when it is null); their undated mentions are those courses. */
  private static Set<String> givenLongBefore(List<AssertedMention> mentions, String month) {
    Set<String> before = new HashSet<>();
    Set<String> after = new HashSet<>();
    for (AssertedMention am : mentions) {
      if (month != null && am.mention().finding() instanceof Finding.Therapy t && t.drug() != null && lastDate(t.course()) != null
          && (am.assertion() == Assertion.PRESENT || am.assertion() == Assertion.HISTORICAL)) {
        (monthOf(lastDate(t.course())).compareTo(month) < 0 ? before : after).add(t.drug());
      }
    }
    before.removeAll(after);
    return before;
  }

  private static String lastDate(TherapyCourse c) {
    return c.endDate() != null ? c.endDate() : c.startDate();
  }

  /** Endocrine classes given for years after adjuvant chemotherapy or radiotherapy of an early cancer. */
  private static final Set<String> ADJUVANT_ENDOCRINE = Set.of("aromatase inhibitor", "SERM");

  /**
   * "adjuvant TC x4 05/2013 - 07/2013", "anastrozole 09/2013 - 09/2018": an aromatase inhibitor or tamoxifen
   * started within six months after an adjuvant or neoadjuvant course ended, with no line written, continues that
   * treatment of the early cancer (the sequence of chemotherapy, radiotherapy, then endocrine therapy), so it joins
   * {@code perioperative}.
   */
  private static void sequentialAdjuvant(List<AssertedMention> mentions, Set<String> perioperative) {
    List<String> adjuvantEnds = new ArrayList<>();
    for (AssertedMention am : mentions) {
      if (am.mention().finding() instanceof Finding.Therapy t && t.setting() != null && !Finding.Therapy.NON_CANCER.equals(t.setting())
          && t.course().endDate() != null && (am.assertion() == Assertion.PRESENT || am.assertion() == Assertion.HISTORICAL)) {
        adjuvantEnds.add(monthOf(t.course().endDate()));
      }
    }
    for (AssertedMention am : mentions) {
      if (am.mention().finding() instanceof Finding.Therapy t && t.drug() != null && t.setting() == null && t.course().line() == null
          && t.course().startDate() != null && t.course().startDate().length() >= 7
          && t.classes().stream().anyMatch(ADJUVANT_ENDOCRINE::contains)
          && (am.assertion() == Assertion.PRESENT || am.assertion() == Assertion.HISTORICAL)) {
        String start = monthOf(t.course().startDate());
        if (adjuvantEnds.stream().anyMatch(end -> end.length() == 7 && monthsFrom(end, start) >= 0 && monthsFrom(end, start) <= 6)) {
          perioperative.add(t.drug());
        }
      }
    }
  }

  /** Whole months from one ISO month ("2013-07") to another. */
  private static int monthsFrom(String from, String to) {
    return (Integer.parseInt(to.substring(0, 4)) - Integer.parseInt(from.substring(0, 4))) * 12
        + Integer.parseInt(to.substring(5, 7)) - Integer.parseInt(from.substring(5, 7));
  }

  /** The year and month of an ISO date or month ("2024-11-20", "2024-11"), or the year alone. */
  private static String monthOf(String date) {
    return date.length() >= 7 ? date.substring(0, 7) : date;
  }

  private static final Pattern FLARE_COVER = Pattern.compile("(?i)^\\s*(?:\\(\\s*)?(?:(?:for\\s+|as\\s+)?(?:tumou?r\\s+)?flare\\s+)?(?:cover|protection|prophylaxis)\\b");

  /** "first leuprolide injection with bicalutamide cover": an antiandrogen given against the flare of androgen suppression, no line. */
  private static boolean flareCover(AssertedMention am, Map<String, String> noteText) {
    return followedBy(am, noteText, FLARE_COVER, 40);
  }

  private static final Pattern RECHALLENGE = Pattern.compile("(?i)^[\\s-]*(?:re-?challenge|re-?treatment|re-?induction)\\b");

  /** "carboplatin/paclitaxel rechallenge x6": the drug given again, a new course however it was named before. */
  private static boolean rechallenge(AssertedMention am, Map<String, String> noteText) {
    return followedBy(am, noteText, RECHALLENGE, 20);
  }

  /** Whether the {@code reach} characters of its note right after the mention open with {@code words}. */
  private static boolean followedBy(AssertedMention am, Map<String, String> noteText, Pattern words, int reach) {
    String id = am.mention().evidence().noteId();
    String text = id == null || am.mention().span() == null ? null : noteText.get(id);
    int end = am.mention().span() == null ? 0 : am.mention().span().end();
    return text != null && end <= text.length() && words.matcher(text.substring(end, Math.min(text.length(), end + reach))).lookingAt();
  }

  /** "trastuzumab and pertuzumab continued with letrozole": what joins a course that goes on belongs to its line. */
  private static final Pattern MAINTENANCE =
      Pattern.compile("maintenance|same line|\\bcontinu(?:ed|ing) with\\b", Pattern.CASE_INSENSITIVE);

  /** A course that ended for harm, then the next: "carboplatin/pemetrexed/pembrolizumab (pneumonitis), then docetaxel". */
  private static final Pattern TOXIC_BREAK = Pattern.compile(
      "\\((?=[^()]*(?:toxicit|intoleran|stopped|discontinu|pneumonitis|colitis|hepatitis|neuropathy|grade\\s?[2-4]\\b))[^()]*\\)"
          + "\\s*(?:,|;)?\\s*(?:and|then|followed by)\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern COURSE_BREAK = Pattern.compile(
      "\\((?=[^()]*(?:\\d{1,2}/\\d{2,4}|\\b(?:19|20)\\d{2}\\b|progress|\\bPD\\b))[^()]*\\)\\s*(?:,|;)?\\s*(?:and|then|followed by)\\s"
          + "|[;,.]\\s*\\(?[1-9]\\)\\s"
          // "letrozole/palbociclib 9/23 - 2/25 (PD); fulvestrant ...": a course closed by its progression, then the next
          + "|\\((?=[^()]*(?:progress|\\bPD\\b))[^()]*\\)\\s*;\\s"
          // "first-line A, B and C, progression in 10/2025, then D": the progression closes the course, the next one follows
          + "|[,;]\\s*(?:with\\s+)?(?:progression|progressive disease|progressed|PD)\\b[^,;.()]{0,30}?[,;]?\\s*(?:and\\s+)?(?:then|followed by)\\s",
      Pattern.CASE_INSENSITIVE);

  /** Whole months from one ISO date (year, year-month or full) to a later one. */
  private static int months(String a, String b) {
    int ya = Integer.parseInt(a.substring(0, 4));
    int yb = Integer.parseInt(b.substring(0, 4));
    int ma = a.length() >= 7 ? Integer.parseInt(a.substring(5, 7)) : 1;
    int mb = b.length() >= 7 ? Integer.parseInt(b.substring(5, 7)) : 1;
    return (yb - ya) * 12 + mb - ma;
  }

  /**
   * Where the list item of a mention starts: its sentence, or within it the last line that opens
   * as an item (indented, bulleted or numbered: " crizotinib 5/23 -> 11/25", "- FOLFOX x6").
   */
  private static int item(AssertedMention am, Map<String, String> noteText) {
    int start = am.mention().sentence().start();
    String text = noteText.get(am.mention().evidence().noteId());
    if (text == null) {
      return start;
    }
    int at = am.mention().span().start();
    int item = start;
    for (int i = text.indexOf('\n', start); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      if (i + 1 < text.length() && ITEM_OPEN.indexOf(text.charAt(i + 1)) >= 0) {
        item = i + 1;
      }
    }
    // "Lines: anastrozole/palbociclib, exemestane/everolimus (stopped 2024), weekly paclitaxel": after a label that
    // says the list is of lines, each comma or semicolon outside parentheses starts the next line's item.
    Matcher label = LINES_LABEL.matcher(text).region(item, Math.min(at, text.length()));
    if (label.find()) {
      int depth = 0;
      int cut = label.end();
      for (int i = label.end(); i < at; i++) {
        char c = text.charAt(i);
        depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        if (depth == 0 && (c == ',' || c == ';')) {
          cut = i + 1;
        }
      }
      item = cut;
    }
    return item;
  }

  /** Whether the mention follows a label that says its list is of lines ("Lines:", "Prior lines for metastatic disease:"). */
  private static boolean listedAsLine(AssertedMention am, Map<String, String> noteText) {
    String text = writtenIn(am, noteText);
    if (text == null) {
      return false;
    }
    int from = Math.max(0, am.mention().sentence().start());
    int at = am.mention().span().start();
    if (from < at && at <= text.length() && LINES_LABEL.matcher(text).region(from, at).find()) {
      return true;
    }
    // "Lines of therapy for metastatic disease:" on a line of its own, then "1. ...", "2. ...": each item a line
    if (at > text.length()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (!ITEM_LINE.matcher(text).region(lineStart, at).lookingAt()) {
      return false;
    }
    int end = lineStart - 1;
    while (end > 0) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end);
      if (ITEM_LINE.matcher(line).lookingAt()) {
        end = start - 1;
        continue;
      }
      return LINES_HEADING.matcher(line).matches();
    }
    return false;
  }

  /** A list item: a number with a dot or bracket, or a dash or bullet, at the start of its line. */
  private static final Pattern ITEM_LINE = Pattern.compile("\\s*(?:\\(?\\d{1,2}[.)]|[-*\u2022])\\s");
  private static final Pattern LINES_HEADING = Pattern.compile(
      "(?i)\\s*(?:prior\\s+|previous\\s+|treatment\\s+)?lines(?:\\s+of\\s+(?:therapy|treatment))?"
          + "(?:\\s+(?:for|in)\\s+(?:the\\s+)?(?:metastatic|advanced|recurrent|stage\\s+IV)(?:\\s+(?:disease|dz|setting))?)?\\s*:\\s*");

  private static final Pattern LINES_LABEL = Pattern.compile(
      "(?i)\\b(?:prior\\s+|previous\\s+|treatment\\s+)?lines(?:\\s+of\\s+(?:therapy|treatment))?"
          + "(?:\\s+(?:for|in)\\s+(?:the\\s+)?(?:metastatic|advanced|recurrent|stage\\s+IV)(?:\\s+(?:disease|dz|setting))?)?\\s*:");

  private static final String ITEM_OPEN = " \t-*\u2022+0123456789";

  /**
   * Whether a regimen is a summary of every drug given ("Prior therapy: trastuzumab, pertuzumab,
   * docetaxel, T-DM1, lapatinib, letrozole, T-DXd") rather than one course: it holds three or more
   * other regimens, none inside another, that started in three different months.
   */
  private static boolean summary(Regimen s, Collection<Regimen> all) {
    List<Regimen> inside = all.stream()
        .filter(r -> r != s && s.parts.containsAll(r.parts) && r.parts.size() < s.parts.size()).toList();
    Set<String> months = new HashSet<>();
    for (Regimen r : inside) {
      boolean maximal = inside.stream().noneMatch(o -> o.parts.containsAll(r.parts) && o.parts.size() > r.parts.size());
      if (maximal && r.time != null) {
        months.add(r.time.substring(0, Math.min(7, r.time.length())));
      }
    }
    return months.size() >= 3;
  }

  /** Whether another regimen holds all of this one's drugs and stands for their line instead. */
  private static boolean covered(Regimen r, Iterable<Regimen> all, List<Regimen> distinct) {
    for (Regimen other : all) {
      if (other != r && other.parts.containsAll(r.parts)
          && (other.parts.size() > r.parts.size() || distinct.stream().anyMatch(d -> d.parts.equals(other.parts)))) {
        return true;
      }
    }
    if (distinct.stream().anyMatch(d -> d.parts.equals(r.parts))) {
      return true;
    }
    // "PD after fluoropyrimidine, oxaliplatin, irinotecan": undated drugs each of which another regimen holds
    // name those regimens again, not a line of their own.
    if (r.parts.size() < 2 || r.time != null || r.stated != null) {
      return false;
    }
    for (String part : r.parts) {
      boolean held = false;
      for (Regimen other : all) {
        held |= other != r && other.parts.contains(part) && !r.parts.containsAll(other.parts);
      }
      if (!held) {
        return false;
      }
    }
    return true;
  }

  private static TherapyLines numbered(List<Regimen> all, List<Regimen> distinct) {
    // Each regimen belongs to the first line that holds its drugs; a line takes a stated number and a date from its regimens.
    Map<Regimen, Regimen> owner = new HashMap<>();
    Map<Regimen, Integer> stated = new HashMap<>();
    Map<Regimen, String> time = new HashMap<>();
    for (Regimen r : all) {
      Regimen o = distinct.stream().filter(d -> d.parts.containsAll(r.parts)).findFirst().orElse(null);
      if (o == null) {
        continue; // a summary of drugs from several lines: each drug keeps the line of the regimen that holds it
      }
      owner.put(r, o);
      if (r.stated != null) {
        stated.putIfAbsent(o, r.stated);
      }
      if (r.time != null && (time.get(o) == null || r.time.compareTo(time.get(o)) < 0)) {
        time.put(o, r.time);
      }
    }
    List<Regimen> order = new ArrayList<>(distinct);
    if (order.stream().allMatch(time::containsKey)) {
      order.sort(Comparator.comparing(time::get));
    } else {
      // "carboplatin/pemetrexed after progression on osimertinib": the regimen written second was given first.
      for (Regimen r : List.copyOf(order)) {
        if (!r.earlier) {
          continue;
        }
        int at = order.indexOf(r);
        for (int i = 0; i < at; i++) {
          if (!order.get(i).earlier && Objects.equals(order.get(i).item, r.item)) {
            order.remove(at);
            order.add(i, r);
            break;
          }
        }
      }
    }
    Map<Regimen, Boolean> toxicity = new HashMap<>();
    Map<Regimen, Boolean> progression = new HashMap<>();
    owner.forEach((r, o) -> {
      toxicity.merge(o, r.toxicity, Boolean::logicalOr);
      progression.merge(o, r.progression, Boolean::logicalOr);
    });
    Set<Integer> taken = new HashSet<>(stated.values());
    Map<Regimen, Integer> number = new HashMap<>();
    int next = 1;
    Regimen previous = null;
    int merged = 0;
    for (Regimen line : order) {
      if (stated.containsKey(line)) {
        number.put(line, stated.get(line));
        previous = line;
        continue;
      }
      // "Crizotinib stopped for transaminitis; switched to alectinib": a drug of the same class in place of one
      // stopped for side effects without progression continues that line.
      if (previous != null && !line.listed && !stated.containsKey(previous) && toxicity.getOrDefault(previous, false)
          && !progression.getOrDefault(previous, false) && sameClass(previous, line)) {
        number.put(line, number.get(previous));
        merged++;
        continue;
      }
      previous = line;
      while (taken.contains(next)) {
        next++;
      }
      number.put(line, next++);
    }
    Map<String, Integer> lineOfDrug = new HashMap<>();
    for (Regimen r : all) {
      if (owner.containsKey(r)) {
        int n = number.get(owner.get(r));
        r.names.forEach(name -> lineOfDrug.merge(name, n, Math::min));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Regimen line : distinct) {
      evidence.addAll(line.evidence);
    }
    return new TherapyLines(distinct.size() - merged, evidence, lineOfDrug);
  }

  /** Two targeted or immune regimens sharing a class; chemotherapy changes (FOLFOX to FOLFIRI) are new lines. */
  private static boolean sameClass(Regimen a, Regimen b) {
    return !a.classes.contains("chemotherapy") && !b.classes.contains("chemotherapy")
        && a.classes.stream().anyMatch(c -> !BROAD_CLASSES.contains(c) && b.classes.contains(c));
  }
}
