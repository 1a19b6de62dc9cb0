package org.eligo.extract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Protein change notations (p.G12C, G12C, p.Gly12Cys, Val600Lys, G12X) to the short form. */
public final class ProteinChange {
  private static final Map<String, String> THREE = Map.ofEntries(
      Map.entry("Ala", "A"), Map.entry("Arg", "R"), Map.entry("Asn", "N"), Map.entry("Asp", "D"),
      Map.entry("Cys", "C"), Map.entry("Gln", "Q"), Map.entry("Glu", "E"), Map.entry("Gly", "G"),
      Map.entry("His", "H"), Map.entry("Ile", "I"), Map.entry("Leu", "L"), Map.entry("Lys", "K"),
      Map.entry("Met", "M"), Map.entry("Phe", "F"), Map.entry("Pro", "P"), Map.entry("Ser", "S"),
      Map.entry("Thr", "T"), Map.entry("Trp", "W"), Map.entry("Tyr", "Y"), Map.entry("Val", "V"),
      Map.entry("Ter", "*"));
  private static final String AA3 = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val";
  private static final String AA1 = "[ACDEFGHIKLMNPQRSTVWY]";

  /** A substitution or frameshift; the alternate residue may be missing (codon level, "V600"). */
  static final Pattern SUBSTITUTION = Pattern.compile(
      "(?:p\\.\\s?)?\\(?(" + AA3 + "|" + AA1 + ")(\\d{1,4})((?:" + AA3 + "|" + AA1 + ")?fs(?:\\*|Ter|X)?\\d*|" + AA3 + "|Ter|" + AA1
          + "|\\*|X)?\\)?(?![A-Za-z0-9_>])");

  /** An in-frame deletion/duplication/insertion range such as E746_A750del. */
  static final Pattern RANGE = Pattern.compile(
      "(?:p\\.\\s?)?\\(?((?:" + AA3 + "|" + AA1 + ")(\\d{1,4})_(?:" + AA3 + "|" + AA1 + ")(\\d{1,4})(?:delins[A-Z]+|del|dup|ins[A-Z]+))\\)?");

  private static final Pattern THREE_LETTER = Pattern.compile(AA3);
  private static final Pattern POSITION = Pattern.compile("^[A-Z*](\\d+)");

  private ProteinChange() {}

  /** The one-letter short form of the match, e.g. "G12C", "V600", "E746_A750del". */
  static String shortForm(Matcher m) {
    String ref = one(m.group(1));
    String alt = m.group(3) == null ? "" : m.group(3).contains("fs") ? frameshift(m.group(3)) : one(m.group(3));
    return ref + m.group(2) + alt;
  }

  /** "Valfs*17", "VfsTer17", "fsX5", "fs" to the one-letter form: "Vfs*17", "Vfs*17", "fs*5", "fs". */
  private static String frameshift(String alt) {
    int fs = alt.indexOf("fs");
    String residue = fs == 0 ? "" : one(alt.substring(0, fs));
    String stop = alt.substring(fs + 2).replaceFirst("^(?:\\*|Ter|X)", "");
    return residue + "fs" + (stop.isEmpty() ? "" : "*" + stop);
  }

  static String shortRange(String range) {
    Matcher m = THREE_LETTER.matcher(range);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, THREE.get(m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String one(String aa) {
    if (aa.length() == 3) {
      return THREE.get(aa);
    }
    return aa;
  }

  private static final Pattern WRITTEN_P = Pattern.compile("\\bp\\.\\s?\\(?");

  /**
   * The short form of the first protein change written with "p." in {@code hgvs}
   * ("c.5946delT p.(Ser1982Argfs*22)" → "S1982Rfs*22"), or null when it names none.
   */
  public static String writtenIn(String hgvs) {
    Matcher p = WRITTEN_P.matcher(hgvs);
    if (!p.find()) {
      return null;
    }
    Matcher m = SUBSTITUTION.matcher(hgvs).region(p.end(), hgvs.length());
    return m.lookingAt() && m.group(3) != null ? shortForm(m) : null;
  }

  /** The one-letter code of a three-letter amino acid ("Gly" → "G", "Ter" → "*"), or null. */
  public static String oneLetter(String threeLetter) {
    return THREE.get(threeLetter);
  }

  static Optional<Integer> position(String shortForm) {
    Matcher m = POSITION.matcher(shortForm);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
