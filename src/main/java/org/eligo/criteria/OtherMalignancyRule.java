package org.eligo.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Cancers;
import org.eligo.lexicon.PhraseMatcher;

/**
 * "Other malignancy within the past 5 years, except adequately treated basal cell carcinoma of
 * the skin or carcinoma in situ": an exclusion of a second cancer, as {@link
 * Predicate.OtherMalignancy}. Read only when every part of it is understood: the look-back (one
 * window, in years or whole years of months), a concurrent or active qualifier, and each
 * exception (basal cell and cutaneous squamous cell carcinoma, non-melanoma skin cancer,
 * carcinoma in situ of any organ or of the cervix or breast) with whether it must have been
 * treated. An exception named by another cancer of the lexicon ("thyroid cancer", "superficial
 * bladder tumour") or by "skin cancer" is read too, and the predicate widened: the cancer named may
 * be the trial's own, words in its item may narrow it to part of the code, a melanoma may not be of
 * the skin. An exception it cannot name, one with a number ("PSA below 0.1 ng/mL"), a second number
 * of years, or words it does not know leave the criterion to the parser's "other malignancy" gap:
 * dropping an exception would exclude patients the trial accepts.
 */
final class OtherMalignancyRule {
  /** A lineage left out of the second cancer: "other non-myeloid malignancy". */
  private static final String NON_LINEAGE = "non-?(?:myeloid|lymphoid|ha?ematologic(?:al)?)";
  /** Exceptions the criterion says exist but does not list: "(with exceptions)". */
  private static final Pattern UNLISTED_EXCEPTIONS = Pattern.compile(
      "\\(\\s*with\\s+(?:some\\s+|certain\\s+|few\\s+)?exceptions\\s*\\)|\\bwith\\s+(?:some\\s+|certain\\s+|few\\s+)?exceptions\\b(?!\\s*(?::|of|for|as|such|listed|below))");
  /** A second cancer named as such. */
  static final Pattern TRIGGER = Pattern.compile(
      "\\b(?:other|another|second|double|prior|previous|additional|concurrent|secondary|synchronous|concomitant|different|coexisting)"
          + "\\s+(?:(?:primary|invasive|active|malignant|known|solid|" + NON_LINEAGE + ")\\s+)*(?:malignan\\w*|cancers?|tumou?rs?|neoplas\\w*|carcinomas?)\\b"
          + "|second primary|malignan\\w* (?:other than|within (?:the )?(?:past|last)|in the (?:past|last))|history of (?:any )?(?:malignan\\w*|cancer)\\b"
          + "|\\bany (?:(?:primary|invasive|solid|malignant)\\s+)?(?:cancers?|tumou?rs?|neoplasms?|carcinomas?) other than");
  private static final Pattern ACTIVE = Pattern.compile(
      "\\b(?:active|concurrent|concomitant|coexisting|co-existing|synchronous|progressing|ongoing"
          + "|(?:requiring|required|needed|needing|under)\\s+(?:active\\s+)?(?:treatment|therapy))\\b");
  private static final Pattern PRIOR_OR_ACTIVE = Pattern.compile(
      "\\b(?:concurrent|concomitant|active|current)\\s+(?:or|and/or)\\s+(?:prior|previous|past)\\b"
          + "|\\b(?:prior|previous|past)\\s+(?:or|and/or)\\s+(?:concurrent|concomitant|active|current)\\b");
  private static final Pattern NOT_EXCLUDED = Pattern.compile(
      "\\b(?:is|are)\\s+(?:not\\s+excluded|(?:also\\s+)?(?:allowed|permitted|eligible|acceptable))\\b");
  private static final Pattern EXCEPT = Pattern.compile(
      "\\b(?:except(?:\\s+for)?|with the exception of|excluding|other than|apart from|aside from|but not|unless|not including|"
          + "exceptions?(?: are| include)?:?)");
  private static final Pattern ANOTHER = Pattern.compile("\\b(?:other|another|second|double|secondary|prior|previous|additional|concurrent|"
      + "synchronous|concomitant|different|coexisting)\\b");
  /** Words that narrow the second cancer (its extent, kind or treatment) beyond what the predicate holds. */
  private static final Pattern NARROWED = Pattern.compile(
      "\\b(?:invasive|solid|systemic|chemo\\w*|radio\\w*|radiation|surg\\w*|metasta\\w*|stage|haematolog\\w*|hematolog\\w*|"
          + "curable|incurable|treatable|life expectancy|prognosis|interfere\\w*|opinion|judge?ment)\\b");
  /** Narrowing words that hand the decision to a judgement or an outlook: never read as a qualifier. */
  private static final Pattern JUDGED = Pattern.compile(
      "\\b(?:metasta\\w*|curable|incurable|treatable|life expectancy|prognosis|interfere\\w*|opinion|judge?ment)\\b");
  /** How a narrowing word is said: "requiring systemic treatment", "treated with chemotherapy", "other invasive". */
  private static final Pattern NARROWING = Pattern.compile(
"\\b" + NON_LINEAGE + "\\b|(?:\\b(?:requiring|required|needing|needed|under|receiving|treated with|that required|which required)\\s+)?"
          + "\\b(?:invasive|solid|systemic|chemo\\w*|radio\\w*|radiation|surg\\w*|haematolog\\w*|hematolog\\w*)\\b"
          + "(?:\\s+(?:treatment|therapy|therapies|treatments))?");
  private static final Pattern LEFT_NUMBER = Pattern.compile(
      "\\d|\\b(?:ago|years?|months?)\\b");
  /** Words that name a cancer: left in an exception after the known ones are read, it names one eligo does not know. */
  private static final Pattern CANCER_WORD = Pattern.compile(
      "\\b(?:situ|cancers?|carcinomas?|tumou?rs?|malignan\\w*|neoplas\\w*|melanomas?|lymphomas?|leuka?emias?|sarcomas?|skin|cutaneous|lesions?)\\b");

