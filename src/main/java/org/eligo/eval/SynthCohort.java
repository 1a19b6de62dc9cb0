package org.eligo.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic oncology cohort for load tests: structured patients and about three notes per
 * patient (progress, molecular pathology, radiology, a follow-up) in the input formats of
 * docs/FORMATS.md, with varied notation and the usual traps (negation, family history,
 * hypothetical and pending results, history). Proportions follow published frequencies roughly
 * (KRAS G12C in about 13% of NSCLC); the text is written from templates, so the cohort measures
 * speed and size, never accuracy. Each patient comes from its own random stream, derived from
 * the seed and its number: the same seed and count give the same bytes, and patients are
 * written one at a time (nothing of the cohort is kept in memory).
 */
public final class SynthCohort {
  private static final LocalDate EARLIEST_DIAGNOSIS = LocalDate.of(2021, 1, 1);

  private final long seed;

  public SynthCohort(long seed) {
    this.seed = seed;
  }

  /** Counts of what {@link #write} wrote. */
  public record Written(int patients, long notes) {}

  /** Writes patients 1..n: one line each to {@code patients}, their notes grouped by patient to {@code notes}. */
  public Written write(int n, Writer patients, Writer notes) throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("patients must be at least 1, got " + n);
    }
    long noteCount = 0;
    for (int i = 1; i <= n; i++) {
      Patient p = new Patient(i, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i));
      patients.write(p.structured());
      patients.write('\n');
      for (String line : p.notes()) {
        notes.write(line);
        notes.write('\n');
        noteCount++;
      }
    }
    return new Written(n, noteCount);
  }

  /** The drug a patient is on at the visit (or null) and the visit's date, after all lines written. */
  private record Course(String current, LocalDate visit) {}

  /** A driver alteration as notes write it: several notations of one alteration. */
  private record Driver(String gene, String... notations) {}

  /** One synthetic patient: the facts drawn first, the notes written from them. */
  private static final class Patient {
    private final SplittableRandom r;
    private final String id;
    private final boolean female;
    private final LocalDate birth;
    private final String cancer;
    private final String diagnosis;
    private final String stage;
    private final LocalDate diagnosed;
    private final Driver driver;
    private final List<String> negatives = new ArrayList<>();
    private final List<String> mets = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final String lastDrug;
    private final boolean pending;
    private final LocalDate visit;

    Patient(int number, SplittableRandom r) {
      this.r = r;
      this.id = String.format(Locale.ROOT, "S%07d", number);
      double c = r.nextDouble();
      this.cancer = c < 0.42 ? "NSCLC" : c < 0.62 ? "BREAST" : c < 0.77 ? "CRC" : c < 0.85 ? "MELANOMA" : c < 0.93 ? "PANCREAS" : "BLADDER";
      this.female = cancer.equals("BREAST") ? r.nextDouble() < 0.99 : r.nextBoolean();
      this.diagnosed = EARLIEST_DIAGNOSIS.plusDays(r.nextInt(1500));
      int age = 38 + r.nextInt(25) + r.nextInt(25);
      this.birth = diagnosed.minusYears(age).minusDays(r.nextInt(365));
      this.diagnosis = diagnosis();
      double s = r.nextDouble();
      this.stage = s < 0.62 ? "IV" : s < 0.72 ? "IIIB" : s < 0.82 ? "IIIA" : s < 0.93 ? "II" : "I";
      this.driver = driver();
      this.pending = r.nextDouble() < 0.08;
      if (stage.equals("IV")) {
        metastases();
      }
      Course course = therapyLines();
      this.lastDrug = course.current();
      this.visit = course.visit();
    }

    private String pick(String... options) {
      return options[r.nextInt(options.length)];
    }

    private boolean chance(double p) {
      return r.nextDouble() < p;
    }

    String structured() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("patientId", id);
      o.put("birthDate", birth.toString());
      o.put("sex", female ? "female" : "male");
      double x = r.nextDouble();
      o.put("race", x < 0.62 ? "White" : x < 0.77 ? "Black or African American" : x < 0.85 ? "Asian" : x < 0.88 ? "American Indian or Alaska Native" : "Unknown");
      o.put("ethnicity", chance(0.14) ? "Hispanic or Latino" : "Not Hispanic or Latino");
      return o.toString();
    }

    private String diagnosis() {
      return switch (cancer) {
        case "NSCLC" -> chance(0.72)
            ? pick("lung adenocarcinoma", "NSCLC (adenocarcinoma)", "non-small cell lung cancer, adenocarcinoma", "adenocarcinoma of the RUL")
            : pick("squamous cell carcinoma of the lung", "NSCLC, squamous histology", "squamous NSCLC");
        case "BREAST" -> pick("invasive ductal carcinoma of the left breast", "breast cancer (IDC)", "invasive lobular carcinoma of the breast",
            "right breast IDC");
        case "CRC" -> pick("colon adenocarcinoma", "colorectal cancer", "adenocarcinoma of the sigmoid colon", "rectal adenocarcinoma");
        case "MELANOMA" -> pick("cutaneous melanoma", "melanoma of the back", "metastatic melanoma");
        case "PANCREAS" -> pick("pancreatic adenocarcinoma", "PDAC", "adenocarcinoma of the pancreatic head");
        default -> pick("urothelial carcinoma of the bladder", "urothelial carcinoma", "high-grade urothelial carcinoma of the bladder");
      };
    }

    /** The tumour's driver, or null; genes found negative go to {@link #negatives}. */
    private Driver driver() {
      double d = r.nextDouble();
      switch (cancer) {
        case "NSCLC" -> {
          Driver g = d < 0.13 ? kras("G12C", "Gly12Cys", "c.34G>T")
              : d < 0.25 ? (chance(0.5) ? kras("G12V", "Gly12Val", "c.35G>T") : kras("G12D", "Gly12Asp", "c.35G>A"))
              : d < 0.33 ? new Driver("EGFR", "EGFR exon 19 deletion", "EGFR ex19del", "EGFR exon 19 del (p.E746_A750del)",
                  "EGFR p.Glu746_Ala750del (exon 19 deletion)")
              : d < 0.39 ? new Driver("EGFR", "EGFR L858R", "EGFR p.L858R", "EGFR p.Leu858Arg", "EGFR c.2573T>G (p.L858R)")
              : d < 0.43 ? new Driver("ALK", "EML4-ALK fusion", "ALK rearrangement (EML4-ALK)", "ALK fusion", "ALK positive by FISH")
              : d < 0.45 ? new Driver("ROS1", "CD74-ROS1 fusion", "ROS1 rearrangement", "ROS1 fusion")
              : d < 0.47 ? new Driver("BRAF", "BRAF V600E", "BRAF p.V600E", "BRAF p.Val600Glu")
              : d < 0.50 ? new Driver("MET", "MET exon 14 skipping mutation", "MET ex14 skipping", "MET exon 14 skipping alteration")
              : d < 0.515 ? new Driver("RET", "KIF5B-RET fusion", "RET fusion", "RET rearrangement")
              : d < 0.535 ? new Driver("ERBB2", "ERBB2 exon 20 insertion", "HER2 exon 20 insertion (p.A775_G776insYVMA)")
              : null;
          for (String gene : new String[] {"EGFR", "ALK", "ROS1", "KRAS"}) {
            if (g == null || !g.gene().equals(gene)) {
              negatives.add(gene);
            }
          }
          return g;
        }
        case "CRC" -> {
          Driver g = d < 0.15 ? kras("G12D", "Gly12Asp", "c.35G>A") : d < 0.25 ? kras("G12V", "Gly12Val", "c.35G>T")
              : d < 0.33 ? kras("G13D", "Gly13Asp", "c.38G>A") : d < 0.36 ? kras("G12C", "Gly12Cys", "c.34G>T")
              : d < 0.44 ? new Driver("BRAF", "BRAF V600E", "BRAF p.V600E", "BRAF c.1799T>A (p.V600E)")
              : d < 0.47 ? new Driver("ERBB2", "ERBB2 amplification", "HER2 amplification", "ERBB2 amplified (copy number 14)")
              : d < 0.51 ? new Driver("NRAS", "NRAS Q61K", "NRAS p.Gln61Lys") : null;
          if (g == null) {
            negatives.add("KRAS");
            negatives.add("NRAS");
            negatives.add("BRAF");
          }
          return g;
        }
        case "MELANOMA" -> {
          Driver g = d < 0.42 ? new Driver("BRAF", "BRAF V600E", "BRAF p.V600E", "BRAF p.Val600Glu", "BRAF V600E mutation")
              : d < 0.48 ? new Driver("BRAF", "BRAF V600K", "BRAF p.V600K")
              : d < 0.68 ? new Driver("NRAS", "NRAS Q61R", "NRAS p.Q61R", "NRAS p.Gln61Arg")
              : d < 0.71 ? new Driver("KIT", "KIT L576P", "KIT p.L576P") : null;
          if (g == null || !g.gene().equals("BRAF")) {
            negatives.add("BRAF");
          }
          return g;
        }
        case "PANCREAS" -> {
          Driver g = d < 0.40 ? kras("G12D", "Gly12Asp", "c.35G>A") : d < 0.70 ? kras("G12V", "Gly12Val", "c.35G>T")
              : d < 0.84 ? kras("G12R", "Gly12Arg", "c.34G>C") : d < 0.86 ? kras("G12C", "Gly12Cys", "c.34G>T")
              : d < 0.90 ? new Driver("BRCA2", "BRCA2 c.5946delT (germline)", "germline BRCA2 mutation") : null;
          if (g == null) {
            negatives.add("KRAS");
          }
          return g;
        }
        case "BREAST" -> {
          Driver g = d < 0.30 ? new Driver("PIK3CA", "PIK3CA H1047R", "PIK3CA p.H1047R", "PIK3CA p.His1047Arg")
              : d < 0.38 ? new Driver("PIK3CA", "PIK3CA E545K", "PIK3CA p.E545K")
              : d < 0.45 ? new Driver("ESR1", "ESR1 Y537S", "ESR1 p.Y537S")
              : d < 0.50 ? new Driver("BRCA1", "germline BRCA1 mutation", "BRCA1 c.68_69delAG (germline)") : null;
          if (g == null || !g.gene().equals("PIK3CA")) {
            negatives.add("PIK3CA");
          }
          return g;
        }
        default -> {
          Driver g = d < 0.15 ? new Driver("FGFR3", "FGFR3 S249C", "FGFR3 p.S249C", "FGFR3 p.Ser249Cys")
              : d < 0.20 ? new Driver("FGFR3", "FGFR3-TACC3 fusion", "FGFR3 fusion") : null;
          if (g == null) {
            negatives.add("FGFR3");
          }
          return g;
        }
      }
    }

    private Driver kras(String shortForm, String threeLetter, String cdna) {
      return new Driver("KRAS", "KRAS " + shortForm, "KRAS p." + shortForm, "KRAS p." + threeLetter,
          "KRAS " + cdna + " (p." + shortForm + ")", "KRAS " + shortForm + " mutation");
    }

    private void metastases() {
      String[] sites = switch (cancer) {
        case "NSCLC" -> new String[] {"bone", "liver", "adrenal", "brain", "contralateral lung"};
        case "BREAST" -> new String[] {"bone", "liver", "lung", "brain"};
        case "CRC", "PANCREAS" -> new String[] {"liver", "lung", "peritoneum"};
        case "MELANOMA" -> new String[] {"lung", "liver", "brain", "subcutaneous"};
        default -> new String[] {"bone", "liver", "lung", "lymph nodes"};
      };
      for (String site : sites) {
        double p = site.equals("brain") ? (cancer.equals("BREAST") ? 0.12 : 0.25) : 0.4;
        if (chance(p) || mets.isEmpty() && site.equals(sites[sites.length - 1])) {
          mets.add(site);
        }
      }
    }

    /** Prior lines of therapy with dates and outcomes, all before the visit. */
    private Course therapyLines() {
      int count = stage.equals("IV") ? r.nextInt(4) : chance(0.3) ? 1 : 0;
      String[] regimens = regimens();
      LocalDate start = diagnosed.plusDays(20 + r.nextInt(30));
      String current = null;
      LocalDate visit = diagnosed.plusDays(30 + r.nextInt(60));
      for (int line = 1; line <= count && line <= regimens.length; line++) {
        String drug = regimens[line - 1];
        LocalDate end = start.plusDays(90 + r.nextInt(300));
        boolean last = line == count;
        String span = mmyyyy(start) + "-" + mmyyyy(end);
        if (last && chance(0.5)) {
          lines.add(pick("on " + drug + " since " + mmyyyy(start), "currently on " + ordinal(line) + "-line " + drug + " (started " + mmyyyy(start) + ")",
              drug + " " + mmyyyy(start) + "-present, tolerating well"));
          current = drug;
          visit = start.plusDays(60 + r.nextInt(140));
        } else {
          lines.add(pick(
              ordinal(line) + "-line " + drug + " " + span + ", progressed",
              drug + " " + span + " -> PD",
              "received " + drug + " x" + (4 + r.nextInt(3)) + " cycles " + span + ", then progression",
              line + "L " + drug + " " + span + " (best response PR, later PD)",
              drug + " " + span + ", stopped for " + pick("pneumonitis", "colitis", "hepatitis", "fatigue")));
        }
        if (current == null) {
          visit = end.plusDays(10 + r.nextInt(30));
        }
        start = end.plusDays(14 + r.nextInt(40));
      }
      return new Course(current, visit);
    }

    private String[] regimens() {
      String gene = driver == null ? "" : driver.gene() + " " + driver.notations()[0];
      return switch (cancer) {
        case "NSCLC" -> gene.startsWith("EGFR") ? new String[] {"osimertinib", "carboplatin/pemetrexed", "docetaxel"}
            : gene.startsWith("ALK") ? new String[] {"alectinib", "lorlatinib", "carboplatin/pemetrexed"}
            : gene.contains("G12C") ? new String[] {"carboplatin/pemetrexed/pembrolizumab", "sotorasib", "docetaxel"}
            : new String[] {"carboplatin/pemetrexed/pembrolizumab", "docetaxel + ramucirumab", "gemcitabine"};
        case "BREAST" -> new String[] {"letrozole + palbociclib", "fulvestrant", "capecitabine"};
        case "CRC" -> new String[] {"FOLFOX + bevacizumab", "FOLFIRI + bevacizumab", "trifluridine/tipiracil"};
        case "MELANOMA" -> gene.startsWith("BRAF") ? new String[] {"dabrafenib + trametinib", "nivolumab + ipilimumab", "pembrolizumab"}
            : new String[] {"nivolumab + ipilimumab", "pembrolizumab", "paclitaxel"};
        case "PANCREAS" -> new String[] {"FOLFIRINOX", "gemcitabine/nab-paclitaxel", "capecitabine"};
        default -> new String[] {"gemcitabine/cisplatin", "avelumab maintenance", "enfortumab vedotin"};
      };
    }

    private static String ordinal(int n) {
      return switch (n) {
        case 1 -> "first";
        case 2 -> "second";
        case 3 -> "third";
        default -> n + "th";
      };
    }

    private static String mmyyyy(LocalDate d) {
      return String.format(Locale.ROOT, "%02d/%d", d.getMonthValue(), d.getYear());
    }

    List<String> notes() {
      List<String> out = new ArrayList<>(4);
      if (!pending && chance(0.85)) {
        out.add(note(out.size() + 1, diagnosed.plusDays(10 + r.nextInt(20)), "molecular", molecular()));
      } else if (chance(0.5)) {
        out.add(note(out.size() + 1, diagnosed.plusDays(7 + r.nextInt(10)), "pathology", pathology()));
      }
      if (chance(0.7)) {
        out.add(note(out.size() + 1, visit.minusDays(3 + r.nextInt(20)), "radiology", radiology()));
      }
      out.add(note(out.size() + 1, visit, "progress", progress(visit)));
      if (chance(0.45)) {
        LocalDate later = visit.plusDays(21 + r.nextInt(70));
        out.add(note(out.size() + 1, later, "progress", followUp(later)));
      }
      return out;
    }

    private String note(int k, LocalDate when, String type, String text) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("patientId", id);
      o.put("noteId", id + "-N" + k);
      o.put("date", when.toString());
      o.put("type", type);
      o.put("text", text);
      return o.toString();
    }

    private String pathology() {
      return pick("SURGICAL PATHOLOGY\n", "PATHOLOGY REPORT\n") + "Specimen: " + pick("core needle biopsy", "excisional biopsy", "EBUS-TBNA")
          + "\nDiagnosis: " + diagnosis + ".\nComment: molecular studies " + pick("pending", "sent out, results to follow", "requested") + ".";
    }

    private String molecular() {
      StringBuilder b = new StringBuilder();
      b.append(pick("MOLECULAR PATHOLOGY REPORT\n", "Next-generation sequencing report\n", "NGS REPORT (DNA/RNA panel)\n"));
      b.append("Specimen: ").append(pick("primary tumor, core biopsy", "liver lesion biopsy", "lymph node, FNA", "plasma (liquid biopsy)"));
      b.append("\nDiagnosis: ").append(diagnosis).append("\n\nRESULTS:\n");
      if (driver != null) {
        b.append(driver.notations()[r.nextInt(driver.notations().length)]);
        if (chance(0.6)) {
          b.append(", VAF ").append(5 + r.nextInt(50)).append('%');
        }
        b.append('\n');
      }
      if (chance(0.3)) {
        b.append(pick("TP53 R273H", "TP53 p.R175H", "STK11 p.Q37*", "CDKN2A loss")).append(pick(" (VUS)\n", "\n"));
      }
      if (!negatives.isEmpty()) {
        b.append(negatives(negatives)).append('\n');
      }
      b.append(biomarkers());
      return b.toString().strip();
    }

    private String negatives(List<String> genes) {
      String list = genes.size() == 1 ? genes.get(0)
          : String.join(", ", genes.subList(0, genes.size() - 1)) + " and " + genes.get(genes.size() - 1);
      return switch (r.nextInt(4)) {
        case 0 -> "No " + list + " alterations detected.";
        case 1 -> list + (genes.size() == 1 ? " is" : " are") + " wild type.";
        case 2 -> "Negative for " + list + ".";
        default -> list + ": no mutation identified.";
      };
    }

    private String biomarkers() {
      StringBuilder b = new StringBuilder();
      switch (cancer) {
        case "NSCLC" -> {
          int tps = chance(0.35) ? 0 : chance(0.5) ? 1 + r.nextInt(49) : 50 + r.nextInt(51);
          String assay = pick("22C3", "SP263", "22C3 pharmDx");
          b.append(tps == 0 ? pick("PD-L1 TPS <1% (" + assay + ")", "PD-L1 negative (TPS 0%)")
              : pick("PD-L1 TPS " + tps + "% (" + assay + ")", "PD-L1 (" + assay + ") tumor proportion score: " + tps + "%",
                  "PD-L1 expression " + tps + "%"));
          b.append('\n').append("TMB: ").append(1 + r.nextInt(25)).append(" mut/Mb\n");
        }
        case "BREAST" -> {
          boolean er = chance(0.75);
          b.append(er ? "ER " + (60 + r.nextInt(40)) + "%" : "ER negative").append(", ");
          b.append(er && chance(0.7) ? "PR " + (5 + r.nextInt(80)) + "%" : "PR negative").append(", ");
          double h = r.nextDouble();
          b.append(h < 0.15 ? "HER2 3+ (IHC)" : h < 0.35 ? "HER2 2+, FISH not amplified (ratio " + (10 + r.nextInt(8)) / 10.0 + ")"
              : pick("HER2 1+", "HER2 0 by IHC", "HER2-low (1+)"));
          b.append('\n');
          if (!er) {
            b.append("PD-L1 CPS ").append(r.nextInt(40)).append(" (22C3)\n");
          }
        }
        case "CRC" -> b.append(chance(0.05) ? pick("MSI-high; dMMR (loss of MLH1/PMS2)", "MSI-H") : pick("MSS, pMMR", "microsatellite stable",
            "MMR proficient")).append('\n');
        case "BLADDER" -> b.append("PD-L1 CPS ").append(r.nextInt(60)).append(" (22C3)\n");
        default -> b.append(chance(0.5) ? "MSS\n" : "TMB " + (1 + r.nextInt(20)) + " mut/Mb\n");
      }
      return b.toString();
    }

    private String radiology() {
      StringBuilder b = new StringBuilder();
      b.append(pick("CT chest/abdomen/pelvis with contrast", "CT CAP", "PET/CT", "MRI brain with and without contrast")).append("\n");
      b.append(pick("FINDINGS: ", "Findings:\n", "IMPRESSION: "));
      if (mets.isEmpty()) {
        b.append(pick("No evidence of metastatic disease.", "No suspicious lesions; no distant metastases.",
            "Post-treatment changes, no evidence of recurrence."));
      } else {
        for (String site : mets) {
          b.append(site.equals("brain") ? brain() : pick(
              "Multiple " + site + " metastases.",
              "Known " + site + " metastases, " + pick("enlarging", "stable", "new since prior") + ".",
              "New " + site + " lesions consistent with metastatic disease.")).append(' ');
        }
        b.append(pick("Overall progressive disease.", "Stable disease by RECIST 1.1.", "Mixed response."));
      }
      if (!mets.contains("brain") && chance(0.3)) {
        b.append(" No intracranial metastases.");
      }
      return b.toString();
    }

    private String brain() {
      return chance(0.5)
          ? pick("New 8 mm enhancing lesion in the left frontal lobe, consistent with brain metastasis.",
              "Multiple untreated brain metastases, largest 1.2 cm.", "Active brain metastases with surrounding edema.")
          : pick("Brain metastases s/p SRS " + mmyyyy(diagnosed.plusDays(60)) + ", stable.",
              "Treated brain metastases, stable on MRI, off steroids.", "History of brain mets treated with SRS; no new lesions.");
    }

    private String progress(LocalDate visit) {
      int age = Period.between(birth, visit).getYears();
      StringBuilder b = new StringBuilder();
      b.append(pick("Oncology Clinic - Follow-up\n\n", "MEDICAL ONCOLOGY NOTE\n\n", "Progress note\n\n"));
      b.append("HPI:\n").append(age).append(pick(" yo ", " y/o ", "-year-old ")).append(female ? pick("F", "woman") : pick("M", "man"));
      b.append(" with ").append(stage(stage)).append(' ').append(diagnosis).append(" dx ").append(mmyyyy(diagnosed));
      if (!mets.isEmpty()) {
        b.append(" (").append(String.join(", ", mets)).append(" mets)");
      }
      b.append(".\n");
      if (driver != null && chance(0.5)) {
        b.append("Molecular: ").append(driver.notations()[r.nextInt(driver.notations().length)]).append(".\n");
      }
      if (pending) {
        b.append(pick("NGS pending.", "Molecular testing sent, results pending.", "PD-L1 and NGS pending.")).append('\n');
      }
      if (!lines.isEmpty()) {
        b.append("Treatment: ").append(String.join("; ", lines)).append(".\n");
      } else if (stage.equals("IV")) {
        b.append("Treatment-naive, newly diagnosed.\n");
      }
      b.append(performance()).append(".\n\n");
      b.append("PMH: ").append(history()).append("\n");
      if (chance(0.35)) {
        b.append("Family history: ").append(pick("mother with breast cancer (BRCA2 carrier)", "father with colon cancer at 52",
            "sister with EGFR-mutant lung cancer", "no family history of cancer")).append(".\n");
      }
      b.append("Labs: ").append(labs()).append("\n\n");
      b.append("Assessment/Plan:\n").append(plan());
      return b.toString();
    }

    private String followUp(LocalDate visit) {
      return pick("Telephone follow-up. ", "Return visit. ", "Toxicity check. ")
          + (lastDrug == null ? "Off therapy. " : "Continues " + lastDrug + ". ")
          + performance() + ". Labs: " + labs() + (chance(0.3) ? "\nNo fever, no diarrhea, denies shortness of breath." : "")
          + (chance(0.2) ? "\nNext visit " + mmyyyy(visit.plusDays(28)) + "." : "");
    }

    private String stage(String s) {
      if (s.equals("IV") && cancer.equals("NSCLC") && chance(0.3)) {
        return pick("cT2aN2M1b", "T3N1M1c", "stage IVB (cT4N3M1c)");
      }
      if (s.equals("IV") && chance(0.3)) {
        return "metastatic";
      }
      return "stage " + s + (s.equals("IV") ? pick("", "A", "B") : "");
    }

    private String performance() {
      int ecog = chance(0.3) ? 0 : chance(0.65) ? 1 : chance(0.7) ? 2 : 3;
      return chance(0.8) ? pick("ECOG " + ecog, "ECOG PS " + ecog, "performance status ECOG " + ecog)
          : pick("KPS ", "Karnofsky ") + (90 - 10 * ecog) + (chance(0.5) ? "%" : "");
    }

    private String history() {
      List<String> items = new ArrayList<>();
      items.add(pick("HTN", "hypertension", "HLD", "GERD"));
      if (chance(0.3)) {
        items.add(pick("T2DM", "type 2 diabetes", "COPD", "hypothyroidism"));
      }
      if (chance(0.12)) {
        items.add(pick("rheumatoid arthritis on methotrexate", "psoriasis", "ulcerative colitis"));
      }
      if (chance(0.08)) {
        items.add(pick("history of hepatitis B, treated", "remote history of melanoma (2009), excised", "prior DVT 2019"));
      }
      if (chance(0.25)) {
        items.add(pick("no history of ILD or pneumonitis", "no autoimmune disease", "HIV negative"));
      }
      return String.join(", ", items);
    }

    private String labs() {
      List<String> out = new ArrayList<>();
      double anc = round1(chance(0.9) ? 1.6 + r.nextDouble() * 4 : 0.5 + r.nextDouble());
      out.add(pick("ANC " + anc, "ANC " + anc + " x10^9/L", "ANC " + String.format(Locale.ROOT, "%,d", Math.round(anc * 1000)) + "/uL"));
      double hgb = round1(chance(0.85) ? 9.5 + r.nextDouble() * 5 : 7.5 + r.nextDouble() * 2);
      out.add(pick("Hgb " + hgb, "Hgb " + hgb + " g/dL", "Hb " + Math.round(hgb * 10) + " g/L"));
      int plt = chance(0.9) ? 120 + r.nextInt(300) : 40 + r.nextInt(70);
      out.add(pick("Plt " + plt, "platelets " + plt + " K/uL", "PLT " + plt + " x10^9/L"));
      double cr = round1(chance(0.9) ? 0.6 + r.nextDouble() * 0.8 : 1.6 + r.nextDouble());
      out.add(pick("Cr " + cr, "creatinine " + cr + " mg/dL", "creatinine " + Math.round(cr * 88.4) + " umol/L"));
      int ast = chance(0.88) ? 14 + r.nextInt(30) : 80 + r.nextInt(150);
      out.add(pick("AST " + ast, "AST " + ast + " U/L (ULN 40)", "AST " + ast + " IU/L"));
      if (chance(0.7)) {
        out.add("ALT " + (chance(0.9) ? 10 + r.nextInt(35) : 90 + r.nextInt(120)));
      }
      if (chance(0.6)) {
        double bili = round1(chance(0.92) ? 0.3 + r.nextDouble() : 1.5 + r.nextDouble() * 2);
        out.add(pick("T bili " + bili, "total bilirubin " + bili + " mg/dL (ULN 1.2)", "Tbili " + bili));
      }
      return String.join(", ", out);
    }

    private static double round1(double v) {
      return Math.round(v * 10) / 10.0;
    }

    private String plan() {
      List<String> out = new ArrayList<>();
      if (pending && driver != null && driver.notations()[0].contains("G12C")) {
        out.add("If KRAS G12C positive, consider sotorasib.");
      } else if (pending) {
        out.add(pick("Await NGS; if EGFR mutation is found, would consider osimertinib.", "Will decide on therapy once biomarkers return."));
      }
      if (lastDrug != null) {
        out.add(pick("Continue " + lastDrug + ".", "Tolerating " + lastDrug + "; continue with restaging in 8 weeks."));
      } else if (stage.equals("IV")) {
        out.add(pick("Discuss clinical trial options.", "Refer for trial screening.", "Plan systemic therapy; consider trial."));
      } else {
        out.add(pick("Surveillance imaging in 3 months.", "Continue surveillance.", "Adjuvant therapy discussed."));
      }
      if (mets.contains("brain") && chance(0.5)) {
        out.add("Repeat MRI brain in 6 weeks.");
      }
      return String.join("\n", out);
    }
  }
}
