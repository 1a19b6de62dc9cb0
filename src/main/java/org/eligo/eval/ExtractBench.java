package org.eligo.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eligo.context.ConText;
import org.eligo.core.CharSpan;
import org.eligo.core.Note;
import org.eligo.extract.Extractors;
import org.eligo.extract.Mention;
import org.eligo.lexicon.Lexicons;
import org.eligo.lexicon.PhraseMatcher;
import org.eligo.text.Document;
import org.eligo.text.Segmenter;

/**
 * Throughput of the extract pipeline (sections, sentences, extraction, context) on a stream of
 * notes made from seed notes with their numbers changed, a small batch at a time so that memory
 * does not grow with the corpus (only the pipeline's calls are timed, in wall-clock and in thread CPU time, not the drawing of notes); and of CoreNLP's tokenize,ssplit,pos,lemma,ner (fine-grained
 * NER off) on the first part of the same stream.
 */
public final class ExtractBench {

  /**
   * Characters, wall-clock seconds and the CPU seconds of the timing thread spent in the timed calls
   * (wall time includes waiting for a core on a loaded machine; CPU time does not), and the highest
   * heap seen.
   */
  public record Result(String what, long chars, double seconds, double cpuSeconds, long mentions, long peakHeapBytes) {
    public double mbPerSecond() {
      return chars / 1e6 / seconds;
    }

    /** MB of text per CPU-second of the thread: the throughput of one core. */
    public double mbPerCpuSecond() {
      return chars / 1e6 / cpuSeconds;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  /** Notes drawn, then timed, at a time: few enough to keep memory flat, enough to make clock readings rare. */
  private static final int BATCH = 256;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Note> seeds;
  private final long seed;

  public ExtractBench(List<Note> seeds, long seed) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("benchmark needs at least one seed note");
    }
    this.seeds = List.copyOf(seeds);
    this.seed = seed;
  }

  /** The i-th generated note: a seed note with every number replaced by another of the same length. */
  Note note(Random random, int i) {
    Note base = seeds.get(random.nextInt(seeds.size()));
    Matcher m = NUMBER.matcher(base.text());
    StringBuilder sb = new StringBuilder(base.text().length());
    while (m.find()) {
      StringBuilder digits = new StringBuilder();
      for (int k = 0; k < m.group().length(); k++) {
        digits.append((char) ('0' + (k == 0 && m.group().length() > 1 ? 1 + random.nextInt(9) : random.nextInt(10))));
      }
      m.appendReplacement(sb, digits.toString());
    }
    m.appendTail(sb);
    return new Note("B" + i, "B" + i + "-N", base.date(), base.type(), sb.toString());
  }

  public Result eligo(Lexicons lex, long targetChars) {
    Segmenter segmenter = new Segmenter(lex.sections());
    Extractors extractors = new Extractors(lex);
    ConText context = new ConText(lex.cues());
    Random random = new Random(seed);
    // Warm up on a separate stream so that the JIT has compiled the hot paths.
    Random warm = new Random(seed + 1);
    for (int i = 0; i < 2000; i++) {
      Document d = segmenter.segment(note(warm, i));
      Map<CharSpan, PhraseMatcher.Tokens> tokens = new HashMap<>();
      context.annotate(d, extractors.extract(d, tokens), tokens);
    }
    long chars = 0;
    long mentions = 0;
    long peak = 0;
    // Only the pipeline is timed: the notes of a batch are drawn first (the benchmark's own work),
    // then the batch goes through the pipeline between two readings of both clocks.
    long nanos = 0;
    long cpuNanos = 0;
    List<Note> batch = new ArrayList<>(BATCH);
    for (int i = 0; chars < targetChars; ) {
      batch.clear();
      for (int k = 0; k < BATCH && chars < targetChars; k++, i++) {
        Note n = note(random, i);
        batch.add(n);
        chars += n.text().length();
      }
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (Note n : batch) {
        Document d = segmenter.segment(n);
        Map<CharSpan, PhraseMatcher.Tokens> tokens = new HashMap<>();
        List<Mention> ms = extractors.extract(d, tokens);
        mentions += context.annotate(d, ms, tokens).size();
      }
      nanos += System.nanoTime() - start;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      peak = Math.max(peak, usedHeap());
    }
    return new Result("eligo extract (1 thread)", chars, nanos / 1e9, cpuNanos / 1e9, mentions, Math.max(peak, usedHeap()));
  }

  public Result coreNlp(long targetChars) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "true");
    edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline = new edu.stanford.nlp.pipeline.StanfordCoreNLP(props);
    Random random = new Random(seed);
    pipeline.process(note(new Random(seed + 1), 0).text());
    long chars = 0;
    long tokens = 0;
    long peak = 0;
    long nanos = 0;
    long cpuNanos = 0;
    for (int i = 0; chars < targetChars; i++) {
      Note n = note(random, i);
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      edu.stanford.nlp.pipeline.CoreDocument doc = new edu.stanford.nlp.pipeline.CoreDocument(n.text());
      pipeline.annotate(doc);
      nanos += System.nanoTime() - start;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      tokens += doc.tokens().size();
      chars += n.text().length();
      peak = Math.max(peak, usedHeap());
    }
    return new Result("CoreNLP tokenize,ssplit,pos,lemma,ner (1 thread)", chars, nanos / 1e9, cpuNanos / 1e9, tokens, peak);
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** Seed notes must hold text; the list is what the caller read. */
  public static List<Note> nonEmpty(List<Note> notes) {
    List<Note> out = new ArrayList<>();
    for (Note n : notes) {
      if (!n.text().isBlank()) {
        out.add(n);
      }
    }
    return out;
  }
}
