package org.eligo.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eligo.core.Assertion;
import org.eligo.eligibility.Her2;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;

/**
 * Fact-level agreement of extracted records with gold facts (corpus-samples/gold/facts.jsonl),
 * per kind, over the patient's current own facts. Each side becomes a set of keys per patient:
 * variants as gene + change when present and gene alone when tested negative; biomarkers as
 * name + value (PD-L1, TMB) or status (ER/PR positive below 1% negative, HER2 by IHC/ISH, MSI,
 * MMR); ECOG as its value; brain metastases as their status.
 */
public final class FactAgreement {
  public static final List<String> KINDS = List.of("variants", "biomarkers", "ECOG", "brain metastases");

  private final Map<String, Prf> byKind = new LinkedHashMap<>();
  private final Map<String, List<String>> misses = new LinkedHashMap<>();

  public FactAgreement() {
    KINDS.forEach(k -> byKind.put(k, new Prf(k, 0, 0, 0)));
    KINDS.forEach(k -> misses.put(k, new java.util.ArrayList<>()));
  }

  public void add(JsonNode gold, PatientRecord ours) {
    String id = gold.get("patientId").asText();
    for (String kind : KINDS) {
      Set<String> g = goldKeys(gold.get("facts"), kind);
      Set<String> o = kind.equals("variants") ? asGoldNamesGenes(g, ourKeys(ours, kind)) : ourKeys(ours, kind);
      int tp = (int) o.stream().filter(g::contains).count();
      Prf p = byKind.get(kind);
      byKind.put(kind, new Prf(kind, p.tp() + tp, p.fp() + o.size() - tp, p.fn() + g.size() - tp));
      g.stream().filter(x -> !o.contains(x)).forEach(x -> misses.get(kind).add(id + " missed " + x));
      o.stream().filter(x -> !g.contains(x)).forEach(x -> misses.get(kind).add(id + " spurious " + x));
    }
  }

  /** Prior systemic lines: gold "unknown" or absent means no fact; eligo's null likewise. */
  public void addLines(String patientId, Integer gold, PatientRecord ours) {
    Set<String> g = gold == null ? Set.of() : Set.of("lines " + gold);
    Set<String> o = ours.priorLines() == null ? Set.of() : Set.of("lines " + ours.priorLines());
    int tp = (int) o.stream().filter(g::contains).count();
    Prf p = byKind.getOrDefault("prior lines", new Prf("prior lines", 0, 0, 0));
    byKind.put("prior lines", new Prf("prior lines", p.tp() + tp, p.fp() + o.size() - tp, p.fn() + g.size() - tp));
    List<String> m = misses.computeIfAbsent("prior lines", k -> new java.util.ArrayList<>());
    g.stream().filter(x -> !o.contains(x)).forEach(x -> m.add(patientId + " missed " + x));
    o.stream().filter(x -> !g.contains(x)).forEach(x -> m.add(patientId + " spurious " + x));
  }

  public List<Prf> scores() {
    return List.copyOf(byKind.values());
  }

  public List<String> misses(String kind) {
    return List.copyOf(misses.getOrDefault(kind, List.of()));
  }

  /** Kinds scored so far, in order. */
  public List<String> kinds() {
    return List.copyOf(byKind.keySet());
  }

