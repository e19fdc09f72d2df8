package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-ins for a database process: shells whose arguments name the data folder as mariadbd's do
 * (each runs two commands, so that bash stays and is not replaced by the first).
 */
class LeftoverDatabaseTest {
  @TempDir Path data;

  @Test
  void a_database_whose_launcher_is_gone_is_stopped_before_the_start() throws Exception {
    Path files = data.resolve("db");
    Process leftover = standIn(files);
    Process other = standIn(data.resolve("elsewhere"));
    try {
      LeftoverDatabase.stopOrphansOf(files);
      assertFalse(leftover.isAlive(), "the database on this folder was stopped");
      assertTrue(other.isAlive(), "a database on another folder is left alone");
    } finally {
      leftover.destroyForcibly();
      other.destroyForcibly();
    }
  }

  @Test
  void a_database_still_served_by_a_launcher_refuses_a_second_server_on_the_folder() throws Exception {
    Path files = data.resolve("db");
    // a parent whose arguments name the launcher's class, running a child that names the folder
    Process launcher = new ProcessBuilder("bash", "-c",
        "bash -c 'sleep 300; exit 0' mariadbd --datadir=" + files + " & wait", "org.sahakum.launcher.Launcher").start();
    try {
      waitForChild(launcher);
      CommandFailure refused = assertThrows(CommandFailure.class, () -> LeftoverDatabase.stopOrphansOf(files));
      assertTrue(refused.getMessage().contains("in use by the running server of process " + launcher.pid()),
          refused.getMessage());
      assertTrue(launcher.children().findAny().orElseThrow().isAlive(), "the running server's database is untouched");
    } finally {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  @Test
  void a_database_handed_over_to_a_running_bin_sahakum_refuses_a_second_server_on_the_folder() throws Exception {
    Path files = data.resolve("db");
    // once the server runs, the database's parent is gone (the launcher exited) and the port file names the script
    Process database = standIn(files);
    Process script = new ProcessBuilder("bash", "-c", "read -r line; exit 0", "bin/sahakum").start();
    try {
      DbPortFile.write(data, 41234, script.pid());
      CommandFailure refused = assertThrows(CommandFailure.class, () -> LeftoverDatabase.stopOrphansOf(files));
      assertTrue(refused.getMessage().contains("in use by the running server of process " + script.pid()),
          refused.getMessage());
      assertTrue(database.isAlive(), "the running server's database is untouched");

      script.destroyForcibly().waitFor();
      LeftoverDatabase.stopOrphansOf(files);
      assertFalse(database.isAlive(), "once the script is gone (kill -9), its database is a leftover and is stopped");
    } finally {
      database.destroyForcibly();
      script.destroyForcibly();
    }
  }

  /** A "database" on {@code files} that runs until stopped (it waits for a line on its input). */
  private static Process standIn(Path files) throws java.io.IOException {
    return new ProcessBuilder("bash", "-c", "read -r line; exit 0", "mariadbd", "--datadir=" + files).start();
  }

  private static void waitForChild(Process parent) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (parent.children().anyMatch(c -> c.info().arguments().map(List::of).orElse(List.of()).stream()
          .anyMatch(a -> a.startsWith("--datadir=")))) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the stand-in database did not start");
  }
}
