package org.eligo.lexicon;

import java.util.List;

/** All lexicons of {@code lexicons/}, loaded once and immutable afterwards. */
public record Lexicons(
    Genes genes, Cancers cancers, Drugs drugs, Conditions conditions, Sections sections, Cues cues, Labs labs,
    TnmStages tnmStages, List<String> provenance) {

  public Lexicons {
    provenance = List.copyOf(provenance);
  }

  /** Loads every lexicon from {@code lexicons/} on the class path. */
  public static Lexicons load() {
    Table genes = Table.load("genes.tsv");
    Table cancers = Table.load("cancers.tsv");
    Table cancerTerms = Table.load("cancer_terms.tsv");
    Table drugs = Table.load("drugs.tsv");
    Table conditions = Table.load("conditions.tsv");
    Table sections = Table.load("sections.tsv");
    Table context = Table.load("context.tsv");
    Table labs = Table.load("labs.tsv");
    Table tnm = Table.load("tnm_stages.tsv");
    List<String> provenance = List.of(genes, cancers, cancerTerms, drugs, conditions, sections, context, labs, tnm)
        .stream().map(t -> t.name() + " " + t.version()).toList();
    return new Lexicons(
        new Genes(genes), new Cancers(cancers, cancerTerms), new Drugs(drugs),
        new Conditions(conditions), new Sections(sections), new Cues(context), new Labs(labs), new TnmStages(tnm), provenance);
  }
}
