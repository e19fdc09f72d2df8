package org.sahakum.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An embedded MariaDB left running on this data folder by a launcher that was killed (kill -9, an
 * out-of-memory kill): it holds the database files, so a new start would fail until someone found
 * and stopped it. It is stopped here, cleanly if it lets itself be. One still served by a live
 * launcher, or by the live bin/sahakum its port file names, belongs to a server that is running:
 * starting a second one on the same folder is refused.
 */
final class LeftoverDatabase {
  private static final Duration CLEAN_STOP = Duration.ofSeconds(60);
  private static final String LAUNCHER_CLASS = "org.sahakum.launcher.Launcher";

  private LeftoverDatabase() {}

  /**
   * Stops every MariaDB server using {@code dataDir} whose launcher is gone.
   *
   * @throws CommandFailure when one is still served by a running launcher
   */
  static void stopOrphansOf(Path dataDir) throws CommandFailure {
    String marker = "--datadir=" + dataDir.toAbsolutePath().normalize();
    List<ProcessHandle> using = ProcessHandle.allProcesses()
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains(marker))
        .toList();
    for (ProcessHandle db : using) {
      // its launcher while the server starts; bin/sahakum, named in the port file, once it runs
      Optional<ProcessHandle> owner = db.parent().filter(LeftoverDatabase::isLauncher)
          .or(() -> DbPortFile.liveOwner(dataDir.getParent()));
      if (owner.isPresent()) {
        throw new CommandFailure("the data folder " + dataDir.getParent() + " is in use by the running server of process "
            + owner.get().pid() + ": stop that one first, or give this one another SAHAKUM_DATA_DIR");
      }
      Launcher.log("a database left running on " + dataDir + " by a launcher that is gone (process " + db.pid()
          + "): stopping it first");
      stop(db);
    }
  }

  private static boolean isLauncher(ProcessHandle p) {
    return p.info().arguments().map(List::of).orElse(List.of()).contains(LAUNCHER_CLASS);
  }

  private static void stop(ProcessHandle db) throws CommandFailure {
    db.destroy();
    try {
      db.onExit().get(CLEAN_STOP.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException slow) {
      db.destroyForcibly();
      db.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while stopping the database left running on this data folder");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new CommandFailure("could not stop the database left running on this data folder: " + e.getCause());
    }
  }
}
