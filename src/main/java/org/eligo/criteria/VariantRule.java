package org.eligo.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.extract.ProteinChange;
import org.eligo.lexicon.Genes;
import org.eligo.lexicon.PhraseMatcher;

/**
 * Gene alterations: a gene (HGNC symbol or alias, via {@link Genes}) with variant words near it.
 *
 * <ul>
 *   <li>protein changes "G12C", "p.G12C", "p.Gly12Cys", "V600E/K", and codon sets "V600";
 *   <li>exon events "exon 19 deletion", "ex19del", "exon 20 insertion", "exon 14 skipping";
 *   <li>"fusion", "rearrangement", "translocation" (fusion), "amplification" (amplification),
 *       "loss", "homozygous deletion" (loss);
 *   <li>named sets of {@code lexicons/variant_sets.tsv}: "EGFR sensitizing", "ALK-positive";
 *   <li>"mutation", "alteration", "-mutant", "positive" without more: any alteration of the gene;
 *   <li>"wild-type", "negative", "non-mutated": no alteration (the part is negated).
 * </ul>
 *
 * A gene without any of these words is a mention, not a requirement, and gives nothing. Genes
 * listed together share the words after the last ("EGFR, ALK or ROS1 alterations"), except
 * protein changes. A hyphenated fusion pair ("EML4-ALK") names the 3' gene only.
 */
final class VariantRule implements Rule {
  private static final Pattern PROTEIN = Pattern.compile(
      "(?<![A-Za-z0-9])(?:p\\.\\s?)?\\(?([ACDEFGHIKLMNPQRSTVWY])(\\d{1,4})([ACDEFGHIKLMNPQRSTVWY*X]|fs)?((?:\\s?/\\s?[ACDEFGHIKLMNPQRSTVWY](?![A-Za-z0-9]))*)\\)?(?![A-Za-z0-9])");
  private static final Pattern PROTEIN3 = Pattern.compile(
      "p\\.\\s?\\(?([A-Z][a-z]{2})(\\d{1,4})([A-Z][a-z]{2}|\\*|fs)\\)?");
  private static final Pattern EXON = Pattern.compile(
      "\\bex(?:on)?\\s?(\\d{1,2})\\s?(?:-\\s?)?(del(?:etions?|eted)?|ins(?:ertions?)?|skip(?:ping)?|dup(?:lications?)?)\\b"
          + "|\\bdel\\s?(?:exon\\s?)?(19)\\b|\\b(19)\\s?del\\b|\\b(20)\\s?ins\\b|\\bexon\\s?(\\d{1,2})\\s?(?:mutations?|alterations?)\\b");
  private static final Pattern FUSION = Pattern.compile("fusions?|rearrange\\w*|translocat\\w*|\\bfused\\b");
  private static final Pattern AMPLIFICATION = Pattern.compile("amplif\\w*|\\bamp\\b|copy[- ]number (?:gain|amplification)");
  private static final Pattern LOSS = Pattern.compile("\\bloss\\b|homozygous(?:ly)? delet\\w*|biallelic (?:loss|inactivation)|\\bdeleted\\b");
  private static final Pattern NEGATIVE = Pattern.compile(
      "wild[- ]?type|\\bwt\\b|negative|non-?mutated|unmutated|not mutated|not detected|not harbou?r|not altered");
  private static final Pattern GENERIC = Pattern.compile(
      "mutations?|mutant|mutated|\\bvariants?\\b|alterations?|altered|aberrations?|abnormalit\\w*|\\bdriver\\b|pathogenic|"
          + "deleterious|positive|\\+|activating|sensiti[sz]ing|harbou?r\\w*|carriers?");
  private static final Pattern FUSION_OR_MUTATION = Pattern.compile(
      "(?:fusions?|rearrange\\w*)\\s+(?:or|and/or)\\s+(?:\\w+\\s+)?(?:mutations?|point mutations?)");
  private static final Pattern STATUS_KNOWN = Pattern.compile(
      "^[^,;]{0,30}?\\b(?:mutation(?:al)?|alteration|variant)\\s+status\\s+(?:must\\s+be\\s+|is\\s+|be\\s+)?"
          + "(?:documented|known|determined|available|assessed|established)\\b");
  private static final Pattern JOIN = Pattern.compile("^[\\s,/]*(?:or|and|and/or|nor|&)?[\\s,/]*$");
  private static final Pattern FUSION_PAIR = Pattern.compile("^\\s?[-:/]\\s?$|^\\s?::\\s?$");
  private static final Pattern BRCA = Pattern.compile("\\bg?BRCA\\s?(?:1\\s?(?:/|or|and|,)\\s?2|1/2)\\b|\\bg?BRCAm?\\b(?![12])");
  /** "NTRK fusion", "NTRK1-3", "NTRK1/2/3": the three NTRK genes named together. */
  private static final Pattern NTRK = Pattern.compile("\\bNTRK(?:\\s?1\\s?(?:-|\u2013|/)\\s?3|\\s?1\\s?/\\s?2\\s?/\\s?3)?\\b(?![0-9A-Za-z])");
  private static final Pattern MET_EX14 = Pattern.compile("\\bMET\\s?ex(?:on)?\\s?14\\b");

