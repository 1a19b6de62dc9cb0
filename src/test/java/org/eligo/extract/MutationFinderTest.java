package org.eligo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MutationFinderTest {
  private static List<String> found(String text) {
    return MutationFinder.find(text).stream()
        .map(f -> text.substring(f.start(), f.end()) + "/" + f.type() + (f.protein() == null ? "" : "/" + f.protein())).toList();
  }

  @Test
  void readsProteinChangesInOneAndThreeLetterCodes() {
    assertEquals(List.of("p.Arg248Gln/ProteinMutation/R248Q"), found("carrying p.Arg248Gln in exon 7"));
    assertEquals(List.of("A123G/ProteinMutation/A123G"), found("the A123G mutant"));
    assertEquals(List.of("Cys73-->Ser/ProteinMutation/C73S"), found("mutant proteins Cys73-->Ser were made"));
    assertEquals(List.of("Pro246HisfsX13/ProteinMutation"), found("a frameshift Pro246HisfsX13 was found"));
    assertEquals(List.of("N77Y/ProteinMutation/N77Y"), found("yeast NTF2-N77Y bound"));
  }

  @Test
  void readsDnaChangesWithAndWithoutPrefixAndSnpIds() {
    assertEquals(List.of("c.34G>T/DNAMutation"), found("KRAS c.34G>T detected"));
    assertEquals(List.of("-2084G>C/DNAMutation"), found("the promoter -2084G>C variant"));
    assertEquals(List.of("IVS1-1G>A/DNAMutation"), found("splice IVS1-1G>A change"));
    assertEquals(List.of("5504delA/DNAMutation"), found("frameshift 5504delA"));
    assertEquals(List.of("rs1800587/SNP"), found("polymorphism rs1800587 was"));
  }

  @Test
  void readsCodonContextIntronicSplicesAndWrittenOutSubstitutions() {
    assertEquals(List.of("codon 29, GGC-->AGC/DNAMutation"), found("at codon 29, GGC-->AGC in exon 2"));
    assertEquals(List.of("G-->C substitution at position 135/DNAMutation"), found("a G-->C substitution at position 135 was"));
    assertEquals(List.of("IVSI-5 (G-->C)/DNAMutation"), found("the IVSI-5 (G-->C) splice mutation"));
    assertEquals(List.of("Gly(388)Arg/ProteinMutation/G388R"), found("FGFR4 Gly(388)Arg polymorphism"));
    assertEquals(List.of("p.Ser157Ser/ProteinMutation/S157S"), found("silent p.Ser157Ser change"));
  }

  @Test
  void readsPointChangesStatedInProse() {
    assertEquals(List.of("Arg79/ProteinMutation/R79K", "Arg109/ProteinMutation/R109K", "Arg112/ProteinMutation/R112K"),
        found("Arg79, Arg109, and Arg112 in P450cam were replaced with Lys."));
    assertEquals(List.of("Trp-241/ProteinMutation/W241A", "Trp-241/ProteinMutation/W241F"),
        found("Trp-241 was replaced with Ala or Phe."));
  }

  @Test
  void ignoresWhatOnlyLooksLikeAChange() {
    assertEquals(List.of(), found("A549 cells and T2D patients with His113 and Met326Met; genotype A/A; factor F7."));
  }
}
