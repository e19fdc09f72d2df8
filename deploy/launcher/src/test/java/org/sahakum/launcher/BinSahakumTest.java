package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code bin/sahakum} as the running server's supervisor, with a stand-in for the
 * launcher's JVM: a script that answers {@code -version} as Java 25 and otherwise starts two
 * {@code sleep}s (the "server" and the "database"), hands them over as the launcher does and exits.
 */
class BinSahakumTest {
  private static final Path SCRIPT = Path.of("../src/dist/bin/sahakum");
  private static final Path FIND_JAVA = Path.of("../src/dist/lib/find-java");
  private static final String STAND_IN_LAUNCHER = """
      #!/bin/bash
      if [ "$1" = "-version" ]; then echo 'openjdk version "25" 2025-09-16' >&2; exit 0; fi
      [ "$STAND_IN" = fail ] && exit 1
      sleep 600 & echo $! > "$WORK/server.pid"
      sleep 600 & echo $! > "$WORK/database.pid"
      printf 'port=1\\npid=%s\\n' "$SAHAKUM_SUPERVISOR_PID" > "$WORK/db.port"
      printf 'server=%s\\ndatabase=%s\\nportfile=%s\\n' "$(cat "$WORK/server.pid")" "$(cat "$WORK/database.pid")" \\
        "$WORK/db.port" > "$SAHAKUM_HANDOVER_FILE"
      [ "$STAND_IN" = killed-after-hand-over ] && kill -KILL $$
      exit 0
      """;

  @TempDir Path work;
  private Process script;

  @AfterEach
  void cleanUp() throws IOException {
    for (String name : new String[] {"server.pid", "database.pid"}) {
      Path file = work.resolve(name);
      if (Files.exists(file)) {
        ProcessHandle.of(Long.parseLong(Files.readString(file).strip())).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
    if (script != null) {
      script.destroyForcibly();
    }
  }

  @Test
  void once_handed_over_the_script_alone_waits_and_a_stop_ends_the_server_then_the_database() throws Exception {
    start("ready");
    ProcessHandle server = awaitStandIn("server.pid");
    ProcessHandle database = awaitStandIn("database.pid");
    awaitNoChildNamed("java"); // the launcher's JVM is gone: nothing but the script waits

    script.destroy(); // SIGTERM, as a service manager or a container runtime sends it
    assertTrue(script.waitFor(20, TimeUnit.SECONDS), "the script ended");
    assertEquals(0, script.exitValue(), "a requested stop ends with 0");
    assertTrue(gone(server), () -> "the server was stopped; " + log());
    assertTrue(gone(database), "the database was stopped");
    assertFalse(Files.exists(work.resolve("db.port")), "its port file, written for the script, is removed");
  }

  @Test
  void a_server_that_ends_by_itself_takes_its_database_along_and_the_script_says_so_with_1() throws Exception {
    start("ready");
    ProcessHandle server = awaitStandIn("server.pid");
    ProcessHandle database = awaitStandIn("database.pid");
    server.destroyForcibly(); // killed by the kernel's out-of-memory killer, say
    assertTrue(script.waitFor(20, TimeUnit.SECONDS), "the script noticed");
    assertEquals(1, script.exitValue());
    assertTrue(gone(database), () -> "the database does not outlive its server; " + log());
  }

  @Test
  void a_launcher_ended_by_a_signal_after_the_hand_over_still_leaves_the_two_in_the_scripts_care() throws Exception {
    start("killed-after-hand-over"); // a stop asked for just as the launcher handed over: its JVM ends with 143
    ProcessHandle server = awaitStandIn("server.pid");
    ProcessHandle database = awaitStandIn("database.pid");
    awaitNoChildNamed("java");
    Thread.sleep(1500);
    assertTrue(script.isAlive(), () -> "the script watches the server it was handed; " + log());

    script.destroy();
    assertTrue(script.waitFor(20, TimeUnit.SECONDS), "the script ended");
    assertEquals(0, script.exitValue());
    assertTrue(gone(server), () -> "the server was stopped; " + log());
    assertTrue(gone(database), "the database was stopped");
  }

  @Test
  void a_failed_start_ends_the_script_with_1_and_leaves_no_hand_over_file() throws Exception {
    start("fail");
    assertTrue(script.waitFor(20, TimeUnit.SECONDS));
    assertEquals(1, script.exitValue());
    try (var left = Files.list(work.resolve("tmp"))) {
      assertEquals(0, left.count(), "the hand-over file is removed");
    }
  }

  private void start(String mode) throws IOException {
    Path home = work.resolve("home");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib/launcher"));
    Files.createDirectories(work.resolve("jdk/bin"));
    Files.createDirectories(work.resolve("tmp"));
    Files.copy(SCRIPT, home.resolve("bin/sahakum"));
    Files.copy(FIND_JAVA, home.resolve("lib/find-java"));
    Path java = work.resolve("jdk/bin/java");
    Files.writeString(java, STAND_IN_LAUNCHER);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/sahakum").toString())
        .redirectErrorStream(true).redirectOutput(work.resolve("script.log").toFile());
    builder.environment().put("JAVA_HOME", work.resolve("jdk").toString());
    builder.environment().put("TMPDIR", work.resolve("tmp").toString());
    builder.environment().put("WORK", work.toString());
    builder.environment().put("STAND_IN", mode);
    script = builder.start();
  }

  /** Ended (a stopped process is a zombie until the system reaps it: it has no parent left but init). */
  private static boolean gone(ProcessHandle process) throws InterruptedException {
    try {
      process.onExit().get(10, TimeUnit.SECONDS);
      return true;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return false;
    }
  }

  private String log() {
    try {
      return Files.readString(work.resolve("script.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private ProcessHandle awaitStandIn(String pidFile) throws Exception {
    Path file = work.resolve(pidFile);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && !Files.readString(file).isBlank()) {
        return ProcessHandle.of(Long.parseLong(Files.readString(file).strip())).orElseThrow();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the stand-in launcher did not start " + pidFile + "; " + Files.readString(work.resolve("script.log")));
  }

  private void awaitNoChildNamed(String command) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (script.children().anyMatch(c -> c.info().commandLine().orElse("").contains(command))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the launcher's JVM still runs under the script");
      }
      Thread.sleep(50);
    }
    assertTrue(script.isAlive(), "the script stays, as the server's supervisor");
  }
}
