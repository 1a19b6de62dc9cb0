package org.eligo.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Owner-only folders and files written whole: a reader sees the old content or the new, never a part. */
final class PrivateFiles {
  private PrivateFiles() {}

  /** Creates {@code dir} (and missing parents) readable by its owner only; an existing folder keeps its mode. */
  static void folder(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      Files.createDirectories(dir);
    }
  }

  /** Writes {@code data} to a hidden owner-only file beside {@code target}, forces it to disk and renames it over {@code target}. */
  static void write(Path target, byte[] data) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    create(tmp);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(data);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** What writes a file's content. */
  interface Content {
    void writeTo(Writer w) throws IOException;
  }

  /** As {@link #write(Path, byte[])}, for content streamed as UTF-8 text. */
  static void write(Path target, Content content) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    create(tmp);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
        Writer w = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8), 1 << 16)) {
      content.writeTo(w);
      w.flush();
      ch.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Creates an empty owner-only file. */
  static void create(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
  }
}
