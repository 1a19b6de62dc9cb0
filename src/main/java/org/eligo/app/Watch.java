package org.eligo.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.eligo.index.PatientIndex;

/**
 * The drop-folder watcher ({@code eligo watch}): takes each file of the inbox exactly once. A
 * file moves to processing/, its records are committed to the index, a journal line keyed by
 * its content's SHA-256 is forced to disk, and only then does it move to done/ or rejected/
 * (with its error report). A crash at any point leaves the file in processing/ or finished:
 * on start, files left in processing/ are finished first; one whose journal line was written
 * is moved as that line says, any other is read again, which is harmless because taking
 * records is idempotent (a note replaces the note of its noteId, a patient the patient of its
 * id, a trial file the file of its name). Content already taken is a duplicate: moved to done/
 * with a report naming the earlier file, not taken again. One watcher per inbox and index.
 */
public final class Watch {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Inbox inbox;
  private final Journal journal;
  private final Drops drops;
  private final Path indexDir;
  private final long maxBytes;
  private volatile boolean stopping;

  /** Watches {@code inbox} into {@code index}; trials go to {@code trials}; the journal lives in the index folder. */
  public Watch(Eligo eligo, PatientIndex index, Path inbox, Path indexDir, Path trials, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("max bytes must be at least 1, got " + maxBytes);
    }
    this.inbox = new Inbox(inbox);
    this.journal = Journal.open(indexDir.resolve("watch-journal.jsonl"));
    this.drops = new Drops(eligo, index, trials);
    this.indexDir = indexDir;
    this.maxBytes = maxBytes;
  }

  /** Asks a running {@link #once} to stop after the file in hand. */
  public void stop() {
    stopping = true;
  }

  public boolean stopping() {
    return stopping;
  }

  /** Finishes what a previous run left in processing/, then takes every file waiting; each outcome goes to {@code seen}. */
  public void once(Consumer<DropOutcome> seen) {
    try {
      for (Path p : inbox.unfinished()) {
        if (stopping) {
          return;
        }
        seen.accept(process(p, true));
      }
      for (Path p : inbox.waiting()) {
        if (stopping) {
          return;
        }
        if (Files.isSymbolicLink(p)) {
          DropOutcome o = DropOutcome.rejected(p.getFileName().toString(), null, "unknown", null, "symbolic link: not followed");
          inbox.finish(p, false, report(o));
          seen.accept(o);
        } else {
          Optional<Path> taken = inbox.take(p);
          if (taken.isPresent()) {
            seen.accept(process(taken.get(), false));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move a file of the inbox", e);
    }
  }

  private DropOutcome process(Path file, boolean resumed) throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    byte[] bytes = size > maxBytes ? null : Files.readAllBytes(file);
    String sha = bytes == null ? null : key(name, bytes);
    Optional<DropOutcome> last = journal.last();
    if (resumed && last.isPresent() && name.equals(last.get().file()) && Objects.equals(sha, last.get().sha256())) {
      finish(file, last.get());
      return last.get();
    }
    DropOutcome outcome;
    if (bytes == null) {
      outcome = DropOutcome.rejected(name, null, "unknown", null, "file of " + size + " bytes is over the limit of " + maxBytes + " bytes (--max-bytes)");
    } else {
      Optional<DropOutcome> before = journal.takenBefore(sha);
      if (before.isPresent()) {
        outcome = new DropOutcome(name, sha, before.get().kind(), DropOutcome.Status.duplicate, 0, List.of(), before.get().file());
      } else {
        outcome = drops.take(file, bytes, sha);
        audit(outcome, drops.written());
      }
    }
    journal.append(outcome);
    finish(file, outcome);
    return outcome;
  }

  /** One audit line per file read and taken or rejected (not for duplicates): file, hash, kind, status and the patients written. */
  private void audit(DropOutcome o, List<String> patients) {
    ObjectNode entry = AuditLog.entry("watch").put("file", o.file()).put("sha256", o.sha256()).put("kind", o.kind())
        .put("status", o.status().name());
    AuditLog.append(indexDir, AuditLog.ids(entry, "patients", patients));
  }

  private void finish(Path file, DropOutcome o) throws IOException {
    inbox.finish(file, o.status() != DropOutcome.Status.rejected, o.reported() ? report(o) : null);
  }

  private static byte[] report(DropOutcome o) {
    try {
      return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a report", e);
    }
  }

  /**
   * The SHA-256 of a file's content; for a plain-text note of its name, a NUL byte and its
   * content, since the name carries the patient and note ids (the same text under two names is
   * two notes).
   */
  static String key(String name, byte[] bytes) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Drops.kind(Path.of(name), "") == Drops.Kind.note_text) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
