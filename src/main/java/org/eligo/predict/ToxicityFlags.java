package org.eligo.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eligo.core.Assertion;
import org.eligo.extract.FactType;
import org.eligo.extract.Finding;
import org.eligo.patient.Fact;
import org.eligo.patient.PatientRecord;

/**
 * Rule-based risk flags for immune checkpoint inhibitor toxicity, read from a patient's extracted facts
 * (docs/ARCHITECTURE.md, "Prediction"). Each flag names the facts that raised it. They are not a model:
 * they restate the usual exclusion reasons of checkpoint-inhibitor trials as warnings.
 */
public final class ToxicityFlags {
  private ToxicityFlags() {}

  /** One raised flag: its code, what it means, and the keys of the facts behind it. */
  public record Flag(String code, String meaning, List<String> facts) {}

  static final String ICI_CLASS = "immune checkpoint inhibitor";
  /** Conditions that, after checkpoint-inhibitor exposure, are read as a possible earlier irAE. */
  static final Set<String> IRAE_CONDITIONS = Set.of("pneumonitis", "myocarditis");

  public static List<Flag> of(PatientRecord record) {
    List<Fact> conditions = record.facts(FactType.CONDITION).filter(Fact::ownPositive).toList();
    List<Fact> ici = record.facts(FactType.THERAPY).filter(Fact::ownPositive)
        .filter(f -> ((Finding.Therapy) f.finding()).classes().contains(ICI_CLASS)).toList();
    List<Flag> flags = new ArrayList<>();
    List<Fact> lung = conditions.stream().filter(f -> "interstitial lung disease".equals(group(f))).toList();
    if (!lung.isEmpty()) {
      flags.add(new Flag("ILD_OR_PNEUMONITIS", "interstitial lung disease or pneumonitis, now or before: risk of checkpoint-inhibitor pneumonitis",
          keys(lung)));
    }
    List<Fact> autoimmune = conditions.stream()
        .filter(f -> "autoimmune disease".equals(group(f)) && f.assertion() == Assertion.PRESENT && f.current()).toList();
    if (!autoimmune.isEmpty()) {
      flags.add(new Flag("ACTIVE_AUTOIMMUNE", "active autoimmune disease: flare under checkpoint inhibitors", keys(autoimmune)));
    }
    List<Fact> transplant = conditions.stream().filter(f -> "organ transplant".equals(group(f))).toList();
    if (!transplant.isEmpty()) {
      flags.add(new Flag("ORGAN_TRANSPLANT", "solid organ or allogeneic stem cell transplant: rejection or graft-versus-host disease",
          keys(transplant)));
    }
    List<Fact> irae = conditions.stream().filter(f -> IRAE_CONDITIONS.contains(((Finding.Condition) f.finding()).name())).toList();
    if (!irae.isEmpty() && !ici.isEmpty()) {
      List<Fact> both = new ArrayList<>(irae);
      both.addAll(ici);
      flags.add(new Flag("PRIOR_IRAE", "pneumonitis or myocarditis after checkpoint-inhibitor therapy: possible earlier irAE (its grade is not read)",
          keys(both)));
    }
    return List.copyOf(flags);
  }

  private static String group(Fact f) {
    return ((Finding.Condition) f.finding()).group();
  }

  private static List<String> keys(List<Fact> facts) {
    return facts.stream().map(f -> f.finding().key()).distinct().collect(Collectors.toList());
  }
}
