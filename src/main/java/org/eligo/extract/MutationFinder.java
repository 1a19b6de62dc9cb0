package org.eligo.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutation mentions written without a gene, as the literature writes them: protein changes in
 * one- and three-letter codes (A123G, p.Arg248Gln, Pro246HisfsX13), cDNA and genomic changes
 * with or without a prefix (c.34G>T, -2084G>C, 1091 C > T, 5504delA, IVS1-1G>A), bare
 * nucleotide changes (G1896A, C-->T), dbSNP ids and point changes stated in prose ("Tyr74 was
 * replaced by Phe"). Overlapping matches keep the longest.
 * Used to measure eligo against SETH and tmVar on their corpora; notes go through {@link
 * VariantExtractor}, which also needs the gene.
 */
public final class MutationFinder {

  /**
   * One mention: character offsets, kind (ProteinMutation, DNAMutation, SNP) and, for a change of
   * one residue to another, its one-letter form (A123G); none for a stop, a frameshift, a deletion
   * or a synonymous change (p.Ser157Ser), which keep their span.
   */
  public record Found(int start, int end, String type, String protein) {}

  private static final String AA3 = "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val)";
  private static final String AA1 = "[ACDEFGHIKLMNPQRSTVWY]";
  private static final String NT = "[ACGTU]";
  private static final String ARROW = "\\s?(?:>|-->|->|→|/)\\s?";
  /** An arrow or "to" between two residues; old typesetting wrote the arrow as "---->". */
  private static final String TO = "(?:\\s?(?:-{1,4}>|-{4}|→|>)\\s?|[\\s-]to[\\s-])";

  /** What a rule reads, for the checks that weed out look-alikes and for the one-letter form. */
  private enum Kind { THREE_LETTER, ONE_LETTER, NAMES, ARROW_ONLY, PAIR_AT, FOR_AT, ANY_CASE, GLUED, SEVERAL_POSITIONS, DEL_INS, BARE_DNA, BARE_BASES, ONE_LETTER_ARROW, REPLACED_BY, NAMED, CHAIN, OTHER }

  private record Rule(Pattern pattern, String type, Kind kind) {
    Rule(Pattern pattern, String type) {
      this(pattern, type, Kind.OTHER);
    }
  }

  /**
   * Words a pattern cannot match without, checked once per text (lower-cased) before the pattern
   * runs: each group must have one of its words present. Only what the pattern itself spells out.
   */
  private record Needs(List<List<String>> groups) {
    static Needs anyOf(String... words) {
      return new Needs(List.of(List.of(words)));
    }

    Needs and(String... words) {
      List<List<String>> g = new ArrayList<>(groups);
      g.add(List.of(words));
      return new Needs(g);
    }

    boolean metIn(String lower) {
      return groups.stream().allMatch(g -> g.stream().anyMatch(lower::contains));
    }
  }

  /** A prose pattern and the words it needs. */
  private record Prose(Pattern pattern, Needs needs) {}

  private static final Needs POSITION_WORD = Needs.anyOf("position", "residue", "codon", "amino acid", "aa ");
  /** A written-out position before its number: "position", "residues", "codon", "amino acid position", "amino acid", "aa". */
  /** A globin or subunit chain glued before a change: "betaGlu6Val", "betaE6V", "alphaArg141Cys". */
  private static final String GREEK_BEFORE = "(?<=(?<![A-Za-z])(?:alpha|beta|gamma|delta))";
  private static final Pattern GREEK_END = Pattern.compile("(?s).*" + GREEK_BEFORE);
  private static final String WRITTEN_POSITION = "(?:(?:amino acid\\s)?(?:positions?|residues?|codons?)|amino acids?|aa)";
  private static final Map<Kind, Needs> RULE_NEEDS = Map.of(
      Kind.ARROW_ONLY, Needs.anyOf("->", "→"),
      Kind.PAIR_AT, POSITION_WORD,
      Kind.FOR_AT, POSITION_WORD.and("for"),
      Kind.REPLACED_BY, Needs.anyOf("substitution", "replacement", "exchange").and("of"),
      Kind.NAMED, Needs.anyOf("codon", "position", "residue", "amino acid"));

  private static final String AA_NAME = "(?:alanine|arginine|asparagine|aspartate|aspartic acid|aspartic|cysteine|glutamine|glutamate|"
      + "glutamic acid|glutamic|glycine|histidine|isoleucine|leucine|lysine|methionine|phenylalanine|proline|serine|threonine|"
      + "tryptophan|tyrosine|valine)";
  private static final String FS = "(?:fs\\s?(?:X|\\*|Ter)?\\d*X?)";
  /**
   * "substitution at codon 404", "transition at position 135", "at nucleotide c.898", "transversion at
   * cDNA base 463", "at nucleotide +1 of intron 2", "at 1245 position", "point mutation at nt 1234".
   */
  private static final String AT = "(?:\\s(?:point\\s)?(?:substitution|transition|transversion|change|mutation|polymorphism|exchange))?"
      + "\\s(?:at|in|of)\\s(?:the\\s)?(?:(?:codon|position|nucleotide|nt|bp|base pair|residue|amino acid|aa|(?:cDNA\\s|genomic\\s)?base)"
      + "\\s?[+-]?(?:c\\.)?\\d+(?:\\sposition)?"
      + "(?:\\sof\\s(?:intron|exon)\\s\\d+)?|\\d+\\sposition)";
  /** A nucleotide or codon change: GAT-->GAG, C/T, 15T-->C. */
  private static final String BASES = "[+-]?\\d{0,6}" + NT + "{1,3}\\s?(?:-->|->|→|>|/)\\s?" + NT + "{1,3}";
  /** An intronic offset, also written with spaces ("33 + 2"). */
  private static final String OFFSET = "(?:\\s?[+-]\\s?\\d{1,4})?";

  private static final List<Rule> RULES = List.of(
      // p.Arg248Gln, p.(Arg248Gln), Arg-248-Gln, Cys 23 Ser, Cys73-->Ser, Tyr74 to Phe, VLTyr50Ser, Pro246HisfsX13, Glu104X,
      // Cys 23-Ser 23, p.Phe508del, Gly12Asp/Val
      new Rule(Pattern.compile("(?:(?<![a-z0-9])|" + GREEK_BEFORE + ")(?:p\\.\\s?\\(?)?(" + AA3 + ")[\\s-]?\\(?(\\d{1,5})\\)?(?:" + TO + "|[\\s-])?("
          + AA3 + "|Ter|X|\\*|stop|Stop)?(" + FS + "|del|dup|ins)?((?:/" + AA3 + "(?![\\w-]))*)(?:[\\s-]?\\2(?!\\d))?(?![a-z])"),
          "ProteinMutation", Kind.THREE_LETTER),
      // ALA123GLY, ala-123-gly, Arg753GLn: three-letter codes in capitals or lower case
      new Rule(Pattern.compile("(?<![A-Za-z0-9])(?=[A-Za-z]{3}[\\s-]?\\d)(?i:(" + AA3 + "))[\\s-]?(\\d{1,5})[\\s-]?(?i:(" + AA3 + "))(?![A-Za-z0-9])"), "ProteinMutation", Kind.ANY_CASE),
      // A123G, p.R60X, p.(R60X), R60Stop, R-4Q, Y329fs, S124fsX127, T540del, D201ins, alphaD60N, GluR2(Q)-L483Y, G12D/V
      new Rule(Pattern.compile("(?<![A-Z0-9_]|(?<![\\w)])-)(?:p\\.\\s?\\(?)?(" + AA1 + ")(-?\\d{1,5})(" + AA1 + "|X|\\*|stop|Stop)?(" + FS
          + "|del|ins|dup)?((?:/" + AA1 + ")*)(?![\\w])"),
          "ProteinMutation", Kind.ONE_LETTER),
      // arginine 150 proline, leucine 269 to phenylalanine, glycine-594-valine, tyrosine 64 → phenylalanine
      new Rule(Pattern.compile("(?i)(?<![\\w])(" + AA_NAME + ")[\\s-]?(\\d{1,5})(?:" + TO + "|[\\s-]?(?:to[\\s-])?)(" + AA_NAME + ")(?![\\w])"),
          "ProteinMutation", Kind.NAMES),
      // Val-->Ala, methionine-->valine, Ser-->Cys substitution at codon 326, 12Gly→Cys, beta6Glu-->Val, Asp-->Asn-102 (the position after
      // the new residue)
      new Rule(Pattern.compile("(?i)(?:(?:(?<![\\w.])|" + GREEK_BEFORE + "(?=\\d{1,5}[A-Za-z]))(\\d{1,5})\\s?|(?<![\\w]))(" + AA3 + "|" + AA_NAME + ")\\s?(?:-->|->|→)\\s?(" + AA3 + "|" + AA_NAME + ")(" + AT + ")?"
          + "(?:(?<=[a-z])-?(\\d{1,5})(?![\\w.-]))?(?![\\w])"),
          "ProteinMutation", Kind.ARROW_ONLY),
      // His to Ala substitution at position 57, Trp to Phe mutations at positions 64 and 88, a Lys-->Arg change in the B chain at residue 12
      new Rule(Pattern.compile("(?i)(?<![\\w])(" + AA3 + "|" + AA_NAME + ")(?:\\s?(?:-->|->|→)\\s?|[\\s-]to[\\s-])(" + AA3 + "|" + AA_NAME + ")"
          + "(?:\\s(?:substitution|mutation|mutant|variant|change|replacement|exchange|conversion)s?(?:\\s[^.;,()\\d]{1,40}?)?)?\\s(?:at|in|of)\\s(?:the\\s)?" + WRITTEN_POSITION + "\\s(\\d{1,5}(?:(?:\\s?,\\s?(?:and\\s|or\\s)?|\\s(?:and|or)\\s)\\d{1,5})*)(?![\\w])"),
          "ProteinMutation", Kind.PAIR_AT),
      // a serine-for-tyrosine substitution at position 101: the new residue first
      new Rule(Pattern.compile("(?i)(?<![\\w])(" + AA3 + "|" + AA_NAME + ")[\\s-]for[\\s-](" + AA3 + "|" + AA_NAME + ")"
          + "\\s(?:substitution|mutation|mutant|variant|change|replacement|exchange)s?(?:\\s[^.;,()\\d]{1,40}?)?\\s(?:at|in|of)\\s(?:the\\s)?" + WRITTEN_POSITION + "\\s(\\d{1,5}(?:(?:\\s?,\\s?(?:and\\s|or\\s)?|\\s(?:and|or)\\s)\\d{1,5})*)(?![\\w])"),
          "ProteinMutation", Kind.FOR_AT),
      // c.34G>T, c.2554+1G>T, c.88 + 1G>A, c.2677G>T/A, c.1546_1547insC, c.104delT, g.80_87del, c5398T --> C
      new Rule(Pattern.compile("(?<![\\w])[cgmnr]\\.?\\s?[-*]?\\d+(?:\\s?[+-]\\s?\\d+)?(?:_[-*]?\\d+(?:[+-]\\d+)?)?\\s?(?:" + NT + ARROW + NT + "(?:/" + NT + ")?"
          + "|delins[ACGT]+|del(?:\\s?[ACGT]+|\\d+)?|ins[ACGT]+|dup[ACGT]*)(?![\\w])"), "DNAMutation"),
      // c.1544-?_2916+?del: a deletion with unknown breakpoints
      new Rule(Pattern.compile("(?<![\\w])[cg]\\.\\d+[+-]\\?_\\d+[+-]\\?(?:del|dup)?(?![\\w])"), "DNAMutation"),
      // c.G1714C
      new Rule(Pattern.compile("(?<![\\w])[cg]\\." + NT + "\\d+" + NT + "(?![\\w])"), "DNAMutation"),
      // IVS1-1G>A, EX6-96A>G, IVSI-5 (G-->C), IVS21-2delAG
      new Rule(Pattern.compile("(?<![\\w.])(?:IVS|EX)\\s?-?(?:\\d+|[IVX]+)(?:-[IVX]+)?\\s?[+-]\\s?\\d+\\s?,?\\s?(?:(?i:" + NT + ")" + ARROW
          + "(?i:" + NT + ")|\\((?i:" + NT + ")" + ARROW + "(?i:" + NT + ")\\)|(?:del|ins|dup)[ACGT]+)(?![\\w])"), "DNAMutation"),
      // -2084G>C, 1091 C > T, 2398+1G>C, +142C/G, 2677G>T/A, 33 + 2 T-->C, -369 (C>G), 962 G-A, -491 A to T
      new Rule(Pattern.compile("(?<![\\w.])[-+]?\\d{1,6}" + OFFSET + "\\s?-?\\s?(?:" + NT + ARROW + NT + "(?:/" + NT + ")?|\\(" + NT + ARROW + NT + "\\)|"
          + NT + "\\s?-\\s?" + NT + "|" + NT + "\\sto\\s" + NT + ")(?![\\w])"), "DNAMutation"),
      // 5504delA, 222insT, 118-119insA, 835del18, 1067 del A, 1109 ins 8bp, 1729 + 55del4, delTTCA, dup24bp
      new Rule(Pattern.compile("(?<![\\w.]|\\w-)[-+]?\\d{1,6}(?:[-_]\\d{1,6})?" + OFFSET + "\\s?(?:del|ins|dup)(?:\\s?[ACGT]+|\\s?\\d+\\s?(?:bp|nt)|\\d+)?(?![\\w])"
          + "|(?<![\\w])(?:del|ins|dup)(?:[ACGT]{1,}|\\d+bp)(?![\\w])"), "DNAMutation", Kind.DEL_INS),
      // G1896A, G-395A, T1270533G, G1915T/A, G(-308)A, T+31C
      new Rule(Pattern.compile("(?<![\\w-])" + NT + "(?:([-+]?\\d{1,8})|\\(([-+]?\\d{1,8})\\))" + NT + "(?:/" + NT + ")?(?![\\w])"), "DNAMutation",
          Kind.BARE_DNA),
      // C/T-13910, G/A-22018: the alleles before the position
      new Rule(Pattern.compile("(?<![\\w/])" + NT + "/" + NT + "-?\\d{2,6}(?![\\w/])"), "DNAMutation"),
      // C-->T, G/A, GAT-->GAG, GAC/GAT, codon 787 CAG/CAA, (G --> C) substitution at position 1201
      new Rule(Pattern.compile("(?:(?<![\\w])(?:codon|intron)\\s\\d+,?\\s)?(?<![\\w/])(?:" + BASES + "(?:" + AT + ")?|\\(" + BASES + "\\)" + AT
          + ")(?![\\w/])"), "DNAMutation", Kind.BARE_BASES),
      // ΔF508, delta F508, ΔPhe508, Delta32, delF508
      new Rule(Pattern.compile("(?<![\\w])(?:(?:Δ|[Dd]elta)(?:" + AA3 + "|" + AA1 + ")?\\d{1,5}|(?:Δ|[Dd]elta|del)\\s?(?:" + AA3 + "|" + AA1 + ")\\d{2,5})(?![\\w])"),
          "ProteinMutation"),
      new Rule(Pattern.compile("(?<![\\w])rs\\s?\\d{3,}(?![\\w])"), "SNP"),
      // A34-->E34, R37----W37
      new Rule(Pattern.compile("(?<![\\w-])(" + AA1 + ")(\\d{2,5})" + TO + "(" + AA1 + ")(?:\\2)?(?![\\w])"), "ProteinMutation", Kind.ONE_LETTER_ARROW),
      // p.G204_K247del, Val624-Val625del, E746-A750del, p.E746_A750delELREA, p.Lys23_Val25delinsAsp
      new Rule(Pattern.compile("(?<![\\w])(?:p\\.\\s?)?(?:" + AA3 + "\\d{1,5}[_-]" + AA3 + "\\d{1,5}|" + AA1 + "\\d{1,5}[_-]" + AA1 + "\\d{1,5})"
          + "(?:delins(?:" + AA3 + "|" + AA1 + ")+|del(?:" + AA3 + "|" + AA1 + ")*|dup|ins(?:" + AA3 + "|" + AA1 + ")+)(?![\\w])"), "ProteinMutation"),
      // VHY101F, VLW92A: a complete one-letter change glued to an antibody variable-domain label (heavy or light chain); not any
      // capitals, which would read genes (PDE10A)
      new Rule(Pattern.compile("(?<=(?<![\\w-])V[HL])(" + AA1 + ")(\\d{2,5})(" + AA1 + ")(?![\\w])"), "ProteinMutation", Kind.GLUED),
      // C77/95A, C77/95/120A: one residue type changed at several positions
      new Rule(Pattern.compile("(?<![\\w-])(" + AA1 + ")(\\d{2,5})((?:/\\d{2,5})+)(" + AA1 + ")(?![\\w/])"), "ProteinMutation", Kind.SEVERAL_POSITIONS),
      // Lys12/14/16Arg: the same in three-letter code
      new Rule(Pattern.compile("(?<![\\w-])(" + AA3 + ")(\\d{1,5})((?:/\\d{1,5})+)(" + AA3 + ")(?![\\w/])"), "ProteinMutation", Kind.SEVERAL_POSITIONS),
      // HisB10Asp, His(B10)→Asp, His(E7)Gln: a position within a chain or helix (insulin, globins), given without its letter as the
      // MutationFinder corpus gives it (Thr(A8) to His(A8) is T8H); not a swap or a range ("LysB28ProB29", "GluB245-ThrB253")
      new Rule(Pattern.compile("(?<![\\w])(?<wt>" + AA3 + ")-?\\(?[A-H](?<pos>\\d{1,3})\\)?(?:" + TO + "|[\\s-])?(?<mut>" + AA3 + ")(?![a-z])(?!\\(?[A-H]?\\d)"),
          "ProteinMutation", Kind.CHAIN),
      // residue 12 (Lys to Arg), codon 12 (Gly-to-Val): a written-out position, then the change in parentheses with "to"
      new Rule(Pattern.compile("(?i)\\b(?:codons?|positions?|residues?|amino acids?)\\s?(?<pos>\\d{1,5})\\s?\\(\\s?(?<wt>" + AA3 + "|" + AA_NAME
          + ")[\\s-]to[\\s-](?<mut>" + AA3 + "|" + AA_NAME + ")\\s?\\)"), "ProteinMutation", Kind.NAMED),
      // residue 195 was changed from serine to alanine, position 12 mutated from Lys into Arg
      new Rule(Pattern.compile("(?i)\\b(?:codon|position|residue|amino acid)\\s(?<pos>\\d{1,5})\\s(?:[a-z]+\\s){0,3}?from\\s(?:an?\\s)?(?<wt>" + AA3 + "|"
          + AA_NAME + ")(?:\\s(?:to|into)\\s|\\s?(?:-->|->|→)\\s?)(?:an?\\s)?(?<mut>" + AA3 + "|" + AA_NAME + ")(?![\\w])"), "ProteinMutation", Kind.NAMED),
      // at position 64, tyrosine was replaced by phenylalanine; residue 12 (Lys) was mutated to Arg
      new Rule(Pattern.compile("(?i)\\b(?:codon|position|residue|amino acid)\\s(?<pos>\\d{1,5}),?\\s(?:the\\s)?\\(?(?<wt>" + AA3 + "|" + AA_NAME
          + ")\\)?(?:\\s(?:residue|side chain))?\\s(?:was|is|has been)\\s(?:replaced|substituted|mutated|changed|converted)\\s(?:by|with|to|into)\\s(?:an?\\s)?(?<mut>"
          + AA3 + "|" + AA_NAME + ")(?![\\w])"), "ProteinMutation", Kind.NAMED),
      // the substitution of glycine by serine at position 12, replacement of Asp with Asn at amino acid 102
      new Rule(Pattern.compile("(?i)\\b(?:substitution|replacement|exchange|change|mutation|conversion)s?\\sof\\s(?:an?\\s|the\\s)?(?<wt>" + AA3 + "|" + AA_NAME
          + ")(?:\\sresidue)?\\s(?:by|with|to|into)\\s(?:an?\\s)?(?<mut>" + AA3 + "|" + AA_NAME + ")(?:\\sresidue)?\\s(?:at|in)\\s(?:the\\s)?" + WRITTEN_POSITION
          + "\\s(?<pos>\\d{1,5})(?![\\w])"), "ProteinMutation", Kind.NAMED),
      // substitution of Tyr74 by Phe, replacement of G6410 by T
      new Rule(Pattern.compile("(?<=(?i:substitution|replacement|exchange)s?\\sof\\s(?:the\\s)?)(" + AA3 + "|" + AA1 + ")(\\d{1,5})\\sby\\s(?:an?\\s)?("
          + AA3 + "|" + AA1 + ")(?![\\w])"), "ProteinMutation", Kind.REPLACED_BY));

  /** A one-letter residue in prose: a capital glued to a position of two digits or more ("D102 was mutated to Asn"). */
  private static final String AA1_PROSE = "(?-i:" + AA1 + ")(?=\\d{2})";
  /** Between a residue and its number: nothing, a space, hyphen or parenthesis, "residue", or "(residue) at position". */
  private static final String AT_POSITION = "(?:\\s(?:residue\\s)?(?:at|in)\\s(?:the\\s)?(?:position|residue|codon|amino acid)\\s|\\sresidue\\s|[\\s-]?\\(?)";
  /** One residue type at several positions: "cysteines at positions 77 and 95", "Lys residues 12, 14 and 16", "lysines 12 and 14". */
  private static final String SET = "\\b(?:" + AA3 + "|" + AA_NAME + ")s?[\\s-]*(?:residues\\s+)?(?:(?:at|in)\\s+(?:the\\s+)?)?(?:positions?\\s+)?"
      + "\\d{1,5}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)\\d{1,5})+\\b";
  /** The subunit a residue belongs to, after its position: "His-146-beta'", "Asn-222-alpha". */
  private static final String SUBUNIT = "(?:-(?:alpha|beta|gamma|delta)'?(?![\\w']))?";
  private static final String RESIDUES = "(?<res>(?:(?:" + SET + "|\\b(?:" + AA3 + "|" + AA_NAME + "|" + AA1_PROSE + ")" + AT_POSITION
      + "\\d{1,5}\\b" + SUBUNIT + "\\)?)(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|/)?)+)";
  private static final String MUTANTS = "(?:either\\s+|each\\s+of\\s+)?\\b(?<mut>(?:" + AA3 + "|" + AA_NAME + ")s?(?:\\s*,\\s*(?:" + AA3 + "|" + AA_NAME + ")s?)*(?:\\s*,?\\s*(?:and|or)\\s+(?:(?:by|with|to)\\s+)?(?:"
      + AA3 + "|" + AA_NAME + ")s?)?)\\b(?![\\s-]?\\(?\\d)";
  /** "Arg79, Arg109 and Arg112 were replaced with Lys", "His-554 ... was mutated to glutamine", "the Tyr at position 64". */
  private static final Pattern RESIDUE_SET = Pattern.compile("(?i)" + SET);
  private static final Pattern RESIDUE = Pattern.compile("(?i)\\b(" + AA3 + "|" + AA_NAME + "|" + AA1_PROSE + ")" + AT_POSITION + "(\\d{1,5})\\b" + SUBUNIT + "\\)?");
  /** Not the start of another residue with its position: the verb after it is that residue's ("Tyr64 binds Asp101, which was mutated"). */
  private static final String NOT_A_RESIDUE = "(?!\\b(?:" + AA3 + "|" + AA_NAME + ")[\\s-]?\\(?\\d)";
  /**
   * What may stand between residues and the verb that replaces them: up to 60 characters within the
   * sentence and no other residue, a parenthetical aside or a ", which ...," clause counting as one ("Cys-384 of IIB(Mtl) (residues of IIB(Mtl) are
   * denoted in italic type) was substituted by serine").
   */
  private static final String BETWEEN = "(?:" + NOT_A_RESIDUE + "[^.;()]|,\\s(?:which|that|where)\\s[^.;,()]{1,60},|\\((?:[^().;]|\\([^().;]{0,20}\\)){0,80}\\)){0,60}?";
  /** A description before the new residues: "replaced by residues with smaller side chains (alanine, serine ...)", "to the larger aromatic residues, i.e. Trp". */
  /** An article and one describing word before a new residue: "replaced by the uncharged Gln", "mutated to a hydrophobic leucine". */
  private static final String ADJECTIVE = "(?:(?:the|an?)\\s+)?(?:(?!(?:and|or|either|each|residues?|amino)\\b)[a-z-]{3,20}\\s+(?=(?:" + AA3 + "|" + AA_NAME + ")s?\\b))?";
  private static final String GLOSS = "(?:[^().;,\\d]{1,50}?(?:\\s\\(|,?\\s(?:i\\.e\\.|e\\.g\\.|such\\s+as|namely),?\\s))?";
  private static final List<Prose> PROSE = List.of(
      new Prose(Pattern.compile("(?i)" + RESIDUES + BETWEEN
          + "\\b(?:was|were|is|are|has been|have been)?\\s*(?:selectively\\s+|individually\\s+)?"
          + "(?:replaced|substituted|mutated|mutagen[iy][sz]ed|changed|converted|exchanged|altered|switched)\\s+(?:by|with|to|into|for)\\s+" + ADJECTIVE + GLOSS + MUTANTS),
          Needs.anyOf("replaced", "substituted", "mutated", "mutagen", "changed", "converted", "exchanged", "altered", "switched")),
      // "Replacement of Tyr74 by Phe", "replacement of VL Trp92 by Asp", "convert aspartate 264 to alanine, asparagine or lysine", "changing Pro 172 and Gly 131 to Asp"
      new Prose(Pattern.compile("(?i)\\b(?:replac(?:e|es|ed|ing|ements?)|substitut(?:e|es|ed|ing|ions?)|conver(?:t|ts|ted|ting|sions?)"
          + "|chang(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|mutat(?:e|es|ed|ing|ions?))\\s+(?:of\\s+)?(?:the\\s+)?(?:[^\\s\\d,]{1,6}\\s+)?(?:residues?\\s+)?" + RESIDUES
          + "\\s*(?:residues?\\s+)?(?:(?:of|in)\\s+(?:the\\s+)?[\\w()-]{1,15}\\s+)?(?:by|with|to|into)\\s+" + ADJECTIVE + GLOSS + MUTANTS),
          Needs.anyOf("replac", "substitut", "conver", "chang", "exchang", "mutat")),
      // "The role of Asn71 ... was investigated by substituting amino acids Ala, Ser and Gln", "Cys-35 was probed by replacing it with Ser"
      new Prose(Pattern.compile("(?i)" + RESIDUES + "(?:" + NOT_A_RESIDUE + "[^.;()]|\\((?:[^().;]|\\([^().;]{0,20}\\)){0,80}\\)){0,90}?\\bby\\s+(?:substituting|replacing|mutating|changing)"
          + "\\s+(?:(?:it|them)\\s+)?(?:(?:with|by|to|into|for)\\s+)?(?:the\\s+)?(?:(?:amino\\s+acids?|residues?)\\s+)?" + MUTANTS),
          Needs.anyOf("by substituting", "by replacing", "by mutating", "by changing")),
      // "Lys-8, Lys-10 and Lys-12 to Ala", "Asp102 and His57 → Ala"
      new Prose(Pattern.compile("(?i)" + RESIDUES + "\\s*(?:residues?\\s+)?(?:(?:(?<=\\w)-)?(?:to|into)[\\s-]+|(?:-->|->|→)\\s*)(?:an?\\s+)?" + MUTANTS),
          Needs.anyOf("to", "->", "→")),
      // "Tyr64 mutants (Phe, Ala and Trp)", "variants at Tyr64 (to Phe or Ala)": the new residues in parentheses
      new Prose(Pattern.compile("(?i)" + RESIDUES + "\\s*(?:mutants?|variants?|mutations?|substitutions?)\\s+\\(\\s*(?:to\\s+)?" + MUTANTS + "\\s*\\)"),
          Needs.anyOf("mutant", "variant", "mutation", "substitution")),
      new Prose(Pattern.compile("(?i)\\b(?:mutants?|variants?|mutations?|substitutions?)\\s+(?:at|of)\\s+(?:the\\s+)?" + RESIDUES
          + "\\s*\\(\\s*(?:to\\s+)?" + MUTANTS + "\\s*\\)"), Needs.anyOf("mutant", "variant", "mutation", "substitution")),
      // "Ala replaced Tyr64", "with Ala in place of Tyr64"
      new Prose(Pattern.compile("(?i)" + MUTANTS + "\\s+(?:replaced|replaces|replacing|instead\\s+of|in\\s+place\\s+of)\\s+(?:the\\s+)?" + RESIDUES),
          Needs.anyOf("replac", "instead", "place")),
      // "alanine substitutions of Arg79 and Lys80", "an Ala mutation at His57", "alanine mutants of Asp102 and His57"
      new Prose(Pattern.compile("(?i)" + MUTANTS + "[\\s-](?:substitutions?|mutations?|mutants?|replacements?)\\s+(?:of|at|for)\\s+(?:the\\s+)?(?:residues?\\s+)?"
          + RESIDUES), Needs.anyOf("substitution", "mutation", "mutant", "replacement")));
  /** The new residue first: "substitution of Asn for Asp12", "Ala was substituted for Lys-23". */
  private static final List<Prose> FOR = List.of(
      new Prose(Pattern.compile("(?i)\\b(?:substitut(?:e|es|ed|ing|ions?)|replac(?:e|es|ed|ing|ements?))\\s+(?:of\\s+)?(?:an?\\s+)?" + MUTANTS
          + "\\s+(?:residues?\\s+)?for\\s+(?:the\\s+)?(?:residues?\\s+)?" + RESIDUES), Needs.anyOf("substitut", "replac").and("for")),
      new Prose(Pattern.compile("(?i)" + MUTANTS + "\\s+(?:(?:was|were|is|are|has\\s+been|have\\s+been)\\s+)?substituted\\s+for\\s+(?:the\\s+)?(?:residues?\\s+)?" + RESIDUES),
          Needs.anyOf("substituted").and("for")),
      // "a Phe-for-Tyr101 substitution", "an Ala for Ser195 mutant"
      new Prose(Pattern.compile("(?i)" + MUTANTS + "[\\s-]for[\\s-]" + RESIDUES + "[\\s-](?:substitutions?|replacements?|mutations?|mutants?|exchanges?)\\b"),
          Needs.anyOf("for").and("substitution", "replacement", "mutation", "mutant", "exchange")));
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern NAMED_MUTANT = Pattern.compile("(?i)\\b(" + AA3 + "|" + AA_NAME + ")-?(\\d{1,5})\\s(?:mutants?|variants?)\\b"
      + "|\\b(?:mutants?|variants?)\\s(" + AA3 + "|" + AA_NAME + ")-?(\\d{1,5})\\b(?!\\s?(?:-->|->|→|\\(|to\\b))"
      + "|\\b(?:wild[\\s-]type|WT)\\s(?:and|or|versus|vs\\.?)\\s(" + AA3 + "|" + AA_NAME + ")-?(\\d{1,5})\\b(?!\\s?(?:-->|->|→|\\(|to\\b))");
  /** A residue with its position, in three letters or as a name ("Trp-332", "Ser190", "serine 190"). */
  private static final Pattern AA_AT = Pattern.compile("(?i)\\b(" + AA3 + "|" + AA_NAME + ")[\\s-]?\\(?(\\d{1,5})\\b");
  private static final String LIST_SEP = "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)";
  private static final Pattern HYPHEN_MORE3 = Pattern.compile(LIST_SEP + "-(" + AA3 + ")(?![\\w-])");
  private static final Pattern HYPHEN_MORE1 = Pattern.compile(LIST_SEP + "-(" + AA1 + ")(?![\\w-])");
  /**
   * New residues written with the position of the residue they replace, after a replacing word: "Tyr101 was replaced by
   * Phe101", "Thr(A8), whose substitution by favorable amino acids (His(A8) or Arg(A8))".
   */
  private static final String AT_CHAIN_POSITION = "[\\s-]?\\(?([A-H]?\\d{1,5})\\)?(?![\\w-])";
  private static final Pattern REPLACED_SAME_POSITION = Pattern.compile("(?i)\\b(?:substitut|replac|mutat|chang|exchang|conver)\\w*\\s+"
      + "(?:of\\s+[^.;]{1,40}?\\s+)?(?:by|with|to|into)\\s+[^.;\\d]{0,40}?(?<list>\\b(?:" + AA3 + "|" + AA_NAME + ")" + AT_CHAIN_POSITION
      + "(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:" + AA3 + "|" + AA_NAME + ")" + AT_CHAIN_POSITION + ")*)");
  private static final Pattern AA_AT_CHAIN = Pattern.compile("(?i)\\b(" + AA3 + "|" + AA_NAME + ")" + AT_CHAIN_POSITION);
  /**
   * The last residue of a list taking the new residues of a "respectively" ("Tyr101 and Trp32 to Ala and Phe, respectively"):
   * the list is read as a whole, one new residue each.
   */
  private static final Pattern LIST_BEFORE = Pattern.compile("(?s).*(?:,|\\band)\\s*");
  private static final Pattern PAIRED_AFTER = Pattern.compile("(?i)(?:" + LIST_SEP + "(?:" + AA3 + "|" + AA_NAME + "))*\\s*,?\\s*respectively\\b.*",
      Pattern.DOTALL);
  private static final Pattern RESPECTIVELY = Pattern.compile("\\s*,?\\s*respectively\\b");
  /** The residue a set begins with, also glued to its first position ("Lys12, 14 and 16"). */
  private static final Pattern AA_LEAD = Pattern.compile("(?i)(" + AA3 + "|" + AA_NAME + ")s?(?![a-z])");
  private static final Pattern AA_WORD = Pattern.compile("(?i)\\b(" + AA3 + "|" + AA_NAME + ")s?\\b");
  /** Further mutant residues after a change written with an arrow or "to": "Trp-64 to Phe or Tyr", "Ala16 > Cys, Thr and Met". */
  private static final Pattern MORE = Pattern.compile("\\G(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:(?:-{1,4}>|→|to\\s)\\s?)?(" + AA3 + "|(?i:" + AA_NAME
      + "))\\b(?![\\s-]?\\(?\\d|/)");
  /**
   * A written-out position just before a change that has none: "codon 12 (Gly→Val)", "at codon 12
   * (GGT→GTT, Gly→Val)", "codon 12 GGT-->GTT (Gly-->Val)", "position 57: His-->Ala".
   */
  private static final Pattern POSITION_BEFORE = Pattern.compile("(?i)\\b(?:codons?|positions?|residues?|amino acids?)\\s?(\\d{1,5})\\s?[(:,]?\\s?"
      + "(?:" + NT + "{3}\\s?(?:-->|->|→|>)\\s?" + NT + "{3}\\s?[,;(]?\\s?)?$");
  /** A globin chain and position, with the helix position, just before a change: "beta26(B8)Glu-->Ala", "beta 6 Glu→Val". */
  private static final Pattern CHAIN_POSITION_BEFORE = Pattern.compile("\\b(?:alpha|beta|gamma|delta|zeta|epsilon)\\s?(\\d{1,3})\\s?(?:\\([A-H]{1,2}\\d{1,2}\\)\\s?)?$");
  /** A written-out position in parentheses just after a change that has none: "Arg→His (codon 117)". */
  private static final Pattern POSITION_AFTER = Pattern.compile("(?i)\\s?\\((?:at\\s)?(?:codon|position|residue|amino acid)\\s?(\\d{1,5})\\)");
  /** The residue number a written-out position gives ("at codon 326", "at position 12"). */
  private static final Pattern AT_RESIDUE = Pattern.compile("(?:codon|position|residue|amino acid|aa)\\s?(\\d+)");
  /**
   * A one-letter change at a one-digit position counts next to a word that makes it one ("mutants
   * S4C", "(A4V) FALS mutants") or in a list with another change ("E7A, D52A").
   */
  private static final String CHANGE_SEP = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|/)";
  private static final Pattern MUTANT_BEFORE = Pattern.compile("(?s).*(?:\\b(?i:mutants?|mutations?|substitutions?|variants?)\\s\\(?(?:" + AA1 + "\\d{1,5}"
      + AA1 + CHANGE_SEP + ")*|\\b" + AA1 + "\\d{2,5}" + AA1 + CHANGE_SEP + "|\\b(?i:positions?)\\s\\d{1,5}\\s?\\()");
  private static final Pattern MUTANT_AFTER = Pattern.compile("(?s)(?:(?:" + CHANGE_SEP + AA1 + "\\d{1,5}" + AA1
      + ")*\\)?\\s(?:\\S+\\s)?(?i:mutants?|mutations?|substitutions?|variants?)\\b|" + CHANGE_SEP + AA1 + "\\d{2,5}" + AA1 + "\\b).*");
  /** A connector that states a change outright, after which further new residues may be listed. */
  private static final Pattern EXPLICIT = Pattern.compile("[>→]|-{4}|to");
  /**
   * Words of a sentence that speak of nucleotides: a one-letter change written only in A, C, G and T
   * there is a base change ("the MTHFR C677T polymorphism", "a heterozygous C139T transition"), not a
   * residue change.
   */
  private static final Pattern NUCLEOTIDE_WORDS = Pattern.compile("(?i)\\b(?:polymorphisms?|SNPs?|genotyp\\w*|alleles?|allelic|nucleotides?|mtDNA"
      + "|cDNA|transitions?|transversions?|UTR|untranslated|promoters?|haplotypes?|heterozygo\\w*|homozygo\\w*)\\b"
      + "|\\bIVS\\s?\\d|\\bc\\.\\s?-?\\d|\\d\\s?[ACGT]\\s?>\\s?[ACGT]");
  /** A verb that leads from a base change to the residue change it causes: "C417T, leading to amino acid substitution (R124C)". */
  private static final Pattern CAUSES = Pattern.compile("(?i)\\b(?:lead\\w*|led|result\\w*|caus\\w*|cod(?:es|ing)|predict\\w*)\\b[^.]{0,40}?"
      + "(?-i:\\b(?:" + AA3 + "\\d+" + AA3 + "|" + AA1 + "\\d+" + AA1 + ")\\b)");
  /** A residue change in parentheses just after a base change: "T10191C (p.S45P)", "G5947A substitution (R1851Q)". */
  private static final Pattern PROTEIN_AFTER = Pattern.compile("(?:\\s(?:substitution|change|mutation))?\\s?\\((?:p\\.\\s?)?(?:" + AA1 + "\\d+"
      + AA1 + "|" + AA3 + "\\d+" + AA3 + ")\\)");
  /** A homozygous genotype next to a bare base pair marks the pair as a genotype too ("G/A and A/A genotypes"). */
  private static final Pattern HOMOZYGOUS = Pattern.compile("(?<![\\w/])(" + NT + ")/\\1(?![\\w/])");
  private static final Map<String, String> NAME_TO_ONE = Map.ofEntries(
      Map.entry("alanine", "A"), Map.entry("arginine", "R"), Map.entry("asparagine", "N"),
      Map.entry("aspartate", "D"), Map.entry("aspartic acid", "D"), Map.entry("aspartic", "D"),
      Map.entry("cysteine", "C"), Map.entry("glutamine", "Q"), Map.entry("glutamate", "E"),
      Map.entry("glutamic acid", "E"), Map.entry("glutamic", "E"), Map.entry("glycine", "G"),
      Map.entry("histidine", "H"), Map.entry("isoleucine", "I"), Map.entry("leucine", "L"),
      Map.entry("lysine", "K"), Map.entry("methionine", "M"), Map.entry("phenylalanine", "F"),
      Map.entry("proline", "P"), Map.entry("serine", "S"), Map.entry("threonine", "T"),
      Map.entry("tryptophan", "W"), Map.entry("tyrosine", "Y"), Map.entry("valine", "V"));

  private MutationFinder() {}

  /** The one-letter code of a residue written in one or three letters or as a name; null for a stop or anything else. */
  private static String oneOf(String aa) {
    if (aa.length() == 1) {
      return aa;
    }
    String a = aa.length() == 3 ? ProteinChange.oneLetter(Character.toUpperCase(aa.charAt(0)) + aa.substring(1).toLowerCase(Locale.ROOT)) : null;
    return a != null ? a : NAME_TO_ONE.get(aa.toLowerCase(Locale.ROOT));
  }

  /** A residue named in prose: its one-letter code, position and span. */
  private record Residue(String wt, String position, int start, int end) {}

  /** The residues of a list ("Arg79, Arg109 and Arg112", "cysteines at positions 77 and 95"), in order; offset is where the list starts in the text. */
  private static List<Residue> residues(String list, int offset) {
    List<Residue> out = new ArrayList<>();
    Matcher set = RESIDUE_SET.matcher(list);
    Matcher one = RESIDUE.matcher(list);
    int at = 0;
    while (at < list.length()) {
      if (set.find(at) && (!one.find(at) || set.start() <= one.start())) {
        Matcher name = AA_LEAD.matcher(set.group());
        String wt = name.lookingAt() ? oneOf(name.group(1)) : null;
        Matcher n = DIGITS.matcher(set.group());
        while (n.find()) {
          out.add(new Residue(wt, n.group(), offset + set.start(), offset + set.end()));
        }
        at = set.end();
      } else if (one.find(at)) {
        // A closing parenthesis belongs to the residue only when it opened one ("Trp(109)", not "(V(L)W92)").
        int end = one.end() - (one.group().endsWith(")") && one.group().indexOf('(') < 0 ? 1 : 0);
        out.add(new Residue(oneOf(one.group(1)), one.group(2), offset + one.start(), offset + end));
        at = one.end();
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * Point changes stated in prose; each residue named is a mention with each new residue, or with
   * the new residue in the same place when the sentence says "respectively".
   */
  private static void prose(String text, String lower, List<Found> out) {
    for (Prose p : java.util.stream.Stream.concat(PROSE.stream(), FOR.stream()).toList()) {
      if (!p.needs().metIn(lower)) {
        continue;
      }
      Matcher m = p.pattern().matcher(text);
      while (m.find()) {
        List<String> mutants = new ArrayList<>();
        Matcher w = AA_WORD.matcher(m.group("mut"));
        while (w.find()) {
          mutants.add(oneOf(w.group(1)));
        }
        List<Residue> residues = residues(m.group("res"), m.start("res"));
        boolean paired = RESPECTIVELY.matcher(text).region(m.end(), text.length()).lookingAt() && residues.size() == mutants.size();
        for (int i = 0; i < residues.size(); i++) {
          Residue r = residues.get(i);
          for (String mt : paired ? List.of(mutants.get(i)) : mutants) {
            if (r.wt() != null && mt != null && !r.wt().equals(mt)) {
              out.add(new Found(r.start(), r.end(), "ProteinMutation", r.wt() + r.position() + mt));
            }
          }
        }
      }
    }
  }

  /**
   * A mutant named by its new residue ("the Phe-332 mutant", "mutant Ala190", "WT and Ala190 uPA") where the text names one
   * other residue at that position ("Trp-332"): the change from that residue. Not when the named
   * residue is itself changed in the text ("Glu38 mutants ... E38Q").
   */
  private static void namedMutants(String text, List<Found> out) {
    Matcher m = NAMED_MUTANT.matcher(text);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
      String aa = m.group(group);
      String position = m.group(group + 1);
      String mt = oneOf(aa);
      if (mt == null || out.stream().anyMatch(f -> f.protein() != null && f.protein().startsWith(mt + position)
          && !Character.isDigit(f.protein().charAt(mt.length() + position.length())))) {
        continue;
      }
      Set<String> others = new HashSet<>();
      Matcher r = AA_AT.matcher(text);
      while (r.find()) {
        String wt = oneOf(r.group(1));
        if (r.group(2).equals(position) && wt != null && !wt.equals(mt)) {
          others.add(wt);
        }
      }
      if (others.size() == 1) {
        out.add(new Found(m.start(group), m.end(group + 1), "ProteinMutation", others.iterator().next() + position + mt));
      }
    }
  }

  /**
   * A new residue written with its position after a replacing word ("replaced by Phe101") where the sentence before names
   * one other residue at that position ("Tyr101"): the change from that residue.
   */
  private static void replacedAtSamePosition(String text, List<Found> out) {
    Matcher m = REPLACED_SAME_POSITION.matcher(text);
    while (m.find()) {
      int sentence = Math.max(text.lastIndexOf(". ", m.start()) + 1, 0);
      Matcher mt = AA_AT_CHAIN.matcher(text).region(m.start("list"), m.end("list"));
      while (mt.find()) {
        String position = mt.group(2);
        String mutant = oneOf(mt.group(1));
        Set<String> others = new HashSet<>();
        Matcher wt = AA_AT_CHAIN.matcher(text).region(sentence, m.start("list"));
        while (wt.find()) {
          String w = oneOf(wt.group(1));
          if (wt.group(2).equals(position) && w != null && !w.equals(mutant)) {
            others.add(w);
          }
        }
        if (mutant != null && others.size() == 1) {
          out.add(new Found(mt.start(), mt.end(), "ProteinMutation", others.iterator().next() + position.replaceAll("[A-H]", "") + mutant));
        }
      }
    }
  }

  /**
   * The other mutant residues of a change, each a change at the same span: after a slash ("G12D/V",
   * "Gly12Asp/Val") or listed after an explicit arrow or "to" ("Asn-93 to Asp and Arg").
   */
  private static void alternatives(Kind kind, String text, Matcher m, Found first, List<Found> out) {
    if (first.protein() == null) {
      return;
    }
    if (kind == Kind.THREE_LETTER || kind == Kind.ONE_LETTER) {
      for (String alt : m.group(5).split("/")) {
        String mt = alt.isEmpty() ? null : oneOf(alt);
        if (mt != null) {
          out.add(new Found(first.start(), first.end(), first.type(), oneOf(m.group(1)) + m.group(2) + mt));
        }
      }
      // "the Lys12Arg, -Gln and -Glu mutants", "Y101F, -S and -A": further new residues after a hyphen, in the same code.
      Matcher hyphen = (kind == Kind.THREE_LETTER ? HYPHEN_MORE3 : HYPHEN_MORE1).matcher(text).region(m.end(), text.length());
      while (hyphen.lookingAt()) {
        String mt = oneOf(hyphen.group(1));
        if (mt != null && !mt.equals(oneOf(m.group(1)))) {
          out.add(new Found(first.start(), first.end(), first.type(), oneOf(m.group(1)) + m.group(2) + mt));
        }
        hyphen.region(hyphen.end(), text.length());
      }
    }
    if (kind == Kind.ONE_LETTER || !EXPLICIT.matcher(text.substring(m.end(2), m.start(3))).find()) {
      return;
    }
    Matcher more = MORE.matcher(text).region(m.end(), text.length());
    while (more.find()) {
      String mt = oneOf(more.group(1));
      if (mt != null) {
        out.add(new Found(first.start(), first.end(), first.type(), oneOf(m.group(1)) + m.group(2) + mt));
      }
      more.region(more.end(), text.length());
    }
  }

  /** A change of one residue to another at several positions ("Trp to Phe mutations at positions 64 and 88"): one change per position. */
  private static void positions(Kind kind, Matcher m, Found first, List<Found> out) {
    String wt = oneOf(m.group(kind == Kind.FOR_AT ? 2 : 1));
    String mt = oneOf(m.group(kind == Kind.FOR_AT ? 1 : 2));
    if (wt == null || mt == null || wt.equals(mt)) {
      return;
    }
    Matcher n = DIGITS.matcher(m.group(3));
    n.find();
    while (n.find()) {
      out.add(new Found(first.start(), first.end(), first.type(), wt + n.group() + mt));
    }
  }

  /**
   * Whether a one-letter change reads as a base change: written in A, C, G and T only (with nothing
   * after the new letter and no "p."), in a sentence about nucleotides or followed by the residue
   * change it causes.
   */
  private static boolean nucleotides(Matcher m, String text) {
    String bases = "ACGT";
    if (m.group().startsWith("p.") || m.group(3) == null || m.group(4) != null || !m.group(5).isEmpty()
        || bases.indexOf(m.group(1).charAt(0)) < 0 || m.group(3).length() != 1 || bases.indexOf(m.group(3).charAt(0)) < 0) {
      return false;
    }
    if (PROTEIN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
      return true;
    }
    int from = Math.max(text.lastIndexOf(". ", m.start()), 0);
    int to = text.indexOf(". ", m.end());
    to = to < 0 ? text.length() : to;
    return NUCLEOTIDE_WORDS.matcher(text.substring(from, to)).find() || CAUSES.matcher(text.substring(m.end(), to)).find();
  }

  /** The end of a match, past the closing parenthesis of a predicted change ("p.(Arg248Gln)"). */
  private static int end(String text, Matcher m) {
    boolean open = m.group().matches("p\\.\\s?\\(.*");
    return open && m.end() < text.length() && text.charAt(m.end()) == ')' ? m.end() + 1 : m.end();
  }

  public static List<Found> find(String text) {
    List<Found> all = new ArrayList<>();
    Set<String> bases = new HashSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Rule r : RULES) {
      Needs needs = RULE_NEEDS.get(r.kind());
      if (needs != null && !needs.metIn(lower)) {
        continue;
      }
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        if (plausible(r.kind(), m, text)) {
          boolean nucleotides = r.kind() == Kind.ONE_LETTER && nucleotides(m, text);
          if (nucleotides) {
            bases.add(m.group());
          }
          Found f = nucleotides ? new Found(m.start(), m.end(), "DNAMutation", null) : new Found(m.start(), end(text, m), r.type(), protein(r, m, text));
          all.add(f);
          if (r.kind() == Kind.SEVERAL_POSITIONS) {
            Matcher n = DIGITS.matcher(m.group(3));
            while (n.find()) {
              all.add(new Found(f.start(), f.end(), f.type(), oneOf(m.group(1)) + n.group() + oneOf(m.group(4))));
            }
          }
          if (r.kind() == Kind.PAIR_AT || r.kind() == Kind.FOR_AT) {
            positions(r.kind(), m, f, all);
          }
          if (EnumSet.of(Kind.THREE_LETTER, Kind.ONE_LETTER, Kind.NAMES, Kind.ONE_LETTER_ARROW).contains(r.kind())) {
            alternatives(r.kind(), text, m, f, all);
          }
        }
      }
    }
    prose(text, lower, all);
    // A base change read as one somewhere is read so throughout the text ("... T13046C (p.M237T) ... A11470C, T13046C were novel").
    all.replaceAll(f -> f.protein() != null && bases.contains(text.substring(f.start(), f.end())) ? new Found(f.start(), f.end(), "DNAMutation", null) : f);
    namedMutants(text, all);
    if (Needs.anyOf("substitut", "replac", "mutat", "chang", "exchang", "conver").metIn(lower)) {
      replacedAtSamePosition(text, all);
    }
    all = new ArrayList<>(all.stream().distinct().toList());
    all.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed()));
    List<Found> out = new ArrayList<>();
    int end = -1;
    for (Found f : all) {
      Found last = out.isEmpty() ? null : out.get(out.size() - 1);
      // One residue replaced by several residues ("W92 ... replaced by Ala, Asp or Val") is several changes.
      boolean alternative = last != null && last.start() == f.start() && last.end() == f.end()
          && f.protein() != null && last.protein() != null && !f.protein().equals(last.protein());
      if (f.start() >= end || alternative) {
        out.add(f);
        end = Math.max(end, f.end());
      }
    }
    return out;
  }

  /**
   * Weeds out what only looks like a change: a residue and position alone ("His113", "F7",
   * "A549"), the same residue on both sides ("Met326Met", "A/A" genotypes), a one-letter
   * change at a one-digit position without "p." ("T2D", "M6P", "C4A"), a pair of residues
   * ("the His289-Asp260 pair"), a one-letter change glued to a word unless complete
   * ("hGRalphaD401H"), a cell line ("T47D cells"), a mouse MHC haplotype ("H-2K(b)"), an
   * exon-level deletion ("exon 19 del") and a genotype ("G/A and A/A", "AA/AG").
   */
  private static boolean plausible(Kind kind, Matcher m, String text) {
    String all = m.group();
    String before = text.substring(Math.max(0, m.start() - 20), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
    if ((kind == Kind.THREE_LETTER || kind == Kind.NAMES) && m.group(3) != null && text.substring(m.end(2), m.start(3)).contains("to")
        && LIST_BEFORE.matcher(before).matches() && PAIRED_AFTER.matcher(text.substring(m.end())).matches()) {
      return false;
    }
    if (kind == Kind.THREE_LETTER || kind == Kind.ONE_LETTER) {
      if (m.group(3) == null && m.group(4) == null || after.matches("(?s)(?:\\s(?:cells|cell lines?)\\b|\\([a-z]{1,2}\\)).*")) {
        return false;
      }
      // A synonymous change is reported only when written as one ("p.Ser157Ser").
      if (m.group(3) != null && m.group(1).equalsIgnoreCase(m.group(3)) && m.group(4) == null && !all.startsWith("p.")) {
        return false;
      }
      if (kind == Kind.THREE_LETTER) {
        // Zinc fingers: Cys2-His2.
        if (m.group(2).length() == 1 && Character.isDigit(all.charAt(all.length() - 1))) {
          return false;
        }
        // A pair or a range of residues ("His 207-Asp 205", "from Ser 12 to Gly 20"), unless the position repeats ("Cys 23-Ser 23").
        return !after.matches("(?s)[\\s-]?\\d.*");
      }
      if (GREEK_END.matcher(before).matches()) {
        return m.group(3) != null && m.group(4) == null && !m.group(2).startsWith("-");
      }
      if (before.matches("(?s).*[a-z]")) {
        return m.group(3) != null && m.group(4) == null && m.group(2).length() >= 2 && !m.group(2).startsWith("-");
      }
      return all.startsWith("p.") || m.group(2).replace("-", "").length() >= 2 || m.group(2).startsWith("-")
          || m.group(3) != null && m.group(4) == null && (MUTANT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).matches()
          || MUTANT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).matches());
    }
    if (kind == Kind.GLUED || kind == Kind.SEVERAL_POSITIONS) {
      return !m.group(1).equals(m.group(kind == Kind.GLUED ? 3 : 4)) && !after.matches("(?s)\\s(?:cells|cell lines?)\\b.*");
    }
    if (kind == Kind.ANY_CASE) {
      return !oneOf(m.group(1)).equals(oneOf(m.group(3))) && !after.matches("(?s)[\\s-]?\\(?\\d.*");
    }
    if (kind == Kind.PAIR_AT || kind == Kind.FOR_AT) {
      return !oneOf(m.group(1)).equals(oneOf(m.group(2)));
    }
    if (kind == Kind.NAMES) {
      // A range of residues: "from leucine 100 to valine 120".
      return !after.matches("(?s)[\\s-]?\\d.*");
    }
    if (kind == Kind.NAMED || kind == Kind.CHAIN) {
      return !oneOf(m.group("wt")).equals(oneOf(m.group("mut")));
    }
    if (kind == Kind.REPLACED_BY) {
      return m.group(1).length() == m.group(3).length();
    }
    if (kind == Kind.DEL_INS) {
      return !before.matches("(?is).*(?:exons?|introns?|IVS)\\s?");
    }
    if (kind == Kind.BARE_DNA) {
      String position = m.group(1) != null ? m.group(1) : m.group(2);
      return position.replaceAll("[-+]", "").length() >= 2
          && (!all.substring(0, 1).equals(all.substring(all.length() - 1)) || all.contains("/"));
    }
    if (kind == Kind.BARE_BASES) {
      String[] sides = all.split("\\s?(?:-->|->|→|>|/)\\s?");
      if (all.contains("/") && after.matches("(?s)\\s*genotypes?\\b.*") || all.matches(NT + "{2}/" + NT + "{2}")
          || all.matches(NT + "/" + NT) && HOMOZYGOUS.matcher(before + " " + after).find()) {
        return false;
      }
      return sides.length == 2 && !sides[0].equals(sides[1]);
    }
    return true;
  }

  /** The one-letter form of a protein point change (or of a bare nucleotide change, which reads alike). */
  private static String protein(Rule r, Matcher m, String text) {
    if (r.kind() == Kind.NAMED || r.kind() == Kind.CHAIN) {
      return oneOf(m.group("wt")) + m.group("pos") + oneOf(m.group("mut"));
    }
    if (r.kind() == Kind.SEVERAL_POSITIONS) {
      return oneOf(m.group(1)) + m.group(2) + oneOf(m.group(4));
    }
    if (r.kind() == Kind.PAIR_AT || r.kind() == Kind.FOR_AT) {
      String wt = oneOf(m.group(r.kind() == Kind.FOR_AT ? 2 : 1));
      String mt = oneOf(m.group(r.kind() == Kind.FOR_AT ? 1 : 2));
      Matcher n = DIGITS.matcher(m.group(3));
      return wt != null && mt != null && !wt.equals(mt) && n.find() ? wt + n.group() + mt : null;
    }
    if (r.kind() == Kind.ARROW_ONLY) {
      Matcher at = AT_RESIDUE.matcher(m.group(4) == null ? "" : m.group(4));
      String position = m.group(1) != null ? m.group(1) : at.find() ? at.group(1) : m.group(5);
      if (position == null) {
        Matcher after = POSITION_AFTER.matcher(text).region(m.end(), text.length());
        position = after.lookingAt() ? after.group(1) : null;
      }
      if (position == null) {
        Matcher before = POSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        position = before.find() ? before.group(1) : null;
      }
      if (position == null) {
        Matcher chain = CHAIN_POSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
        position = chain.find() ? chain.group(1) : null;
      }
      String wt = oneOf(m.group(2));
      String mt = oneOf(m.group(3));
      return position != null && wt != null && mt != null ? wt + position + mt : null;
    }
    if (!"ProteinMutation".equals(r.type()) || m.groupCount() < 3 || m.group(1) == null || m.group(3) == null
        || m.groupCount() > 3 && m.group(4) != null || m.group(2).startsWith("-")) {
      return null;
    }
    String wt = oneOf(m.group(1));
    String mt = oneOf(m.group(3));
    // A synonymous change ("p.Ser157Ser") keeps its span but changes no residue.
    if (wt == null || mt == null || mt.equals("*") || mt.equals("X") || wt.equals(mt)) {
      return null;
    }
    return wt + m.group(2) + mt;
  }
}
