package org.eligo.design;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eligo.intake.PatientInfo;
import org.eligo.patient.PatientRecord;

/**
 * The groups fairness compares: sex and age band from each record (structured demographics
 * first), race and ethnicity from the registry's patients file when one is given.
 */
public final class Groups {
  /** Lower bounds of the age bands after the first: under 50, 50–64, 65–74, 75 and over. */
  private static final int[] AGE_CUTS = {50, 65, 75};
  private static final String[] AGE_LABELS = {"<50", "50-64", "65-74", ">=75"};

  private Groups() {}

  public static String ageBand(int age) {
    for (int i = 0; i < AGE_CUTS.length; i++) {
      if (age < AGE_CUTS[i]) {
        return AGE_LABELS[i];
      }
    }
    return AGE_LABELS[AGE_LABELS.length - 1];
  }

  /** dimension → patient id → group; race and ethnicity only when {@code registry} is non-null. */
  public static Map<String, Map<String, String>> of(List<PatientRecord> records, Map<String, PatientInfo> registry) {
    Map<String, Map<String, String>> g = new LinkedHashMap<>();
    Map<String, String> sex = new HashMap<>();
    Map<String, String> age = new HashMap<>();
    for (PatientRecord p : records) {
      FactorSource.Reading s = FactorSource.SEX.read(p);
      if (!s.isMissing()) {
        sex.put(p.patientId(), s.category());
      }
      FactorSource.Reading a = FactorSource.AGE.read(p);
      if (!a.isMissing()) {
        age.put(p.patientId(), ageBand(a.value().intValue()));
      }
    }
    g.put("sex", sex);
    g.put("ageBand", age);
    if (registry != null) {
      Map<String, String> race = new HashMap<>();
      Map<String, String> ethnicity = new HashMap<>();
      registry.forEach((id, info) -> {
        if (info.race() != null) {
          race.put(id, info.race());
        }
        if (info.ethnicity() != null) {
          ethnicity.put(id, info.ethnicity());
        }
      });
      g.put("race", race);
      g.put("ethnicity", ethnicity);
    }
    return g;
  }
}
