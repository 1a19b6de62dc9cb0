package org.eligo.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesion the criterion describes by its size or by the imaging it is seen on: "Index lesion(s)
 * greater than 0.5 cm3", "Visible index lesion(s) on MRI", "at least one lesion ≥ 1.5 cm that is
 * seen on standard imaging" ({@link Predicate.Lesion}). A lesion with neither is left to the other
 * rules (measurable disease, metastases); words around it that no rule reads stay residue.
 */
final class LesionRule implements Rule {
  private static final Pattern LESION = Pattern.compile(
      "(?:at least (?:one|1|a single)\\s+)?(?:(visible)\\s+)?(?:(index|target)\\s+)?lesions?(?:\\s*\\(s\\))?");
  private static final Pattern SIZE = Pattern.compile(
      "^\\s*,?\\s*(?:(?:that is|of|measuring|with a (?:longest )?diameter of)\\s+)?"
          + "(\u2265|>=|>|\u2264|<=|<|greater than|larger than|more than|at least|over|less than|smaller than)\\s*"
          + "(\\d+(?:\\.\\d+)?)\\s*(cm3|cm\u00b3|cc|cm|mm)\\b");
  private static final Pattern MODALITY = Pattern.compile(
      "^\\s*,?\\s*(?:(?:that|which)\\s+(?:is|are)\\s+)?(?:seen|visible|detected|identified|demonstrated|shown)?\\s*(?:on|by)\\s+"
          + "(?:(?:standard|conventional|baseline)\\s+)?(mri|ct|pet/ct|pet-ct|pet|ultrasound|imaging|mammogra(?:m|phy))\\b");

  @Override
  public void apply(Sentence s, Reading r) {
    String lower = s.lower();
    Matcher m = LESION.matcher(lower);
    while (m.find()) {
      int end = m.end();
      String comparison = null;
      Double size = null;
      String unit = null;
      Matcher sz = SIZE.matcher(lower.substring(end));
      if (sz.lookingAt()) {
        comparison = comparison(sz.group(1));
        size = Double.parseDouble(sz.group(2));
        unit = sz.group(3).equals("cc") || sz.group(3).equals("cm\u00b3") ? "cm3" : sz.group(3);
        end += sz.end();
      }
      String modality = null;
      Matcher mod = MODALITY.matcher(lower.substring(end));
      if (mod.lookingAt()) {
        modality = mod.group(1).equals("pet-ct") ? "PET/CT" : mod.group(1).length() <= 7 && !mod.group(1).equals("imaging")
            && !mod.group(1).startsWith("mammogra") && !mod.group(1).equals("ultrasound") ? mod.group(1).toUpperCase(java.util.Locale.ROOT)
            : mod.group(1);
        end += mod.end();
      }
      if (size == null && modality == null) {
        continue;
      }
      // "visible ... on MRI": seen on it, which the modality says
      String kind = m.group(2) == null ? "lesion" : m.group(2) + " lesion";
      if (m.group(1) != null && modality == null) {
        continue;
      }
      r.add(new Part(new Predicate.Lesion(kind, null, comparison, size, unit, modality, false), m.start(), end));
      s.mask(m.start(), end);
    }
  }

  private static String comparison(String written) {
    return switch (written) {
      case "\u2265", ">=", "at least" -> "\u2265";
      case ">", "greater than", "larger than", "more than", "over" -> ">";
      case "\u2264", "<=" -> "\u2264";
      default -> "<";
    };
  }
}
