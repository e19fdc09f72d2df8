package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraBootCommandsTest {

  @Test
  void openapi_is_off_before_boot_and_metrics_after_it(@TempDir Path dir) throws Exception {
    List<String> options = PayaraBootCommands.options(dir.resolve("boot"));
    assertEquals(List.of("--prebootcommandfile", "--postbootcommandfile"), List.of(options.get(0), options.get(2)));
    assertEquals(List.of("set-openapi-configuration --enabled=false"), Files.readAllLines(Path.of(options.get(1))));
    assertEquals(List.of("set-metrics-configuration --enabled=false"), Files.readAllLines(Path.of(options.get(3))));
  }
}
