package org.eligo.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Cancers;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Cancer diagnoses by the terms of {@code lexicons/cancer_terms.tsv} ("NSCLC", "adenocarcinoma of
 * the colon", "melanoma"). Terms that name a histology constrain it ("squamous NSCLC"); terms
 * with different histologies stay alternatives, so "squamous NSCLC or SCLC" does not require
 * squamous SCLC. All mentions form one part spanning them.
 */
final class DiagnosisRule implements Rule {
  private final Cancers cancers;

  DiagnosisRule(Cancers cancers) {
    this.cancers = cancers;
  }

  private static final Pattern NOT_A_DIAGNOSIS = Pattern.compile("^[\\s-]*(?:screening|risk|susceptibility|prevention|survivors?hip)\\b");
  private static final Pattern RISK = Pattern.compile("\\b(?:risk (?:of|for)|screening (?:for|of)|prevention of|family history of)\\s+(?:[a-z-]+\\s+){0,2}$");
  private static final Pattern TREATMENT_OF = Pattern.compile("\\b(?:treatment|therapy|surgery|therapies|treatments) (?:of|for)\\s+(?:[a-z-]+\\s+){0,2}$|treated for\\s+(?:[a-z-]+\\s+){0,2}$");
  /** "previous prostate cancer therapy": the cancer names what was treated. */
  private static final Pattern TREATMENT_AFTER = Pattern.compile("^(?:\\s+|-)(?:directed\\s+|specific\\s+)?(?:therapy|therapies|treatments?)\\b");
  /** "untreated" right before the first cancer named (with at most two words between, "untreated primary ..."). */
  private static final Pattern UNTREATED_BEFORE = Pattern.compile("(?:^|[\\s,;:(])(untreated)\\s+(?:[a-z-]+\\s+){0,2}$");
  /** A treatment word that names no kind of treatment ("surgery for ..." is read as a procedure). */
  private static final Pattern ANY_TREATMENT_WORD = Pattern.compile("(?:\\s+|-)?(?:(?:directed|specific)\\s+)?(?:treatments?|therap(?:y|ies)|treated)\\b");
  /**
   * Before the treatment words, at most a word that says when or whether ("previous", "no other", "history of"):
   * "systemic", "local" or "curative" treatment names a kind.
   */
  private static final Pattern KIND_UNSTATED = Pattern.compile(
      "(?:^|[,;:(]|\\b(?:prior|previous|previously|any|other|no|with|of|history|received|had|has|have|earlier|past|patients?|for))\\s*$");
  /**
   * Any treatment of the cancer: a drug of an anticancer class, surgery or radiotherapy. The records do not tie each
   * surgery or course of radiotherapy to the cancer, so a treatment found leaves the criterion open.
   */
  static final Predicate ANY_TREATMENT = new Predicate.Qualified(new Predicate.AnyOf(List.of(
      new Predicate.PriorTherapy(Set.of(), Set.of("chemotherapy", "targeted therapy", "endocrine therapy", "immune checkpoint inhibitor",
          "antibody-drug conjugate", "bispecific antibody", "cellular therapy", "radiopharmaceutical", "cytokine", "oncolytic virus",
          "hypomethylating agent", "immunomodulatory drug", "anti-CD20 antibody", "anti-CD38 antibody", "HER2-directed",
          "somatostatin analogue"), null, null),
      new Predicate.PriorProcedure("surgery", null, null),
      new Predicate.PriorProcedure("radiation", null, null))), "that it treated this cancer", false);
  private static final Pattern AFTER = Pattern.compile("^\\s*(?:,|or|and|and/or|/)\\s*(?:the\\s+)?([a-z]+)");
  private static final Pattern BEFORE = Pattern.compile("((?:[a-z][a-z-]*\\s+)?[a-z][a-z-]*)(?:\\s*(?:,|or|and|and/or|/))+\\s*$");

  /**
   * Shared words: "adenocarcinoma of the colon or rectum" also names "adenocarcinoma of the
   * rectum"; "breast or ovarian cancer" also names "breast cancer".
   */
  private List<PhraseMatcher.Match<Cancers.Term>> ellipses(Sentence s, List<PhraseMatcher.Match<Cancers.Term>> found) {
    String lower = s.lower();
    List<PhraseMatcher.Match<Cancers.Term>> out = new ArrayList<>();
    for (PhraseMatcher.Match<Cancers.Term> m : found) {
      String surface = lower.substring(m.start(), m.end());
      int lastSpace = surface.lastIndexOf(' ');
      Matcher a = AFTER.matcher(lower.substring(m.end()));
      if (lastSpace > 0 && a.find()) {
        String candidate = surface.substring(0, lastSpace) + " " + a.group(1);
        Optional<Cancers.Term> t = cancers.term(candidate).or(() -> cancers.term(surface.substring(0, lastSpace) + " the " + a.group(1)));
        if (t.isPresent()) {
          int at = m.end() + a.start(1);
          out.add(new PhraseMatcher.Match<>(at, at + a.group(1).length(), t.get()));
          s.mask(at, at + a.group(1).length());
        }
      }
      int anchor = m.start();
      PhraseMatcher.Match<Cancers.Term> listed;
      while (surface.indexOf(' ') > 0 && (listed = listedBefore(lower, anchor, surface)) != null) {
        // "ovarian, primary peritoneal, or fallopian tube cancer": each listed name takes the shared last words
        out.add(listed);
        s.mask(listed.start(), listed.end());
        anchor = listed.start();
      }
    }
    return out;
  }

  /**
   * The one or two words listed right before {@code anchor} that, with the last words of {@code
   * surface} (the longest tail first), make a term: "breast or ovarian cancer", "primary peritoneal,
   * or fallopian tube cancer".
   */
  private PhraseMatcher.Match<Cancers.Term> listedBefore(String lower, int anchor, String surface) {
    Matcher b = BEFORE.matcher(lower.substring(0, anchor));
    if (!b.find()) {
      return null;
    }
    String words = b.group(1);
    int space = words.lastIndexOf(' ');
    List<String> heads = space < 0 ? List.of(words) : List.of(words, words.substring(space + 1));
    for (String head : heads) {
      if (head.endsWith("-") && head.length() > 1) {
        // "non- or Hodgkin lymphoma": a prefix with its hyphen left hanging takes the whole term after it
        Optional<Cancers.Term> t = cancers.term(head + surface);
        if (t.isPresent()) {
          return new PhraseMatcher.Match<>(b.end(1) - head.length(), b.end(1), t.get());
        }
      }
      for (int at = surface.indexOf(' '); at >= 0; at = surface.indexOf(' ', at + 1)) {
        Optional<Cancers.Term> t = cancers.term(head + surface.substring(at));
        if (t.isPresent()) {
          return new PhraseMatcher.Match<>(b.end(1) - head.length(), b.end(1), t.get());
        }
      }
    }
    return null;
  }

  private static final Pattern OF_HISTOLOGY = Pattern.compile(
      "^\\s+(?:of|with)\\s+((?:non-?\\s?)?[a-z]+)\\s+(?:histology|histologic(?:al)?\\s+(?:sub)?type|(?:sub)?type)\\b");

  /**
   * "non-small cell lung cancer of non-squamous histology": the histology written after the
   * cancer, read as the term it makes before it ("non-squamous non-small cell lung cancer").
   */
  private void qualified(Sentence s, List<PhraseMatcher.Match<Cancers.Term>> found) {
    String lower = s.lower();
    for (int i = 0; i < found.size(); i++) {
      PhraseMatcher.Match<Cancers.Term> m = found.get(i);
      Matcher q = OF_HISTOLOGY.matcher(lower.substring(m.end()));
      if (q.lookingAt()) {
        Optional<Cancers.Term> t = cancers.term(q.group(1) + " " + lower.substring(m.start(), m.end()));
        if (t.isPresent()) {
          found.set(i, new PhraseMatcher.Match<>(m.start(), m.end() + q.end(), t.get()));
        }
      }
    }
  }

  private static final Pattern BRACKETED_SYNONYM = Pattern.compile("([a-z][a-z-]*)\\s*\\(\\s*([a-z][a-z-]*)\\s*\\)\\s*$");

  /**
   * "Ocular (uveal) melanoma": a qualifier with its synonym in brackets before the cancer noun is
   * the term both make, when each does and they name the same cancer and histology.
   */
  private void synonymInBrackets(Sentence s, List<PhraseMatcher.Match<Cancers.Term>> found) {
    String lower = s.lower();
    for (int i = 0; i < found.size(); i++) {
      PhraseMatcher.Match<Cancers.Term> m = found.get(i);
      Matcher b = BRACKETED_SYNONYM.matcher(lower.substring(Math.max(0, m.start() - 60), m.start()));
      if (!b.find()) {
        continue;
      }
      String surface = lower.substring(m.start(), m.end());
      Optional<Cancers.Term> first = cancers.term(b.group(1) + " " + surface);
      Optional<Cancers.Term> second = cancers.term(b.group(2) + " " + surface);
      if (first.isPresent() && second.isPresent() && first.get().code().equals(second.get().code())
          && Objects.equals(first.get().histology(), second.get().histology())) {
        found.set(i, new PhraseMatcher.Match<>(Math.max(0, m.start() - 60) + b.start(1), m.end(), first.get()));
      }
    }
  }

  /** A plural cancer noun ("nasopharyngeal carcinomas", "solid tumours"), read as its singular. */
  private static final Pattern PLURAL = Pattern.compile(
      "(?i)\\b(?:\\w*carcinoma|cancer|tumou?r|\\w*sarcoma|\\w*lymphoma|leuka?emia|melanoma|neoplasm|myeloma|\\w*glioma|\\w*blastoma)(s)\\b");

  /** The lexicon's terms in {@code text}, a plural head noun matched as its singular and kept whole. */
  private List<PhraseMatcher.Match<Cancers.Term>> singularMatches(String text) {
    StringBuilder singular = new StringBuilder(text);
    Set<Integer> plurals = new java.util.HashSet<>();
    Matcher m = PLURAL.matcher(text);
    while (m.find()) {
      singular.setCharAt(m.start(1), ' ');
      plurals.add(m.start(1));
    }
    List<PhraseMatcher.Match<Cancers.Term>> found = new ArrayList<>();
    for (PhraseMatcher.Match<Cancers.Term> f : cancers.matcher().findAll(singular.toString())) {
      found.add(plurals.contains(f.end()) ? new PhraseMatcher.Match<>(f.start(), f.end() + 1, f.value()) : f);
    }
    return found;
  }

  @Override
  public void apply(Sentence s, Reading r) {
    List<PhraseMatcher.Match<Cancers.Term>> found = singularMatches(s.cased());
    if (found.isEmpty()) {
      return;
    }
    synonymInBrackets(s, found);
    found.addAll(ellipses(s, found));
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    instancesInBrackets(s, found);
    qualified(s, found);
    // Codes grouped by the histology their term names (null: any histology).
    Map<String, Set<String>> byHistology = new LinkedHashMap<>();
    // "melanoma of unknown primary" is melanoma, not a cancer of unknown primary.
    String lowerText = s.lower();
    List<PhraseMatcher.Match<Cancers.Term>> notDiagnoses = found.stream()
        .filter(m -> NOT_A_DIAGNOSIS.matcher(lowerText.substring(m.end())).lookingAt()
            || RISK.matcher(lowerText.substring(Math.max(0, m.start() - 25), m.start())).find())
        .toList();
    found.removeAll(notDiagnoses);
    notDiagnoses.forEach(m -> s.mask(m.start(), m.end()));
    if (found.isEmpty()) {
      return;
    }
    Matcher untreated = UNTREATED_BEFORE.matcher(lowerText.substring(0, found.get(0).start()));
    if (untreated.find() && r.parts().stream().noneMatch(p -> p.predicate().category().equals("THERAPY"))) {
      // "untreated colon or rectal cancer": no treatment of any kind
      s.mask(untreated.start(1), untreated.end(1));
      r.add(new Part(new Predicate.Not(ANY_TREATMENT), untreated.start(1), untreated.end(1)));
    }
    for (PhraseMatcher.Match<Cancers.Term> m : found) {
      int from = Math.max(0, m.start() - 30);
      Matcher of = TREATMENT_OF.matcher(lowerText.substring(from, m.start()));
      Matcher after = TREATMENT_AFTER.matcher(lowerText.substring(m.end()));
      boolean before = of.find();
      boolean behind = !before && after.lookingAt();
      if ((before || behind) && r.parts().stream().noneMatch(p -> p.predicate().category().equals("THERAPY"))) {
        int start = before ? from + of.start() : m.end();
        int end = before ? from + of.end() : m.end() + after.end();
        Matcher word = ANY_TREATMENT_WORD.matcher(lowerText).region(start, end);
        if (r.parts().stream().noneMatch(p -> p.predicate().category().equals("PROCEDURE"))
            && word.lookingAt()
            && KIND_UNSTATED.matcher(lowerText.substring(0, before ? start : m.start())).find()) {
          // "previous treatment of prostate cancer": any treatment, drugs, surgery or radiotherapy; the words between the
          // treatment and the cancer ("of metastatic") are left to the other rules
          int wordEnd = before ? word.end() : end;
          s.mask(start, wordEnd);
          r.add(new Part(ANY_TREATMENT, start, wordEnd));
        } else {
          r.gap("THERAPY", "treatment of a cancer, kind not stated");
        }
      }
    }
    List<PhraseMatcher.Match<Cancers.Term>> unknownPrimary = found.stream()
        .filter(m -> m.value().code().equals("CUP") && s.original().substring(0, m.start()).toLowerCase(Locale.ROOT).matches("(?s).*\\bof\\s+(?:an?\\s+)?$")
            && found.stream().anyMatch(o -> o.end() < m.start() && m.start() - o.end() <= 6))
        .toList();
    found.removeAll(unknownPrimary);
    unknownPrimary.forEach(m -> s.mask(m.start(), m.end()));
    // "any solid tumour except breast cancer": the cancers after the exception are ruled out, not allowed.
    // "malignancy other than melanoma": any cancer, solid or haematological, but the ones after the cue.
    Matcher head = ANY_MALIGNANCY_BUT.matcher(lowerText);
    boolean anyMalignancy = head.find() && head.end() <= found.get(0).start();
    List<PhraseMatcher.Match<Cancers.Term>> excepted = new ArrayList<>();
    Matcher except = EXCEPT.matcher(lowerText);
    String exceptedHistology = null;
    int histologyEnd = -1;
    if (except.find(anyMalignancy ? head.end() : found.get(0).end())) {
      int cue = except.start();
      int clause = clauseEnd(lowerText, except.end());
      excepted = found.stream().filter(m -> m.start() >= cue && m.start() < clause).toList();
      found.removeAll(excepted);
      if (found.isEmpty() && !anyMalignancy) {
        return;
      }
      if (excepted.isEmpty() && !anyMalignancy && cue - found.get(found.size() - 1).end() <= 2) {
        // "prostate cancer other than adenocarcinoma": a histology alone after the cue rules out that histology of the
        // cancer before it
        Matcher words = HISTOLOGY_WORDS.matcher(lowerText).region(except.end(), clause);
        if (words.lookingAt()) {
          String[] w = words.group(1).split("\\s+");
          for (int n = w.length; n > 0 && exceptedHistology == null; n--) {
            String said = String.join(" ", java.util.Arrays.copyOf(w, n));
            Optional<String> h = cancers.histology(said).or(() -> said.endsWith("s") ? cancers.histology(said.substring(0, said.length() - 1))
                : Optional.empty());
            if (h.isPresent() && !(n < w.length && w[n].matches("of|cancers?|tumou?rs?|neoplasms?"))) {
              exceptedHistology = h.get();
              histologyEnd = lowerText.indexOf(said, except.end()) + said.length();
            }
          }
        }
      }
    }
    if (anyMalignancy) {
      byHistology.put("", new LinkedHashSet<>(List.of("SOLID", "HEME")));
      s.mask(head.start(), head.end());
    }
    for (PhraseMatcher.Match<Cancers.Term> m : found) {
      byHistology.computeIfAbsent(m.value().histology() == null ? "" : m.value().histology(), k -> new LinkedHashSet<>())
          .add(m.value().code());
      s.mask(m.start(), m.end());
    }
    Set<String> any = byHistology.getOrDefault("", Set.of());
    List<Predicate> parts = new ArrayList<>();
    if (!any.isEmpty()) {
      parts.add(new Predicate.Diagnosis(any, Set.of()));
    }
    byHistology.forEach((histology, codes) -> {
      if (!histology.isEmpty()) {
        // A code already allowed in any histology needs no narrower alternative.
        Set<String> rest = new LinkedHashSet<>(codes);
        rest.removeIf(c -> any.stream().anyMatch(a -> cancers.isA(c, a)));
        if (!rest.isEmpty()) {
          parts.add(new Predicate.Diagnosis(rest, Set.of(histology)));
        }
      }
    });
    int start = anyMalignancy ? head.start() : found.get(0).start();
    int end = found.isEmpty() ? head.end() : found.get(found.size() - 1).end();
    Predicate p = parts.size() == 1 ? parts.get(0) : new Predicate.AnyOf(parts);
    if (!excepted.isEmpty()) {
      // "other than papillary thyroid cancer" rules out that histology only, not every thyroid cancer.
      Map<String, Set<String>> ruledOut = new LinkedHashMap<>();
      excepted.forEach(m -> {
        ruledOut.computeIfAbsent(m.value().histology() == null ? "" : m.value().histology(), k -> new LinkedHashSet<>())
            .add(m.value().code());
        s.mask(m.start(), m.end());
      });
      s.mask(except.start(), except.end());
      List<Predicate> out = new ArrayList<>();
      ruledOut.forEach((histology, codes) -> out.add(new Predicate.Diagnosis(codes, histology.isEmpty() ? Set.of() : Set.of(histology))));
      p = new Predicate.AllOf(List.of(p, new Predicate.Not(out.size() == 1 ? out.get(0) : new Predicate.AnyOf(out))));
      end = excepted.get(excepted.size() - 1).end();
    }
    if (exceptedHistology != null && p instanceof Predicate.Diagnosis d && d.histologies().isEmpty()) {
      s.mask(except.start(), histologyEnd);
      Matcher examples = EXAMPLES_AFTER.matcher(lowerText).region(histologyEnd, clauseEnd(lowerText, histologyEnd));
      if (examples.lookingAt()) {
        // "other than adenocarcinoma, such as small cell and neuroendocrine cancer": examples of what is left illustrate it
        s.mask(histologyEnd, examples.end());
        histologyEnd = examples.end();
      }
      p = new Predicate.AllOf(List.of(p, new Predicate.Not(new Predicate.Diagnosis(d.cancers(), Set.of(exceptedHistology)))));
      end = histologyEnd;
    }
    r.add(new Part(Objects.requireNonNull(p), start, end));
  }

  /** An example list that runs to the clause's end ("such as small cell and neuroendocrine cancer"). */
  private static final Pattern EXAMPLES_AFTER = Pattern.compile("\\s*,?\\s*\\(?(?:such as|e\\.g\\.?,?|for example,?)\\s[^;.()]*\\)?\\s*$");

  /** Up to four words right after an exception cue, where a histology written alone may stand ("other than adenocarcinoma"). */
  private static final Pattern HISTOLOGY_WORDS = Pattern.compile("\\s+([a-z-]+(?:\\s+[a-z-]+){0,3})");

  /** "(including primary peritoneal and fallopian tube cancer)": a bracket that lists what the cancer before it takes in. */
  private static final Pattern INCLUDING_BRACKET = Pattern.compile("\\(\\s*(?:including|includes|incl\\.?)\\s[^()]*\\)");

  /**
   * Cancers named in an "(including ...)" bracket that the lexicon holds within a cancer named before it ("serous ovarian
   * cancer (including primary peritoneal cancer)": OVARIAN holds peritoneal cancer) are that cancer's instances, not
   * alternatives of any histology: dropped and masked.
   */
  private void instancesInBrackets(Sentence s, List<PhraseMatcher.Match<Cancers.Term>> found) {
    Matcher b = INCLUDING_BRACKET.matcher(s.lower());
    while (b.find()) {
      int open = b.start();
      int close = b.end();
      List<PhraseMatcher.Match<Cancers.Term>> before = found.stream().filter(m -> m.end() <= open).toList();
      List<PhraseMatcher.Match<Cancers.Term>> inside = found.stream().filter(m -> m.start() > open && m.end() < close).toList();
      if (before.isEmpty() || inside.isEmpty()) {
        continue;
      }
      PhraseMatcher.Match<Cancers.Term> last = before.get(before.size() - 1);
      boolean held = inside.stream().allMatch(m -> m.value().histology() == null && before.stream()
          .anyMatch(o -> o.start() >= last.start() - 80 && cancers.isA(m.value().code(), o.value().code())));
      if (held) {
        found.removeAll(inside);
        inside.forEach(m -> s.mask(m.start(), m.end()));
      }
    }
  }

  /** "malignancy other than ...", "any malignancies except ...": a head that names no cancer of the lexicon. */
  private static final Pattern ANY_MALIGNANCY_BUT = Pattern.compile(
      "\\b(?:any\\s+)?malignan(?:cy|cies)(?=\\s+(?:other than|except(?:\\s+for)?|excluding|apart from|aside from)\\b)");

  private static final Pattern EXCEPT = Pattern.compile(
      "\\b(?:except(?:\\s+for)?|other than|excluding|with the exception of|but not|apart from|aside from)\\b");

  /** Where the clause from {@code from} ends: a semicolon, a period before a space, a closing parenthesis or the end. */
  private static int clauseEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ')' || (c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' '))) {
        return i;
      }
    }
    return text.length();
  }
}
