package org.eligo.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Cancers;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Cancer type and histology from lexicons/cancer_terms.tsv (root categories such as "solid
 * tumor" are skipped), stage groups, and TNM with M1 as stage IV.
 */
final class DiagnosisExtractor implements Extractor {
  private static final Pattern STAGE = Pattern.compile("\\bstage\\s+(0|IV|I{1,3})([ABC][1-3]?)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TNM = Pattern.compile("\\b[cpy]?T(?:[0-4][a-d]?|is|x)\\s?N(?:[0-3][a-c]?|x)\\s?M([01][a-c]?)\\b");
  /** Acronyms that say metastatic by themselves: MBC, mCRC, mNSCLC, mTNBC, mCRPC. */
  private static final Pattern METASTATIC_ACRONYM = Pattern.compile("\\b(?:MBC|mBC|mCRC|mNSCLC|mTNBC|mCRPC|mRCC|mUC|mPDAC)\\b");
  private static final Pattern METASTATIC = Pattern.compile("\\bmetastatic\\s*$", Pattern.CASE_INSENSITIVE);

  private final PhraseMatcher<Cancers.Term> terms;
  private final Cancers cancers;

  DiagnosisExtractor(Cancers cancers) {
    this.terms = cancers.matcher();
    this.cancers = cancers;
  }

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    for (PhraseMatcher.Match<Cancers.Term> m : terms.findAll(s.tokens())) {
      if (cancers.lineage(m.value().code()).size() == 1) {
        continue; // "solid tumor panel": a root category says nothing about this patient's cancer
      }
      out.add(s.mention(new Finding.Diagnosis(m.value().code(), m.value().histology(), null), m.start(), m.end(), "diagnosis.term"));
      Matcher meta = METASTATIC.matcher(s.lower().substring(Math.max(0, m.start() - 30), m.start()));
      if (s.lower().length() == t.length() && meta.find()) {
        int base = Math.max(0, m.start() - 30);
        out.add(s.mention(new Finding.Diagnosis(null, null, "IV"), base + meta.start(), base + meta.start() + "metastatic".length(), "stage.metastatic"));
      }
    }
    Matcher ma = METASTATIC_ACRONYM.matcher(s.mentionsAny("bc", "crc", "nsclc", "crpc", "rcc", "muc", "pdac") ? t : "");
    while (ma.find()) {
      out.add(s.mention(new Finding.Diagnosis(null, null, "IV"), ma.start(), ma.end(), "stage.metastatic-acronym"));
    }
    Matcher st = STAGE.matcher(s.mentionsAny("stage") ? t : "");
    while (st.find()) {
      String stage = st.group(1).toUpperCase() + (st.group(2) == null ? "" : st.group(2).toUpperCase());
      out.add(s.mention(new Finding.Diagnosis(null, null, stage), st.start(), st.end(), "stage.group"));
    }
    Matcher tnm = TNM.matcher(t.indexOf('M') >= 0 && t.indexOf('N') >= 0 ? t : "");
    while (tnm.find()) {
      if (tnm.group(1).startsWith("1")) {
        out.add(s.mention(new Finding.Diagnosis(null, null, "IV"), tnm.start(), tnm.end(), "stage.tnm-m1"));
      }
    }
  }
}
