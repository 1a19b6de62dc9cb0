package org.eligo.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutation mentions written without a gene, as the literature writes them: protein changes in
 * one- and three-letter codes (A123G, p.Arg248Gln, Pro246HisfsX13), cDNA and genomic changes
 * with or without a prefix (c.34G>T, -2084G>C, 1091 C > T, 5504delA, IVS1-1G>A), bare
 * nucleotide changes (G1896A, C-->T) and dbSNP ids. Overlapping matches keep the longest.
 * Used to measure eligo against SETH and tmVar on their corpora; notes go through {@link
 * VariantExtractor}, which also needs the gene.
 */
public final class MutationFinder {

  /** One mention: character offsets, kind (ProteinMutation, DNAMutation, SNP) and, for a protein point change, its one-letter form. */
  public record Found(int start, int end, String type, String protein) {}

  private static final String AA3 = "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val)";
  private static final String AA1 = "[ACDEFGHIKLMNPQRSTVWY]";
  private static final String NT = "[ACGTU]";
  private static final String ARROW = "\\s?(?:>|-->|->|→|/)\\s?";

  private record Rule(Pattern pattern, String type) {}

  private static final String AA_NAME = "(?:alanine|arginine|asparagine|aspartate|aspartic acid|aspartic|cysteine|glutamine|glutamate|"
      + "glutamic acid|glutamic|glycine|histidine|isoleucine|leucine|lysine|methionine|phenylalanine|proline|serine|threonine|"
      + "tryptophan|tyrosine|valine)";
  private static final String FS = "(?:fs\\s?(?:X|\\*|Ter)?\\d*X?)";
  /** "substitution at codon 404", "transition at position 135", "at nucleotide c.898". */
  private static final String AT = "(?:\\s(?:substitution|transition|transversion|change|mutation))?\\s(?:at|in)\\s(?:the\\s)?"
      + "(?:codon|position|nucleotide|residue|amino acid)\\s[+-]?(?:c\\.)?\\d+(?:\\sposition)?";

