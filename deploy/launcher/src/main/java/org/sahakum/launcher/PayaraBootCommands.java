package org.sahakum.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Payara settings Sahakum runs with, given to Payara Micro as a pre-boot command file: the
 * server started by {@code bin/sahakum} and the one the integration tests start read the same
 * list, so the tests check what is shipped.
 *
 * <p>MicroProfile OpenAPI and Metrics are switched off: both answered anonymous callers on the
 * public port (the API's whole shape, the request counts of every endpoint), and nobody here
 * reads them. Health stays: the launcher and a load balancer ask {@code /health/ready}.
 */
public final class PayaraBootCommands {
  static final List<String> COMMANDS = List.of(
      "set-openapi-configuration --enabled=false",
      "set-metrics-configuration --enabled=false");

  private PayaraBootCommands() {}

  /** Writes the command file into {@code dir} and returns its path, for {@code --prebootcommandfile}. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("sahakum-preboot.asadmin");
    Files.writeString(file, String.join("\n", COMMANDS) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
