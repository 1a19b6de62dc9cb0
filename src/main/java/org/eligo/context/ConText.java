package org.eligo.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Assertion;
import org.eligo.core.CharSpan;
import org.eligo.extract.FactType;
import org.eligo.extract.Mention;
import org.eligo.lexicon.Cues;
import org.eligo.lexicon.Cues.Category;
import org.eligo.lexicon.Cues.Direction;
import org.eligo.lexicon.PhraseMatcher;
import org.eligo.text.Document;

/**
 * ConText-style assertion: cues of lexicons/context.tsv open a scope forward, backward or both
 * ways within the sentence; a scope ends at the sentence edge, a terminator cue, a semicolon,
 * or (looking backward) a word that reports a positive result ("detected", "positive"), so
 * that in "KRAS G12C detected, EGFR negative" only EGFR is negated. Pseudo-triggers ("no
 * change") are matched as longer phrases and so hide the cue inside them. The section adds
 * context: a Family History section makes FAMILY, a history section HISTORICAL.
 * Precedence: FAMILY, HYPOTHETICAL, ABSENT, POSSIBLE, HISTORICAL, PRESENT.
 */
public final class ConText {
  private static final Pattern POSITIVE_RESULT = Pattern.compile(
      "(?i)\\b(?:detected|positive|identified|present|harbou?rs?|demonstrated|confirmed|shows?|showed|revealed|found)\\b");
  private static final int MAX_SCOPE_WORDS = 12;
  private static final Pattern LONE_WORD = Pattern.compile("\\s+[A-Za-z][A-Za-z-]*\\s*,(?!\\s*(?:nor|or|and)\\b)");

  private final PhraseMatcher<Cues.Cue> cues;

  public ConText(Cues cues) {
    this.cues = cues.matcher();
  }

  /** Assertions for all mentions of one document. */
  public List<AssertedMention> annotate(Document doc, List<Mention> mentions) {
    return annotate(doc, mentions, Map.of());
  }