  private static final List<Rule> RULES = List.of(
      // p.Arg248Gln, Arg-248-Gln, Cys 23 Ser, Cys73-->Ser, Tyr74 to Phe, VLTyr50Ser, Pro246HisfsX13, Glu104X
      new Rule(Pattern.compile("(?<![a-z0-9])(?:p\\.\\s?)?(" + AA3 + ")[\\s-]?\\(?(\\d{1,5})\\)?(?:\\s?(?:-->|->|→|>)\\s?|\\s(?:to)\\s|[\\s-])?("
          + AA3 + "|Ter|X|\\*|stop|Stop)?(" + FS + ")?(?![a-z])"),
          "ProteinMutation"),
      // A123G, p.R60X, R-4Q, Y329fs, S124fsX127, T540del, D201ins
      new Rule(Pattern.compile("(?<![\\w]|(?<![\\w])-)(?:p\\.\\s?)?(" + AA1 + ")(-?\\d{1,5})(" + AA1 + "|X|\\*|stop)?(" + FS + "|del|ins|dup)?(?![\\w])"),
          "ProteinMutation"),
      // arginine 150 proline, leucine 269 to phenylalanine, glycine-594-valine
      new Rule(Pattern.compile("(?i)(?<![\\w])" + AA_NAME + "[\\s-]?\\d{1,5}[\\s-]?(?:to[\\s-])?" + AA_NAME + "(?![\\w])"), "ProteinMutation"),
      // Val-->Ala, methionine-->valine
      new Rule(Pattern.compile("(?i)(?<![\\w])(?:" + AA3 + "|" + AA_NAME + ")\\s?(?:-->|->|→)\\s?(?:" + AA3 + "|" + AA_NAME + ")(?:" + AT + ")?(?![\\w])"),
          "ProteinMutation"),
      // c.34G>T, c.2554+1G>T, c.1546_1547insC, c.104delT, g.80_87del, c5398T --> C
      new Rule(Pattern.compile("(?<![\\w])[cgmnr]\\.?\\s?[-*]?\\d+(?:[+-]\\d+)?(?:_[-*]?\\d+(?:[+-]\\d+)?)?\\s?(?:" + NT + ARROW + NT
          + "|delins[ACGT]+|del(?:\\s?[ACGT]+|\\d+)?|ins[ACGT]+|dup[ACGT]*)(?![\\w])"), "DNAMutation"),
      // c.G1714C
      new Rule(Pattern.compile("(?<![\\w])[cg]\\." + NT + "\\d+" + NT + "(?![\\w])"), "DNAMutation"),
      // IVS1-1G>A, EX6-96A>G
      new Rule(Pattern.compile("(?<![\\w.])(?:IVS|EX)\\s?-?(?:\\d+|[IVX]+)(?:-[IVX]+)?\\s?[+-]\\s?\\d+\\s?,?\\s?\\(?(?:(?i:" + NT + ")" + ARROW
          + "(?i:" + NT + ")|del[ACGT]+)\\)?(?![\\w])"), "DNAMutation"),
      // -2084G>C, 1091 C > T, 2398+1G>C, +142C/G
      new Rule(Pattern.compile("(?<![\\w.])[-+]?\\d{1,6}(?:[+-]\\d{1,4})?\\s?-?\\s?" + NT + ARROW + NT + "(?![\\w])"), "DNAMutation"),
      // 5504delA, 222insT, 118-119insA, 835del18, delTTCA, dup24bp
      new Rule(Pattern.compile("(?<![\\w.])[-+]?\\d{1,6}(?:[-_]\\d{1,6})?\\s?(?:del|ins|dup)(?:[ACGT]+|\\d+)?(?![\\w])"
          + "|(?<![\\w])(?:del|ins|dup)(?:[ACGT]{1,}|\\d+bp)(?![\\w])"), "DNAMutation"),
      // G1896A, G-395A, T1270533G, G1915T/A
      new Rule(Pattern.compile("(?<![\\w-])" + NT + "(-?\\d{1,8})" + NT + "(?:/" + NT + ")?(?![\\w])"), "DNAMutation"),
      // C-->T, G/A, GAT-->GAG, GAC/GAT
      new Rule(Pattern.compile("(?:(?<![\\w])(?:codon|intron)\\s\\d+,\\s)?(?<![\\w/])[+-]?\\d{0,6}" + NT + "{1,3}\\s?(?:-->|->|→|>|/)\\s?" + NT
          + "{1,3}(?:" + AT + ")?(?![\\w/])"), "DNAMutation"),
      // ΔF508, delta F508, F508del, Delta32
      new Rule(Pattern.compile("(?<![\\w])(?:Δ|[Dd]elta\\s?)(?:" + AA1 + ")?\\d{1,5}(?![\\w])"), "ProteinMutation"),
      new Rule(Pattern.compile("(?<![\\w])rs\\s?\\d{3,}(?![\\w])"), "SNP"));

  /** "Arg79, Arg109 and Arg112 were replaced with Lys", "His-554 ... was mutated to glutamine". */
  private static final Pattern RESIDUE = Pattern.compile("(?i)\\b(" + AA3 + "|" + AA_NAME + ")[\\s-]?(\\d{1,5})\\b");
  private static final Pattern PROSE = Pattern.compile(
      "(?i)((?:\\b(?:" + AA3 + "|" + AA_NAME + ")[\\s-]?\\d{1,5}\\b(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)?)+)[^.;]{0,60}?"
          + "\\b(?:was|were|is|are|has been|have been)?\\s*(?:selectively\\s+|individually\\s+)?"
          + "(?:replaced|substituted|mutated|changed|converted)\\s+(?:by|with|to|into|for)\\s+(?:an?\\s+)?"
          + "((?:" + AA3 + "|" + AA_NAME + ")(?:\\s*,\\s*(?:" + AA3 + "|" + AA_NAME + "))*(?:\\s*,?\\s*(?:and|or)\\s+(?:" + AA3 + "|" + AA_NAME + "))?)\\b");
  private static final Pattern AA_WORD = Pattern.compile("(?i)\\b(" + AA3 + "|" + AA_NAME + ")\\b");
  private static final java.util.Map<String, String> NAME_TO_ONE = java.util.Map.ofEntries(
      java.util.Map.entry("alanine", "A"), java.util.Map.entry("arginine", "R"), java.util.Map.entry("asparagine", "N"),
      java.util.Map.entry("aspartate", "D"), java.util.Map.entry("aspartic acid", "D"), java.util.Map.entry("aspartic", "D"),
      java.util.Map.entry("cysteine", "C"), java.util.Map.entry("glutamine", "Q"), java.util.Map.entry("glutamate", "E"),
      java.util.Map.entry("glutamic acid", "E"), java.util.Map.entry("glutamic", "E"), java.util.Map.entry("glycine", "G"),
      java.util.Map.entry("histidine", "H"), java.util.Map.entry("isoleucine", "I"), java.util.Map.entry("leucine", "L"),
      java.util.Map.entry("lysine", "K"), java.util.Map.entry("methionine", "M"), java.util.Map.entry("phenylalanine", "F"),
      java.util.Map.entry("proline", "P"), java.util.Map.entry("serine", "S"), java.util.Map.entry("threonine", "T"),
      java.util.Map.entry("tryptophan", "W"), java.util.Map.entry("tyrosine", "Y"), java.util.Map.entry("valine", "V"));