  private static final String SKIN = "(?:\\s+of\\s+(?:the\\s+)?skin)?";
  private static final String CANCER = "(?:carcinomas?|cancers?|skin\\s+cancers?|malignanc(?:y|ies)|tumou?rs?|epitheliomas?)";
  /** Exception phrases and the exceptions they name. */
  private static final List<Object[]> EXCEPTIONS = List.of(
      new Object[] {Pattern.compile("\\bbasal(?:[- ]cell)?\\s*(?:,|or|and|and/or)\\s*(?:cutaneous\\s+)?squamous[- ]cell\\s+(?:skin\\s+)?"
          + CANCER + SKIN), Set.of("BCC", "CSCC")},
      new Object[] {Pattern.compile("\\b(?:non-?melanoma(?:tous)?|nonmelanoma)\\s+(?:skin\\s+)?" + CANCER + SKIN
          + "|\\b(?:skin|cutaneous)\\s+" + CANCER + "\\s+(?:other than|except(?: for)?|excluding|but not)\\s+(?:malignant\\s+)?melanomas?"),
          Set.of("BCC", "CSCC")},
      new Object[] {Pattern.compile("\\b(?:cutaneous\\s+|skin\\s+)?basal[- ]cell\\s+" + CANCER + SKIN + "|\\bbcc\\b"), Set.of("BCC")},
      new Object[] {Pattern.compile("\\b(?:cutaneous|skin)\\s+squamous[- ]cell\\s+" + CANCER + "|\\bsquamous[- ]cell\\s+"
          + CANCER + "\\s+of\\s+(?:the\\s+)?skin|\\bcscc\\b"), Set.of("CSCC")},
      new Object[] {Pattern.compile("\\b(?:cervical\\s+(?:carcinoma|cancer|neoplasia)\\s+in[- ]situ|(?:carcinoma|cancer)\\s+in[- ]situ\\s+of\\s+(?:the\\s+)?"
          + "(?:uterine\\s+)?cervix|in[- ]situ\\s+(?:carcinoma|cancer)\\s+of\\s+(?:the\\s+)?(?:uterine\\s+)?cervix|in[- ]situ\\s+cervical\\s+(?:carcinoma|cancer))"),
          Set.of("CIS of CERVICAL")},
      new Object[] {Pattern.compile("\\b(?:ductal\\s+carcinoma\\s+in[- ]situ|dcis|(?:carcinoma|cancer)\\s+in[- ]situ\\s+of\\s+(?:the\\s+)?breast"
          + "|in[- ]situ\\s+(?:carcinoma|cancer)\\s+of\\s+(?:the\\s+)?breast)"), Set.of("CIS of BREAST")},
      new Object[] {Pattern.compile("\\b(?:(?:carcinomas?|cancers?|neoplasms?|malignanc(?:y|ies)|tumou?rs?)\\s+in[- ]situ|in[- ]situ\\s+"
          + "(?:carcinomas?|cancers?|neoplasms?|malignanc(?:y|ies)|tumou?rs?))(?:\\s+of\\s+any\\s+(?:organ|site|type|kind))?"), Set.of("CIS")});
  /** How an exception must have been treated. */
  private static final Pattern TREATED = Pattern.compile(
      "\\b(?:(?:adequately|curatively|completely|successfully|radically|definitively|appropriately|previously|surgically)\\s+)*"
          + "(?:treated|resected|excised|removed|cured)\\b(?:\\s+with\\s+curative\\s+intent)?"
          + "|\\b(?:(?:undergone|undergo|underwent|received|had)\\s+)?(?:potentially\\s+)?curative\\s+(?:treatment|therapy|intent|resection)"
          + "|\\bwith\\s+curative\\s+intent");