  static Set<String> goldKeys(JsonNode facts, String kind) {
    Set<String> out = new HashSet<>();
    List<Finding.Biomarker> her2 = new java.util.ArrayList<>();
    for (JsonNode f : facts) {
      if (f.path("current").isBoolean() && !f.get("current").asBoolean()) {
        continue;
      }
      String a = f.path("assertion").asText("PRESENT");
      switch (kind) {
        case "variants" -> {
          if (f.get("type").asText().equals("VARIANT") && (a.equals("PRESENT") || a.equals("HISTORICAL") || a.equals("ABSENT"))) {
            String gene = f.get("gene").asText();
            // "PML::RARA" written as the gene: the fusion of its 5' gene, as FORMATS.md names it (gene PML, partner RARA)
            int join = gene.indexOf("::");
            out.add(variantKey(join > 0 ? gene.substring(0, join) : gene, goldChange(f), a.equals("ABSENT")));
          }
        }
        case "biomarkers" -> {
          if (f.get("type").asText().equals("BIOMARKER") && a.equals("PRESENT")) {
            // SP263 reports tumour-cell staining ("TC"), the proportion TPS counts.
            String name = f.get("name").asText().equals("PD-L1 TC") ? "PD-L1 TPS" : f.get("name").asText();
            if (!SCORED_BIOMARKERS.contains(name)) {
              continue;
            }
            Double v = f.hasNonNull("value") ? f.get("value").asDouble() : null;
            String category = f.path("category").asText(null);
            String comparator = f.path("comparator").asText(null);
            java.util.regex.Matcher written = WRITTEN_BOUND.matcher(f.path("detail").asText(""));
            if (v != null && category == null && comparator == null && written.matches() && !name.equals("ER") && !name.equals("PR")) {
              // "value 0, detail <1%": the note wrote a bound, which eligo keeps as written.
              category = written.group(1).replace("≥", ">=").replace("≤", "<=") + written.group(2) + (name.equals("PD-L1 CPS") ? "" : "%");
              v = null;
            }
            if (comparator != null && v != null) {
              // "value 1, comparator <" is the category eligo writes as "<1%" (below 1% is negative for ER/PR).
              if (name.equals("ER") || name.equals("PR")) {
                v = comparator.startsWith("<") && v <= 1 ? 0.0 : v;
              } else {
                category = comparator + number(v) + f.path("unit").asText("");
                v = null;
              }
            }
            if (name.equals("HER2")) {
              // "2+ / ISH not amplified": each part a result; "pending" none.
              for (String part : category == null ? new String[] {null} : category.split("\\s*[/;,]\\s*")) {
                if (!"pending".equalsIgnoreCase(part)) {
                  her2.add(goldHer2(f, part));
                }
              }
              // "2+" with detail "ISH not amplified, ratio 1.1": the ISH result the gold wrote beside the score.
              java.util.regex.Matcher ish = GOLD_ISH_DETAIL.matcher(f.path("detail").asText(""));
              if (ish.find() && !"ISH".equals(goldHer2(f, category).assay())) {
                boolean amplified = ish.group(1).equalsIgnoreCase("amplified") || ish.group(1).equalsIgnoreCase("positive");
                her2.add(new Finding.Biomarker("HER2", null, amplified ? "amplified" : "not amplified", null, "ISH"));
              }
              continue;
            }
            String key = biomarkerKey(name, v, category);
            if (key != null) {
              out.add(key);
            }
          }
        }
        case "ECOG" -> {
          if (f.get("type").asText().equals("PERFORMANCE_STATUS") && f.path("scale").asText().equals("ECOG")) {
            out.add("ECOG " + f.get("value").asInt());
          }
        }
        default -> {
          if (f.get("type").asText().equals("METASTASIS") && f.path("site").asText().equals("brain")) {
            out.add("brain " + f.get("status").asText());
          }
        }
      }
    }
    // The HER2 results combine into one status (ASCO/CAP), as on eligo's side: IHC 1+ with FISH amplified is positive.
    String status = her2.isEmpty() ? null : Her2.readResults(her2).status();
    if (status != null) {
      out.add("HER2 " + status);
    }
    return out;
  }

  /** A gold HER2 result in eligo's terms: an IHC score, an ISH result ("ISH not amplified", assay FISH), or a stated status. */
  private static Finding.Biomarker goldHer2(JsonNode f, String category) {
    String c = category == null ? null : category.trim().toLowerCase(Locale.ROOT);
    String assay = f.path("assay").asText("").toUpperCase(Locale.ROOT);
    boolean ish = assay.matches(".*\\b[FSC]?ISH\\b.*") || (c != null && c.matches(".*\\b[fsc]?ish\\b.*"));
    if (c != null && ish) {
      c = c.replaceAll("\\b[fsc]?ish\\b", "").replace("non-amplified", "not amplified").trim();
    }
    String kind = c != null && c.matches("[0-3]\\+?") ? "IHC" : ish ? "ISH" : assay.startsWith("IHC") ? "IHC" : null;
    if ("IHC".equals(kind) && c != null && c.matches("[0-3]")) {
      c = c.equals("0") ? c : c + "+";
    }
    return new Finding.Biomarker("HER2", null, c, null, kind);
  }

