package org.eligo.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** All lexicons of {@code lexicons/}, loaded once and immutable afterwards. */
public record Lexicons(
    Genes genes, Cancers cancers, Drugs drugs, Conditions conditions, Sections sections, Cues cues, Labs labs,
    TnmStages tnmStages, List<String> provenance) {

  public Lexicons {
    provenance = List.copyOf(provenance);
  }

  /** Every file of {@code lexicons/} that eligo reads, in name order (LexiconsTest checks it against the folder). */
  public static final List<String> FILES = List.of("cancer_sites.tsv", "cancer_terms.tsv", "cancers.tsv", "conditions.tsv", "context.tsv", "drugs.tsv",
      "genes.tsv", "hotspots.tsv", "labs.tsv", "oncotree.tsv", "regimens.tsv", "sections.tsv", "tnm_stages.tsv", "variant_sets.tsv");

  /**
   * The SHA-256 of the lexicons this eligo runs with, as loaded from the class path: over each
   * file of {@link #FILES} in order, its name, a NUL byte, its length in decimal, a NUL byte and
   * its bytes. Two runs with the same digest read the same lexicons.
   */
  public static String sha256() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String file : FILES) {
        byte[] bytes;
        try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream("lexicons/" + file)) {
          if (in == null) {
            throw new IllegalStateException("lexicon not found on class path: lexicons/" + file);
          }
          bytes = in.readAllBytes();
        }
        md.update((file + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
        md.update(bytes);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicons", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  /** Loads every lexicon from {@code lexicons/} on the class path. */
  public static Lexicons load() {
    Table genes = Table.load("genes.tsv");
    Table cancers = Table.load("cancers.tsv");
    Table cancerTerms = Table.load("cancer_terms.tsv");
    Table cancerSites = Table.load("cancer_sites.tsv");
    Table drugs = Table.load("drugs.tsv");
    Table regimens = Table.load("regimens.tsv");
    Table conditions = Table.load("conditions.tsv");
    Table sections = Table.load("sections.tsv");
    Table context = Table.load("context.tsv");
    Table labs = Table.load("labs.tsv");
    Table tnm = Table.load("tnm_stages.tsv");
    List<String> provenance = List.of(genes, cancers, cancerTerms, cancerSites, drugs, regimens, conditions, sections, context, labs, tnm)
        .stream().map(t -> t.name() + " " + t.version()).toList();
    return new Lexicons(
        new Genes(genes), new Cancers(cancers, cancerTerms, cancerSites), new Drugs(drugs, regimens),
        new Conditions(conditions), new Sections(sections), new Cues(context), new Labs(labs), new TnmStages(tnm), provenance);
  }
}