  /**
   * As {@link #annotate(Document, List)}, with the word tokens already cut of some sentences'
   * text, by sentence span ({@code Extractors.extract(Document, Map)}); the others are cut here.
   */
  public List<AssertedMention> annotate(Document doc, List<Mention> mentions, Map<CharSpan, PhraseMatcher.Tokens> tokens) {
    List<AssertedMention> out = new ArrayList<>(mentions.size());
    String text = doc.note().text();
    Map<CharSpan, SentenceCues> cuesOf = new HashMap<>();
    // Peers are looked for within a sentence only, so a huge note stays linear in its mentions.
    Map<CharSpan, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    // Cancers the note names outside its history sections: a different one listed in past history is a prior malignancy.
    java.util.Set<String> currentCancers = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (m.finding() instanceof org.eligo.extract.Finding.Diagnosis dx && dx.cancer() != null
          && !HISTORY_SECTIONS.contains(sectionAt(doc, m.span()))) {
        currentCancers.add(dx.cancer());
      }
    }
    for (Mention m : mentions) {
      String section = sectionAt(doc, m.span());
      CharSpan s = m.sentence();
      SentenceCues sc = cuesOf.computeIfAbsent(s, k -> {
        PhraseMatcher.Tokens made = tokens.get(k);
        return made != null ? new SentenceCues(made) : new SentenceCues(text.substring(k.start(), k.end()));
      });
      String sentence = sc.text;
      CharSpan local = new CharSpan(m.span().start() - s.start(), m.span().end() - s.start());
      List<CharSpan> peers = new ArrayList<>();
      List<CharSpan> sameType = new ArrayList<>();
      // A specific variant ("MET amplification") is never an item of a negated gene list.
      // A fusion with its partner ("RUNX1::RUNX1T1, PML::RARA - all negative") stands in a list like a gene.
      // "CBFB rearrangement, KMT2A - all negative": a result said of all the list reaches its specific items too.
      boolean specific = m.finding() instanceof org.eligo.extract.Finding.Variant v && v.variant() != null
          && !"variant.list".equals(m.evidence().ruleId()) && v.partner() == null
          && !ALL_NEGATIVE.matcher(sentence).region(local.end(), clauseEnd(sentence, local.end())).find();
      for (Mention o : bySentence.get(s)) {
        if (o != m && listPeer(m, o)) {
          CharSpan p = new CharSpan(o.span().start() - s.start(), o.span().end() - s.start());
          sameType.add(p);
          if (!specific || sameGeneChange(m, o)) {
            peers.add(p);
          }
        }
      }
      List<PhraseMatcher.Match<Cues.Cue>> found = sc.found;
      EnumSetHolder hits = scan(sc, local, m, peers);
      if (!hits.has(Category.NEGATED) && !specific && m.finding().type() == FactType.VARIANT) {
        String slot = resultSlotNegation(sentence, local, peers, sameType, found);
        if (slot != null) {
          hits.add(Category.NEGATED, slot);
        }
      }
      // "ALTERATIONS NOT DETECTED IN GENES OF INTEREST" on its own line, the genes (and the changes) on the lines below it
      if (!hits.has(Category.NEGATED) && m.finding().type() == FactType.VARIANT && hits.isEmpty()
          && org.eligo.text.Headings.negativeAbove(text, s.start(), !specific)) {
        hits.add(Category.NEGATED, "heading");
      }
      if (m.finding() instanceof org.eligo.extract.Finding.Diagnosis dx && dx.cancer() != null && HISTORY_SECTIONS.contains(section)
          && !currentCancers.isEmpty() && !currentCancers.contains(dx.cancer())) {
        hits.add(Category.HISTORICAL, "section:" + section);
      }
      Decision d = decideFrom(hits, sc, section, m);
      if (d.assertion == Assertion.PRESENT && (startsAfter(m, doc.note().date())
          || "ASSESSMENT_PLAN".equals(section) && m.finding() instanceof org.eligo.extract.Finding.Therapy
              && m.intrinsic() == Assertion.PRESENT && !hits.has(Category.NEGATED) && !ONGOING.matcher(sentence).find() && datedAfter(sentence, doc.note().date()))) {
        // "Plan: venetoclax + azacitidine, cycle 1 from 02/02/2026" in a note of 01/27/2026: still to come
        d = new Decision(Assertion.HYPOTHETICAL, "start after the note");
      }
      out.add(new AssertedMention(m, d.assertion, d.cue));
    }
    return out;
  }

  /** Words that say a therapy is already being given: a later date in the sentence is then its next visit or scan. */
  private static final Pattern ONGOING = Pattern.compile(
      "(?i)\\b(?:continu\\w*|since|on\\s+(?!\\d)|ongoing|currently|started|received|receiving|completed|resum\\w*|progress\\w*|tolerat\\w*|s/p)\\b");
  private static final Pattern WRITTEN_DATE = Pattern.compile("\\b(\\d{1,2})/(?:(\\d{1,2})/)?((?:19|20)\\d{2})\\b");

  /** Whether a plan sentence names a date (month/day/year or month/year) later than its note's. */
  private static boolean datedAfter(String sentence, java.time.LocalDate noteDate) {
    if (noteDate == null || sentence.indexOf('/') < 0) {
      return false;
    }
    Matcher d = WRITTEN_DATE.matcher(sentence);
    while (d.find()) {
      int month = Integer.parseInt(d.group(1));
      int year = Integer.parseInt(d.group(3));
      if (month < 1 || month > 12) {
        continue;
      }
      java.time.YearMonth ym = java.time.YearMonth.of(year, month);
      int cmp = ym.compareTo(java.time.YearMonth.from(noteDate));
      if (cmp > 0 || cmp == 0 && d.group(2) != null && Integer.parseInt(d.group(2)) > noteDate.getDayOfMonth()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Plan: venetoclax + azacitidine, cycle 1 from 02/02/2026" in a note of 01/27/2026: a therapy whose
   * start is later than the note (compared at the precision the start is written in) is still to come.
   */
  private static boolean startsAfter(Mention m, java.time.LocalDate noteDate) {
    if (noteDate == null || !(m.finding() instanceof org.eligo.extract.Finding.Therapy t) || t.course().startDate() == null) {
      return false;
    }
    String start = t.course().startDate();
    String note = noteDate.toString();
    return start.compareTo(note.substring(0, Math.min(note.length(), start.length()))) > 0;
  }

  /** "EGFR mutations (exon 19 deletion, L858R): not detected": changes of one gene listed together. */
  private static boolean sameGeneChange(Mention m, Mention o) {
    return m.finding() instanceof org.eligo.extract.Finding.Variant a && o.finding() instanceof org.eligo.extract.Finding.Variant b
        && b.variant() != null && a.gene().equals(b.gene());
  }

  /**
   * Mentions that can stand in one list with {@code m} ("EGFR, ALK and ROS1 negative", "ALK /
   * ROS1 / RET fusions: not detected"): those of the same type. A target whose own words carry a
   * specific change ("MET amplification") takes a backward negation only when next to the cue.
   */
  private static final Pattern ALL_NEGATIVE = Pattern.compile(
      "(?i)\\b(?:all|both|each)\\s+(?:(?:were|are)\\s+)?(?:negative|neg|not detected|wild[- ]?type)\\b");

  private static boolean listPeer(Mention m, Mention o) {
    return m.finding().type() == o.finding().type();
  }

  /**
   * A measurement carries its own result ("PD-L1 TPS 70%", "ER 0%", "ECOG 1"); a negation cue
   * nearby belongs to something else in the sentence.
   */
  private static boolean measured(Mention m) {
    return m != null && (m.finding().type() == FactType.BIOMARKER || m.finding().type() == FactType.PERFORMANCE_STATUS
        || m.finding().type() == FactType.DEMOGRAPHIC);
  }


  private static String sectionAt(Document doc, CharSpan span) {
    for (var sec : doc.sections()) {
      if (sec.span().start() <= span.start() && span.start() < sec.span().end()) {
        return sec.name();
      }
    }
    return "NONE";
  }

  /**
   * The assertion of {@code target} (local offsets) in {@code sentence} when nothing else of the
   * sentence is known; a backward cue then reaches over up to {@value #MAX_SCOPE_WORDS} words.
   */
  public Assertion assertion(String sentence, CharSpan target) {
    return decide(sentence, target, "NONE", null, null).assertion;
  }

  /**
   * With {@code peers} (the other mentions of the sentence that could share a list with the
   * target) a backward negation reaches the target only across those peers and list words, so "EGFR,
   * ALK and ROS1 negative" negates all three but "EGFR exon 19 del, MET amplification, KRAS
   * wild-type" negates only KRAS.
   */
  private record Decision(Assertion assertion, String cue) {}

  /**
   * The ConText dimensions of a target, each on its own (a finding can be negated and
   * historical at once): what {@code eligo context} reports beside the single assertion.
   */
  public record Flags(boolean negated, boolean possible, boolean hypothetical, boolean historical, boolean family) {}

  public Flags flags(String sentence, CharSpan target) {
    return flags(sentence, target, "NONE");
  }

  /** As {@link #flags(String, CharSpan)}, with the section the sentence lies in (history, family history). */
  public Flags flags(String sentence, CharSpan target, String section) {
    EnumSetHolder h = scan(new SentenceCues(sentence), target, null, null);
    return new Flags(h.has(Category.NEGATED), h.has(Category.POSSIBLE), h.has(Category.HYPOTHETICAL),
        h.has(Category.HISTORICAL) || HISTORY_SECTIONS.contains(section), h.has(Category.FAMILY) || "FAMILY_HISTORY".equals(section));
  }

  private static final java.util.Set<String> HISTORY_SECTIONS =
      java.util.Set.of("PMH", "PSH", "ONCOLOGIC_HISTORY", "TREATMENT_HISTORY", "SOCIAL_HISTORY", "ALLERGIES");

  private Decision decide(String sentence, CharSpan target, String section, Mention m, List<CharSpan> peers) {
    SentenceCues sc = new SentenceCues(sentence);
    return decideFrom(scan(sc, target, m, peers), sc, section, m);
  }

  /**
   * A sentence, its cues, and what ConText reads of it whatever the mention (where the list each
   * cue heads begins, whether it says a therapy was given), each found once for all its mentions.
   */
  private final class SentenceCues {
    final String text;
    final List<PhraseMatcher.Match<Cues.Cue>> found;
    /** {@link #listAfter} of each cue's end; {@code Integer.MIN_VALUE} until first asked. */
    private final int[] listStarts;
    /** Whether the sentence opens with an order or sets a start ahead: 0 not yet asked, 1 no, 2 yes. */
    private int proposes;

    SentenceCues(String text) {
      this(PhraseMatcher.tokens(text));
    }

    SentenceCues(PhraseMatcher.Tokens tokens) {
      this.text = tokens.text();
      this.found = cues.findAll(tokens);
      this.listStarts = new int[found.size()];
      java.util.Arrays.fill(listStarts, Integer.MIN_VALUE);
    }

    int listStart(int cue) {
      if (listStarts[cue] == Integer.MIN_VALUE) {
        int after = listAfter(text, found.get(cue).end());
        listStarts[cue] = after >= 0 ? after : columnAfter(text, found.get(cue).start(), found.get(cue).end());
      }
      return listStarts[cue];
    }

    /**
     * Whether the sentence opens with an order or sets a start ahead, or the clause at {@code at}
     * (between semicolons) shows no sign of a therapy given (see {@link #plannedTherapy}):
     * "A/P: alectinib 600 mg BID; lorlatinib was discussed" proposes alectinib.
     */
    boolean proposesTherapy(int at) {
      if (proposes == 0) {
        proposes = ORDER.matcher(text).lookingAt() || aheadIn(text) ? 2 : 1;
      }
      if (proposes == 2) {
        return true;
      }
      int from = at < 0 || at > text.length() ? 0 : text.lastIndexOf(';', at) + 1;
      int to = at < 0 || at > text.length() ? -1 : text.indexOf(';', at);
      to = to < 0 ? text.length() : to;
      // "Plan: encorafenib + binimetinib, as she relapsed after adjuvant nivolumab": the reason tells of another course
      Matcher reason = at < 0 || at > to ? null : REASON.matcher(text).region(at, to);
      if (reason != null && reason.find()) {
        to = reason.start();
      }
      return !GIVEN.matcher(text).region(from, to).find();
    }
  }

  private EnumSetHolder scan(SentenceCues sc, CharSpan target, Mention m, List<CharSpan> peers) {
    String sentence = sc.text;
    List<PhraseMatcher.Match<Cues.Cue>> found = sc.found;
    EnumSetHolder hits = new EnumSetHolder();
    for (int i = 0; i < found.size(); i++) {
      PhraseMatcher.Match<Cues.Cue> c = found.get(i);
      Category cat = c.value().category();
      if (cat == Category.PSEUDO || cat == Category.TERMINATE) {
        continue;
      }
      if (c.start() < target.end() && target.start() < c.end()) {
        continue; // the cue is part of the mention itself
      }
      if (c.value().therapyOnly() && !(m != null && m.finding() instanceof org.eligo.extract.Finding.Therapy)) {
        continue; // "Actionable: KRAS G12C": a treatment option, said of no result
      }
      Direction d = c.value().direction();
      // "Not detected: EGFR, ALK; BRAF V600E; MET exon 14": a cue that heads a list governs all of it.
      int listStart = sc.listStart(i);
      boolean headsList = listStart >= 0 && listStart <= target.start();
      boolean forward = c.end() <= target.start()
          && (headsList ? !listBreakIn(sentence.substring(c.end(), target.start()))
              : d != Direction.BACKWARD && (inScope(sentence, found, c.end(), target.start(), false, c.value(), false)
                  || (cat == Category.NEGATED && peers != null && listedAfter(sentence, c.end(), target.start(), peers))));
      // "Fusions: none detected (ALK, ROS1, RET tested)": the parenthesis names what the result covers.
      forward |= cat == Category.NEGATED && d == Direction.BACKWARD && peers != null
          && (parenthesisedAfter(sentence, c.end(), target, peers) || includedAfter(sentence, c.end(), target, peers));
      // A negation after a list of genes reaches the whole list, however many words its items hold ("EGFR exons 18-21,
      // KRAS exons 2-4, ..., PIK3CA): no variants detected").
      boolean listOnly = cat == Category.NEGATED && peers != null && !peers.isEmpty() && target.end() <= c.start();
      boolean backward = d != Direction.FORWARD && target.end() <= c.start()
          && inScope(sentence, found, target.end(), c.start(), true, c.value(), listOnly)
          // a therapy's own cue ("screen failed", "not yet started") reaches as far as its scope says
          && (peers == null || cat != Category.NEGATED || c.value().therapyOnly() || onlyListBetween(sentence, target.end(), c.start(), peers)
              && !(changeOfItsOwn(m) && attachedToOther(sentence, target, c.start(), peers))
              && !(namesNoGene(m) && capitalsBetween(sentence, target.end(), c.start(), peers)))
          // "HIV positive, HBsAg negative": a mention that states its own positive result is no peer of the next one's negation
          && !(cat == Category.NEGATED && OWN_POSITIVE.matcher(sentence.substring(target.start(), target.end())).find());
      // "No treatment for melanoma apart from surgery": the treatment is denied, not the disease it would be for
      if (forward && cat == Category.NEGATED && namesNoGene(m) && TREATMENT_FOR.matcher(sentence.substring(c.end(), target.start())).matches()) {
        continue;
      }
      // "No pneumonitis on pembro", "no progression during FOLFOX": what did not happen while the drug was given
      if (forward && cat == Category.NEGATED && m != null && m.finding() instanceof org.eligo.extract.Finding.Therapy
          && (c.value().phrase().equalsIgnoreCase("no") || c.value().phrase().equalsIgnoreCase("without"))
          && WHILE_ON.matcher(sentence.substring(c.end(), target.start())).matches()) {
        continue;
      }
      if ((forward || backward) && !(cat == Category.NEGATED && measured(m))) {
        hits.add(cat, c.value().phrase());
      }
    }
    return hits;
  }

  private static final Pattern WHILE_ON = Pattern.compile(
      "(?i)\\s*(?!(?:prior|previous|previously|history|treatment|therapy|exposure|use|further|more|other|any|ever|yet|been|being|currently|still|already|started|put|placed|kept|maintained|taking|remained|stayed)\\b)[\\w-]+\\s+(?:[\\w-]+\\s+){0,3}?"
          + "(?:on|during|while on)\\s+(?:the\\s+)?");
  private static final Pattern TREATMENT_FOR = Pattern.compile(
      "(?i)\\s*(?:[\\w-]+\\s+){0,2}?(?:treatments?|therap(?:y|ies)|chemo\\w*|surgery|radiation|radiotherapy|intervention)"
          + "\\s+(?:yet\\s+|so far\\s+)?(?:for|of)\\s+(?:the\\s+|his\\s+|her\\s+|this\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?");

  private static final Pattern INCLUDES = Pattern.compile(
      "(?i)\\s*[-\u2013,;:]?\\s*(?:includes|including|incl\\.?|covering|covers|in|across|among)\\s*:?\\s*");

  /** "Fusions: none detected - includes NTRK1, RET, ALK", "none detected in RET, ALK": the list after the result names what it covered. */
  private static boolean includedAfter(String sentence, int cueEnd, CharSpan target, List<CharSpan> peers) {
    if (target.start() < cueEnd) {
      return false;
    }
    Matcher m = INCLUDES.matcher(sentence).region(cueEnd, target.start());
    if (!m.lookingAt()) {
      return false;
    }
    String gap = sentence.substring(m.end(), target.start());
    return !lineBreakIn(gap) && gap.indexOf(';') < 0 && onlyListBetween(sentence, m.end(), target.start(), peers);
  }

  private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\b(?:and|or|nor)\\b|[&/+]");

  /** A mention of one change of a gene ("EGFR L858R"), not the gene alone. */
  private static boolean changeOfItsOwn(Mention m) {
    return m != null && m.finding() instanceof org.eligo.extract.Finding.Variant v && v.variant() != null && v.partner() == null;
  }

  /**
   * "EGFR L858R, T790M not detected": the cue follows the one other item with nothing but spaces
   * between, so it is that item's own result; a list closed by a separator ("L858R, T790M:
   * not detected", "(L858R, T790M) - negative") hands its result to every item.
   */
  private static boolean attachedToOther(String sentence, CharSpan target, int cueStart, List<CharSpan> peers) {
    int last = -1;
    int between = 0;
    int listed = 0;
    for (CharSpan p : peers) {
      if (p.start() >= target.end() && p.end() <= cueStart) {
        last = Math.max(last, p.end());
        between++;
      }
      if (p.end() <= cueStart) {
        listed++;
      }
    }
    // "exon 19 deletion and L858R not detected", "ITD/TKD negative", "G12C, G12D, G13D not detected": a list
    // joined by a conjunction or a slash, or of three or more, shares its result
    return between == 1 && listed == 1 && sentence.substring(last, cueStart).isBlank()
        && !CONJUNCTION.matcher(sentence).region(target.end(), last).find();
  }

  /** Whether the target lies in a list in parentheses that opens right after the cue. */
  private static boolean parenthesisedAfter(String sentence, int cueEnd, CharSpan target, List<CharSpan> peers) {
    int open = cueEnd;
    while (open < sentence.length() && sentence.charAt(open) == ' ') {
      open++;
    }
    if (open >= sentence.length() || sentence.charAt(open) != '(' || target.start() <= open) {
      return false;
    }
    int close = sentence.indexOf(')', open);
    int nested = sentence.indexOf('(', open + 1);
    if (close < target.end() || nested >= 0 && nested < close) {
      return false;
    }
    List<CharSpan> listed = new ArrayList<>(peers);
    listed.add(target); // "Germline panel negative (incl. BRCA2)": the target may be the list's only item
    return onlyListBetween(sentence, open + 1, close, listed);
  }

  private static final Pattern RESULT_HEAD = Pattern.compile("(?i)\\s*(?:(?:a|an|any)\\s+)?(?:(?:reportable|pathogenic|likely|clinically|significant|"
      + "actionable|known|oncogenic|somatic|germline|other|detectable)\\s+)*(?:variants?|alterations?|mutations?|fusions?|"
      + "rearrangements?|amplifications?|changes?|findings?)(?=\\s)");
  private static final Pattern FOUND_VERB = Pattern.compile("(?i)\\s+(?:(?:was|were)\\s+)?(?:identified|detected|found|seen|reported|noted)(?=\\s)");
  private static final Pattern LIST_PREPOSITION = Pattern.compile("(?i)^\\s*(?:in|of|for|on|by|across|within)(?=[\\s:])");

  /**
   * "No pathogenic variants in BRCA1, BRCA2, ..., CHEK1": a negation reaches every gene of the
   * list that follows it, however long, when nothing but the list stands between.
   */
  private static boolean listedAfter(String sentence, int cueEnd, int targetStart, List<CharSpan> peers) {
    // "Negative for reportable alterations in EGFR, ALK, ...": the result named, then the list.
    Matcher r = RESULT_HEAD.matcher(sentence).region(cueEnd, targetStart);
    int head = r.lookingAt() ? r.end() : cueEnd;
    // "No pathogenic alterations identified in EGFR, ...": the verb of finding between the result and the list.
    Matcher found = FOUND_VERB.matcher(sentence).region(head, targetStart);
    head = found.lookingAt() ? found.end() : head;
    Matcher p = LIST_PREPOSITION.matcher(sentence).region(head, targetStart);
    int from = p.lookingAt() ? p.end() : cueEnd;
    String gap = sentence.substring(from, targetStart);
    return gap.indexOf(';') < 0 && !lineBreakIn(gap) && onlyListBetween(sentence, from, targetStart, peers);
  }

  /**
   * Where the list a cue heads begins: just after a colon that follows the cue directly or after
   * a short qualifier that opens with a preposition ("Not detected in this sample: EGFR, ALK");
   * else -1 ("None POSTOPERATIVE DIAGNOSIS: ..." opens a new label).
   */
  private static final Pattern DASH_QUALIFIER = Pattern.compile("\\s*[-\u2013]\\s*[A-Za-z][A-Za-z -]{0,24}");

  static int listAfter(String sentence, int cueEnd) {
    // "Negative (no pathogenic variant, fusion or amplification detected): EGFR, KRAS, ...": a parenthesis, then the colon
    int open = cueEnd;
    while (open < sentence.length() && sentence.charAt(open) == ' ') {
      open++;
    }
    if (open < sentence.length() && sentence.charAt(open) == '(') {
      int close = sentence.indexOf(')', open);
      int colon = close < 0 ? -1 : close + 1;
      while (colon > 0 && colon < sentence.length() && sentence.charAt(colon) == ' ') {
        colon++;
      }
      int nested = sentence.indexOf('(', open + 1);
      boolean flat = nested < 0 || nested > close;
      if (close > 0 && close - open <= 100 && flat && colon < sentence.length() && sentence.charAt(colon) == ':') {
        return colon + 1;
      }
    }
    // "NO ALTERATION DETECTED IN (selected): EGFR, ...": the result named, its verb, then the qualifier
    Matcher head = RESULT_HEAD.matcher(sentence).region(cueEnd, sentence.length());
    int from = head.lookingAt() ? head.end() : cueEnd;
    Matcher found = FOUND_VERB.matcher(sentence).region(from, sentence.length());
    from = found.lookingAt() ? found.end() : from;
    int limit = Math.min(sentence.length(), from + 40);
    int depth = 0;
    for (int i = from; i < limit; i++) {
      char ch = sentence.charAt(i);
      if (ch == ':') {
        if (from > cueEnd) {
          // "WITHOUT A REPORTABLE ALTERATION (selected, DNA and RNA):": the result named, then what the list is
          return LIST_PREPOSITION.matcher(sentence).region(from, i).lookingAt()
              || PAREN_QUALIFIER.matcher(sentence).region(from, i).matches() ? i + 1 : -1;
        }
        // The qualifier is read only when a colon comes (on the same region as always); "NOT DETECTED - DNA:" names the assay.
        return sentence.substring(cueEnd, i).isBlank() || LIST_PREPOSITION.matcher(sentence).region(cueEnd, limit).lookingAt()
            || DASH_QUALIFIER.matcher(sentence).region(cueEnd, i).matches() ? i + 1 : -1;
      }
      depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
      if (!(Character.isLetterOrDigit(ch) || ch == ' ' || ch == '-' || ch == '(' || ch == ')' || ch == ',' && depth > 0)) {
        return -1;
      }
    }
    return -1;
  }

  private static final Pattern PAREN_QUALIFIER = Pattern.compile("\\s*\\([^():]{1,36}\\)\\s*");

  /**
   * "Not detected    PIK3CA, PTEN, ESR1": a cue that opens its line and is followed by a column gap
   * (two spaces or a tab), or that stands in brackets, heads what the row lists; where that list begins, else -1.
   */
  static int columnAfter(String sentence, int cueStart, int cueEnd) {
    // "[not detected] ROS1, RET, NTRK1": a cue in brackets that open the line is the row's label
    boolean bracketed = cueStart > 0 && sentence.charAt(cueStart - 1) == '[' && cueEnd < sentence.length()
        && sentence.charAt(cueEnd) == ']';
    if (bracketed) {
      cueStart--;
      cueEnd++;
    }
    int line = cueStart;
    while (line > 0 && (sentence.charAt(line - 1) == ' ' || sentence.charAt(line - 1) == '\t')) {
      line--;
    }
    if (line > 0 && sentence.charAt(line - 1) != '\n') {
      return -1;
    }
    int i = cueEnd;
    while (i < sentence.length() && (sentence.charAt(i) == ' ' || sentence.charAt(i) == '\t')) {
      i++;
    }
    boolean gap = i - cueEnd >= 2 || (i > cueEnd && (bracketed || sentence.charAt(cueEnd) == '\t'));
    return gap && i < sentence.length() && sentence.charAt(i) != '\n' ? i : -1;
  }

  /**
   * Where the label ends when the text from {@code from} to {@code to} closes with a separator
   * (colon, pipe, tab, a dash after a space, a dot leader) and spaces, on one line; else -1.
   */
  private static int slotLabelEnd(String sentence, int from, int to) {
    int i = to - 1;
    while (i >= from && Character.isWhitespace(sentence.charAt(i))) {
      i--;
    }
    if (i < from) {
      return -1;
    }
    char c = sentence.charAt(i);
    int end;
    Matcher copula = COPULA_END.matcher(sentence).region(from, i + 1);
    if (copula.find()) {
      end = copula.start();
    } else if (c == ':' || c == '|' || c == '\t') {
      end = i;
    } else if ((c == '-' || c == '\u2013' || c == '\u2014') && i > from && Character.isWhitespace(sentence.charAt(i - 1))) {
      end = i;
    } else if (c == '.' && i > from && sentence.charAt(i - 1) == '.') {
      end = i;
      while (end > from && sentence.charAt(end - 1) == '.') {
        end--;
      }
    } else {
      return -1;
    }
    while (end > from && Character.isWhitespace(sentence.charAt(end - 1))) {
      end--;
    }
    // The label is on one line; its result may follow on the next ("NPM1, IDH1, TP53:\nnot detected").
    return sentence.substring(from, end).indexOf('\n') >= 0 ? -1 : end;
  }

  /**
   * A report's result slot: the findings named in a label and a negation that fills the slot
   * after it ("KRAS, BRAF, MET: no reportable variants", "| ERBB2 | No variant / amplification |",
   * "ALK / ROS1 fusions .... none", "NTRK1-3 - no fusion detected"). A forward cue there has
   * nothing of the kind after it in its clause, so it answers the label before it. Returns the
   * cue, or null.
   */
  private static String resultSlotNegation(String sentence, CharSpan target, List<CharSpan> peers, List<CharSpan> sameType,
      List<PhraseMatcher.Match<Cues.Cue>> found) {
    for (PhraseMatcher.Match<Cues.Cue> c : found) {
      if (c.value().category() != Category.NEGATED || c.value().direction() != Direction.FORWARD || c.start() < target.end()) {
        continue;
      }
      int label = slotLabelEnd(sentence, target.end(), c.start());
      if (label < 0 || !onlyListBetween(sentence, target.end(), label, peers)) {
        continue;
      }
      int clauseEnd = clauseEnd(sentence, c.end());
      int comma = sentence.indexOf(',', c.end());
      if (comma >= 0 && comma < clauseEnd) {
        clauseEnd = comma;
      }
      for (CharSpan o : sameType) {
        if (o.start() >= c.end() && o.start() < clauseEnd) {
          return null;
        }
      }
      // Only a general result may fill the slot: "EGFR: no T790M" says nothing of EGFR's other changes.
      if (SLOT_FILL.matcher(sentence.substring(c.end(), clauseEnd)).matches()) {
        return c.value().phrase();
      }
    }
    return null;
  }

  /** A verb that joins a list of genes to its result: "EGFR and KRAS are negative for ...". */
  private static final Pattern COPULA_END = Pattern.compile("(?i)\\s(?:is|are|was|were)(?:\\s+(?:all|both|each))?$");

  private static final String RESULT_NOUN =
      "(?:variants?|alterations?|mutations?|fusions?|rearrangements?|amplifications?|abnormalit(?:y|ies)|changes?|findings?)";

  /** The words a negated result slot may hold after its cue: qualified result nouns, a verb of finding. */
  private static final Pattern SLOT_FILL = Pattern.compile("(?i)\\s*(?:(?:a|an|any)\\s+)?(?:(?:reportable|pathogenic|likely|clinically|significant|"
      + "actionable|known|oncogenic|somatic|germline|other)\\s+)*(?:" + RESULT_NOUN + "(?:\\s*(?:/|,|or|and)\\s*" + RESULT_NOUN
      + ")*)?(?:\\s+(?:was\\s+|were\\s+)?(?:detected|identified|found|seen|noted|reported))?(?:\\s*\\([^()]{0,40}\\))?\\s*\\.?\\s*");

  /** The end of the clause from {@code from}: a semicolon, a pipe, a sentence end or a line end. */
  private static int clauseEnd(String sentence, int from) {
    for (int i = from; i < sentence.length(); i++) {
      char ch = sentence.charAt(i);
      if (ch == ';' || ch == '|' || ch == '\n' || (ch == '.' && (i + 1 == sentence.length() || sentence.charAt(i + 1) == ' '))) {
        return i;
      }
    }
    return sentence.length();
  }

  private Decision decideFrom(EnumSetHolder hits, SentenceCues sentence, String section, Mention m) {
    Assertion intrinsic = m == null ? Assertion.PRESENT : m.intrinsic();
    if (hits.has(Category.FAMILY) || "FAMILY_HISTORY".equals(section)) {
      return new Decision(Assertion.FAMILY, hits.cue(Category.FAMILY, "section:FAMILY_HISTORY"));
    }
    // "No brain imaging", "we have not imaged the brain": the statement denies a scan, so its own negation is what it says
    if (m != null && org.eligo.extract.Finding.Metastasis.NOT_IMAGED.equals(m.evidence().ruleId()) && !hits.has(Category.HYPOTHETICAL)) {
      return new Decision(Assertion.PRESENT, null);
    }
    // A plan sentence makes its therapies planned, but not one it denies ("Plan: ...; no systemic therapy given yet").
    if (hits.has(Category.HYPOTHETICAL) || (!hits.has(Category.NEGATED) && plannedTherapy(sentence, section, m))) {
      return new Decision(Assertion.HYPOTHETICAL, hits.cue(Category.HYPOTHETICAL, "section:ASSESSMENT_PLAN"));
    }
    if (hits.has(Category.NEGATED) || intrinsic == Assertion.ABSENT) {
      return new Decision(Assertion.ABSENT, hits.cue(Category.NEGATED, "intrinsic"));
    }
    if (hits.has(Category.POSSIBLE) || intrinsic == Assertion.POSSIBLE) {
      return new Decision(Assertion.POSSIBLE, hits.cue(Category.POSSIBLE, null));
    }
    if (hits.has(Category.HISTORICAL) || intrinsic == Assertion.HISTORICAL || historicalSection(section, m)) {
      return new Decision(Assertion.HISTORICAL, hits.cue(Category.HISTORICAL, intrinsic == Assertion.HISTORICAL ? "intrinsic" : "section:" + section));
    }
    return new Decision(Assertion.PRESENT, null);
  }

  /** A clause giving the reason for a plan, about the patient: ", as she relapsed ...", ", because he progressed ...". */
  private static final Pattern REASON = Pattern.compile(
      "(?i),\\s*(?:as|because|since|given that)\\s+(?:she|he|they|the patient|the disease|the cancer|it|there)\\b");

  private static final Pattern GIVEN = Pattern.compile(
      "(?i)\\b(?:s/p|status post|received|receiving|receives|progressed|progressing|progression (?:on|through|while)|continu\\w*|since|"
          + "completed|(?<!\\bfor \\d )(?<!\\bfor \\d\\d )(?<!\\bfor up to \\d )cycles?|C\\d+|after (?!progression|starting|beginning|initiating|(?:the )?start|discuss\\w*|review\\w*|talking|counsel\\w*)|prior|"
          + "previous\\w*|tolerat\\w*|on (?:the )?(?:\\w+ )?(?:day|cycle)|failed|stopped|held|discontinu\\w*|ongoing|currently|"
          + "started|began|initiated|was|were|had|x\\s?\\d)\\b");

  /**
   * In an assessment-and-plan section a therapy named without any sign of having been given
   * ("First-line: pembrolizumab") is what the plan proposes, not a prior treatment.
   */
  private static boolean plannedTherapy(SentenceCues sentence, String section, Mention m) {
    return m != null && m.intrinsic() == Assertion.PRESENT && m.finding() instanceof org.eligo.extract.Finding.Therapy t
        && (t.drug() != null || !t.classes().isEmpty()) && "ASSESSMENT_PLAN".equals(section)
        && sentence.proposesTherapy(m.span().start() - m.sentence().start());
  }

  /** A plan that sets the start ahead: "osimertinib 80 mg daily to start next week". */
  /** Whether AHEAD is in the text; it cannot match without "start" or "begin", looked for first (ASCII case ignored, as the pattern does). */
  private static boolean aheadIn(String text) {
    return (indexOfAscii(text, "start") >= 0 || indexOfAscii(text, "begin") >= 0) && AHEAD.matcher(text).find();
  }

  /** The first place where {@code word} (small ASCII letters) starts in {@code text}, ASCII case ignored, or -1. */
  private static int indexOfAscii(String text, String word) {
    for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
      int k = 0;
      while (k < word.length()) {
        char c = text.charAt(i + k);
        if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) {
          break;
        }
        k++;
      }
      if (k == word.length()) {
        return i;
      }
    }
    return -1;
  }

  private static final Pattern AHEAD = Pattern.compile(
      "(?i)\\b(?:to|will)\\s+(?:start|begin)\\b|\\bstart(?:ing)?\\s+(?:next|tomorrow|on\\s+\\d)");

  /**
   * A plan item that opens with an order ("Start alectinib after SRS", "2. Begin FOLFOX") proposes
   * the therapy whatever else the item says; "continue" and "resume" speak of a therapy given.
   */
  private static final Pattern ORDER = Pattern.compile(
      "(?i)\\s*(?:(?:\\d{1,2}[.)]|[-*\u2022])\\s*)?(?:start|begin|initiate|proceed with|switch to|offer)\\b");

  /** Past-history sections make therapies and conditions historical; results stay present. */
  private static boolean historicalSection(String section, Mention m) {
    if (m == null) {
      return false;
    }
    FactType t = m.finding().type();
    boolean historyKind = t == FactType.THERAPY || t == FactType.CONDITION;
    return historyKind && HISTORY_SECTIONS.contains(section);
  }

  /** No terminator, semicolon or too many words between cue and target. */
  /** {@code listOnly}: the gap is to hold nothing but a list (checked by the caller), so its length sets no limit. */
  private static boolean inScope(String sentence, List<PhraseMatcher.Match<Cues.Cue>> found, int from, int to, boolean backward,
      Cues.Cue cue, boolean listOnly) {
    Category category = cue.category();
    String gap = sentence.substring(from, to);
    if (gap.indexOf(';') >= 0 || lineBreakIn(gap)) {
      return false;
    }
    if (sentenceEndIn(gap)) {
      return false;
    }
    for (PhraseMatcher.Match<Cues.Cue> c : found) {
      if (c.value().category() == Category.TERMINATE && c.start() >= from && c.end() <= to) {
        return false;
      }
    }
    if (backward && positiveResultIn(gap)) {
      return false;
    }
    // "no lung lesions -> stage IVA": an arrow leads to a conclusion, which a negation before it does not reach
    // (a condition does: "If HER2 negative -> TNBC -> chemotherapy")
    if (!backward && category == Category.NEGATED && (gap.contains("->") || gap.indexOf('\u2192') >= 0 || gap.contains("=>"))) {
      return false;
    }
    // "Breslow 4.6 mm, not ulcerated, pT4a, stage IIB": "not" before a lone word and a comma denies that word only
    if (!backward && category == Category.NEGATED && cue.phrase().equalsIgnoreCase("not") && LONE_WORD.matcher(gap).lookingAt()) {
      return false;
    }
    if (!backward && closesParenthesis(gap) || backward && opensParenthesis(gap)) {
      // "BRAF G469A (class II, not V600), TP53 Y220C", "KRAS, BRAF. (Fusions not assessed.)": a cue in a parenthesis ends with it
      return false;
    }
    // A condition or instruction ("call for any weight gain, nausea, ... or fever") governs the
    // whole list after it; negation and the other cues reach a clause.
    int reach = cue.scope() > 0 ? cue.scope() : MAX_SCOPE_WORDS;
    // "Her older sister was diagnosed with ... in 2024 and has been on osimertinib since": a relative who opens the
    // sentence is its subject, and what the sentence tells up to a terminator is the relative's
    if (category == Category.FAMILY && !backward && words(sentence.substring(0, from)) <= words(cue.phrase()) + 2) {
      return true;
    }
    return (category == Category.HYPOTHETICAL && !backward && cue.scope() == 0) || listOnly || words(gap) <= reach;
  }

  /** What may open a parenthesis that gives the result of what stands before it: "(both negative)", "(was not detected)". */
  private static final Pattern RESULT_OPENING = Pattern.compile("(?i)\\s*(?:(?:both|all|each|were|are|is|was|results?|result:)\\s*)*");

  /**
   * Whether the gap opens a parenthesis it does not close, with words of its own before the cue
   * ("(Fusions not assessed"); "KRAS (not detected)" gives its result in the parenthesis.
   */
  private static boolean opensParenthesis(String gap) {
    int depth = 0;
    for (int i = gap.length() - 1; i >= 0; i--) {
      char ch = gap.charAt(i);
      if (ch == ')') {
        depth++;
      } else if (ch == '(' && --depth < 0) {
        return !RESULT_OPENING.matcher(gap.substring(i + 1)).matches();
      }
    }
    return false;
  }

  /** Whether the gap closes a parenthesis it did not open. */
  private static boolean closesParenthesis(String gap) {
    int depth = 0;
    for (int i = 0; i < gap.length(); i++) {
      char ch = gap.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the gap before a backward cue reports a positive result, other than a verb that
   * reports the cue itself ("ALK confirmed negative", "EGFR was found negative").
   */
  private static boolean positiveResultIn(String gap) {
    Matcher p = POSITIVE_RESULT.matcher(gap);
    while (p.find()) {
      if (!gap.substring(p.end()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line break that ends the list a cue heads: one that ends a clause, or one right after a
   * semicolon ("NEGATIVE FOR: KRAS; PIK3CA;\nALK fusion").
   */
  private static boolean listBreakIn(String gap) {
    return lineBreakIn(gap, ",:;");
  }

  /**
   * A line break that ends a clause: one not right after a comma (a list broken over lines goes
   * on) or a colon (a label and its result on the next line), nor before a line that goes on in
   * lower case (prose wrapped: "BRCA testing was\nnegative").
   */
  private static boolean lineBreakIn(String gap) {
    return lineBreakIn(gap, ",:");
  }

  private static boolean lineBreakIn(String gap, String goesOnAfter) {
    for (int i = gap.indexOf('\n'); i >= 0; i = gap.indexOf('\n', i + 1)) {
      int j = i - 1;
      while (j >= 0 && (gap.charAt(j) == ' ' || gap.charAt(j) == '\t' || gap.charAt(j) == '\r')) {
        j--;
      }
      int k = i + 1;
      while (k < gap.length() && (gap.charAt(k) == ' ' || gap.charAt(k) == '\t')) {
        k++;
      }
      // At the gap's end the line goes on with the cue or the target itself, which the segmenter joined only as a wrap.
      boolean wraps = k == gap.length() || Character.isLowerCase(gap.charAt(k));
      if (j < 0 || goesOnAfter.indexOf(gap.charAt(j)) < 0 && !wraps) {
        return true;
      }
    }
    return false;
  }

  /** A period and a space, not part of a dot leader ("Brain.... negative") nor after an abbreviation ("incl. exon 14"). */
  private static boolean sentenceEndIn(String gap) {
    for (int i = gap.indexOf(". "); i >= 0; i = gap.indexOf(". ", i + 1)) {
      if ((i == 0 || gap.charAt(i - 1) != '.') && !org.eligo.text.Abbreviations.before(gap, 0, i)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LIST_FILLER = Pattern.compile(
      "(?i)(?:[\\s,/&+:|()\"\u201c\u201d-]|\\b(?:on|in|from)\\s+(?:this|the)\\s+(?:block|specimen|sample|biopsy|tissue)\\b|\\((?=\\s*(?:both|all|each)\\b)|non-?[A-Z]\\d{1,4}[A-Z]?\\b|\\bexons?\\s?\\d{1,2}(?:\\s?[/,\u2013-]\\s?\\d{1,2})*\\b|\\bcodons?\\s?\\d{1,3}(?:\\s?[/,]\\s?\\d{1,3})*\\b|\\([^()]{0,60}\\)|\\b[a-z0-9]\\b|\\b\\d{1,2}(?:-\\d{1,2})?\\b|\\b(?:and|or|nor|shows?|showed|demonstrates?|demonstrated|reveals?|revealed|transcripts?|includes|including|incl|mutations?|alterations?|variants?|germline|somatic|testing|tests?|tested|confirmed|found|reported|also|monotherapy|status|results?|calls?|splice|region|site|skipping|promoter|domain|exonuclease|kinase|separately|ctDNA|cfDNA|plasma|tissue|re-?challenge|re-?treatment|covered|interrogated|assessed|evaluated|included|was|were|is|are|all|"
          + "both|each|by|for|genes?|fusions?|rearrangements?|amplifications?|expression|IHC|immunohistochemistry|immunostain|FISH|NGS|PCR|serology|serologies|hep|surface|core|HBsAg|HBsAb|HBcAb|anti-HBc|anti-HBs|screen|"
          + "screening|screen|\\d(?:st|nd|rd|th)-generation|generation|(?:19|20)\\d{2}|antibody|antibodies|antigen|dna|rna|viral|load|pcr|panel|ag|ab|hepatitis|break-?apart|analysis|assay|probe|sequencing|ex\\d{1,2}|amp)\\b|\\.{2,}|\\bincl\\.|\\b(?:came\\s+back|returned|today)\\b|\\b(?:on|dated)\\s+(?=\\d)|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b\\d{1,2}/(?:19|20)\\d{2}\\b)*");

  /** Upper-case words that are no mention here ("NTRK", a gene family) may stand in a gene list. */
  private static final Pattern OWN_POSITIVE = Pattern.compile("(?i)(?:\\bpositive|\\+)$");

  private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z][A-Z0-9]{1,7}\\b");

  /**
   * A diagnosis or metastasis: a gene symbol beside it is no peer of its list. (A condition keeps the old
   * reading: "hepatitis C, RNA negative" names the test of the condition in capitals.)
   */
  private static boolean namesNoGene(Mention m) {
    return m != null && (m.finding().type() == FactType.DIAGNOSIS || m.finding().type() == FactType.METASTASIS);
  }

  /**
   * "Stage IV lung adenocarcinoma, EGFR negative": a word in capitals between the target and the cue
   * that is no peer of the target (a gene) takes the negation itself.
   */
  private static boolean capitalsBetween(String sentence, int from, int to, List<CharSpan> peers) {
    StringBuilder gap = new StringBuilder(sentence.substring(from, to));
    for (CharSpan p : peers) {
      if (p.start() >= from && p.end() <= to) {
        for (int i = p.start(); i < p.end(); i++) {
          gap.setCharAt(i - from, ' ');
        }
      }
    }
    return UPPER_WORD.matcher(gap).find();
  }

  private static boolean onlyListBetween(String sentence, int from, int to, List<CharSpan> peers) {
    StringBuilder gap = new StringBuilder(sentence.substring(from, to));
    for (CharSpan p : peers) {
      if (p.start() >= from && p.end() <= to) {
        for (int i = p.start(); i < p.end(); i++) {
          gap.setCharAt(i - from, ' ');
        }
      }
    }
    String rest = peers.isEmpty() ? gap.toString() : UPPER_WORD.matcher(gap).replaceAll(" ");
    return LIST_FILLER.matcher(rest).matches();
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** Which categories hit, and the first cue of each. */
  private static final class EnumSetHolder {
    private static final int CATEGORIES = Category.values().length;
    private final String[] cues = new String[CATEGORIES];

    void add(Category c, String phrase) {
      if (cues[c.ordinal()] == null) {
        cues[c.ordinal()] = phrase;
      }
    }

    boolean has(Category c) {
      return cues[c.ordinal()] != null;
    }

    boolean isEmpty() {
      for (String c : cues) {
        if (c != null) {
          return false;
        }
      }
      return true;
    }

    String cue(Category c, String fallback) {
      return has(c) ? cues[c.ordinal()] : fallback;
    }
  }
}
