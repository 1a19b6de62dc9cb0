package org.eligo.predict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The immune-related adverse event table of Sayer et al. (NSCLC on checkpoint inhibitors; comma-separated,
 * quoted): the outcome {@code irAE.1_pos_neg} (positive = any irAE) and the pre-treatment coded columns of
 * {@link #FEATURES}. Mutation columns are left out: an empty cell there does not say whether the gene was tested.
 */
public final class IraeCohort {
  public static final List<String> FEATURES = List.of("Age.at.diagnosis", "male", "Asian", "Black", "White", "Smoking",
      "Adenocarcinoma", "Squamous", "StageIorII", "StageIII", "StageIV", "pdl1_neg", "pdl1_149", "pdl1_50100",
      "antipd1", "antipdl1", "priortki", "Line.of.immunotherapy..1");
  static final String OUTCOME = "irAE.1_pos_neg";

  private IraeCohort() {}

  /** Encoded rows: features in the order of {@link #FEATURES}, outcome 1 for any irAE; {@code skipped} rows lacked a value. */
  public record Data(double[][] x, int[] y, int skipped) {}

  public static Data read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PredictException("cannot read " + file + ": " + e.getMessage());
    }
    if (lines.isEmpty()) {
      throw new PredictException(file + ": empty file, no header row");
    }
    List<String> header = split(lines.get(0));
    int[] col = new int[FEATURES.size()];
    for (int j = 0; j < col.length; j++) {
      col[j] = header.indexOf(FEATURES.get(j));
      if (col[j] < 0) {
        throw new PredictException(file + ": no column " + FEATURES.get(j));
      }
    }
    int out = header.indexOf(OUTCOME);
    if (out < 0) {
      throw new PredictException(file + ": no column " + OUTCOME);
    }
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    int skipped = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> cells = split(lines.get(i));
      if (cells.size() != header.size()) {
        throw new PredictException(file + " line " + (i + 1) + ": " + cells.size() + " cells, the header has " + header.size());
      }
      String o = cells.get(out);
      double[] v = new double[col.length];
      boolean complete = o.equals("positive") || o.equals("negative");
      for (int j = 0; j < col.length && complete; j++) {
        String c = cells.get(col[j]);
        if (c.isEmpty() || c.equals("NA")) {
          complete = false;
        } else {
          try {
            // ages are top-coded for de-identification ("89+"): the bound is taken as the value
            v[j] = Double.parseDouble(c.endsWith("+") ? c.substring(0, c.length() - 1) : c);
          } catch (NumberFormatException e) {
            throw new PredictException(file + " line " + (i + 1) + " field " + FEATURES.get(j) + ": not a number");
          }
        }
      }
      if (!complete) {
        skipped++;
        continue;
      }
      xs.add(v);
      ys.add(o.equals("positive") ? 1 : 0);
    }
    return new Data(xs.toArray(new double[0][]), ys.stream().mapToInt(Integer::intValue).toArray(), skipped);
  }

  /** One comma-separated line; double quotes enclose cells with commas, a doubled quote inside is one quote. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    cells.add(cur.toString());
    return cells;
  }

  /** Held-out AUC of Tribuo's logistic regression over {@code repeats} x {@code folds} stratified CV: one mean per repeat. */
  public static double[] crossValidatedAuc(Data d, int folds, int repeats, long seed) {
    double[] out = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      int[] fold = ResponseTrainer.folds(d.y(), folds, seed + r);
      double[] score = new double[d.y().length];
      double sum = 0;
      for (int k = 0; k < folds; k++) {
        List<double[]> trX = new ArrayList<>();
        List<Integer> trY = new ArrayList<>();
        for (int i = 0; i < d.y().length; i++) {
          if (fold[i] != k) {
            trX.add(d.x()[i]);
            trY.add(d.y()[i]);
          }
        }
        ResponseTrainer.Fit f = ResponseTrainer.fit(trX.toArray(new double[0][]), trY.stream().mapToInt(Integer::intValue).toArray(),
            FEATURES, 0.05, 10, seed + r);
        List<Double> s = new ArrayList<>();
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < d.y().length; i++) {
          if (fold[i] == k) {
            s.add(f.probability(d.x()[i]));
            l.add(d.y()[i]);
          }
        }
        sum += Metrics.auc(s.stream().mapToDouble(Double::doubleValue).toArray(), l.stream().mapToInt(Integer::intValue).toArray());
      }
      out[r] = sum / folds;
    }
    return out;
  }
}
