package org.eligo.extract;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.lexicon.Genes;
import org.eligo.lexicon.PhraseMatcher;
import org.eligo.lexicon.Table;

/**
 * Gene alterations: protein changes in one- and three-letter codes with or without "p.",
 * cDNA changes with their protein change, in-frame ranges, exon events, fusions with partners,
 * rearrangements, amplifications and losses. A gene named in a sentence that reports results
 * ("negative", "wild-type", "mutation") without a specific change becomes a gene-level mention,
 * so that "EGFR/ALK/ROS1 negative" can be asserted ABSENT by context.
 */
final class VariantExtractor implements Extractor {
  /** Kinases that are the driver side of a fusion whichever way round it is written. */
  private static final Set<String> FUSION_DRIVERS =
      Set.of("ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3", "FGFR1", "FGFR2", "FGFR3", "NRG1", "BRAF", "MET", "ERG", "ETV6");
  /**
   * Genes whose names mostly appear as immunohistochemistry markers ("TTF-1 positive", "Ki-67
   * 30%", "p40 negative", "PAX5 weak+, CD20 negative") or as a tissue type ("HLA-A*02:01
   * negative"): only a written change (ESR1 Y537S) makes them a variant.
   */
  private static final Set<String> BIOMARKER_GENES =
      Set.of("CD274", "PDCD1", "PGR", "NKX2-1", "TP63", "KRT7", "KRT20", "CDX2", "GATA3", "SOX10", "MKI67", "AR",
          "MS4A1", "CD19", "CD22", "CD33", "CD38", "CD79A", "PAX5", "PAX8", "TNFRSF17", "HLA-A");
  /** Genes whose protein name is an immunostain ("E-cadherin negative"): named that way, only a written change is a variant. */
  private static final Set<String> STAINED_AS_PROTEIN = Set.of("CDH1");
  private static final Set<String> MMR_GENES = Set.of("MLH1", "MSH2", "MSH6", "PMS2", "EPCAM");

