package org.eligo.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eligo.core.Problems;
import org.eligo.criteria.CriteriaSegmenter;
import org.eligo.criteria.Criterion;
import org.eligo.criteria.CriterionParser;
import org.eligo.criteria.Trial;
import org.eligo.criteria.TrialReader;
import org.eligo.lexicon.Lexicons;

/**
 * Time to read and parse each trial file with a warm JVM and no parse cache (every read uses a
 * fresh {@link TrialReader}), and a digest of every parse: a trial whose digest differs between
 * rounds, or between two runs of the command, parses differently from one run to the next.
 */
public final class CriteriaBench {
  /** One trial file: its criteria, its parse time over the timed rounds, the digest of its parse. */
  public record TrialTime(String file, int criteria, double meanMillis, double maxMillis, String digest, boolean stable) {}

  /** Every file, the mean over files of their mean time, the slowest round, and the digest of all parses. */
  public record Result(List<TrialTime> trials, int rounds, double meanMillis, double maxMillis, String digest) {
    public boolean stable() {
      return trials.stream().allMatch(TrialTime::stable);
    }
  }

  private final CriteriaSegmenter segmenter = new CriteriaSegmenter();
  private final CriterionParser parser;

  public CriteriaBench(Lexicons lexicons) {
    this.parser = new CriterionParser(Objects.requireNonNull(lexicons, "lexicons"));
  }

  /** Study files of {@code fileOrDir} (one file, or the {@code *.json} of a folder in name order). */
  public static List<Path> files(Path fileOrDir) {
    if (!Files.isDirectory(fileOrDir)) {
      return List.of(fileOrDir);
    }
    try (Stream<Path> s = Files.list(fileOrDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code warmup} untimed rounds over all files, then {@code rounds} timed ones. */
  public Result run(List<Path> files, int warmup, int rounds, Problems problems) {
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("rounds must be at least 1 and warm-up rounds at least 0");
    }
    for (int r = 0; r < warmup; r++) {
      for (Path f : files) {
        read(f, new Problems());
      }
    }
    List<TrialTime> out = new ArrayList<>();
    MessageDigest all = sha256();
    double sumOfMeans = 0;
    double max = 0;
    for (Path f : files) {
      String first = null;
      boolean stable = true;
      long total = 0;
      long slowest = 0;
      int criteria = 0;
      for (int r = 0; r < rounds; r++) {
        // Problems of the file are reported once, from the first timed round.
        Problems p = r == 0 ? problems : new Problems();
        long start = System.nanoTime();
        List<Trial> trials = read(f, p);
        long nanos = System.nanoTime() - start;
        total += nanos;
        slowest = Math.max(slowest, nanos);
        String digest = digest(trials);
        criteria = trials.stream().mapToInt(t -> t.criteria().size()).sum();
        if (first == null) {
          first = digest;
        } else if (!first.equals(digest)) {
          stable = false;
        }
      }
      all.update(first.getBytes(StandardCharsets.US_ASCII));
      double mean = total / 1e6 / rounds;
      sumOfMeans += mean;
      max = Math.max(max, slowest / 1e6);
      out.add(new TrialTime(f.getFileName().toString(), criteria, mean, slowest / 1e6, first, stable));
    }
    double mean = files.isEmpty() ? 0 : sumOfMeans / files.size();
    return new Result(List.copyOf(out), rounds, mean, max, HexFormat.of().formatHex(all.digest()).substring(0, 16));
  }

  private List<Trial> read(Path file, Problems problems) {
    return new TrialReader(segmenter, parser).read(file, problems);
  }

  /** SHA-256 (first 16 hex digits) of every criterion of the trials in full: id, kind, text, predicate, reason, required part. */
  static String digest(List<Trial> trials) {
    MessageDigest md = sha256();
    for (Trial t : trials) {
      md.update(t.id().getBytes(StandardCharsets.UTF_8));
      for (Criterion c : t.criteria()) {
        md.update(c.toString().getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
    }
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
