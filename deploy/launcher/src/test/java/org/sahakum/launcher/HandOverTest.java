package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandOverTest {
  @TempDir Path dir;

  @Test
  void only_bin_sahakum_naming_itself_and_a_file_asks_for_a_hand_over() {
    Path file = dir.resolve("started");
    assertEquals(Optional.of(new HandOver(4321, file)),
        HandOver.requested(Map.of(HandOver.SUPERVISOR_PID, "4321", HandOver.FILE, file.toString())));
    assertTrue(HandOver.requested(Map.of()).isEmpty(), "started by other means: the launcher watches the server itself");
    assertTrue(HandOver.requested(Map.of(HandOver.SUPERVISOR_PID, "4321")).isEmpty(), "no file to write");
    assertTrue(HandOver.requested(Map.of(HandOver.SUPERVISOR_PID, "12; rm -rf /", HandOver.FILE, file.toString()))
        .isEmpty(), "a process id is digits");
  }

  @Test
  void the_file_names_what_the_script_watches_and_stops() throws Exception {
    HandOver handOver = new HandOver(4321, dir.resolve("started"));
    handOver.write(111, OptionalLong.of(222), dir.resolve("db.port"));
    assertEquals("server=111\ndatabase=222\nportfile=" + dir.resolve("db.port") + "\n", Files.readString(handOver.file()));

    handOver.write(111, OptionalLong.empty(), dir.resolve("db.port"));
    assertEquals("server=111\nportfile=" + dir.resolve("db.port") + "\n", Files.readString(handOver.file()),
        "an external database is not the script's to stop");
  }
}
