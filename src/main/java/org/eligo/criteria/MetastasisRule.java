package org.eligo.criteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metastases at a named site: brain ("brain", "CNS", "central nervous system", "intracranial",
 * "cerebral"; also "CNS leukemia", a leukaemia's spread to the central nervous system),
 * leptomeningeal, liver, bone and lung. Statuses are those of {@code MetStatus}:
 *
 * <ul>
 *   <li>"active", "untreated", "symptomatic", "progressive", "unstable", "requiring steroids",
 *       "new": ACTIVE only;
 *   <li>a criterion that excludes brain metastases but allows treated or stable ones ("unless
 *       treated and stable", "are eligible if") is still ACTIVE only;
 *   <li>"treated", "stable" without an active word: TREATED_STABLE;
 *   <li>no status word: any (ACTIVE or TREATED_STABLE).
 * </ul>
 *
 * Leptomeningeal disease is read as a metastasis at site "leptomeningeal" in any status: it is
 * excluded whatever its treatment. One part per site; later mentions of the same site (in the
 * exception clause) are consumed.
 */
final class MetastasisRule implements Rule {
  private static final String METS = "(?:metasta\\w*|mets\\b|lesions?|involvement|disease|spread)";
  private static final Map<String, Pattern> SITES = sites();
  private static final Pattern ACTIVE = Pattern.compile(
      "\\b(?:active|untreated|non-?treated|symptomatic|progressive|progressing|unstable|uncontrolled|new|newly diagnosed|growing|"
          + "(?:requiring|needing) (?:steroids|corticosteroids|treatment|therapy)|not (?:previously )?treated|unresected|unirradiated|"
          + "not (?:been )?(?:definitively )?treated|current)\\b");
  private static final Pattern TREATED = Pattern.compile(
      "\\b(?:treated|stable|asymptomatic|previously irradiated|controlled|inactive|radiologically stable|clinically stable)\\b");
  private static final Pattern ALLOWED = Pattern.compile(
      "\\b(?:unless|except|allowed|permitted|eligible|may (?:be )?(?:enrolled|included|participate|enrol+)|can (?:be )?(?:enrolled|included)|"
          + "provided|as long as|if they|acceptable|not excluded|are not|may take part|may participate|can participate)\\b");

  @Override
  public void apply(Sentence s, Reading r) {
    // First mention of each site, in text order; status words are looked for after the previous one.
    List<Object[]> firsts = new java.util.ArrayList<>();
    for (Map.Entry<String, Pattern> site : SITES.entrySet()) {
      Matcher m = site.getValue().matcher(s.lower());
      if (m.find()) {
        firsts.add(new Object[] {site, m.start()});
      }
    }
    firsts.sort((a, b) -> Integer.compare((Integer) a[1], (Integer) b[1]));
    int previousEnd = 0;
    for (Object[] first : firsts) {
      @SuppressWarnings("unchecked")
      Map.Entry<String, Pattern> site = (Map.Entry<String, Pattern>) first[0];
      String lower = s.lower();
      Matcher m = site.getValue().matcher(lower);
      if (!m.find()) {
        continue;
      }
      int start = m.start();
      int end = m.end();
      int clause = Math.max(previousEnd, clauseStart(lower, start));
      previousEnd = end;
      int back = Math.max(clause, start - 80);
      while (back > clause && Character.isLetter(lower.charAt(back - 1))) {
        back--;
      }
      String before = lower.substring(back, start);
      String after = lower.substring(end, BiomarkerRule.clauseEnd(lower, end, 200));
      String rest = lower.substring(end);
      boolean activeBefore = ACTIVE.matcher(before).find();
      Matcher activeAfter = ACTIVE.matcher(after);
      boolean active = activeBefore || (activeAfter.find() && activeAfter.start() < 25 && !ALLOWED.matcher(after.substring(0, activeAfter.start())).find());
      boolean treated = TREATED.matcher(before).find();
      boolean allowedAfter = ALLOWED.matcher(rest).find() && TREATED.matcher(rest).find();
      Set<String> statuses;
      if (site.getKey().equals("leptomeningeal")) {
        statuses = Set.of("ACTIVE", "TREATED_STABLE");
      } else if (active || allowedAfter) {
        statuses = Set.of("ACTIVE");
      } else if (treated) {
        statuses = Set.of("TREATED_STABLE");
      } else {
        statuses = Set.of("ACTIVE", "TREATED_STABLE");
      }
      // The status words before the site belong to this part.
      Matcher cue = (active ? ACTIVE : TREATED).matcher(before);
      int from = start;
      if ((activeBefore || treated) && cue.find() && !site.getKey().equals("leptomeningeal")) {
        from = start - before.length() + cue.start();
        String between = before.substring(cue.end()).replaceAll(ACTIVE.pattern() + "|" + TREATED.pattern(), " ");
        if (!Residue.content(between).isEmpty()) {
          // "Unstable spinal cord compression/brain metastases": whether the word also qualifies what stands between is not held.
          r.gap("METASTASIS", "status word before another concept ('" + before.substring(cue.start(), cue.end()).trim() + "')");
        }
      }
      // Only the status words and the site: what stands between them ("unstable spinal cord
      // compression/brain metastases") is left for the other rules and the residue.
      if (from < start) {
        Matcher words = (active ? ACTIVE : TREATED).matcher(before);
        while (words.find()) {
          if (start - before.length() + words.start() >= from) {
            s.mask(start - before.length() + words.start(), start - before.length() + words.end());
          }
        }
      }
      s.mask(start, end);
      if (active) {
        // "brain metastases (untreated or symptomatic)", "lesions that are untreated": the status words.
        Matcher words = ACTIVE.matcher(after);
        while (words.find() && words.start() < 60) {
          s.mask(end + words.start(), end + words.end());
        }
      }
      if (allowedAfter) {
        // "Active brain metastases; treated, stable ones are eligible": the allowance is read.
        Matcher allow = ALLOWED.matcher(rest);
        Matcher tr = TREATED.matcher(rest);
        if (allow.find() && tr.find()) {
          int from2 = Math.min(allow.start(), tr.start());
          // The allowance ("Treated brain metastases that are stable on imaging are allowed") is read: mask its sentence.
          int stop = rest.indexOf(". ", Math.max(allow.start(), tr.start()));
          int to = stop < 0 ? rest.length() : stop;
          if (end + to <= s.length()) {
            s.mask(end + from2, end + to);
          }
        }
      }
      // Further mentions of the site (the exception clause) are this part's too.
      Matcher again = site.getValue().matcher(s.lower());
      while (again.find()) {
        s.mask(again.start(), again.end());
      }
      r.add(new Part(new Predicate.Metastasis(site.getKey(), statuses), from, end));
    }
  }

  private static int clauseStart(String lower, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = lower.charAt(i);
      if (c == ';' || c == ',' || (c == '.' && i + 1 < lower.length() && lower.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Map<String, Pattern> sites() {
    Map<String, Pattern> m = new LinkedHashMap<>();
    m.put("leptomeningeal", Pattern.compile(
        "\\blepto-?meningeal\\s*(?:" + METS + "|carcinomatosis|enhancement)|\\b(?:meningeal|leptomeningeal) carcinomatosis|carcinomatous meningitis|neoplastic meningitis|\\blmd\\b"));
    String brain = "(?:brain and/or spinal cord|brain|cns|central nervous system|intracranial|intra-cranial|cerebral)";
    m.put("brain", Pattern.compile(
        "\\b" + brain + "(?:\\s*(?:/|or|and)\\s*" + brain + ")?(?:\\s*\\((?:cns|bm)\\))?\\s*-?\\s*(?:metasta\\w*|mets\\b|lesions?|involvement|spread)"
            + "|\\b(?:metasta\\w*|mets|spread|disease)\\s+(?:to|in|of|involving)\\s+(?:the\\s+)?" + brain + "\\b"
            // "active CNS leukemia": a leukaemia in the central nervous system is there by spread (it has no primary form
            // there, unlike "CNS lymphoma"), read as CNS involvement
            + "|\\b(?:cns|central nervous system)\\s*-?\\s*leuka?emi(?:a|c\\s+(?:involvement|infiltration))\\b"));
    for (String[] site : List.of(
        new String[] {"liver", "liver|hepatic"},
        new String[] {"bone", "bone|osseous|skeletal"},
        new String[] {"lung", "lung|pulmonary"})) {
      m.put(site[0], Pattern.compile(
          "\\b(?:" + site[1] + ")\\s*-?\\s*(?:metasta\\w*|mets\\b)|\\b(?:metasta\\w*|mets)\\s+(?:to|in|of)\\s+(?:the\\s+)?(?:" + site[1] + ")\\b"));
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