  private static String oneOf(String aa) {
    String a = aa.length() == 3 ? ProteinChange.oneLetter(Character.toUpperCase(aa.charAt(0)) + aa.substring(1).toLowerCase(java.util.Locale.ROOT)) : null;
    return a != null ? a : NAME_TO_ONE.get(aa.toLowerCase(java.util.Locale.ROOT));
  }

  /** Point changes stated in prose; each residue named is a mention with the change. */
  private static void prose(String text, List<Found> out) {
    Matcher m = PROSE.matcher(text);
    while (m.find()) {
      Matcher mutants = AA_WORD.matcher(m.group(2));
      while (mutants.find()) {
        String mt = oneOf(mutants.group(1));
        Matcher r = RESIDUE.matcher(m.group(1));
        while (mt != null && r.find()) {
          String wt = oneOf(r.group(1));
          if (wt != null && !wt.equals(mt)) {
            out.add(new Found(m.start(1) + r.start(), m.start(1) + r.end(), "ProteinMutation", wt + r.group(2) + mt));
          }
        }
      }
    }
  }

  private MutationFinder() {}

  public static List<Found> find(String text) {
    List<Found> all = new ArrayList<>();
    for (int i = 0; i < RULES.size(); i++) {
      Rule r = RULES.get(i);
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        if (plausible(i, m)) {
          all.add(new Found(m.start(), m.end(), r.type(), protein(m, r)));
        }
      }
    }
    prose(text, all);
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
   * change at a one-digit position without "p." ("T2D", "M6P").
   */
  private static boolean plausible(int rule, Matcher m) {
    String all = m.group();
    if (rule == 0 || rule == 1) {
      if (m.group(3) == null && m.group(4) == null) {
        return false;
      }
      // A synonymous change is reported only when written as one ("p.Ser157Ser").
      if (m.group(3) != null && m.group(1).equalsIgnoreCase(m.group(3)) && m.group(4) == null && !all.startsWith("p.")) {
        return false;
      }
      return rule == 0 || all.startsWith("p.") || m.group(2).replace("-", "").length() >= 2 || m.group(2).startsWith("-");
    }
    if (rule == 9) {
      return !all.substring(0, 1).equals(all.substring(all.length() - 1)) || all.contains("/");
    }
    if (rule == 10) {
      String[] sides = all.split("\\s?(?:-->|->|→|>|/)\\s?");
      return sides.length == 2 && !sides[0].equals(sides[1]);
    }
    return true;
  }

  /** The one-letter form of a protein point change (or of a bare nucleotide change, which reads alike). */
  private static String protein(Matcher m, Rule r) {
    if (!"ProteinMutation".equals(r.type()) || m.groupCount() < 3 || m.group(1) == null || m.group(3) == null || m.group(4) != null) {
      return null;
    }
    String wt = m.group(1).length() == 3 ? ProteinChange.oneLetter(m.group(1)) : m.group(1);
    String mt = m.group(3).length() == 3 ? ProteinChange.oneLetter(m.group(3)) : m.group(3);
    if (wt == null || mt == null || mt.equals("*") || mt.equals("X") || m.group(2).startsWith("-")) {
      return null;
    }
    return wt + m.group(2) + mt;
  }
}
