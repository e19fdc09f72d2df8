package org.sahakum.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Payara settings Sahakum runs with, given to Payara Micro as pre- and post-boot command files: the
 * server started by {@code bin/sahakum} and the one the integration tests start read the same
 * list, so the tests check what is shipped.
 *
 * <p>MicroProfile OpenAPI and Metrics are switched off: both answered anonymous callers on the
 * public port (the API's whole shape, the request counts of every endpoint), and nobody here
 * reads them. Health stays: the launcher and a load balancer ask {@code /health/ready}.
 */
public final class PayaraBootCommands {
  /** Before the services start: OpenAPI must never build a document. */
  static final List<String> PRE_BOOT = List.of("set-openapi-configuration --enabled=false");
  /** After they start (Metrics refuses its command before it runs), before the application deploys. */
  static final List<String> POST_BOOT = List.of("set-metrics-configuration --enabled=false");

  private PayaraBootCommands() {}

  /** The Payara Micro options that apply these settings, with their command files written into {@code dir}. */
  public static List<String> options(Path dir) throws IOException {
    Files.createDirectories(dir);
    return List.of("--prebootcommandfile", write(dir.resolve("sahakum-preboot.asadmin"), PRE_BOOT).toString(),
        "--postbootcommandfile", write(dir.resolve("sahakum-postboot.asadmin"), POST_BOOT).toString());
  }

  private static Path write(Path file, List<String> commands) throws IOException {
    Files.writeString(file, String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
