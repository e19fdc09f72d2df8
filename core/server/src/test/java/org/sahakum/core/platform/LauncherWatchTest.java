package org.sahakum.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LauncherWatchTest {

  @AfterEach
  void forget() {
    System.clearProperty(LauncherWatch.PROPERTY);
  }

  @Test
  void a_live_launcher_is_watched() {
    System.setProperty(LauncherWatch.PROPERTY, Long.toString(ProcessHandle.current().pid()));
    assertEquals(ProcessHandle.current().pid(), LauncherWatch.launcher().orElseThrow().pid());
  }

  @Test
  void no_launcher_named_or_a_garbled_one_watches_nothing() {
    assertEquals(Optional.empty(), LauncherWatch.launcher(), "a server started by other means, such as the tests");
    System.setProperty(LauncherWatch.PROPERTY, "12; rm -rf /");
    assertTrue(LauncherWatch.launcher().isEmpty());
  }

  @Test
  void a_launcher_already_gone_is_not_waited_for() throws Exception {
    Process done = new ProcessBuilder("true").start();
    done.waitFor();
    System.setProperty(LauncherWatch.PROPERTY, Long.toString(done.pid()));
    assertTrue(LauncherWatch.launcher().isEmpty());
  }
}
