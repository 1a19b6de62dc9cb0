package org.eligo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {
  @TempDir Path dir;

  @Test
  void aFileItsSenderTookBackAfterTheListingIsSkipped() throws Exception {
    Inbox inbox = new Inbox(dir);
    Path file = Files.writeString(dir.resolve("notes.jsonl"), "{}");
    List<Path> waiting = inbox.waiting();
    assertEquals(List.of(file), waiting);
    Files.delete(file);
    assertEquals(Optional.empty(), inbox.take(waiting.get(0)));
    assertEquals(List.of(), inbox.unfinished());
  }
}
