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
    assertEquals(List.of("p.Ser157Ser/ProteinMutation"), found("silent p.Ser157Ser change"));
  }

  @Test
  void readsPointChangesStatedInProse() {
    assertEquals(List.of("Arg79/ProteinMutation/R79K", "Arg109/ProteinMutation/R109K", "Arg112/ProteinMutation/R112K"),
        found("Arg79, Arg109, and Arg112 in P450cam were replaced with Lys."));
    assertEquals(List.of("Trp-241/ProteinMutation/W241A", "Trp-241/ProteinMutation/W241F"),
        found("Trp-241 was replaced with Ala or Phe."));
  }

  @Test
  void readsPredictedChangesRepeatedPositionsDeletionsAndAlternativesInThreeLetterCode() {
    assertEquals(List.of("p.(Arg248Gln)/ProteinMutation/R248Q"), found("the predicted p.(Arg248Gln) change"));
    assertEquals(List.of("Cys 23-Ser 23/ProteinMutation/C23S"), found("A Cys 23-Ser 23 substitution"));
    assertEquals(List.of("p.Phe508del/ProteinMutation"), found("carriers of p.Phe508del were"));
    assertEquals(List.of("Tyr64-to-Phe/ProteinMutation/Y64F"), found("the Tyr64-to-Phe mutant"));
    assertEquals(List.of("Gly12Asp/Val/ProteinMutation/G12D", "Gly12Asp/Val/ProteinMutation/G12V", "G12D/V/ProteinMutation/G12D",
        "G12D/V/ProteinMutation/G12V"), found("the Gly12Asp/Val and G12D/V mutants"));
    assertEquals(List.of("Asn-93 to Asp/ProteinMutation/N93D", "Asn-93 to Asp/ProteinMutation/N93R"), found("Asn-93 to Asp and Arg were made"));
    assertEquals(List.of("Ala16 > Cys/ProteinMutation/A16C", "Ala16 > Cys/ProteinMutation/A16T", "Ala16 > Cys/ProteinMutation/A16M"),
        found("Ala16 > Cys, Thr and Met"));
  }

  @Test
  void readsOneLetterChangesGluedToAWordOrAtAOneDigitPositionInContext() {
    assertEquals(List.of("D401H/ProteinMutation/D401H"), found("the mutant receptor hGRalphaD401H was"));
    assertEquals(List.of("L483Y/ProteinMutation/L483Y"), found("GluR2(Q)-L483Y receptors"));
    assertEquals(List.of("S4C/ProteinMutation/S4C", "S92C/ProteinMutation/S92C"), found("mutants S4C, S92C were"));
    assertEquals(List.of("E7A/ProteinMutation/E7A", "D52A/ProteinMutation/D52A"), found("both E7A, D52A bound"));
    assertEquals(List.of("A4V/ProteinMutation/A4V"), found("dimer interface (A4V) FALS mutants"));
    assertEquals(List.of("R123Stop/ProteinMutation"), found("the R123Stop change"));
  }

  @Test
  void readsAminoAcidNamesAndArrowsWithAWrittenOutPosition() {
    assertEquals(List.of("arginine 150 proline/ProteinMutation/R150P"), found("arginine 150 proline was"));
    assertEquals(List.of("tyrosine 64 → phenylalanine/ProteinMutation/Y64F"), found("tyrosine 64 → phenylalanine"));
    assertEquals(List.of("aspartate 264 to alanine/ProteinMutation/D264A", "aspartate 264 to alanine/ProteinMutation/D264N",
        "aspartate 264 to alanine/ProteinMutation/D264K"), found("to convert aspartate 264 to alanine, asparagine and lysine"));
    assertEquals(List.of("Lys-->Arg substitution at position 12/ProteinMutation/K12R"), found("a Lys-->Arg substitution at position 12"));
  }

  @Test
  void readsSpacedOffsetsTriallelicChangesAndUnknownBreakpoints() {
    assertEquals(List.of("c.88 + 1G>A/DNAMutation"), found("c.88 + 1G>A was"));
    assertEquals(List.of("c.2677G>T/A/DNAMutation"), found("c.2677G>T/A was"));
    assertEquals(List.of("c.1544-?_2916+?/DNAMutation"), found("a deletion of c.1544-?_2916+?, novel"));
    assertEquals(List.of("IVS10-1G>A/DNAMutation"), found("a splice site mutation (IVS10-1G>A) and"));
    assertEquals(List.of("IVS4+1insT/DNAMutation"), found("the IVS4+1insT variant"));
    assertEquals(List.of("33 + 2 T-->C/DNAMutation"), found("intron 1 (33 + 2 T-->C)"));
    assertEquals(List.of("-369 (C>G)/DNAMutation"), found("the gene, -369 (C>G), and"));
    assertEquals(List.of("962 G-A/DNAMutation"), found("exon 15 (962 G-A)"));
    assertEquals(List.of("-491 A to T/DNAMutation"), found("The -491 A to T substitution"));
  }

  @Test
  void readsSpacedDeletionsAndInsertionsButNotExonLevelOnes() {
    assertEquals(List.of("1067 del A/DNAMutation", "267-61 del 8 bp/DNAMutation", "1729 + 55del4/DNAMutation"),
        found("exon 15 (1067 del A), intron 6 (267-61 del 8 bp), 3'UTR (1729 + 55del4)"));
    assertEquals(List.of(), found("EGFR exon 19 del"));
    assertEquals(List.of(), found("a WFS1 mutation (AFF344-345ins)"));
  }

  @Test
  void readsBareNucleotideChangesWithThePositionInParenthesesOrAfterTheAlleles() {
    assertEquals(List.of("G(-308)A/DNAMutation", "T+31C/DNAMutation"), found("G(-308)A and T+31C"));
    assertEquals(List.of("C/T-13910/DNAMutation"), found("the lactase C/T-13910 variant"));
    assertEquals(List.of(), found("deletion of the C4A gene"));
  }

  @Test
  void readsWrittenOutSubstitutionsAndCodonContext() {
    assertEquals(List.of("(G --> C) substitution at position 1201/DNAMutation"), found("a (G --> C) substitution at position 1201 was"));
    assertEquals(List.of("codon 787 CAG/CAA/DNAMutation"), found("polymorphisms at codon 787 CAG/CAA in"));
    assertEquals(List.of("C-->T transversion at cDNA base 463/DNAMutation"), found("a C-->T transversion at cDNA base 463 in"));
    assertEquals(List.of("G-->C transversion at 1245 position/DNAMutation"), found("a G-->C transversion at 1245 position of"));
    assertEquals(List.of("G>A substitution at nucleotide +1 of intron 2/DNAMutation"), found("(G>A substitution at nucleotide +1 of intron 2)"));
  }

  @Test
  void readsDeletionsWithDeltaProteinRangesOldArrowsAndReplacementsBy() {
    assertEquals(List.of("delF508/ProteinMutation", "ΔPhe508/ProteinMutation"), found("CFTR delF508 and ΔPhe508 alleles"));
    assertEquals(List.of("A34----E34/ProteinMutation/A34E", "R37-->W/ProteinMutation/R37W"), found("residues A34----E34 and R37-->W"));
    assertEquals(List.of("p.G204_K247del/ProteinMutation", "Val624-Val625del/ProteinMutation", "E746-A750del/ProteinMutation"),
        found("skipping of exon 9 (p.G204_K247del), Val624-Val625del and E746-A750del"));
    assertEquals(List.of("p.E746_A750delELREA/ProteinMutation"), found("EGFR p.E746_A750delELREA in"));
    assertEquals(List.of("G6410 by T/ProteinMutation/G6410T"), found("the substitution of G6410 by T in exon 23"));
    assertEquals(List.of("Tyr74 by Phe/ProteinMutation/Y74F"), found("Replacement of Tyr74 by Phe to remove"));
  }

  @Test
  void readsMoreChangesStatedInProse() {
    assertEquals(List.of("Trp92/ProteinMutation/W92D"), found("the replacement of VL Trp92 by Asp allows"));
    assertEquals(List.of("Pro 172/ProteinMutation/P172D", "Gly 131 to Asp/ProteinMutation/G131D"), found("changing Pro 172 and Gly 131 to Asp residues"));
    assertEquals(List.of("Tyr63/ProteinMutation/Y63L", "Trp64/ProteinMutation/W64F"), found("Tyr63 and Trp64 were replaced by Leu and Phe, respectively."));
    assertEquals(List.of("Lys-8/ProteinMutation/K8A", "Lys-10/ProteinMutation/K10A", "Lys-12 to Ala/ProteinMutation/K12A"), found("Lys-8, Lys-10 and Lys-12 to Ala"));
    assertEquals(List.of("Tyr64/ProteinMutation/Y64A", "Ser12/ProteinMutation/S12G"), found("Ala replaced Tyr64 and Gly in place of Ser12"));
    assertEquals(List.of("Arg79/ProteinMutation/R79A", "Lys80/ProteinMutation/K80A"), found("alanine substitutions of Arg79 and Lys80"));
    assertEquals(List.of("Tyr at position 64/ProteinMutation/Y64F"), found("The Tyr at position 64 was replaced by Phe."));
    assertEquals(List.of("Trp(109)/ProteinMutation/W109F", "Trp(109)/ProteinMutation/W109Y"), found("Trp(109) was replaced by either Phe or Tyr."));
  }

  @Test
  void readsAChangeOfOneResidueToAnotherAtWrittenOutPositions() {
    assertEquals(List.of("His to Ala substitution at position 57/ProteinMutation/H57A"), found("the His to Ala substitution at position 57 was"));
    assertEquals(List.of("His to Ala substitution in the B subunit at position 57/ProteinMutation/H57A"),
        found("a His to Ala substitution in the B subunit at position 57 was"));
    assertEquals(List.of("Trp to Phe mutations at positions 64 and 88/ProteinMutation/W64F", "Trp to Phe mutations at positions 64 and 88/ProteinMutation/W88F"),
        found("Trp to Phe mutations at positions 64 and 88 were"));
    assertEquals(List.of("arginine to glutamine substitution at residue 753/ProteinMutation/R753Q"),
        found("the arginine to glutamine substitution at residue 753 polymorphism"));
    assertEquals(List.of("serine to glycine at position 51/ProteinMutation/S51G"), found("the amino acid substitution serine to glycine at position 51"));
    assertEquals(List.of(), found("a His to Ala substitution was made at the active site"));
    assertEquals(List.of(), found("a change from Ser to Ser at position 12"));
  }

  @Test
  void readsAWrittenOutPositionBeforeAChangeWithoutOne() {
    assertEquals(List.of("Gly→Val/ProteinMutation/G12V"), found("codon 12 (Gly→Val) was"));
    assertEquals(List.of("GGT→GTT/DNAMutation", "Gly→Val/ProteinMutation/G12V"), found("at codon 12 (GGT→GTT, Gly→Val) was"));
    assertEquals(List.of("12Gly→Cys/ProteinMutation/G12C"), found("the 12Gly→Cys change"));
    assertEquals(List.of("12 Gly-->Cys/ProteinMutation/G12C"), found("a 12 Gly-->Cys change"));
    assertEquals(List.of("Gly-->Cys/ProteinMutation"), found("a 12  Gly-->Cys change"));
  }

  @Test
  void readsTheNewResidueNamedFirstWithFor() {
    assertEquals(List.of("Asp12/ProteinMutation/D12N"), found("substitution of Asn for Asp12 reduced"));
    assertEquals(List.of("Lys-23/ProteinMutation/K23A", "Arg-25/ProteinMutation/R25A"), found("the substitution of alanine for Lys-23 and Arg-25"));
    assertEquals(List.of("Lys23/ProteinMutation/K23A"), found("Ala was substituted for Lys23 in the mutant"));
    assertEquals(List.of("glycine at position 12/ProteinMutation/G12C"), found("substitution of cysteine for glycine at position 12 abolished"));
    assertEquals(List.of("serine-for-tyrosine substitution at position 101/ProteinMutation/Y101S"), found("a serine-for-tyrosine substitution at position 101"));
    assertEquals(List.of("aspartic acid residue at position 12/ProteinMutation/D12N"),
        found("the aspartic acid residue at position 12 was replaced by asparagine"));
    assertEquals(List.of(), found("a substitution of Asn for Asp was made"));
  }

  @Test
  void readsChangesGluedToAChainLabelSharedResiduesAndOneLetterResiduesInProse() {
    assertEquals(List.of("Y101F/ProteinMutation/Y101F", "W92A/ProteinMutation/W92A"), found("the VHY101F mutant and VLW92A"));
    assertEquals(List.of(), found("the PDE10A and CYP11A genes"));
    assertEquals(List.of("C77/95A/ProteinMutation/C77A", "C77/95A/ProteinMutation/C95A"), found("the C77/95A mutant"));
    assertEquals(List.of("D102/ProteinMutation/D102A", "H57/ProteinMutation/H57A", "S195/ProteinMutation/S195A"),
        found("D102, H57 and S195 were mutated to alanine"));
    assertEquals(List.of(), found("the D9 was mutated to alanine"));
  }

  @Test
  void readsNewResiduesAfterADescriptionAndPositionsInParentheses() {
    assertEquals(List.of("W92/ProteinMutation/W92A", "W92/ProteinMutation/W92S", "W92/ProteinMutation/W92H"),
        found("a tryptophan (V(L)W92) has been replaced by residues with smaller side chains (alanine, serine and histidine) in"));
    assertEquals(List.of("Tyr74/ProteinMutation/Y74A", "Tyr74/ProteinMutation/Y74G"), found("Tyr74 was changed to the smaller residues, i.e. Ala and Gly."));
    assertEquals(List.of(), found("Tyr74 was replaced by the corresponding residue of enzyme B (see below)."));
    assertEquals(List.of("Asp102/ProteinMutation/D102A", "His57/ProteinMutation/H57A"), found("alanine mutants of Asp102 and His57 were"));
    assertEquals(List.of("Arg→His/ProteinMutation/R117H"), found("an Arg→His (codon 117) change"));
    assertEquals(List.of("Arg→His/ProteinMutation/R117H"), found("at positions 117 (Arg→His) and"));
  }

  @Test
  void skipsAParentheticalAsideBetweenAResidueAndItsReplacement() {
    assertEquals(List.of("Cys-384/ProteinMutation/C384S"),
        found("the active site Cys-384 of IIB(Mtl) (residues of IIB(Mtl) are denoted in italic type) was substituted by serine to permit"));
  }

  @Test
  void readsThreeLetterCodesInCapitalsOrLowerCase() {
    assertEquals(List.of("ALA123GLY/ProteinMutation/A123G", "ala-123-gly/ProteinMutation/A123G", "Arg753GLn/ProteinMutation/R753Q", "LYS 12 ARG/ProteinMutation/K12R"),
        found("the ALA123GLY and ala-123-gly and Arg753GLn and LYS 12 ARG"));
    assertEquals(List.of(), found("SER12SER and a His 207-Asp 205 diad"));
  }

  @Test
  void readsResidueListsBeforeAnArrowAndTheWordResidueBeforeAPosition() {
    assertEquals(List.of("Asp102/ProteinMutation/D102A", "His57 → Ala/ProteinMutation/H57A"), found("Asp102 and His57 → Ala in the"));
    assertEquals(List.of("tyrosine residue 101/ProteinMutation/Y101F"), found("the tyrosine residue 101 was replaced by phenylalanine"));
  }

  @Test
  void readsAChangeInACGTOnlyAsBasesInASentenceAboutNucleotidesOrBeforeTheResidueChangeItCauses() {
    assertEquals(List.of("C677T/DNAMutation"), found("The MTHFR C677T polymorphism was typed."));
    assertEquals(List.of("C139T/DNAMutation", "C139T/DNAMutation"), found("A heterozygous C139T transition was found. The C139T mutation segregated."));
    assertEquals(List.of("T10191C/DNAMutation", "p.S45P/ProteinMutation/S45P"), found("we identified T10191C (p.S45P) in ND3"));
    assertEquals(List.of("G1681A/DNAMutation", "Ala467Thr/ProteinMutation/A467T"), found("the G1681A mutation that led to an Ala467Thr substitution"));
    assertEquals(List.of("IVS8 -2A>G/DNAMutation", "G6410T/DNAMutation"), found("mutations IVS8 -2A>G and G6410T were found"));
    assertEquals(List.of("G37A/ProteinMutation/G37A", "C77A/ProteinMutation/C77A"), found("the inactive mutant G37A. The C77A protein"));
    assertEquals(List.of("G146V/ProteinMutation/G146V"), found("the G146V polymorphism"));
    assertEquals(List.of("p.G171A/ProteinMutation/G171A"), found("the p.G171A polymorphism"));
  }

  @Test
  void readsAChangeAtAPositionStatedAsAMutantOrOfAResidueAndAPositionBeforeAChangeWithTo() {
    assertEquals(List.of("Ala-to-Gly mutant at position 12/ProteinMutation/A12G"), found("The Ala-to-Gly mutant at position 12 was"));
    assertEquals(List.of("alanine-to-glycine substitution of residue 12/ProteinMutation/A12G"), found("An alanine-to-glycine substitution of residue 12 reduced"));
    assertEquals(List.of("codon 12 (Gly to Val)/ProteinMutation/G12V"), found("At codon 12 (Gly to Val) the"));
    assertEquals(List.of("residue 12 (lysine-to-arginine)/ProteinMutation/K12R"), found("at residue 12 (lysine-to-arginine) was"));
    assertEquals(List.of("residue 195 was changed from serine to alanine/ProteinMutation/S195A"), found("residue 195 was changed from serine to alanine, and"));
    assertEquals(List.of("position 12 mutated from Lys into Arg/ProteinMutation/K12R"), found("position 12 mutated from Lys into Arg"));
    assertEquals(List.of(), found("residue 12 (Lys to Lys) and position 12 changed from Ser to Ser"));
    assertEquals(List.of("position 64, tyrosine was replaced by phenylalanine/ProteinMutation/Y64F"), found("At position 64, tyrosine was replaced by phenylalanine."));
    assertEquals(List.of("Residue 12 (Lys) was mutated to Arg/ProteinMutation/K12R"), found("Residue 12 (Lys) was mutated to Arg."));
    assertEquals(List.of(), found("At position 64 the tyrosine residue is conserved."));
  }

  @Test
  void readsOneResidueChangedAtSeveralPositionsAndResiduesListedWithSlashes() {
    assertEquals(List.of("C77/95/120A/ProteinMutation/C77A", "C77/95/120A/ProteinMutation/C95A", "C77/95/120A/ProteinMutation/C120A"),
        found("the C77/95/120A mutant"));
    assertEquals(List.of("Lys12/ProteinMutation/K12R", "Lys14 to Arg/ProteinMutation/K14R"), found("The Lys12/Lys14 to Arg double mutant"));
  }

  @Test
  void readsResiduesProbedBySubstitutingOthersAndAQualifierBetweenResidueAndReplacement() {
    assertEquals(List.of("Asn71/ProteinMutation/N71A", "Asn71/ProteinMutation/N71S", "Asn71/ProteinMutation/N71Q"),
        found("The role of Asn71 in the reaction was investigated by substituting amino acids Ala, Ser, and Gln."));
    assertEquals(List.of("Cys-35/ProteinMutation/C35S"), found("Cys-35 was probed by replacing it with Ser."));
    assertEquals(List.of("Phe18/ProteinMutation/F18W"), found("The mutations of Phe18 of Ac-AMP2 to the residues with larger rings, i.e. Trp, were"));
    assertEquals(List.of(), found("Asn71 was studied. The enzyme was made by substituting amino acids Ala and Ser."));
  }

  @Test
  void readsOneResidueTypeAtSeveralWrittenOutPositionsAndPluralNewResidues() {
    assertEquals(List.of("cysteines at positions 77 and 95/ProteinMutation/C77S", "cysteines at positions 77 and 95/ProteinMutation/C95S"),
        found("The cysteines at positions 77 and 95 were replaced by serines."));
    assertEquals(List.of("Lys residues 12, 14 and 16/ProteinMutation/K12R", "Lys residues 12, 14 and 16/ProteinMutation/K14R",
        "Lys residues 12, 14 and 16/ProteinMutation/K16R"), found("Lys residues 12, 14 and 16 were replaced by Arg."));
    assertEquals(List.of("lysines 12 and 14/ProteinMutation/K12Q", "lysines 12 and 14/ProteinMutation/K14Q"), found("Mutation of lysines 12 and 14 to glutamine."));
    assertEquals(List.of("Tyr64/ProteinMutation/Y64F", "Tyr64/ProteinMutation/Y64A"), found("Tyr64 was mutated to each of Phe and Ala."));
    assertEquals(List.of(), found("The cysteines at positions 77 and 95 form a disulfide bridge."));
  }

  @Test
  void readsEveryResidueOfAListAfterAReplacementVerb() {
    assertEquals(List.of("Lys12/ProteinMutation/K12Q", "Lys14/ProteinMutation/K14Q", "Lys16/ProteinMutation/K16Q"),
        found("Replacement of Lys12, Lys14 and Lys16 with glutamine."));
  }

  @Test
  void givesTheReplacementToTheNearestResidueUnlessTheOtherStandsInAWhichClause() {
    assertEquals(List.of("Asp101/ProteinMutation/D101N"), found("Tyr64 interacts with Asp101, which was mutated to Asn."));
    assertEquals(List.of("Asp101/ProteinMutation/D101N"), found("Asp101, which interacts with Tyr64, was mutated to Asn."));
  }

  @Test
  void readsADescribingWordBeforeTheNewResidueAndNewResiduesInParenthesesAfterMutants() {
    assertEquals(List.of("Glu43/ProteinMutation/E43Q"), found("Glu43 was replaced by the uncharged Gln."));
    assertEquals(List.of("Tyr74/ProteinMutation/Y74A"), found("Replacement of Tyr74 by the smaller Ala reduced activity."));
    assertEquals(List.of("Tyr64/ProteinMutation/Y64F", "Tyr64/ProteinMutation/Y64A", "Tyr64/ProteinMutation/Y64W"), found("Tyr64 mutants (Phe, Ala and Trp) were made."));
    assertEquals(List.of("Tyr64/ProteinMutation/Y64F", "Tyr64/ProteinMutation/Y64A"), found("Mutants at Tyr64 (to Phe or Ala) were made."));
    assertEquals(List.of(), found("Residues Tyr64 (Phe) and Trp65 (Ala) differ in the mutant."));
  }

  @Test
  void readsAMutantNamedByItsNewResidueWhenTheTextNamesTheResidueItReplaced() {
    assertEquals(List.of("Phe-332/ProteinMutation/W332F"), found("Trp-332 lines the site; the Phe-332 mutant was the weakest."));
    assertEquals(List.of("Ala190/ProteinMutation/S190A"), found("Ser190 binds the inhibitor; mutant Ala190 does not."));
    assertEquals(List.of("Glu38/ProteinMutation/E38Q"), found("Three Glu38 mutants were made; Glu38 was replaced by Gln."));
    assertEquals(List.of("Ala190/ProteinMutation/S190A"), found("Ser190 binds the inhibitor; data on WT and Ala190 uPA agree."));
    assertEquals(List.of(), found("Data on WT and Ala190 uPA agree; WT and Ser191 proteases bind Ser191 ligands."));
    assertEquals(List.of(), found("The Phe-332 mutant was the weakest."));
    assertEquals(List.of(), found("Trp-332 and Tyr-332 differ; the Phe-332 mutant was the weakest."));
  }

  @Test
  void readsAGlobinChainPositionBeforeAnArrowChange() {
    assertEquals(List.of("codon 26, GAG-->GCG/DNAMutation", "Glu-->Ala/ProteinMutation/E26A"), found("Hb Tripoli: codon 26, GAG-->GCG [beta26(B8)Glu-->Ala] and"));
    assertEquals(List.of("Glu→Val/ProteinMutation/E6V"), found("sickle beta6 Glu→Val carriers"));
    assertEquals(List.of("Glu→Val/ProteinMutation"), found("sickle beta Glu→Val carriers"));
  }

  @Test
  void readsAPositionWithinAChainOrHelixWithoutItsLetter() {
    assertEquals(List.of("HisB10Asp/ProteinMutation/H10D", "His(E7)-->Gln/ProteinMutation/H7Q"), found("the analogue HisB10Asp and myoglobin His(E7)-->Gln"));
    assertEquals(List.of(), found("insulin LysB28ProB29 and residues GluB245-ThrB253"));
  }

  @Test
  void ignoresWhatOnlyLooksLikeAChange() {
    assertEquals(List.of(), found("A549 cells and T2D patients with His113 and Met326Met; genotype A/A; factor F7."));
    assertEquals(List.of(), found("the His289-Asp260 pair and three Cys2-His2 zinc fingers"));
    assertEquals(List.of(), found("the segment from Ser 12 to Gly 20 and the helix from leucine 100 to valine 120"));
    assertEquals(List.of(), found("T47D cells"));
    assertEquals(List.of(), found("presented by H-2K(b)"));
    assertEquals(List.of(), found("the PKC-delta C2 domain"));
    assertEquals(List.of(), found("association of G/A and A/A genotypes"));
    assertEquals(List.of(), found("AA/AG carriers"));
    assertEquals(List.of(), found("the G/C genotype of"));
  }

  @Test
  void readsAChangeAtAnAminoAcidNumberAndASubstitutionOfOneResidueByAnotherAtAPosition() {
    assertEquals(List.of("arginine to glutamine substitution at amino acid 753/ProteinMutation/R753Q"),
        found("an arginine to glutamine substitution at amino acid 753 was"));
    assertEquals(List.of("Gly to Ser change at aa 12/ProteinMutation/G12S"), found("a Gly to Ser change at aa 12 in"));
    assertEquals(List.of("substitution of glycine by serine at position 12/ProteinMutation/G12S"),
        found("the substitution of glycine by serine at position 12 lowered"));
    assertEquals(List.of("replacement of Asp with Asn at amino acid 102/ProteinMutation/D102N"),
        found("replacement of Asp with Asn at amino acid 102 slowed"));
    assertEquals(List.of(), found("an Asn to Asp substitution at amino acid level and a His to His change at aa 12"));
    assertEquals(List.of(), found("substitution of glycine by serine was tolerated at 12 positions; substitution of Gly by Gly at position 12"));
  }

  @Test
  void readsAResidueWithItsSubunitAfterThePosition() {
    assertEquals(List.of("His-146-beta'/ProteinMutation/H146A"), found("A substitution of His-146-beta' with Ala also renders the enzyme inactive."));
    assertEquals(List.of("Asn-222-alpha/ProteinMutation/N222S"), found("Asn-222-alpha was changed to serine."));
    assertEquals(List.of(), found("The Glu-76-beta' residue is invariant."));
  }

  @Test
  void readsAChangeGluedToAChainName() {
    assertEquals(List.of("Glu6Val/ProteinMutation/E6V", "E6V/ProteinMutation/E6V", "Arg141Cys/ProteinMutation/R141C"),
        found("the betaGlu6Val mutation (betaE6V) and alphaArg141Cys"));
    assertEquals(List.of(), found("the cbetaE6V and zetaE6V clones and Sbeta2 cells"));
  }

  @Test
  void readsFurtherNewResiduesAfterAHyphenOrAnArrow() {
    assertEquals(List.of("Lys12Arg/ProteinMutation/K12R", "Lys12Arg/ProteinMutation/K12Q", "Lys12Arg/ProteinMutation/K12E"),
        found("the Lys12Arg, -Gln and -Glu mutants"));
    assertEquals(List.of("K12R/ProteinMutation/K12R", "K12R/ProteinMutation/K12Q"), found("mutants K12R and -Q bound"));
    assertEquals(List.of("Tyr-101→Phe/ProteinMutation/Y101F", "Tyr-101→Phe/ProteinMutation/Y101S"), found("the Tyr-101→Phe and →Ser mutants"));
    assertEquals(List.of("K12R/ProteinMutation/K12R", "Lys12Arg/ProteinMutation/K12R"), found("mutants K12R, -5 and -10 days, and Lys12Arg, -Lys"));
  }

  @Test
  void readsThePositionAfterTheNewResidueAndACodonChangeBeforeTheResidueChange() {
    assertEquals(List.of("Asp→Asn102/ProteinMutation/D102N", "Glu-->Gln-35/ProteinMutation/E35Q"), found("the Asp→Asn102 and Glu-->Gln-35 mutants"));
    assertEquals(List.of("Asp→Asn/ProteinMutation"), found("an Asp→Asn change in 102 patients"));
    assertEquals(List.of("codon 12 GGT-->GTT/DNAMutation", "Gly-->Val/ProteinMutation/G12V"), found("at codon 12 GGT-->GTT (Gly-->Val) in"));
  }

  @Test
  void readsANewResidueWrittenWithThePositionOfTheResidueItReplaces() {
    assertEquals(List.of("Phe101/ProteinMutation/Y101F"), found("Tyr101 was replaced by Phe101."));
    assertEquals(List.of("His(A8)/ProteinMutation/T8H", "Arg(A8)/ProteinMutation/T8R"),
        found("a helical C-cap (Thr(A8)) whose substitution by favorable amino acids (His(A8) or Arg(A8)) has yielded analogues"));
    assertEquals(List.of(), found("Tyr101 was replaced by Phe102. Tyr64 binds. It was replaced by Phe64."));
    assertEquals(List.of(), found("Tyr101 and Trp101 of the two chains were replaced by Phe101 in the model."));
  }

  @Test
  void readsTheNewResidueBeforeForAndAResidueAsAWholeListBeforeRespectively() {
    assertEquals(List.of("Tyr101/ProteinMutation/Y101F", "Ser195/ProteinMutation/S195A"), found("a Phe-for-Tyr101 substitution and an Ala for Ser195 mutant"));
    assertEquals(List.of(), found("Ala for Ser195 activity was screened; we looked for Ser195 mutations."));
    assertEquals(List.of("Tyr101/ProteinMutation/Y101A", "Trp32/ProteinMutation/W32F"), found("mutations of Tyr101 and Trp32 to Ala and Phe, respectively"));
    assertEquals(List.of("Trp32 to Ala/ProteinMutation/W32A", "Trp32 to Ala/ProteinMutation/W32F"), found("the Trp32 to Ala and Phe mutants, respectively"));
  }

  @Test
  void readsAnotherNewResidueAfterOrByAHyphenatedToAndMutagenized() {
    assertEquals(List.of("Tyr101/ProteinMutation/Y101A", "Tyr101/ProteinMutation/Y101F"), found("Tyr101 was replaced by alanine or by phenylalanine."));
    assertEquals(List.of("His57/ProteinMutation/H57A", "Tyr-101/ProteinMutation/Y101F"), found("the His57-to-alanine mutant; Tyr-101 was mutagenized to Phe"));
    assertEquals(List.of(), found("the His57-to-Asp102 distance"));
  }

  @Test
  void readsOneDigitChangesInAListWithAMutantWordOrAfterAWrittenPosition() {
    assertEquals(List.of("E7A/ProteinMutation/E7A", "D9A/ProteinMutation/D9A", "K8A/ProteinMutation/K8A"), found("the single mutants E7A, D9A and K8A were"));
    assertEquals(List.of("C4S/ProteinMutation/C4S", "C7S/ProteinMutation/C7S"), found("the C4S, C7S mutants"));
    assertEquals(List.of("C4S/ProteinMutation/C4S"), found("mutations at position 4 (C4S) were"));
    assertEquals(List.of(), found("patients with T1D, T2D and M6P levels; C4S/C7S; the (E7A) and Y4F enzymes"));
  }

  @Test
  void readsAChainPositionGluedBeforeAnArrowChangeOrWithAHyphen() {
    assertEquals(List.of("6Glu-->Val/ProteinMutation/E6V", "Lys-B29→Pro/ProteinMutation/K29P"), found("hemoglobin S (beta6Glu-->Val) and insulin Lys-B29→Pro"));
    assertEquals(List.of(), found("cbeta6Glu-->Val"));
  }

  @Test
  void readsOneThreeLetterResidueAtSeveralPositions() {
    assertEquals(List.of("Lys12/14/16Arg/ProteinMutation/K12R", "Lys12/14/16Arg/ProteinMutation/K14R", "Lys12/14/16Arg/ProteinMutation/K16R"),
        found("the Lys12/14/16Arg mutant"));
    assertEquals(List.of("Lys12, 14 and 16/ProteinMutation/K12R", "Lys12, 14 and 16/ProteinMutation/K14R", "Lys12, 14 and 16/ProteinMutation/K16R"),
        found("Lys12, 14 and 16 were replaced by Arg."));
    assertEquals(List.of(), found("Lys12/14/16Lys and Lys12, 14 and 16 bind the RNA."));
  }
}