  private static final Pattern FILLER = Pattern.compile(
      "^(?:\\s*(?:\\((?![^()]*\\d)[^()]{1,40}\\)|exon\\s*\\d{1,2}(?=\\s*[:|]?\\s+(?:[A-Z][a-z]{0,2}\\d|[cp]\\.))|(?:[a-z-]+\\s+)?domain|(?i:copy[ -]number)(?:\\s*(?:of|=|:))?\\s*\\d{1,3}(?:\\.\\d{1,2})?(?![\\d.])|\\d{1,2}(?=\\s+[pc]\\.\\(?[A-Z0-9])|\\||(?i:gene|status|testing|test|analysis|NGS|sequencing|(?:real[- ]time\\s+|RT-?|q|dd)?PCR|result|positive|mutations?|mutated|mutant|variants?|alterations?|splice[ -]site|splice|missense|TKD|nonsense|promoter|(?:likely )?pathogenic|germline|somatic|heterozygous|homozygous)|:|,|-|\\(|\\bp\\.(?=\\w)|with|by|a|an|the|has|harbou?ring|shows?|showing|(?i:detected)|;|(?:NM|NR|ENST)_?\\d+(?:\\.\\d+)?(?::(?=[cpg]\\.)|(?=\\s*[,|;]?\\s*[cpg]\\.))))*\\s*");
  /**
   * A cDNA change (substitution, deletion, duplication, insertion; intronic and 5' UTR positions)
   * and the protein change written after it: "(p.Gly12Cys)", "p.Leu858Arg", "p.(Arg175His)".
   */
  /** A protein change after a cDNA, its parentheses balanced: "p.Gly12Cys", "p.(Arg175His)". */
  private static final String PROTEIN = "p\\.(?:\\([A-Za-z0-9_*]{2,24}\\)|[A-Za-z0-9_*]{2,24})";
  private static final Pattern CDNA = Pattern.compile("^(c\\.(?:-|\\*)?\\d+(?:[+-]\\d+)?(?:_\\d+(?:[+-]\\d+)?)?"
      + "(?:[ACGT]>[ACGT]|delins[ACGT]+|del[ACGT]*|dup[ACGT]*|ins[ACGT]+)(?![A-Za-z0-9]))"
      + "(?:\\s*\\((" + PROTEIN + "|[A-Z]\\d{1,4}[A-Z*](?![A-Za-z0-9]))\\)|(?:\\s+|\\s*[|\\t;,]\\s*)(" + PROTEIN + "))?");
  private static final Pattern EXON = Pattern.compile(
      "^exon\\s*(\\d{1,2})\\s*(?:in-?frame\\s+)?((?:splice[- ]site\\s+)?(?:mutations?|alterations?|variants?)|deletions?|del\\b|insertions?|ins\\b|skipping|skip\\b|duplications?|dup\\b|mutations?|alterations?)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXON_AFTER = Pattern.compile(
      "^(deletion|insertion|skipping|duplication)s?\\s+(?:in|of|within)\\s+exon\\s*(\\d{1,2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMP = Pattern.compile(
      "^[\\s|:-]*(?:gene\\s+)?(amplification|amplified|amp\\b|copy[ -]number gain|high-level gain)", Pattern.CASE_INSENSITIVE);
  /** A breast report, where "HER2 not amplified" is the receptor's ISH result only. */
  private static final Pattern BREAST_NOTE = Pattern.compile("(?i:breast|CEP17)|\\b(?:ER|PR|HR)\\b");
  private static final Pattern CALLED_PATHOGENIC = Pattern.compile(
      "^\\s*[:-]?\\s*(?:(?:germline|somatic)\\s+)?(?:likely\\s+)?pathogenic\\b(?!\\s+variants?\\s+(?:not|was not|were not))", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALK_IHC = Pattern.compile(
      "^\\s*(?:\\((?:D5F3|5A4)\\)\\s*)?(?:IHC|immunohistochemistry)(?:\\s*\\((?:D5F3|5A4)[^)]{0,20}\\))?\\s*[:=-]?\\s*(?:is\\s+)?(?:positive|\\+)"
          + "|^(?:\\+|\\s*[:-]?\\s*positive)\\s+(?:by|on)\\s+(?:(?:D5F3|5A4)\\s+)?(?:IHC|immunohistochemistry)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_AMP = Pattern.compile(
      "^[\\s|:-]*(?:gene\\s+)?(?:(?:is|was)\\s+)?(?:not\\s+amplified|non-?amplified|unamplified)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOSS = Pattern.compile(
      "^(?:/[A-Z0-9](?=\\s))?[\\s|:-]*(?:gene\\s+)?(?:(?:homozygous|heterozygous|hemizygous|biallelic|monoallelic)\\s+)?(?:copy(?:[- ]number)?\\s+)?(loss|deletion|deleted)\\b"
      + "(?!\\s+(?:in|of)\\s+exon)(?![-\\s]+of[-\\s]+function)", Pattern.CASE_INSENSITIVE);
  private static final Pattern REARR = Pattern.compile(
      "^[\\s|:-]*(?:gene\\s+)?(rearrangements?|rearranged|re-arrangements?|fusions?|translocations?|translocated|break-?apart[^.;]{0,20}?positive)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FRAMESHIFT = Pattern.compile(
      "^[\\s|:-]*(?:gene\\s+)?(?:frameshift|frame-shift)(?:\\s+(?:mutation|variant|alteration|deletion|insertion)s?)?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ALIAS_OPEN = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern ALIAS_CLOSE = Pattern.compile("^\\s*\\)");
  private static final Pattern POSITIVE = Pattern.compile("^(?:-positive\\b|\\s+positive\\b|\\+(?![0-9]))", Pattern.CASE_INSENSITIVE);
  /** What joins the genes of a fusion: "EML4-ALK", "ETV6::NTRK3", "ETV6 (exon 5) - NTRK3", "EML4 exon 13 :: ALK". */
  private static final Pattern FUSION_JOIN = Pattern.compile(
      "^(?:-|::|–)$|^\\s*\\(?(?:exon|ex)\\s?\\d{1,2}(?:[a-z](?:/[a-z])?)?\\)?\\s*(?:-|::|–)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACED_JOIN = Pattern.compile("^\\s+[-–]\\s+$");
  private static final KeyIndex.Gate DETAIL_KEYS =
      KeyIndex.gate("af", "allele", "vus", "significance", "pathogenic", "benign", "germline", "somatic");
  /** Every alternative of RESULT_WORDS holds one of these. */
  private static final KeyIndex.Gate RESULT_KEYS = KeyIndex.gate("neg", "wild", "wt", "detected", "identified", "muta", "alter",
      "variant", "positive", "rearrange", "fusion", "unremarkable", "amplified", "truncat", "none", "carrier");
  /** Where RESULT_WORDS may start: each alternative begins at a word boundary with one of these ("no" also for "not"). */
  private static final WordStarts RESULT_STARTS = new WordStarts(
      "neg", "wild", "wt", "no", "mutat", "mutant", "alter", "detected", "positive", "rearrange", "fusion", "unremarkable",
      "truncat", "none", "carrier");
  private static final Pattern RESULT_WORDS = Pattern.compile(
      "\\b(?:negative|neg|wild[- ]?type|WT|not detected|not identified|not amplified|no (?:\\w+ )?(?:mutations?|alterations?|variants?)|mutations?|mutated|mutant|alterations?|altered|detected|positive|rearrange\\w*|fusions?|unremarkable|truncating|none|carriers?)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A fusion assay named as a method ("targeted RNA fusion (ALK/ROS1/RET)", "fusion panel"), no result. */
  private static final Pattern FUSION_METHOD = Pattern.compile(
      "\\b(?:(?:RNA|targeted)\\s+fusions?|fusions?\\s+(?:panel|assay|testing|test|analysis))\\b", Pattern.CASE_INSENSITIVE);

  /** Whether the sentence reports a result, a fusion assay that it merely names aside. */
  private static boolean resultWords(String t) {
    if (!RESULT_STARTS.find(RESULT_WORDS.matcher(t), t, 0)) {
      return false;
    }
    Matcher method = FUSION_METHOD.matcher(t);
    if (!method.find()) {
      return true;
    }
    String rest = method.replaceAll(" ");
    return RESULT_WORDS.matcher(rest).find();
  }

  private static final Pattern NTRK_FAMILY = Pattern.compile(
      "\\bNTRK\\s?(?:1\\s?[-–/]\\s?3|1\\s?/\\s?2\\s?/\\s?3)\\b|(?<=(?:,|/|\\band|\\bor)\\s?)NTRK(?![0-9A-Za-z])"
          // "NTRK negative", "NTRK fusions: none": the family named once with a negative result
          + "|\\bNTRK(?![0-9A-Za-z/-])(?=\\s*(?:(?:gene\\s+)?fusions?\\s*)?[:-]?\\s*(?:negative|not detected|none|wild[- ]?type)\\b)");
  /** "NTRK1-3", "NTRK1/2/3", "NTRK negative": the whole family, each gene a mention of its own. */
  private static void ntrkFamily(Snippet s, String t, boolean resultSentence, List<Mention> out) {
    family(s, t, resultSentence, NTRK_FAMILY, List.of("NTRK1", "NTRK2", "NTRK3"), org.eligo.core.Assertion.PRESENT, out);
  }

  /**
   * A gene family named once ({@code written}) in a sentence with a result: each gene of it a
   * mention of its own, asserting {@code intrinsic}; none where the words after say it was not tested.
   */
  private static void family(Snippet s, String t, boolean resultSentence, Pattern written, List<String> genes,
      org.eligo.core.Assertion intrinsic, List<Mention> out) {
    Matcher family = written.matcher(t);
    while (resultSentence && family.find()) {
      if (notAssessedAfter(t, family.end()) || panelContents(t, family.start())) {
        continue;
      }
      for (String gene : genes) {
        out.add(s.mention(Finding.Variant.of(gene, null), family.start(), family.end(), LIST_RULE, intrinsic));
      }
    }
  }

  /** "BRCA" with no number ("germline BRCA testing", "gBRCA-negative"): both genes of the family. */
  private static final Pattern BRCA_FAMILY = Pattern.compile("(?<![A-Za-z0-9])[gst]?BRCA(?![0-9A-Za-z])(?!\\s?[12]\\b)");

  /**
   * The BRCA family named once with a result: each gene a mention of its own. A negative result
   * covers both; a positive one ("BRCA mutation carrier") does not say which gene, so each is only
   * possible.
   */
  private static void brcaFamily(Snippet s, String t, boolean resultSentence, List<Mention> out) {
    family(s, t, resultSentence, BRCA_FAMILY, List.of("BRCA1", "BRCA2"), org.eligo.core.Assertion.POSSIBLE, out);
  }

  private static final Pattern FGFR_RANGE = Pattern.compile("\\bFGFR\\s?([1-4])\\s?[-\u2013]\\s?([1-4])\\b");
  private static final Pattern ASSESSED_LIST = Pattern.compile(
      "(?i)\\s*(?:the\\s+)?(?:genes?|targets?|fusion partners?)\\s+(?:assessed|tested|interrogated|evaluated|covered|analy[sz]ed)"
          + "(?:\\s+(?:include|included|were|are))?\\s*:?"
          // "Targets: ALK, ROS1, RET": the label alone after the result
          + "|(?i)\\s*(?:genes?|targets?)\\s*:");
  private static final Pattern REMAINING = Pattern.compile(
      "(?i)\\bno\\s+(?:(?:pathogenic|likely|reportable|clinically|significant|other|/)\\s*)*(?:variants?|alterations?|mutations?)"
          + "\\s+(?:(?:were|was)\\s+)?(?:(?:detected|identified|found)\\s+)?in\\s+(?:the\\s+)?(?:remaining|other)\\s+(?:\\d{1,3}\\s+)?genes\\b");
  private static final Pattern GENES_ANALYSED = Pattern.compile(
      "(?i)\\bgenes?\\s+(?:analy[sz]ed|tested|assessed|sequenced|included|covered|evaluated|interrogated)\\s*(?:\\(\\d{1,3}\\))?\\s*:"
          // "Genes: ATM, BARD1, ..." as a line's own label in a panel report
          + "|(?m)^[ \\t]*genes\\s*(?:\\(\\d{1,3}\\))?\\s*:");

  /**
   * "No pathogenic variant in the remaining 13 genes": each gene of the report's list of genes
   * analysed that the report names nowhere else is negative.
   */
  private void remainingGenes(Snippet s, String t, List<Mention> out) {
    Matcher r = REMAINING.matcher(t);
    if (!r.find()) {
      return;
    }
    String note = s.document().note().text();
    Matcher label = GENES_ANALYSED.matcher(note).region(0, s.start());
    int listStart = -1;
    while (label.find()) {
      listStart = label.end();
    }
    if (listStart < 0) {
      return;
    }
    int lineEnd = note.indexOf('\n', listStart);
    int listEnd = lineEnd < 0 ? s.start() : Math.min(lineEnd, s.start());
    String rest = note.substring(0, listStart) + note.substring(listEnd);
    java.util.Set<String> namedElsewhere = new java.util.HashSet<>();
    genes.findAll(rest).forEach(g -> namedElsewhere.add(g.value()));
    java.util.Set<String> done = new java.util.HashSet<>();
    for (PhraseMatcher.Match<String> g : genes.findAll(note.substring(listStart, listEnd))) {
      if (!namedElsewhere.contains(g.value()) && done.add(g.value())) {
        out.add(s.mention(Finding.Variant.of(g.value(), null), r.start(), r.end(), LIST_RULE, org.eligo.core.Assertion.ABSENT));
      }
    }
  }

  /** Whether the sentence, with what opens its line before it ("IHC:" read as a heading), is labelled as a panel of immunostains. */
  private static boolean stainPanel(Snippet s, String t) {
    if (AsciiWords.containsAny(t, 0, Math.min(t.length(), 80), "immuno", "ihc") && STAIN_PANEL.matcher(t).lookingAt()) {
      return true;
    }
    String note = s.document().note().text();
    int lineStart = note.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
    if (lineStart >= s.start() || s.start() - lineStart > 60) {
      return false;
    }
    // only a label that opens the line right before the sentence ("IHC: ..."), not an earlier sentence of the line
    String label = note.substring(lineStart, s.start());
    if (!label.strip().endsWith(":") || label.indexOf('.') >= 0 || !AsciiWords.containsAny(label, 0, label.length(), "immuno", "ihc")) {
      return false;
    }
    String head = label + t.substring(0, Math.min(t.length(), 80));
    return STAIN_PANEL.matcher(head).lookingAt();
  }

  /** A sentence labelled as a panel of immunostains. */
  private static final Pattern STAIN_PANEL = Pattern.compile(
      "(?i)^[^:;.]{0,40}?\\b(?:immunohistochemistry|immunohistochemical stains?|IHC|immunostains?|immunoprofile|immunophenotype)\\b[^:;.]{0,30}:");
  /** Genes whose stain stands for a genomic result (a rearrangement, an amplification, the repair proteins, a mutant protein). */
  private static final Set<String> IHC_SURROGATES = Set.of("ALK", "ROS1", "ERBB2", "NTRK1", "NTRK2", "NTRK3", "MLH1", "MSH2", "MSH6",
      "PMS2", "BRAF", "TP53", "IDH1", "SMARCA4", "SMARCB1", "ARID1A", "MTAP", "CDKN2A", "FOLR1", "MET");
  private static final Pattern TARGET_SKIPPING = Pattern.compile("(?i)\\s*exon\\s*(\\d{1,2})\\s+skipping\\b");
  private static final Pattern NEGATIVE_RESULT = Pattern.compile(
      "(?i)\\b(?:none|not)\\s+(?:were\\s+)?(?:detected|identified|found)\\b|\\bno\\s+(?:\\w+\\s+){0,2}(?:fusions?|variants?|alterations?|mutations?)"
          + "\\s+(?:were\\s+)?(?:detected|identified|found)\\b|:\\s*negative\\b");
  private static final Pattern ASSESSED_VERB = Pattern.compile(
      "(?i)\\b(?:was|were|is|are|been)\\s+(?:\\w+\\s+)?(?:assessed|tested|evaluated|performed|sent|ordered|requested|reported separately)\\b");

  private static final Pattern NOT_ASSESSED = Pattern.compile(
      "(?i)^[^.;(]{0,40}?\\b(?:not|never)\\s+(?:been\\s+)?(?:assessed|tested|evaluated|covered|performed|included|analy[sz]ed|interrogated|sent)\\b");

  /**
   * Whether the words right after a gene, to the end of its clause, say it was not tested: "RET, NTRK not assessed",
   * "Fusions (NTRK, RET, ALK) are not assessed" (a list in parentheses may close first).
   */
  private static boolean notAssessedAfter(String t, int end) {
    return NOT_ASSESSED.matcher(t).region(end, t.length()).lookingAt();
  }

  private static final Pattern TEST_BEFORE_PARENTHESIS = Pattern.compile(
      "(?i)\\b(?:panel|assay|test|testing|NGS|sequencing|profiling|profile)\\s*$");
  private static final Pattern RESULT_AFTER_PARENTHESIS = Pattern.compile(
      "(?i)^\\s*(?:[:=-]|\u2013)?\\s*(?:was\\s+|were\\s+|is\\s+|are\\s+)?(?:negative|positive|not detected|detected|wild[- ]?type|none|no\\b|showed|shows|revealed)");

  /**
   * Whether the gene at {@code at} stands in a parenthesis right after the name of a test, with no
   * result word in the parenthesis nor right after it: the genes the test covers.
   */
  private static boolean panelContents(String t, int at) {
    int open = t.lastIndexOf('(', at);
    if (open < 0 || t.lastIndexOf(')', at) > open) {
      return false;
    }
    int close = t.indexOf(')', at);
    if (close < 0 || !TEST_BEFORE_PARENTHESIS.matcher(t).region(0, open).find()) {
      return false;
    }
    String inside = t.substring(open + 1, close);
    return !RESULT_WORDS.matcher(inside).find() && !RESULT_AFTER_PARENTHESIS.matcher(t).region(close + 1, t.length()).lookingAt();
  }

  /** Whether the clause of the gene at {@code at} (between semicolons) says it was tested and gives no result. */
  private static boolean onlyAssessed(String t, int at) {
    int from = t.lastIndexOf(';', at) + 1;
    int to = t.indexOf(';', at);
    String clause = t.substring(from, to < 0 ? t.length() : to);
    // ASSESSED_VERB cannot match without one of its verbs.
    return AsciiWords.containsAny(clause, 0, clause.length(), "assessed", "tested", "evaluated", "performed", "sent", "ordered",
        "requested", "reported")
        && ASSESSED_VERB.matcher(clause).find() && !RESULT_WORDS.matcher(clause).find();
  }

  private static final Pattern DRUG_TAIL = Pattern.compile("^[\\s-]*(?:inhibitors?|-?targeted|directed|TKIs?|blockade)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEST_NAME = Pattern.compile(
      "^[\\s-]*(?:[A-Z]\\d{1,4}[A-Z]?|codon\\s+\\d{1,4})\\s+(?:(?:mutation|variant)\\s+)?(?:test|testing|assay|detection kit)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TEST_RESULT = Pattern.compile(
      "(?i)\\b(?:negative|positive|not detected|detected|wild[- ]?type|none|present|absent)\\b");
  /** "BRAF V600 mutation test", "KRAS G12C assay", "KRAS G12C trial": the name of a test or a trial, not a result. */
  private static final Pattern TEST_TAIL = Pattern.compile(
      "^[\\s-]*(?:(?:mutation|variant)\\s+)?(?:test|testing|assay|detection kit|trials?|study|studies|protocol)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_SEP = Pattern.compile("^\\s*(?:,|/|and|or|&|\\+|;)?\\s*(?:and\\s+|or\\s+)?(?:p\\.)?");
  private static final Pattern GENE_LIST_SEP = Pattern.compile("\\s*(?:,|/|&|and|or|and/or)\\s*(?:and\\s+|or\\s+)?");
  private static final Pattern SIGNIFICANCE = Pattern.compile(
      "\\b(?:(variants? of (?:uncertain|unknown|undetermined) (?:clinical )?significance|uncertain significance|VUS)"
          + "|(likely pathogenic)|(pathogenic)|(likely benign)|(benign))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VAF = Pattern.compile(
      "\\b(?:VAF|variant allele (?:frequency|fraction)|allele (?:frequency|fraction)|AF)\\s*(?:of|=|:)?\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*(%)?",
      Pattern.CASE_INSENSITIVE);
  /** Germline or somatic as stated, not as a possibility ("germline origin not excluded", "possible germline"). */
  private static final Pattern ORIGIN = Pattern.compile(
      "(?<!possible |possibly |suspected |potential |potentially |\\? )\\b(germline|somatic)\\b(?!\\s+(?:origin\\s+)?(?:(?:is|has)\\s+)?"
          + "(?:not\\s+(?:been\\s+)?(?:excluded|confirmed|determined|established|known)|cannot be excluded|can not be excluded|unknown|undetermined|uncertain|\\?))",
      Pattern.CASE_INSENSITIVE);
  /** FLT3 internal tandem duplication or tyrosine kinase domain mutation, named by its kind ("FLT3-ITD", "FLT3 ITD/TKD"). */
  private static final Pattern DUPLICATION_KIND = Pattern.compile("^[\\s-]*(ITD|TKD)(?![A-Za-z0-9])(?![\\s:]*(?:p\\.)?[A-Z][a-z]{0,2}\\d)");
  private static final Pattern DUPLICATION_SIBLING = Pattern.compile("^\\s*(?:/|,|&|and|or)\\s*(ITD|TKD)(?![A-Za-z0-9])");
  private static final Pattern MUTATION_WORD = Pattern.compile("^[\\s-]*(?:gene\\s+)?(?:mutations?|mutated|mutant)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RSID = Pattern.compile("^rs\\d{3,10}\\b");
  /** The rule of a mention whose event was written once after a list of genes. */
  static final String LIST_RULE = "variant.list";

  private final PhraseMatcher<String> genes;
  private final Genes symbols;

  VariantExtractor(Genes genes) {
    this.genes = genes.matcher();
    this.symbols = genes;
  }

  @Override
  public void extract(Snippet s, List<Mention> out) {
    String t = s.text();
    List<PhraseMatcher.Match<String>> found = withoutNonPrefix(t, withAliasesJoined(t, genes.findAll(s.tokens())));
    if (found.isEmpty()) {
      if (!labelledProtein(s, out)) {
        hotspots(s, out);
      }
      if ((t.contains("remaining") || t.contains("other")) && t.contains("genes")) {
        remainingGenes(s, t, out);
      }
      boolean containsNtrk = t.contains("NTRK");
      boolean containsBrca = t.contains("BRCA");
      if (containsNtrk || containsBrca) { // "NTRK negative.", "BRCA testing negative.": no gene symbol in the sentence
        boolean result = s.has(RESULT_KEYS) && resultWords(t);
        if (containsNtrk) {
          ntrkFamily(s, t, result, out);
        }
        if (containsBrca) {
          brcaFamily(s, t, result, out);
        }
      }
      return;
    }
    // Every detail pattern needs one of these words ("VAF" and "AF" both hold "af"): checked once a sentence.
    boolean details = s.has(DETAIL_KEYS);
    // "ALTERATIONS NOT DETECTED IN GENES OF INTEREST" above a line of genes: the heading states their result
    boolean resultSentence = s.has(RESULT_KEYS) && resultWords(t) || org.eligo.text.Headings.negativeAbove(s.document().note().text(), s.start());
    if (t.contains("NTRK")) { // the pattern needs "NTRK" as written
      ntrkFamily(s, t, resultSentence, out);
    }
    // "BRCA mutation carrier (BRCA1 c.68_69delAG)": the gene named in the sentence is the one meant.
    if (t.contains("BRCA") && found.stream().noneMatch(g -> g.value().startsWith("BRCA"))) {
      brcaFamily(s, t, resultSentence, out);
    }
    // "FGFR1-3": the first gene is matched as written, the rest of the range each a mention of its own.
    Matcher fgfr = t.contains("FGFR") && resultSentence ? FGFR_RANGE.matcher(t) : null;
    while (fgfr != null && fgfr.find()) {
      for (int n = Integer.parseInt(fgfr.group(1)) + 1; n <= Integer.parseInt(fgfr.group(2)); n++) {
        out.add(s.mention(Finding.Variant.of("FGFR" + n, null), fgfr.start(), fgfr.end(), LIST_RULE));
      }
    }
    // "Fusions: none detected. Genes assessed include ALK, ROS1, RET.": the genes the negative result covered.
    String previous = ASSESSED_LIST.matcher(t).lookingAt() ? s.previousInParagraph() : null;
    boolean coveredByNegative = previous != null && NEGATIVE_RESULT.matcher(previous).find();
    // "Cell block immunohistochemistry: CK7 positive; ...; WT1 negative": stains, not sequencing results
    boolean stainPanel = stainPanel(s, t);
    int listedUpTo = -1;
    String listedEvent = null;
    for (int i = 0; i < found.size(); i++) {
      PhraseMatcher.Match<String> g = found.get(i);
      String gene = g.value();

      if (coveredByNegative) {
        // "MET exon 14 skipping" among the targets: that event, not the whole gene
        Matcher skip = TARGET_SKIPPING.matcher(t).region(g.end(), t.length());
        String event = skip.lookingAt() ? "exon " + skip.group(1) + " skipping" : null;
        out.add(s.mention(Finding.Variant.of(gene, event), g.start(), skip.lookingAt() ? skip.end() : g.end(), LIST_RULE,
            org.eligo.core.Assertion.ABSENT));
        continue;
      }
      if (g.start() >= 5 && t.regionMatches(true, g.start() - 5, "anti-", 0, 5)) {
        continue; // "anti-EGFR", "anti-HER2": a class of drugs, not the patient's gene
      }
      if (BIOMARKER_GENES.contains(gene) || stainName(t, g, gene) || stainPanel && !IHC_SURROGATES.contains(gene)) {
        specificChange(s, gene, g.start(), g.end(), t.substring(g.end(), i + 1 < found.size() ? found.get(i + 1).start() : t.length()), out);
        continue;
      }
      if (i > listedUpTo) {
        // "ALK / ROS1 / RET fusions": the event written once after a list belongs to every gene of it.
        int last = i;
        while (last + 1 < found.size() && GENE_LIST_SEP.matcher(t.substring(found.get(last).end(), found.get(last + 1).start())).matches()) {
          last++;
        }
        listedEvent = null;
        if (last > i) {
          String tail = t.substring(found.get(last).end());
          listedEvent = REARR.matcher(tail).lookingAt() ? "fusion" : AMP.matcher(tail).lookingAt() ? "amplification" : null;
          listedUpTo = last;
        }
      }
      if (listedEvent != null && i < listedUpTo) {
        out.add(s.mention(Finding.Variant.of(gene, listedEvent), g.start(), g.end(), LIST_RULE));
        continue;
      }
      int limit = i + 1 < found.size() ? found.get(i + 1).start() : t.length();
      // Fusion written as GENE-GENE or GENE::GENE.
      boolean spaced = i + 1 < found.size() && SPACED_JOIN.matcher(t.substring(g.end(), found.get(i + 1).start())).matches()
          && REARR.matcher(t.substring(found.get(i + 1).end())).lookingAt(); // "NCOA4 - RET fusion": spaced only with the word
      if (i + 1 < found.size() && (spaced || FUSION_JOIN.matcher(t.substring(g.end(), found.get(i + 1).start())).matches())) {
        PhraseMatcher.Match<String> h = found.get(i + 1);
        // "::" is the fusion notation itself (PML::RARA); a hyphen also joins "BCR-ABL1"-like names only with a driver or a fusion word.
        boolean named = REARR.matcher(t.substring(h.end())).lookingAt()
            || t.substring(g.end(), h.start()).contains("::");
        if (named || FUSION_DRIVERS.contains(gene) || FUSION_DRIVERS.contains(h.value())) {
          // Neither a known driver: the 5' gene, written first, names it ("KMT2A::MLLT3", "PML-RARA fusion").
          boolean secondDrives = FUSION_DRIVERS.contains(h.value());
          String driver = secondDrives ? h.value() : gene;
          String partner = secondDrives ? gene : h.value();
          Matcher r = REARR.matcher(t.substring(h.end()));
          int end = r.lookingAt() ? h.end() + r.end() : h.end();
          out.add(s.mention(new Finding.Variant(driver, "fusion", null, partner), g.start(), end, "variant.fusion"));
          i++;
          continue;
        }
      }
      String after = pastCopyValue(t.substring(g.end(), limit));
      // HER2 named alone is the receptor (IHC/ISH, a biomarker); the gene symbol ERBB2 in a result is a genomic finding.
      boolean receptor = "ERBB2".equals(gene) && !t.regionMatches(true, g.start(), "ERBB2", 0, 5);
      if (t.startsWith("p53", g.start()) && IHC_AFTER.matcher(after).lookingAt()) {
        continue; // "p53 IHC: wild-type pattern": a stain, not a sequencing result
      }
      // Outside breast notes an IHC score beside "HER2 amplified" (colorectal, biliary) does not make the amplification a stain.
      if (receptor && (AMP.matcher(after).lookingAt() && RECEPTOR_CONTEXT.matcher(t).find()
          && (BREAST_NOTE.matcher(s.document().note().text()).find() || ISH_CONTEXT.matcher(t).find())
          || NOT_AMP.matcher(after).lookingAt() && (RECEPTOR_CONTEXT.matcher(t).find() || BREAST_NOTE.matcher(s.document().note().text()).find()))) {
        continue; // "HR-negative, HER2-amplified breast cancer": the receptor's ISH result, read as a biomarker
      }
      if (isOneOf(firstWord(after), "itdb") && DRUG_TAIL.matcher(after).lookingAt()) {
        continue; // "has not started any EGFR inhibitor", "ALK TKI": a class of drugs, not the patient's gene
      }
      int before = out.size();
      int produced = specific(s, gene, g.start(), g.end(), after, out);
      if (produced == 0 && TEST_NAME.matcher(after).lookingAt() && !TEST_RESULT.matcher(after).find()) {
        continue; // "BRAF V600 mutation test (real-time PCR)": a heading that names the test
      }
      if (produced == 0 && notAssessedAfter(t, g.end())) {
        continue; // "(RET, NTRK not assessed)": the test did not cover the gene, which says nothing of it
      }
      if (produced == 0 && resultSentence && panelContents(t, g.start())) {
        continue; // "sent for an RNA fusion panel (ROS1, RET, NTRK and others)": what the test covers, not its result
      }
      if (produced == 0 && resultSentence && onlyAssessed(t, g.start())) {
        continue; // "...; ALK and ROS1 were assessed by IHC on the surgical case": which tests, not their result
      }
      if (produced == 0 && resultSentence && !MMR_GENES.contains(gene) && !receptor) {
        out.add(s.mention(Finding.Variant.of(gene, null), g.start(), g.end(), "variant.gene"));
      } else if (produced == 0 && MMR_GENES.contains(gene) && CALLED_PATHOGENIC.matcher(after).lookingAt()) {
        // "Germline MSH2 pathogenic (Lynch syndrome)": a sequencing result, not the protein stain
        out.add(s.mention(Finding.Variant.of(gene, null), g.start(), g.end(), "variant.gene"));
      } else if (produced == 0 && "ERBB2".equals(gene) && mutationWord(after)) {
        out.add(s.mention(Finding.Variant.of(gene, null), g.start(), g.end(), "variant.gene"));
      }
      if (details || i == 0) {
        String label = i == 0 ? originLabel(s) : null;
        if (details || label != null) {
          addDetails(t, i == 0 ? 0 : found.get(i - 1).end(), g.start(), limit, out, before, label);
        }
      }
      siblings(s, gene, g.end(), after, out, before);
    }
  }

  /** An in-situ hybridisation test named beside HER2: its amplification is the receptor's ISH result. */
  private static final Pattern ISH_CONTEXT = Pattern.compile("\\b(?i:F?ISH|SISH|CISH|CEP17|ASCO)\\b");
  /** Words of a receptor status report (ISH, IHC, hormone receptors, breast) beside an amplified HER2. */
  private static final Pattern RECEPTOR_CONTEXT = Pattern.compile(
      "\\b(?:(?i:F?ISH|SISH|CISH|CEP17|ASCO|IHC|breast|hormone)|HR|ER|PR)\\b");

  private static final Pattern IHC_AFTER = Pattern.compile(
      "^[\\s(]*(?:IHC|immunohisto\\w*|immunostain\\w*|stain\\w*)|^[\\s:(-]*(?:wild[- ]?type|aberrant|mutant|null|overexpression)\\s+(?:pattern|staining)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern PROMOTER = Pattern.compile("(?i)\\bpromoter\\b");
  private static final Pattern SIBLING = Pattern.compile("^/([0-9A-Z])(?![0-9A-Za-z])");

  /**
   * "BRCA1/2 germline negative", "IDH1/2 wild-type": the sibling gene written as its last
   * character after a slash has whatever was read for the first, at its own span.
   */
  private void siblings(Snippet s, String gene, int geneEnd, String after, List<Mention> out, int from) {
    if (!after.startsWith("/")) {
      return;
    }
    Matcher m = SIBLING.matcher(after);
    if (!m.lookingAt()) {
      return;
    }
    String sibling = gene.substring(0, gene.length() - 1) + m.group(1);
    if (sibling.equals(gene) || !symbols.symbolOf(sibling).map(sibling::equals).orElse(false)) {
      return;
    }
    int to = out.size();
    for (int k = from; k < to; k++) {
      Mention x = out.get(k);
      if (x.finding() instanceof Finding.Variant v && v.gene().equals(gene)) {
        Finding.Variant w = new Finding.Variant(sibling, v.variant(), null, v.partner(), null, v.significance(), v.origin());
        out.add(s.mention(w, geneEnd + 1, geneEnd + m.end(), x.evidence().ruleId(), x.intrinsic()));
      }
    }
  }

  /** Changes that name their gene, in {@code lexicons/hotspots.tsv}: change as written → gene. */
  private static final SortedMap<String, String> HOTSPOTS = hotspotTable();
  private static final KeyIndex.Gate HOTSPOT_KEYS =
      KeyIndex.gate(HOTSPOTS.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).sorted().toArray(String[]::new));

  private static SortedMap<String, String> hotspotTable() {
    Table table = Table.load("hotspots.tsv");
    int change = table.column("change");
    int gene = table.column("gene");
    SortedMap<String, String> m = new TreeMap<>();
    for (List<String> row : table.rows()) {
      m.put(row.get(change), row.get(gene));
    }
    return Collections.unmodifiableSortedMap(m);
  }

  private static final Pattern PROTEIN_LABEL = Pattern.compile(
      "(?i)^\\s*(?:protein(?: change)?|amino acid(?: change)?|aa change)\\s*[:|]?\\s*(?=p\\.)");
  private static final Pattern GENE_LABEL = Pattern.compile("(?i)\\bgene\\s*[:|]?\\s*[.\\s]*\\b([A-Z][A-Z0-9-]{1,9})\\b");

  /**
   * A report laid out as one field a line ("Gene ...... TP53", "cDNA ...... c.524G>A", "Protein ......
   * p.Arg175His"): the protein line takes the gene of the nearest "Gene" line above it in the block.
   */
  private boolean labelledProtein(Snippet s, List<Mention> out) {
    String t = s.text();
    if (!isOneOf(firstWord(t), "pa")) {
      return false; // the label opens with "protein", "amino acid" or "aa"
    }
    Matcher label = PROTEIN_LABEL.matcher(t);
    if (!label.lookingAt()) {
      return false;
    }
    Matcher p = ProteinChange.SUBSTITUTION.matcher(t).region(label.end(), t.length());
    if (!p.lookingAt() || p.group(3) == null) {
      return false;
    }
    for (String before : s.beforeInParagraph(3)) {
      Matcher g = GENE_LABEL.matcher(Snippet.withoutLeaders(before));
      String gene = null;
      while (g.find()) {
        gene = symbols.symbolOf(g.group(1)).orElse(gene);
      }
      if (gene != null) {
        out.add(s.mention(new Finding.Variant(gene, ProteinChange.shortForm(p), p.group().trim(), null), label.end(), p.end(),
            "variant.field"));
        return true;
      }
    }
    return false;
  }

  /** "T790M not detected", "V600E-positive": in a sentence that names no gene, a change that names one. */
  private static void hotspots(Snippet s, List<Mention> out) {
    if (!s.has(HOTSPOT_KEYS)) {
      return;
    }
    String t = s.text();
    for (Map.Entry<String, String> e : HOTSPOTS.entrySet()) {
      String change = e.getKey();
      for (int i = t.indexOf(change); i >= 0; i = t.indexOf(change, i + 1)) {
        int end = i + change.length();
        boolean startEdge = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)) || t.startsWith("p.", i - 2);
        boolean endEdge = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
        if (startEdge && endEdge && !DRUG_TAIL.matcher(t.substring(end)).lookingAt()) {
          int start = t.startsWith("p.", i - 2) ? i - 2 : i;
          out.add(s.mention(Finding.Variant.of(e.getValue(), change), start, end, "variant.hotspot"));
        }
      }
    }
  }

  /** "ERBB2 (HER2) exon 20 insertion": a gene's other name in parentheses right after it is one mention with it. */
  /** "ALK-rearranged (non-EML4 partner)", "non-BRCA hereditary": a gene written after "non-" is the one the text sets aside. */
  private static List<PhraseMatcher.Match<String>> withoutNonPrefix(String t, List<PhraseMatcher.Match<String>> found) {
    List<PhraseMatcher.Match<String>> out = found;
    for (PhraseMatcher.Match<String> g : found) {
      if (g.start() >= 4 && t.regionMatches(true, g.start() - 4, "non-", 0, 4)) {
        out = out == found ? new java.util.ArrayList<>(found) : out;
        out.remove(g);
      }
    }
    return out;
  }

  private static List<PhraseMatcher.Match<String>> withAliasesJoined(String t, List<PhraseMatcher.Match<String>> found) {
    List<PhraseMatcher.Match<String>> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      PhraseMatcher.Match<String> g = found.get(i);
      PhraseMatcher.Match<String> h = found.get(i + 1);
      if (h.value().equals(g.value()) && ALIAS_OPEN.matcher(t.substring(g.end(), h.start())).matches()) {
        Matcher close = ALIAS_CLOSE.matcher(t.substring(h.end()));
        if (close.lookingAt()) {
          out = out == null ? new java.util.ArrayList<>(found) : out;
          int at = out.indexOf(g);
          out.set(at, new PhraseMatcher.Match<>(g.start(), h.end() + close.end(), g.value()));
          out.remove(at + 1);
        }
      }
    }
    return out == null ? found : out;
  }

  /**
   * VAF, clinical significance and germline or somatic origin written around a gene's changes:
   * before the gene back to the previous gene or a semicolon ("VUS: ATM p.R337C"), and after it
   * up to the next gene ("TP53 R273H, VAF 41%, somatic").
   */
  private static boolean stainName(String t, PhraseMatcher.Match<String> g, String gene) {
    // "CD117 positive" (KIT), written by its cluster-of-differentiation name: an immunophenotype marker
    boolean clusterName = !gene.startsWith("CD") && g.end() - g.start() > 2 && t.regionMatches(true, g.start(), "CD", 0, 2)
        && Character.isDigit(t.charAt(g.start() + 2));
    return clusterName || STAINED_AS_PROTEIN.contains(gene) && !t.regionMatches(true, g.start(), gene, 0, gene.length());
  }

  /** "Germline testing: BRCA1 c.68_69delAG": the origin named by the label that opens the sentence's line, else null. */
  private static String originLabel(Snippet s) {
    String before = s.lineBefore().strip();
    if (!before.endsWith(":") || before.length() > 40) {
      return null;
    }
    if (!AsciiWords.containsAny(before, 0, before.length(), "germline", "somatic")) {
      return null;
    }
    Matcher m = ORIGIN.matcher(before);
    return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
  }

  private static void addDetails(String t, int previousGeneEnd, int geneStart, int limit, List<Mention> out, int from, String labelOrigin) {
    if (from == out.size()) {
      return;
    }
    int start = Math.max(previousGeneEnd, t.lastIndexOf(';', geneStart) + 1);
    int semicolon = t.indexOf(';', geneStart);
    int end = semicolon >= 0 && semicolon < limit ? semicolon : limit;
    String segment = t.substring(start, end);
    // Each pattern runs only on a segment that holds one of the words it cannot match without.
    Matcher m;
    Double vaf = null;
    if (AsciiWords.containsAny(segment, 0, segment.length(), "af", "allele") && (m = VAF.matcher(segment)).find()) {
      double v = Double.parseDouble(m.group(1));
      vaf = m.group(2) == null && v <= 1 ? v * 100 : v;
    }
    String significance = null;
    if (AsciiWords.containsAny(segment, 0, segment.length(), "significance", "vus", "pathogenic", "benign")
        && (m = SIGNIFICANCE.matcher(segment)).find()) {
      significance = m.group(1) != null ? Finding.Variant.VUS : m.group().toLowerCase(java.util.Locale.ROOT);
    }
    String origin = labelOrigin;
    if (AsciiWords.containsAny(segment, 0, segment.length(), "germline", "somatic")) {
      // The word right before the gene names its origin ("..., somatic (germline RET testing negative)"); else the segment's first.
      m = ORIGIN.matcher(segment);
      int gene = geneStart - start;
      String first = null;
      String right = null;
      while (m.find()) {
        first = first == null ? m.group(1) : first;
        if (m.end() <= gene && gene - m.end() <= 3) {
          right = m.group(1);
        }
      }
      String found = right != null ? right : first;
      origin = found != null ? found.toLowerCase(java.util.Locale.ROOT) : origin;
    }
    if (vaf == null && significance == null && origin == null) {
      return;
    }
    for (int k = from; k < out.size(); k++) {
      Mention x = out.get(k);
      if (x.finding() instanceof Finding.Variant v) {
        // A gene named without a change ("germline BRCA2 testing negative") keeps only its origin.
        Finding.Variant detailed = v.variant() != null || v.hgvs() != null
            ? v.withDetails(vaf, significance, origin) : v.withDetails(null, null, origin);
        out.set(k, new Mention(detailed, x.evidence(), x.intrinsic(), x.sentence()));
      }
    }
  }

  /**
   * The first character of {@code s} that is none of the separators [\\s|:-] (\\s as patterns read it
   * without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, carriage return),
   * an ASCII capital made small, as a CASE_INSENSITIVE pattern compares it; 0 when there is none.
   * A slot pattern whose every match opens with some of those separators and then one of a set of
   * characters can match only when this character is one of them.
   */
  static char firstWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && c != '|' && c != ':' && c != '-') {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
    }
    return 0;
  }

