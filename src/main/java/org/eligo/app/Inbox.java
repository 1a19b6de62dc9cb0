package org.eligo.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;

/**
 * A drop folder and its three sub-folders. Only direct children are looked at, and a name is
 * only ever used as the last element of a path, so no name can reach outside the folder. Files
 * move by rename within one file system; nothing is deleted or overwritten.
 */
final class Inbox {
  static final String REPORT = ".errors.json";

  private final Path dir;
  private final Path processing;
  private final Path done;
  private final Path rejected;

  Inbox(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("inbox folder not found: " + dir);
    }
    this.dir = dir;
    this.processing = dir.resolve("processing");
    this.done = dir.resolve("done");
    this.rejected = dir.resolve("rejected");
    try {
      PrivateFiles.folder(processing);
      PrivateFiles.folder(done);
      PrivateFiles.folder(rejected);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folders of inbox " + dir, e);
    }
  }

  /** A name still being written by its sender: a leading dot or a {@code .tmp} suffix. */
  static boolean inProgress(String name) {
    return name.startsWith(".") || name.endsWith(".tmp");
  }

  /** Files waiting in the inbox (regular files and symbolic links, never folders), oldest first, then by name. */
  List<Path> waiting() {
    return list(dir);
  }

  /** Files a previous run took and did not finish. */
  List<Path> unfinished() {
    return list(processing);
  }

  private static List<Path> list(Path folder) {
    Map<Path, FileTime> times = new HashMap<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      for (Path p : s) {
        if (inProgress(p.getFileName().toString())) {
          continue;
        }
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (a.isRegularFile() || a.isSymbolicLink()) {
            times.put(p, a.lastModifiedTime());
          }
        } catch (NoSuchFileException e) {
          // renamed or removed by its sender since the listing
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    List<Path> out = new ArrayList<>(times.keySet());
    out.sort(Comparator.comparing((Path p) -> times.get(p)).thenComparing(p -> p.getFileName().toString()));
    return out;
  }

  /** Moves a waiting file into processing/ under its own name; empty when its sender has taken it away since it was listed. */
  Optional<Path> take(Path file) throws IOException {
    Path target = processing.resolve(file.getFileName().toString());
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("processing/" + file.getFileName() + " exists already");
    }
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(target);
  }

  /**
   * Moves {@code file} (in processing/ or, for a link, in the inbox) to done/ or rejected/ under a
   * free name, the report first: a crash between the two leaves the file to be finished again,
   * and the report is then written again under the same name.
   */
  Path finish(Path file, boolean accepted, byte[] report) throws IOException {
    Path folder = accepted ? done : rejected;
    String name = freeName(folder, file.getFileName().toString());
    if (report != null) {
      PrivateFiles.write(folder.resolve(name + REPORT), report);
    }
    Path target = folder.resolve(name);
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** {@code name}, else {@code name.1}, {@code name.2}, ...: the first that is not taken and cannot be taken for a report. */
  private static String freeName(Path folder, String name) {
    String candidate = name;
    for (int i = 1; candidate.endsWith(REPORT) || Files.exists(folder.resolve(candidate), LinkOption.NOFOLLOW_LINKS); i++) {
      candidate = name + "." + i;
    }
    return candidate;
  }
}
