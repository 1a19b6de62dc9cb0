package org.eligo.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eligo.core.Note;
import org.eligo.core.Problems;
import org.eligo.index.PatientIndex;
import org.eligo.intake.NoteReader;
import org.eligo.intake.PatientInfo;
import org.eligo.patient.Consolidator;
import org.eligo.patient.PatientRecord;

/**
 * Notes on disk → records → the index, one patient at a time on a pool of threads (one per
 * core) that share the index's one writer. The notes file is streamed: the notes of a patient
 * on consecutive lines form a group that is derived and written while the next ones are read,
 * so only the groups in flight are in memory. A patient already in the index keeps its stored
 * notes (a note with a known noteId replaces the stored one). Notes of a patient that come
 * back after other patients' notes are held until the end and merged with what was written
 * for that patient, so the order of the file never changes a record.
 */
public final class Ingest {
  private final Eligo eligo;
  private final PatientIndex index;
  private final int threads;

  public Ingest(Eligo eligo, PatientIndex index, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.eligo = eligo;
    this.index = index;
    this.threads = threads;
  }

  /**
   * What a run did: patients new to the index, patients replaced, notes read; disagreements in
   * patient order; the ids of the patients written, sorted.
   */
  public record Result(int fresh, int replaced, long notes, List<Consolidator.Disagreement> disagreements, List<String> patients) {}

  /** Reads, derives, writes and commits; rejected input goes to {@code problems}. */
  public Result run(Path notes, Map<String, PatientInfo> patients, Problems problems) {
    return run(sink -> NoteReader.forEach(notes, problems, sink), patients);
  }

  /** Derives, writes and commits the given notes and patients (either may be empty). */
  public Result run(List<Note> notes, Map<String, PatientInfo> patients) {
    return run(notes::forEach, patients);
  }

  private Result run(Consumer<Consumer<Note>> notes, Map<String, PatientInfo> patients) {
    Run run = new Run(patients);
    try {
      notes.accept(run::accept);
      run.flush();
      for (String id : patients.keySet()) {
        if (!run.seen.contains(id)) {
          run.submit(id, Map.of(), true);
        }
      }
      run.await();
      if (!run.stragglers.isEmpty()) {
        index.commit();
        run.restart();
        run.stragglers.forEach((id, group) -> run.submit(id, group, false));
        run.await();
      }
    } finally {
      run.pool.shutdownNow();
    }
    index.commit();
    List<Consolidator.Disagreement> found = new ArrayList<>();
    new TreeMap<>(run.disagreements).values().forEach(found::addAll);
    found.sort(Comparator.comparing(Consolidator.Disagreement::patientId).thenComparing(Consolidator.Disagreement::field));
    return new Result(run.fresh.get(), run.replaced.get(), run.notes, found, List.copyOf(run.written));
  }

  /** The state of one run: the group being read, the patients seen, the work in flight. */
  private final class Run {
    private final Map<String, PatientInfo> patients;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Map<String, Note>> stragglers = new LinkedHashMap<>();
    private final Map<String, List<Consolidator.Disagreement>> disagreements = new ConcurrentHashMap<>();
    private final AtomicInteger fresh = new AtomicInteger();
    private final AtomicInteger replaced = new AtomicInteger();
    private final Set<String> written = new ConcurrentSkipListSet<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Semaphore inFlight = new Semaphore(threads * 8);
    private ExecutorService pool = Executors.newFixedThreadPool(threads);
    private String current;
    private Map<String, Note> group = new LinkedHashMap<>();
    private long notes;

    Run(Map<String, PatientInfo> patients) {
      this.patients = patients;
    }

    void accept(Note n) {
      notes++;
      if (!n.patientId().equals(current)) {
        flush();
        if (seen.contains(n.patientId())) {
          stragglers.computeIfAbsent(n.patientId(), k -> new LinkedHashMap<>()).put(n.noteId(), n);
          return;
        }
        current = n.patientId();
        seen.add(current);
      }
      group.put(n.noteId(), n);
    }

    void flush() {
      if (current != null) {
        submit(current, group, true);
        current = null;
        group = new LinkedHashMap<>();
      }
    }

    /** Derives and writes a patient from its stored notes and {@code fresh} ones; {@code count} counts it new or replaced. */
    void submit(String id, Map<String, Note> newNotes, boolean count) {
      if (failure.get() != null) {
        throw failure.get();
      }
      inFlight.acquireUninterruptibly();
      pool.execute(() -> {
        try {
          List<Note> stored = index.notes(id);
          if (count) {
            (stored.isEmpty() ? fresh : replaced).incrementAndGet();
          }
          Map<String, Note> merged = new LinkedHashMap<>();
          stored.forEach(n -> merged.put(n.noteId(), n));
          merged.putAll(newNotes);
          PatientInfo given = patients.get(id);
          if (given != null) {
            Note info = given.toNote();
            merged.put(info.noteId(), info); // kept with the notes, so a later notes file keeps these demographics
          }
          List<Note> all = List.copyOf(merged.values());
          List<Consolidator.Disagreement> found = new ArrayList<>();
          PatientRecord r = eligo.record(id, all, patients.get(id), found);
          index.put(r, all);
          written.add(id);
          if (found.isEmpty()) {
            disagreements.remove(id);
          } else {
            disagreements.put(id, found);
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        } finally {
          inFlight.release();
        }
      });
    }

    void await() {
      pool.shutdown();
      try {
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while indexing", e);
      }
      if (failure.get() != null) {
        throw failure.get();
      }
    }

    void restart() {
      pool = Executors.newFixedThreadPool(threads);
    }
  }
}
