package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbPortFileTest {
  @TempDir Path data;

  @Test
  void the_launcher_that_wrote_it_is_alive_so_its_port_counts_until_it_removes_the_file() throws IOException {
    assertEquals(Optional.empty(), DbPortFile.livePort(data));
    DbPortFile.write(data, 41234, ProcessHandle.current().pid());
    assertEquals(Optional.of(41234), DbPortFile.livePort(data));
    DbPortFile.deleteOwn(data);
    assertTrue(Files.notExists(data.resolve(DbPortFile.NAME)));
  }

  @Test
  void a_file_of_a_launcher_that_is_gone_is_ignored_and_not_ours_to_remove() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(data.resolve(DbPortFile.NAME), "port=41234\npid=" + gone.pid() + "\n");
    assertEquals(Optional.empty(), DbPortFile.livePort(data));
    DbPortFile.deleteOwn(data);
    assertTrue(Files.exists(data.resolve(DbPortFile.NAME)));
  }

  @Test
  void a_file_the_launcher_did_not_write_is_refused() throws IOException {
    Files.writeString(data.resolve(DbPortFile.NAME), "41234\n");
    assertThrows(IOException.class, () -> DbPortFile.livePort(data));
  }
}