  static Set<String> ourKeys(PatientRecord r, String kind) {
    Set<String> out = new HashSet<>();
    switch (kind) {
      case "variants" -> own(r, FactType.VARIANT).forEach(f -> {
        Finding.Variant v = (Finding.Variant) f.finding();
        out.add(variantKey(v.gene(), v.variant(), f.assertion() == Assertion.ABSENT));
      });
      case "biomarkers" -> {
        List<Fact> her2 = own(r, FactType.BIOMARKER).filter(f -> ((Finding.Biomarker) f.finding()).name().equals("HER2")).toList();
        if (!her2.isEmpty()) {
          LocalDate newest = her2.stream().map(Fact::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
          String s = Her2.read(her2.stream().filter(f -> Objects.equals(f.date(), newest)).toList()).status();
          if (s != null) {
            out.add("HER2 " + s);
          }
        }
        Set<String> measured = new HashSet<>();
        own(r, FactType.BIOMARKER).map(f -> (Finding.Biomarker) f.finding()).filter(b -> b.value() != null).forEach(b -> measured.add(b.name()));
        own(r, FactType.BIOMARKER).filter(f -> !((Finding.Biomarker) f.finding()).name().equals("HER2")
            && SCORED_BIOMARKERS.contains(((Finding.Biomarker) f.finding()).name())).forEach(f -> {
          Finding.Biomarker b = (Finding.Biomarker) f.finding();
          if (b.value() == null && measured.contains(b.name()) && !b.name().equals("ER") && !b.name().equals("PR")) {
            return; // "PD-L1 high" beside "PD-L1 90%": one result, counted once
          }
          String key = biomarkerKey(b.name(), b.value(), b.category());
          if (key != null) {
            out.add(key);
          }
        });
      }
      case "ECOG" -> own(r, FactType.PERFORMANCE_STATUS).map(f -> (Finding.PerformanceStatus) f.finding())
          .filter(p -> p.scale().equals("ECOG")).forEach(p -> out.add("ECOG " + p.value()));
      default -> {
        // The consolidated status, as the screening sees it: worst of the current statements.
        List<String> st = own(r, FactType.METASTASIS).map(f -> (Finding.Metastasis) f.finding())
            .filter(m -> m.site().equals("brain")).map(m -> m.status().name()).toList();
        for (String s : List.of("ACTIVE", "TREATED_STABLE", "ABSENT", "UNKNOWN")) {
          if (st.contains(s)) {
            out.add("brain " + s);
            break;
          }
        }
      }
    }
    return out;
  }

  private static java.util.stream.Stream<Fact> own(PatientRecord r, FactType t) {
    return r.current(t).filter(f -> f.assertion() == Assertion.PRESENT || f.assertion() == Assertion.HISTORICAL
        || f.assertion() == Assertion.ABSENT);
  }

  /**
   * A gold variant's change: its {@code variant}, or, when a gold author left that null but wrote
   * the protein change in {@code hgvs} ("p.(Ser1982Argfs*22)"), that change in short form, as
   * FORMATS.md defines {@code variant}. A cDNA change a gold author wrote as the variant is read as
   * FORMATS.md has it: the gene altered, its change in {@code hgvs}.
   */
  private static String goldChange(JsonNode f) {
    if (f.hasNonNull("variant")) {
      String v = f.get("variant").asText();
      // a cDNA change belongs in hgvs; FORMATS.md's variant is then null (the gene altered)
      return v.startsWith("c.") ? null : v;
    }
    return f.hasNonNull("hgvs") ? org.eligo.extract.ProteinChange.writtenIn(f.get("hgvs").asText()) : null;
  }

  /**
   * A gold author who wrote a gene altered without its change ("APC", variant null) is matched by
   * the changes eligo names in that gene ("APC R1450*", "APC T1556Nfs*3"), counted once as the
   * gene altered, when the gold names no change of that gene itself.
   */
  static Set<String> asGoldNamesGenes(Set<String> gold, Set<String> ours) {
    Set<String> out = new HashSet<>(ours);
    for (String key : gold) {
      if (!key.endsWith(" altered")) {
        continue;
      }
      String prefix = key.substring(0, key.length() - "altered".length());
      boolean goldNamesChange = gold.stream().anyMatch(k -> k.startsWith(prefix) && !k.equals(key) && !k.endsWith(" negative"));
      List<String> changes = ours.stream().filter(k -> k.startsWith(prefix) && !k.endsWith(" negative")).toList();
      if (!goldNamesChange && !changes.isEmpty() && !ours.contains(key)) {
        out.removeAll(changes);
        out.add(key);
      }
    }
    return out;
  }

  static String variantKey(String gene, String variant, boolean absent) {
    return absent ? gene + " negative" : gene + " " + (variant == null ? "altered" : variant);
  }

  /** The biomarkers the extraction issue names; others a gold file lists (Ki-67, M-protein) are not scored. */
  static final Set<String> SCORED_BIOMARKERS =
      Set.of("PD-L1 TPS", "PD-L1 CPS", "PD-L1 IC", "TMB", "MSI", "MMR", "HER2", "ER", "PR");
  private static final java.util.regex.Pattern GOLD_ISH_DETAIL = java.util.regex.Pattern.compile(
      "(?i)\\b[FSCD]?ISH\\b[^;]{0,30}?\\b(not amplified|non-amplified|negative|amplified|positive)\\b");
  private static final java.util.regex.Pattern WRITTEN_BOUND = java.util.regex.Pattern.compile("^\\s*(<=?|>=?|≥|≤)\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*$");

  static String biomarkerKey(String name, Double value, String category) {
    switch (name) {
      case "ER", "PR" -> {
        // A category written as a bound below 1% ("<1%") is negative by the receptor's definition.
        String s = value != null ? (value >= 1 ? "positive" : "negative")
            : category != null && category.replace(" ", "").matches("<1%?") ? "negative" : category;
        return s == null ? null : name + " " + s.toLowerCase(Locale.ROOT);
      }
      case "HER2" -> {
        return category == null || category.equals("pending") ? null : "HER2 " + category.toLowerCase(Locale.ROOT);
      }
      default -> {
        if (value != null) {
          return name + " " + number(value);
        }
        return category == null ? null : name + " " + category;
      }
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