  private OtherMalignancyRule() {}

  /**
   * Reads the other-malignancy exclusion of {@code s} into {@code r}, masking what it consumed;
   * false (nothing masked, nothing added) when some part of it cannot be represented.
   */
  static boolean read(Sentence s, Reading r, Cancers cancers) {
    String lower = s.lower();
    Matcher trigger = TRIGGER.matcher(lower);
    if (!trigger.find()) {
      return false;
    }
    // "history of malignancy", "malignancy within 5 years" may mean the trial's own cancer too;
    // "other invasive", "other solid" narrow the second cancer in a way the predicate does not hold.
    if (!ANOTHER.matcher(trigger.group()).find() || JUDGED.matcher(trigger.group()).find()) {
      return false;
    }
    List<int[]> masks = new ArrayList<>();
    masks.add(new int[] {trigger.start(), trigger.end()});
    // The exceptions: after "except ..." to the end of the clause, or a later clause that says they "are not excluded".
    int scopeStart = -1;
    int scopeEnd = -1;
    int textStart = -1;
    // "(with exceptions)": the trial excepts some second cancers without naming them; a second cancer found is left open
    String unlisted = null;
    String searched = lower;
    Matcher u = UNLISTED_EXCEPTIONS.matcher(lower);
    if (u.find(trigger.end())) {
      unlisted = "exceptions not listed";
      masks.add(new int[] {u.start(), u.end()});
      searched = lower.substring(0, u.start()) + " ".repeat(u.end() - u.start()) + lower.substring(u.end());
    }
    Matcher except = EXCEPT.matcher(searched);
    if (except.find(trigger.start())) {
      scopeStart = except.start();
      textStart = except.end();
      scopeEnd = clauseEnd(lower, except.end());
    } else {
      Matcher allowed = NOT_EXCLUDED.matcher(lower);
      if (allowed.find(trigger.end())) {
        scopeStart = clauseStart(lower, allowed.start());
        if (scopeStart < trigger.end()) {
          return false;
        }
        textStart = scopeStart;
        scopeEnd = clauseEnd(lower, allowed.end());
      }
    }
    Set<String> exceptions = new LinkedHashSet<>();
    boolean treated = false;
    List<String> widenedBy = new ArrayList<>();
    if (scopeStart >= 0) {
      StringBuilder rest = new StringBuilder(elide(lower.substring(textStart, scopeEnd), cancers));
      // the same text in its own case, for acronyms the lexicon holds in capitals ("CRC")
      String restCased = elide(s.cased().substring(textStart, scopeEnd), cancers);
      blank(rest, NOT_EXCLUDED);
      for (Object[] e : EXCEPTIONS) {
        Matcher m = ((Pattern) e[0]).matcher(rest);
        while (m.find()) {
          @SuppressWarnings("unchecked")
          Set<String> codes = (Set<String>) e[1];
          exceptions.addAll(codes);
          for (int i = m.start(); i < m.end(); i++) {
            rest.setCharAt(i, ' ');
          }
        }
      }
      treated = blank(rest, TREATED);
      if (blank(rest, ANY_SKIN_CANCER)) {
        // "skin cancer" of any kind: the keratinocyte and Merkel cell carcinomas, and melanoma, which may have been of the
        // eye or a mucosa instead (records do not say): a melanoma excepted is left open
        exceptions.addAll(SKIN_CANCERS);
        widenedBy.add("skin cancer (a melanoma not of the skin is not excepted, and where it arose is not read)");
      }
      List<String> named = namedExceptions(rest, restCased, cancers, exceptions);
      if (!named.isEmpty()) {
        // "other than thyroid cancer": the cancer named may be the trial's own, the one "other" is said against, and then
        // it is no exception; a cancer excepted beside one other is left open
        widenedBy.add(String.join(", ", named) + " (the cancer named may be the trial's own)");
      }
      blank(rest, Pattern.compile("\\bof\\s+any\\s+(?:organ|site|type|kind)\\b"));
      String left = rest.toString();
      if (exceptions.isEmpty() || !Residue.content(left).isEmpty() || !Residue.qualifiers(left).isEmpty()
          || CANCER_WORD.matcher(left).find() || LEFT_NUMBER.matcher(left).find()) {
        return false;
      }
      masks.add(new int[] {scopeStart, scopeEnd});
    }
    // The look-back: one window in years (or whole years of months), outside the exceptions.
    Integer years = null;
    Matcher w = CriterionParser.WINDOW.matcher(lower);
    int windows = 0;
    while (w.find()) {
      if (scopeStart >= 0 && w.start() >= scopeStart && w.start() < scopeEnd) {
        continue;
      }
      windows++;
      String amount = CriterionParser.windowAmount(w);
      String unit = CriterionParser.windowUnit(w);
      if (windows > 1 || amount == null || unit == null || !amount.matches("\\d+")) {
        return false;
      }
      int n = Integer.parseInt(amount);
      if (unit.startsWith("year") && n > 0) {
        years = n;
      } else if (unit.startsWith("month") && n > 0 && n % 12 == 0) {
        years = n / 12;
      } else {
        return false;
      }
      masks.add(new int[] {w.start(), w.end()});
    }
    Matcher active = ACTIVE.matcher(lower);
    boolean activeOnly = false;
    while (active.find()) {
      if (scopeStart < 0 || active.start() < scopeStart || active.start() >= scopeEnd) {
        activeOnly = true;
        masks.add(new int[] {active.start(), active.end()});
      }
    }
    // "concurrent or previous malignant tumours": not the concurrent ones only.
    if (PRIOR_OR_ACTIVE.matcher(lower).find()) {
      activeOnly = false;
    }
    // A number left in the criterion's clause that no part read ("more than 5 years ago").
    char[] masked = lower.toCharArray();
    for (int[] m : masks) {
      java.util.Arrays.fill(masked, m[0], m[1], ' ');
    }
    int from = clauseStart(lower, trigger.start());
    String clause = new String(masked, from, clauseEnd(lower, trigger.end()) - from);
    if (LEFT_NUMBER.matcher(clause).find() || JUDGED.matcher(clause).find()) {
      return false;
    }
    // "Other active malignancy requiring systemic treatment", "other invasive cancer": a narrower second cancer than
    // any, which records do not tell apart; a second cancer found is left open, none found stands.
    List<String> narrowing = new ArrayList<>();
    Matcher own = NARROWING.matcher(trigger.group());
    while (own.find()) {
      narrowing.add(own.group().trim());
    }
    StringBuilder unread = new StringBuilder(clause);
    Matcher n = NARROWING.matcher(clause);
    while (n.find()) {
      narrowing.add(n.group().trim());
      masks.add(new int[] {from + n.start(), from + n.end()});
      for (int i = n.start(); i < n.end(); i++) {
        unread.setCharAt(i, ' ');
      }
    }
    if (NARROWED.matcher(unread).find()) {
      return false;
    }
    if (unlisted != null) {
      narrowing.add(unlisted);
    }
    for (int[] m : masks) {
      s.mask(m[0], m[1]);
    }
    Predicate p = new Predicate.OtherMalignancy(years, activeOnly, exceptions, treated);
    if (!narrowing.isEmpty()) {
      p = new Predicate.Qualified(p, String.join(", ", narrowing), false);
    }
    if (!widenedBy.isEmpty()) {
      p = new Predicate.Qualified(p, "excepted as written: " + String.join("; ", widenedBy), true);
    }
    r.add(new Part(p, trigger.start(), trigger.end()));
    return true;
  }