  private static boolean isOneOf(char c, String chars) {
    return c != 0 && chars.indexOf(c) >= 0;
  }

  private static boolean mutationWord(String after) {
    return MUTATION_WORD.matcher(after).lookingAt();
  }

  /**
   * Specific alterations right after a gene; returns how many mentions it added. A label that
   * answers "no" ("EGFR: no T790M", "MET | no exon 14 skipping") states the change absent.
   */
  private int specific(Snippet s, String gene, int gStart, int gEnd, String after, List<Mention> out) {
    Matcher f = FILLER.matcher(after);
    int skip = f.lookingAt() ? f.end() : 0;
    Matcher no = SLOT_NO.matcher(after.substring(skip));
    if (skip == 0 || !no.lookingAt() || !LABEL_END.matcher(after.substring(0, skip)).find()) {
      return present(s, gene, gStart, gEnd, after, skip, out);
    }
    int from = out.size();
    String blanked = " ".repeat(skip + no.end()) + after.substring(skip + no.end());
    Matcher fb = FILLER.matcher(blanked);
    int n = present(s, gene, gStart, gEnd, blanked, fb.lookingAt() ? fb.end() : 0, out);
    for (int k = from; k < out.size(); k++) {
      Mention x = out.get(k);
      out.set(k, new Mention(x.finding(), x.evidence(), org.eligo.core.Assertion.ABSENT, x.sentence()));
    }
    return n;
  }

