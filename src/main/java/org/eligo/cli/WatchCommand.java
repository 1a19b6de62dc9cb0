package org.eligo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eligo.app.DropOutcome;
import org.eligo.app.Eligo;
import org.eligo.app.Watch;
import org.eligo.index.PatientIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligo watch}: takes the files registries drop into a folder, exactly once ({@link
 * Watch}). With {@code --once} it takes what is there and exits 0, or 3 when a file or record
 * was rejected; otherwise it polls until SIGTERM, then finishes the file in hand and exits.
 * One line per file on stderr: name, where it went, records taken and rejected.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Take notes, patients, FHIR R4 bundles and trials dropped into a folder, exactly once; see docs/INTEGRATION.md.")
final class WatchCommand implements Callable<Integer> {
  @Option(names = "--inbox", paramLabel = "DIR", required = true, description = "the drop folder (processing/, done/, rejected/ are made in it)")
  Path inbox;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "index folder (created if missing); holds the journal")
  Path index;

  @Option(names = "--trials", paramLabel = "DIR", description = "where accepted trial files are copied (default: trials/ beside the index folder)")
  Path trials;

  @Option(names = "--once", description = "take what is in the inbox and exit")
  boolean once;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "67108864", description = "larger files are rejected (default 64 MiB)")
  long maxBytes;

  @Option(names = "--poll-ms", paramLabel = "MS", defaultValue = "1000", description = "how often the inbox is looked at without --once (default 1000)")
  long pollMs;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (maxBytes < 1 || pollMs < 1) {
      err.println("eligo: --max-bytes and --poll-ms must be at least 1");
      return Main.USAGE;
    }
    if (!Files.isDirectory(inbox)) {
      err.println("eligo: error: inbox folder not found: " + inbox);
      return Main.FAILURE;
    }
    Path trialDir = trials != null ? trials : index.toAbsolutePath().resolveSibling("trials");
    AtomicBoolean rejected = new AtomicBoolean();
    Eligo eligo = new Eligo();
    CountDownLatch finished = new CountDownLatch(1);
    try (PatientIndex idx = PatientIndex.open(index, eligo.lexicons())) {
      Watch watch = new Watch(eligo, idx, inbox, index, trialDir, maxBytes);
      Thread hook = new Thread(() -> {
        watch.stop();
        try {
          finished.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      if (!once) {
        Runtime.getRuntime().addShutdownHook(hook);
      }
      try {
        do {
          watch.once(o -> {
            print(o, err);
            if (o.status() == DropOutcome.Status.rejected || !o.errors().isEmpty()) {
              rejected.set(true);
            }
          });
          if (!once && !watch.stopping()) {
            Thread.sleep(pollMs);
          }
        } while (!once && !watch.stopping());
      } finally {
        if (!once) {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException e) {
            // shutting down: the hook is running and waits for the latch below
          }
        }
      }
    } finally {
      finished.countDown();
    }
    return rejected.get() ? Main.REJECTED : Main.OK;
  }

  private static void print(DropOutcome o, PrintWriter err) {
    err.println("eligo: " + o.file() + ": " + o.status() + (o.duplicateOf() != null ? " (duplicate of " + o.duplicateOf() + ")" : "")
        + ", " + o.accepted() + " taken, " + o.errors().size() + " rejected");
    err.flush();
  }
}