  /** "skin cancer" or "cutaneous malignancy" with no kind named (the non-melanoma forms are read before it). */
  private static final Pattern ANY_SKIN_CANCER = Pattern.compile(
      "\\b(?:skin|cutaneous)\\s+(?:cancers?|carcinomas?|malignanc(?:y|ies)|tumou?rs?|neoplasms?)\\b(?:\\s+of\\s+any\\s+(?:type|kind))?");
  private static final Set<String> SKIN_CANCERS = Set.of("BCC", "CSCC", "MERKEL_CELL", "MELANOMA");
  /** One item of an exception list. */
  private static final Pattern ITEM_END = Pattern.compile("[,;:]|\\band/or\\b|\\bor\\b|\\band\\b");
  /** "skin/thyroid cancer", "breast or thyroid carcinoma": a word joined to a cancer noun that names a cancer before it. */
  private static final Pattern ELIDED = Pattern.compile(
      "\\b([a-z]+)(\\s*(?:/|\\bor\\b|\\band\\b|\\band/or\\b)\\s*)(?=[a-z]+\\s+(cancers?|carcinomas?|tumou?rs?|malignanc(?:y|ies))\\b)",
      Pattern.CASE_INSENSITIVE);

  /** {@code text} with a cancer noun written once for two words put back after the first ("skin cancer/thyroid cancer"). */
  private static String elide(String text, Cancers cancers) {
    Matcher m = ELIDED.matcher(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (m.find()) {
      String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String noun = m.group(3);
      boolean names = word.equals("skin") || word.equals("cutaneous") || cancers.term(word + " " + noun).isPresent();
      if (names && !word.matches("non-?melanoma|nonmelanoma")) {
        out.append(text, at, m.end(1)).append(' ').append(noun);
        at = m.end(1);
      }
    }
    return out.append(text.substring(at)).toString();
  }

  /**
   * Exceptions named by a cancer of the lexicon ("thyroid cancer", "superficial bladder tumour"), each added with its
   * code and blanked with its item; returned as said: the cancer's label when the item names all of it, else "only" the
   * item as written (words left in the item narrow the exception to part of that cancer, which records do not tell
   * apart). The caller leaves a cancer excepted so beside one other open.
   */
  private static List<String> namedExceptions(StringBuilder rest, String restCased, Cancers cancers, Set<String> exceptions) {
    List<String> named = new ArrayList<>();
    String text = rest.toString();
    StringBuilder cased = new StringBuilder(restCased);
    for (int i = 0; i < cased.length() && i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        cased.setCharAt(i, ' ');
      }
    }
    for (PhraseMatcher.Match<Cancers.Term> m : cancers.matcher().findAll(cased.toString())) {
      String code = m.value().code();
      if (code.equals("SOLID") || code.equals("HEME")) {
        continue;
      }
      int from = 0;
      Matcher end = ITEM_END.matcher(text);
      while (end.find() && end.end() <= m.start()) {
        from = end.end();
      }
      int to = end.find(m.end()) ? end.start() : text.length();
      String item = cased.substring(from, to);
      String words = (text.substring(from, m.start()) + " " + text.substring(m.end(), to)).replaceAll("\\s+", " ").trim();
      if (CANCER_WORD.matcher(words).find() || LEFT_NUMBER.matcher(words).find()) {
        continue;
      }
      exceptions.add(code);
      boolean whole = wholeCancer(m.value(), text.substring(m.start(), m.end()), cancers)
          && words.replaceAll("\\b(?:the|a|an|of|any|all|types?|kinds?|forms?)\\b", " ").matches("[\\s\\p{Punct}]*");
      named.add(whole ? cancers.label(code) : "only " + item.replaceAll("\\s+", " ").trim());
      for (int i = from; i < to; i++) {
        rest.setCharAt(i, ' ');
      }
    }
    return named;
  }

  /**
   * Whether {@code term} names all of its code's cancer: no histology, and the words of the code's label with "cancer"
   * for "carcinoma", "tumour", "malignancy" ("thyroid cancer"; not "colon cancer", which is part of colorectal cancer).
   */
  private static boolean wholeCancer(Cancers.Term t, String term, Cancers cancers) {
    return (t.histology() == null || t.histology().isBlank()) && plain(term).equals(plain(cancers.label(t.code())));
  }

  private static String plain(String name) {
    return name.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("\\b(?:carcinomas?|tumou?rs?|malignanc(?:y|ies)|neoplasms?|cancers)\\b", "cancer").replaceAll("\\s+", " ").trim();
  }

  private static boolean blank(StringBuilder text, Pattern p) {
    Matcher m = p.matcher(text);
    boolean found = false;
    while (m.find()) {
      found = true;
      for (int i = m.start(); i < m.end(); i++) {
        text.setCharAt(i, ' ');
      }
    }
    return found;
  }

  private static int clauseEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || (c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ') && !text.startsWith("e.g", Math.max(0, i - 3)))) {
        return i;
      }
    }
    return text.length();
  }

  private static int clauseStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ';' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return 0;
  }
}