  private static final Pattern COPY_VALUE = Pattern.compile(
      "^[\\s|:-]*copy[ -]number(?:\\s*(?:of|=|:))?\\s*\\d{1,3}(?:\\.\\d{1,2})?(?![\\d.])\\s*[,;(-]?", Pattern.CASE_INSENSITIVE);
  /** "MET copy number 2.1, not amplified", "ERBB2 copy number: 2.3 (not amplified)": the measured value before the call is blanked. */
  private static String pastCopyValue(String after) {
    Matcher m;
    if (firstWord(after) == 'c' && (m = COPY_VALUE.matcher(after)).lookingAt()) {
      return " ".repeat(m.end()) + after.substring(m.end());
    }
    return after;
  }

  private static final Pattern SLOT_NO = Pattern.compile("^no\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
  /** A colon, a pipe, a spaced dash ("MET: copy number 2.1 - no amplification"), or a blanked dot leader or column gap. */
  private static final Pattern LABEL_END = Pattern.compile("(?:[:|]|\\s[-\u2013]|\\s{3,})\\s*$");

  /** {@code skip}: where FILLER read at the start of {@code after} ends (0 when it read nothing), as its caller found. */
  private int present(Snippet s, String gene, int gStart, int gEnd, String after, int skip, List<Mention> out) {
    Matcher m;
    if ("ALK".equals(gene) && (m = ALK_IHC.matcher(after)).lookingAt()) {
      // ALK (D5F3) IHC positive is a validated test for the rearrangement (a companion diagnostic), not a stain of unknown meaning
      out.add(s.mention(Finding.Variant.of(gene, "fusion"), gStart, gEnd + m.end(), "variant.alk-ihc"));
      return 1;
    }
    // Each slot pattern below opens with separators ([\\s|:-]* or less) and then its words: it runs only when the
    // first other character of the slot can start one of them (firstWord).
    char first = firstWord(after);
    if (isOneOf(first, "giwnu") && (m = NOT_AMP.matcher(after)).lookingAt() && !MMR_GENES.contains(gene)) {
      // "HER2 not amplified" on a colorectal panel: the copy-number result, no amplification
      out.add(s.mention(Finding.Variant.of(gene, "amplification"), gStart, gEnd + m.end(), "variant.amp", org.eligo.core.Assertion.ABSENT));
      return 1;
    }
    if (isOneOf(first, "gach") && (m = AMP.matcher(after)).lookingAt() && !MMR_GENES.contains(gene)) {
      if (notAssessedAfter(after, m.end())) {
        return 1; // "HER2 amplification: not assessed": the test was not done, which says nothing either way
      }
      out.add(s.mention(Finding.Variant.of(gene, "amplification"), gStart, gEnd + m.end(), "variant.amp"));
      return 1;
    }
    if (isOneOf(first, "grftb") && (m = REARR.matcher(after)).lookingAt()) {
      out.add(s.mention(Finding.Variant.of(gene, "fusion"), gStart, gEnd + m.end(), "variant.rearrangement"));
      return 1;
    }
    if (isOneOf(first, "gf") && (m = FRAMESHIFT.matcher(after)).lookingAt()) {
      out.add(s.mention(Finding.Variant.of(gene, "frameshift"), gStart, gEnd + m.end(), "variant.frameshift"));
      return 1;
    }
    if (isOneOf(first, "it") && (m = DUPLICATION_KIND.matcher(after)).lookingAt()) {
      out.add(s.mention(Finding.Variant.of(gene, m.group(1)), gStart, gEnd + m.end(), "variant.itd"));
      Matcher sib = DUPLICATION_SIBLING.matcher(after.substring(m.end()));
      if (sib.lookingAt()) {
        int at = gEnd + m.end();
        out.add(s.mention(Finding.Variant.of(gene, sib.group(1)), at + sib.start(1), at + sib.end(), "variant.itd"));
        return 2;
      }
      return 1;
    }
    if (FUSION_DRIVERS.contains(gene) && !"BRAF".equals(gene) && !"MET".equals(gene)
        && isOneOf(first, "p+") && (m = POSITIVE.matcher(after)).lookingAt()) {
      out.add(s.mention(Finding.Variant.of(gene, "fusion"), gStart, gEnd + m.end(), "variant.fusion-positive"));
      return 1;
    }
    String rest = after.substring(skip);
    if ((m = EXON.matcher(rest)).lookingAt()) {
      out.add(s.mention(exon(gene, m.group(1), m.group(2), null), gStart, gEnd + skip + m.end(), "variant.exon"));
      return 1 + more(s, gene, gEnd + skip + m.end(), after.substring(skip + m.end()), out);
    }
    if ((m = EXON_AFTER.matcher(rest)).lookingAt()) {
      out.add(s.mention(exon(gene, m.group(2), m.group(1), null), gStart, gEnd + skip + m.end(), "variant.exon"));
      return 1;
    }
    if ((m = CDNA.matcher(rest)).lookingAt()) {
      // A protein change the notes write names the variant; a cDNA change alone (splice site, frameshift) is kept as its HGVS.
      String written = m.group(2) != null ? m.group(2) : m.group(3);
      String protein = null;
      if (written != null) {
        Matcher p = ProteinChange.SUBSTITUTION.matcher(written.replace("(", "").replace(")", ""));
        if (p.matches()) {
          protein = ProteinChange.shortForm(p);
        }
      }
      Finding.Variant ranged = null;
      if (written != null && protein == null) {
        // "c.2235_2249del p.(E746_A750del)": an in-frame change of several residues.
        Matcher r = ProteinChange.RANGE.matcher(written);
        if (r.find()) {
          ranged = rangeVariant(gene, ProteinChange.shortRange(r.group(1)), Integer.parseInt(r.group(2)));
        }
      }
      String hgvs = m.group(1) + (written == null ? "" : written.startsWith("p.(") ? " " + written : " (" + written + ")");
      if (ranged != null) {
        out.add(s.mention(new Finding.Variant(gene, ranged.variant(), hgvs, null), gStart, gEnd + skip + m.end(), "variant.cdna"));
        return 1;
      }
      // "TERT promoter c.-124C>T": a change before the coding start, named by its place.
      if (protein == null && m.group(1).startsWith("c.-") && PROMOTER.matcher(after.substring(0, skip)).find()) {
        protein = "promoter " + m.group(1);
      }
      out.add(s.mention(new Finding.Variant(gene, protein, hgvs, null), gStart, gEnd + skip + m.end(), "variant.cdna"));
      return 1;
    }
    // LOSS may open with a sibling's "/X" before its separators: then it always runs.
    boolean loss = (after.startsWith("/") || isOneOf(first, "ghbldcm")) && (m = LOSS.matcher(after)).lookingAt();
    if (MMR_GENES.contains(gene) && loss) {
      return 0;
    }
    if (loss) {
      out.add(s.mention(Finding.Variant.of(gene, "loss"), gStart, gEnd + m.end(), "variant.loss"));
      return 1;
    }
    int count = 0;
    int pos = skip;
    int start = gStart;
    while (pos < after.length()) {
      String tail = after.substring(pos);
      Matcher r = ProteinChange.RANGE.matcher(tail);
      Matcher p = ProteinChange.SUBSTITUTION.matcher(tail);
      Finding.Variant v;
      int end;
      Matcher rs = RSID.matcher(tail);
      if (rs.lookingAt()) {
        v = new Finding.Variant(gene, rs.group(), null, null);
        end = rs.end();
      } else if (r.lookingAt()) {
        String range = ProteinChange.shortRange(r.group(1));
        v = rangeVariant(gene, range, Integer.parseInt(r.group(2)));
        end = r.end();
      } else if (p.lookingAt() && plausible(p)) {
        String sf = ProteinChange.shortForm(p);
        v = new Finding.Variant(gene, sf, p.group().startsWith("p.") ? p.group().replace(" ", "") : null, null);
        end = p.end();
      } else {
        break;
      }
      if (DRUG_TAIL.matcher(after.substring(pos + end)).lookingAt() || TEST_TAIL.matcher(after.substring(pos + end)).lookingAt()) {
        break; // "KRAS G12C inhibitor" names a drug class, not the patient's variant
      }
      out.add(s.mention(v, start, gEnd + pos + end, "variant.protein"));
      count++;
      pos += end;
      Matcher sep = LIST_SEP.matcher(after.substring(pos));
      if (!sep.lookingAt() || sep.end() == 0) {
        break;
      }
      start = gEnd + pos + sep.end();
      pos += sep.end();
    }
    return count;
  }

  /** Only a written protein or cDNA change, for genes that are otherwise IHC markers. */
  private void specificChange(Snippet s, String gene, int gStart, int gEnd, String after, List<Mention> out) {
    Matcher f = FILLER.matcher(after);
    int skip = f.lookingAt() ? f.end() : 0;
    String rest = after.substring(skip);
    Matcher p = ProteinChange.SUBSTITUTION.matcher(rest);
    Matcher c = CDNA.matcher(rest);
    // A written change, or an amplification ("AR amplification"), which no IHC report writes.
    if (c.lookingAt() || (p.lookingAt() && p.group(3) != null && p.group(1).length() == 1 && Integer.parseInt(p.group(2)) >= 10)
        || AMP.matcher(after).lookingAt()) {
      specific(s, gene, gStart, gEnd, after, out);
    } else if (MARKER_GENE_RESULT.matcher(after).lookingAt()) {
      out.add(s.mention(Finding.Variant.of(gene, null), gStart, gEnd, "variant.gene"));
    }
  }

  /** "ESR1 no mutation", "ESR1: wild-type", "ESR1 mutation detected": a sequencing result, not a stain. */
  private static final Pattern MARKER_GENE_RESULT = Pattern.compile(
      "^[\\s:|-]*(?:no\\s+)?(?:gene\\s+)?(?:mutations?|mutated|mutant|variants?|wild[- ]?type)\\b", Pattern.CASE_INSENSITIVE);

  /** Further changes of the same gene after the first: "exon 19 deletion or L858R". */
  private static int more(Snippet s, String gene, int offset, String tail, List<Mention> out) {
    int count = 0;
    int pos = 0;
    while (true) {
      Matcher sep = LIST_SEP.matcher(tail.substring(pos));
      if (!sep.lookingAt() || sep.end() == 0) {
        return count;
      }
      String next = tail.substring(pos + sep.end());
      Matcher e = EXON.matcher(next);
      Matcher p = ProteinChange.SUBSTITUTION.matcher(next);
      if (e.lookingAt()) {
        out.add(s.mention(exon(gene, e.group(1), e.group(2), null), offset + pos + sep.end(), offset + pos + sep.end() + e.end(), "variant.exon"));
        pos += sep.end() + e.end();
      } else if (p.lookingAt() && p.group(3) != null && plausible(p)) {
        out.add(s.mention(new Finding.Variant(gene, ProteinChange.shortForm(p), null, null),
            offset + pos + sep.end(), offset + pos + sep.end() + p.end(), "variant.protein"));
        pos += sep.end() + p.end();
      } else {
        return count;
      }
      count++;
    }
  }

  private static boolean plausible(Matcher p) {
    String ref = p.group(1);
    int pos = Integer.parseInt(p.group(2));
    // A bare one-letter "T2" or "M1" is staging, not a protein change: require the alternate residue
    // unless the reference is written in three letters.
    return pos > 0 && (p.group(3) != null || ref.length() == 3 || pos >= 10);
  }

  /** EGFR in-frame deletions and insertions are reported by exon in trials; name both. */
  private static Finding.Variant rangeVariant(String gene, String range, int firstCodon) {
    if ("EGFR".equals(gene)) {
      String kind = range.contains("del") ? "deletion" : "insertion";
      if (firstCodon >= 729 && firstCodon <= 761 && kind.equals("deletion")) {
        return new Finding.Variant(gene, "exon 19 deletion", "p." + range, null);
      }
      if (firstCodon >= 762 && firstCodon <= 823 && !range.contains("del")) {
        return new Finding.Variant(gene, "exon 20 insertion", "p." + range, null);
      }
    }
    return new Finding.Variant(gene, range, "p." + range, null);
  }

  private static Finding.Variant exon(String gene, String number, String event, String hgvs) {
    String e = event.toLowerCase();
    // "MET exon 14 splice-site alterations": the changes at the exon's splice sites make it skipped
    String kind = e.startsWith("splice") && "MET".equals(gene) && "14".equals(number) ? "skipping" : e.startsWith("del") ? "deletion" : e.startsWith("ins") ? "insertion"
        : e.startsWith("skip") ? "skipping" : e.startsWith("dup") ? "duplication" : "mutation";
    return new Finding.Variant(gene, "exon " + number + " " + kind, hgvs, null);
  }
}