  /** Protein changes that name their gene when written alone ("T790M mutation-positive"). */
  private static final Map<String, String> HOTSPOTS = Map.of(
      "T790M", "EGFR", "L858R", "EGFR", "C797S", "EGFR", "L861Q", "EGFR", "S768I", "EGFR",
      "V600E", "BRAF", "V600K", "BRAF", "G12C", "KRAS");
  private static final Pattern HOTSPOT = Pattern.compile("(?<![A-Za-z0-9])(T790M|L858R|C797S|L861Q|S768I|V600E|V600K|G12C)(?![A-Za-z0-9])");

  private final Genes genes;
  private final VariantSets sets;

  VariantRule(Genes genes, VariantSets sets) {
    this.genes = genes;
    this.sets = sets;
  }

  /** A gene named in the text; {@code family} is where the family name it was read from starts ("BRCA1/2", "NTRK"), else -1. */
  private record Mention(String gene, int start, int end, int family) {
    Mention(String gene, int start, int end) {
      this(gene, start, end, -1);
    }
  }

  /** What the words next to one gene say. */
  private static final class Info {
    final Set<String> variants = new LinkedHashSet<>();
    String set;
    int setStart = -1;
    boolean generic;
    boolean negative;
    boolean explicit;
    int end;

    boolean any() {
      return !variants.isEmpty() || set != null || generic || negative;
    }
  }

