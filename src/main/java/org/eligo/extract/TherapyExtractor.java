package org.eligo.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.core.Assertion;
import org.eligo.lexicon.Drugs;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Therapies from lexicons/drugs.tsv (generic, brand and regimen names), and the generic phrases
 * that say whether any systemic therapy was given ("treatment-naive", "no prior systemic therapy").
 * Whether a therapy was received, is planned or hypothetical is left to context.
 */
final class TherapyExtractor implements Extractor {
  private static final Pattern NAIVE = Pattern.compile(
      "\\b(?:treatment|therapy|chemotherapy|systemic therapy)[- ]na[iï]ve\\b|\\bpreviously untreated\\b(?!\\s+(?:brain|CNS|intracranial))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERIC = Pattern.compile(
      "\\b(?:prior|previous)?\\s*(?:systemic (?:therapy|treatment|chemotherapy)|(?:prior|previous) (?:therapy|treatment|chemotherapy|lines? of therapy))\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern SETTING = Pattern.compile("\\b(neo-?adjuvant|adjuvant|perioperative)\\b", Pattern.CASE_INSENSITIVE);

  private final PhraseMatcher<Drugs.Drug> drugs;

  TherapyExtractor(Drugs drugs) {
    this.drugs = drugs.matcher();
  }

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    Matcher st = SETTING.matcher(t);
    String setting = st.find() ? (st.group(1).toLowerCase().startsWith("adj") ? "adjuvant" : "neoadjuvant") : null;
    for (PhraseMatcher.Match<Drugs.Drug> m : drugs.findAll(t)) {
      Drugs.Drug d = m.value();
      String where = d.systemic() ? setting : null;
      Finding.Therapy found = d.classLevel()
          ? new Finding.Therapy(null, d.classes(), d.category(), where)
          : new Finding.Therapy(d.name(), d.classes(), d.category(), where);
      out.add(s.mention(found, m.start(), m.end(), d.classLevel() ? "therapy.class" : "therapy.drug"));
    }
    Matcher n = NAIVE.matcher(t);
    while (n.find()) {
      out.add(s.mention(new Finding.Therapy(null, List.of(), "systemic", null), n.start(), n.end(), "therapy.naive", Assertion.ABSENT));
    }
    Matcher g = GENERIC.matcher(t);
    while (g.find()) {
      out.add(s.mention(new Finding.Therapy(null, List.of(), "systemic", null), g.start(), g.end(), "therapy.generic"));
    }
  }
}
