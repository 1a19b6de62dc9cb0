package org.eligo.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eligo.core.Problems;
import org.eligo.eligibility.Status;

/** Gold statuses per trial × patient from a TSV with columns trialId, patientId, status. */
public final class StatusGold {
  private StatusGold() {}

  /** Key "trialId patientId" → status, in file order. */
  public static Map<String, Status> read(Path file, Problems problems) {
    Map<String, Status> out = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold " + file, e);
    }
    if (lines.isEmpty()) {
      problems.add(file.toString(), 0, null, "empty gold file");
      return out;
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int t = header.indexOf("trialId");
    int p = header.indexOf("patientId");
    int s = header.indexOf("status");
    if (t < 0 || p < 0 || s < 0) {
      problems.add(file.toString(), 1, null, "header must name trialId, patientId and status");
      return out;
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cells = lines.get(i).split("\t", -1);
      if (cells.length <= Math.max(t, Math.max(p, s))) {
        problems.add(file.toString(), i + 1, null, "too few columns");
        continue;
      }
      try {
        out.put(cells[t] + " " + cells[p], Status.valueOf(cells[s].trim()));
      } catch (IllegalArgumentException e) {
        problems.add(file.toString(), i + 1, "status", "unknown status '" + cells[s] + "'");
      }
    }
    return out;
  }
}