  @Override
  public void apply(Sentence s, Reading reading) {
    String cased = s.cased();
    String lower = s.lower();
    List<Mention> mentions = mentions(cased);
    if (mentions.isEmpty()) {
      return;
    }
    List<Info> infos = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int from = m.end();
      int to = BiomarkerRule.clauseEnd(lower, from, 120);
      if (i + 1 < mentions.size()) {
        to = Math.min(to, mentions.get(i + 1).start());
      }
      int back = Math.max(i == 0 ? 0 : mentions.get(i - 1).end(), m.start() - 30);
      infos.add(read(m, cased, lower, back, from, to));
    }
    // Lists share the trailing words: "EGFR, ALK or ROS1 alterations".
    for (int i = mentions.size() - 2; i >= 0; i--) {
      Info own = infos.get(i);
      Info next = infos.get(i + 1);
      String between = lower.substring(mentions.get(i).end(), mentions.get(i + 1).start());
      if (!own.explicit && !own.generic && own.set == null && own.variants.isEmpty() && next.any()) {
        if (FUSION_PAIR.matcher(between).matches() && next.variants.contains("fusion")) {
          own.end = -1; // "EML4-ALK fusion": the 3' gene is the driver
          continue;
        }
        if (JOIN.matcher(between).matches()) {
          own.generic = next.generic || next.set != null || !next.variants.isEmpty();
          own.negative = next.negative;
          for (String v : next.variants) {
            if (v.equals("fusion") || v.equals("amplification") || v.equals("loss")) {
              own.variants.add(v);
            }
          }
          if (next.set != null && sets.get(mentions.get(i).gene(), next.set).isPresent()) {
            own.set = next.set;
          }
          own.end = mentions.get(i).end();
        }
      }
    }
    List<Part> family = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Info info = infos.get(i);
      if (!info.any() || info.end < 0) {
        continue;
      }
      if (lower.substring(Math.max(0, m.start() - 6), m.start()).matches(".*\\bother\\s+$")) {
        // "alone or together with other EGFR mutations" allows more; it requires nothing.
        s.mask(m.start(), Math.max(m.end(), info.end));
        continue;
      }
      if (info.setStart >= 0) {
        s.mask(info.setStart, info.setStart + info.set.length());
      }
      Set<String> variants = new LinkedHashSet<>(info.variants);
      if (variants.isEmpty() && info.set != null) {
        variants.addAll(sets.get(m.gene(), info.set).orElse(Set.of()));
      }
      Predicate p = new Predicate.Variant(m.gene(), variants);
      if (info.negative) {
        p = new Predicate.Not(p);
      }
      String after = lower.substring(m.end(), BiomarkerRule.clauseEnd(lower, m.end(), 120));
      if (STATUS_KNOWN.matcher(after).find()) {
        // "BRAF V600 mutation status documented": either result meets it; only an untested gene does not.
        p = new Predicate.AnyOf(List.of(p, new Predicate.Not(p)));
      }
      int end = Math.max(m.end(), info.end);
      s.mask(m.start(), end);
      if (m.family() >= 0) {
        family.add(new Part(p, m.family(), end));
        continue;
      }
      reading.add(new Part(p, m.start(), end));
    }
    addFamilies(family, reading);
  }

  /**
   * The genes read from one family name, as one part: "NTRK1-3 fusion" is any of them, "BRCA1/2
   * wild-type" each of them negative. Parts of one family share their start.
   */
  private static void addFamilies(List<Part> family, Reading reading) {
    for (int i = 0; i < family.size(); ) {
      int j = i;
      List<Predicate> preds = new ArrayList<>();
      int end = -1;
      while (j < family.size() && family.get(j).start() == family.get(i).start()) {
        preds.add(family.get(j).predicate());
        end = Math.max(end, family.get(j).end());
        j++;
      }
      boolean negatives = preds.stream().allMatch(x -> x instanceof Predicate.Not);
      Predicate all = preds.size() == 1 ? preds.get(0)
          : negatives ? new Predicate.AllOf(List.copyOf(preds)) : new Predicate.AnyOf(List.copyOf(preds));
      reading.add(new Part(all, family.get(i).start(), end));
      i = j;
    }
  }

  private List<Mention> mentions(String cased) {
    List<Mention> out = new ArrayList<>();
    Matcher b = BRCA.matcher(cased);
    while (b.find()) {
      out.add(new Mention("BRCA1", b.start(), b.start() + 1, b.start()));
      out.add(new Mention("BRCA2", b.start() + 1, b.end(), b.start()));
    }
    Matcher ntrk = NTRK.matcher(cased);
    while (ntrk.find()) {
      // one mention per gene, each on its own piece of the span, as for BRCA
      int a = ntrk.start();
      out.add(new Mention("NTRK1", a, a + 1, a));
      out.add(new Mention("NTRK2", a + 1, a + 2, a));
      out.add(new Mention("NTRK3", a + 2, ntrk.end(), a));
    }
    Matcher met = MET_EX14.matcher(cased);
    while (met.find()) {
      out.add(new Mention("MET", met.start(), met.start() + 3));
    }
    Matcher hot = HOTSPOT.matcher(cased);
    while (hot.find()) {
      // A hotspot without its gene nearby stands for the gene; the change itself is read after it.
      String before = cased.substring(Math.max(0, hot.start() - 30), hot.start());
      String gene = HOTSPOTS.get(hot.group(1));
      if (!before.contains(gene) && genes.matcher().findAll(before).isEmpty()) {
        out.add(new Mention(gene, hot.start(), hot.start()));
      }
    }
    for (PhraseMatcher.Match<String> m : genes.matcher().findAll(cased)) {
      boolean overlaps = out.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end());
      if (!overlaps) {
        out.add(new Mention(m.value(), m.start(), m.end()));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  private Info read(Mention m, String cased, String lower, int back, int from, int to) {
    Info info = new Info();
    info.end = m.end();
    String after = lower.substring(from, to);
    String before = lower.substring(back, m.start());
    // Protein changes and codon sets.
    Matcher p = PROTEIN.matcher(cased);
    p.region(from, to);
    while (p.find()) {
      String aa = p.group(1);
      String pos = p.group(2);
      if (p.group(3) == null) {
        // "V600": a codon set, if the lexicon names one.
        sets.get(m.gene(), aa + pos).ifPresent(v -> {
          info.variants.addAll(v);
          info.explicit = true;
        });
      } else {
        info.variants.add(aa + pos + p.group(3));
        for (String alt : p.group(4).split("/")) {
          if (!alt.isBlank()) {
            info.variants.add(aa + pos + alt.trim());
          }
        }
        info.explicit = true;
      }
      info.end = Math.max(info.end, p.end());
    }
    Matcher p3 = PROTEIN3.matcher(cased);
    p3.region(from, to);
    while (p3.find()) {
      String a = ProteinChange.oneLetter(p3.group(1));
      String b = p3.group(3).equals("fs") ? "fs" : ProteinChange.oneLetter(p3.group(3));
      if (a != null && b != null) {
        info.variants.add(a + p3.group(2) + b);
        info.explicit = true;
        info.end = Math.max(info.end, p3.end());
      }
    }
    Matcher e = EXON.matcher(lower);
    e.region(from, to);
    while (e.find()) {
      String exon;
      String event;
      if (e.group(1) != null) {
        exon = e.group(1);
        String w = e.group(2);
        event = w.startsWith("del") ? "deletion" : w.startsWith("ins") ? "insertion" : w.startsWith("skip") ? "skipping" : "duplication";
      } else if (e.group(3) != null || e.group(4) != null) {
        exon = "19";
        event = "deletion";
      } else if (e.group(5) != null) {
        exon = "20";
        event = "insertion";
      } else {
        info.generic = true;
        info.end = Math.max(info.end, e.end());
        continue;
      }
      info.variants.add("exon " + exon + " " + event);
      info.explicit = true;
      info.end = Math.max(info.end, e.end());
    }
    if (m.gene().equals("MET") && lower.startsWith("ex", from) && lower.substring(from).matches("^ex(?:on)?\\s?14\\b.*")) {
      info.variants.add("exon 14 skipping");
      info.explicit = true;
      info.end = Math.max(info.end, from + (lower.substring(from).startsWith("exon") ? 7 : 4));
    }
    for (String name : sets.names(m.gene())) {
      int at = indexOfWord(after, name);
      int atBefore = indexOfWord(before, name);
      if (at >= 0 || atBefore >= 0) {
        // Explicit variants win over the set's name ("common EGFR mutations: exon 19 deletion or L858R").
        info.set = name;
        if (at >= 0) {
          info.end = Math.max(info.end, from + at + name.length());
        } else {
          info.setStart = back + atBefore;
        }
      }
    }
    Matcher f = FUSION.matcher(after);
    if (!info.explicit && f.find()) {
      info.variants.add("fusion");
      info.end = Math.max(info.end, from + f.end());
    }
    Matcher a = AMPLIFICATION.matcher(after);
    if (!info.explicit && a.find()) {
      info.variants.add("amplification");
      info.end = Math.max(info.end, from + a.end());
    }
    Matcher l = LOSS.matcher(after);
    if (!info.explicit && l.find()) {
      info.variants.add("loss");
      info.end = Math.max(info.end, from + l.end());
    }
    Matcher n = NEGATIVE.matcher(after);
    if (n.find() && n.start() <= 25) {
      info.negative = true;
      info.end = Math.max(info.end, from + n.end());
    }
    Matcher g = GENERIC.matcher(after);
    if (g.find() && g.start() <= 30) {
      info.generic = true;
      info.end = Math.max(info.end, from + g.end());
    }
    if (!info.generic && GENERIC.matcher(before).find() && before.matches(".*(?:activating|sensiti[sz]ing|mutant|mutated|known|pathogenic|deleterious)\\s*$")) {
      info.generic = true;
    }
    // "RET fusion or activating mutation": either kind of alteration, so any.
    Matcher either = FUSION_OR_MUTATION.matcher(after);
    if (!info.explicit && info.variants.equals(Set.of("fusion")) && either.find() && either.start() <= 30) {
      info.variants.clear();
      info.generic = true;
      info.end = Math.max(info.end, from + either.end());
    }
    if (info.negative && !info.explicit && info.set == null) {
      info.variants.clear();
    }
    return info;
  }

  private static int indexOfWord(String text, String word) {
    Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(word) + "(?![a-z0-9])").matcher(text);
    return m.find() ? m.start() : -1;
  }
}
