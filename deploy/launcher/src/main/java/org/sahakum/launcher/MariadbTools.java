package org.sahakum.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * MariaDB's own client tools ({@code mariadb-dump}, {@code mariadb}) for {@code backup} and
 * {@code restore}: for the embedded database the ones unpacked beside it (the same version); for an
 * external one those on the PATH, else the unpacked ones. The password goes to the tool in a file
 * only this user can read, never on its command line, where {@code ps} would show it.
 */
final class MariadbTools {
  private MariadbTools() {}

  /** A tool started for one database; close it to remove its credentials file. */
  record Run(Process process, Path credentials) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      process.destroy(); // already ended, but for a failure half-way
      Files.deleteIfExists(credentials);
    }
  }

  static Path find(Settings settings, String tool, String olderName) throws CommandFailure {
    Path unpacked = EmbeddedDatabase.binariesIn(settings.dataDir()).resolve("bin").resolve(tool);
    if (settings.externalDatabaseUrl().isEmpty() && Files.isExecutable(unpacked)) {
      return unpacked;
    }
    Optional<Path> onPath = onPath(tool).or(() -> onPath(olderName));
    if (onPath.isPresent()) {
      return onPath.get();
    }
    if (Files.isExecutable(unpacked)) {
      return unpacked;
    }
    throw new CommandFailure("MariaDB's " + tool + " was not found: install the client tools (on Debian or Ubuntu: "
        + "apt-get install mariadb-client), or start Sahakum once with the embedded database, which unpacks them");
  }

  private static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isBlank() && Files.isExecutable(Path.of(dir, name))) {
        return Optional.of(Path.of(dir, name));
      }
    }
    return Optional.empty();
  }

  static Run start(Path tool, CommandDatabase.Endpoint endpoint, List<String> options) throws IOException {
    Path credentials = Files.createTempFile("sahakum-client-", ".cnf",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(credentials, "[client]\nuser=" + quoted(endpoint.user()) + "\npassword=" + quoted(endpoint.password())
        + "\n", StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.add("--defaults-extra-file=" + credentials); // must come first
    command.addAll(List.of("--host=" + endpoint.host(), "--port=" + endpoint.port(), "--protocol=TCP",
        "--default-character-set=utf8mb4"));
    if (endpoint.embedded()) {
      command.add("--skip-ssl"); // the 11.4 tools insist on TLS, which the loopback-only embedded server does not offer
    }
    command.addAll(options);
    command.add(endpoint.database());
    ProcessBuilder builder = new ProcessBuilder(command);
    Path libs = tool.getParent().resolveSibling("libs");
    if (Files.isDirectory(libs)) {
      builder.environment().merge("LD_LIBRARY_PATH", libs.toString(), (old, add) -> add + ":" + old);
    }
    try {
      return new Run(builder.start(), credentials);
    } catch (IOException e) {
      Files.deleteIfExists(credentials);
      throw e;
    }
  }

  /** An option file's value, quoted so that any character of a password is taken as it is. */
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The tool's error stream, read aside so that it never blocks the tool. */
  static CompletableFuture<byte[]> errors(Process tool) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = tool.getErrorStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        return new byte[0];
      }
    });
  }

  /** What a tool said on its error stream, its last lines only, for a failure message. */
  static String lastWords(byte[] stderr) {
    List<String> lines = new String(stderr, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }
}
