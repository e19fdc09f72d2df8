package org.sahakum.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code bin/sahakum}: starts the server. Exit codes: 0 after a requested stop, 1 when start-up
 * failed, else the server's. {@code bin/sahakum verify-audit} checks the audit trail instead, and
 * {@code bin/sahakum audit-head} prints its heads to keep elsewhere (see
 * {@link VerifyAuditCommand}); {@code bin/sahakum apply-tenants} applies definition files to the
 * running server (see {@link ApplyTenantsCommand}); {@code bin/sahakum backup} and {@code restore}
 * write and read encrypted backups ({@link BackupCommand}, {@link RestoreCommand}).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(System.getProperty("sahakum.home", ".")).toAbsolutePath().normalize();
    if (args.length > 0) {
      System.exit(command(home, List.of(args)));
      return;
    }
    Settings settings;
    try {
      settings = Settings.load(home, System.getenv());
      settings.httpPort();
      settings.dbBufferPool();
      settings.readyTimeout();
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("sahakum: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.exit(run(settings, HandOver.requested(System.getenv())));
  }

  /**
   * A subcommand. An unknown one is refused rather than ignored: a mistyped check must not start
   * the server.
   */
  private static int command(Path home, List<String> args) {
    String name = args.get(0);
    if (!List.of(VerifyAuditCommand.NAME, VerifyAuditCommand.HEADS_NAME, ApplyTenantsCommand.NAME, BackupCommand.NAME,
        RestoreCommand.NAME).contains(name)) {
      System.err.println("sahakum: unknown command '" + name + "'");
      System.err.println("usage: bin/sahakum                 start the server");
      System.err.println("       bin/sahakum verify-audit [--tenant SLUG] [--against FILE]");
      System.err.println("       bin/sahakum audit-head [--tenant SLUG]");
      System.err.println("       bin/sahakum apply-tenants [--dry-run] FILE...");
      System.err.println("       bin/sahakum backup FILE");
      System.err.println("       bin/sahakum restore FILE");
      return VerifyAuditCommand.CANNOT_CHECK;
    }
    Settings settings;
    try {
      settings = Settings.load(home, System.getenv());
    } catch (IllegalStateException e) {
      System.err.println("sahakum " + name + ": " + e.getMessage());
      return VerifyAuditCommand.CANNOT_CHECK;
    }
    List<String> rest = args.subList(1, args.size());
    if (name.equals(ApplyTenantsCommand.NAME)) {
      return new ApplyTenantsCommand(settings, System.out, System.err).run(rest);
    }
    if (name.equals(BackupCommand.NAME)) {
      return BackupCommand.run(settings, rest, System.out, System.err);
    }
    if (name.equals(RestoreCommand.NAME)) {
      return RestoreCommand.run(settings, rest, System.out, System.err);
    }
    if (name.equals(VerifyAuditCommand.HEADS_NAME)) {
      return VerifyAuditCommand.printHeads(settings, rest, System.out, System.err);
    }
    return VerifyAuditCommand.run(settings, rest, System.out, System.err);
  }

  /**
   * Starts the database and the server. With a hand-over (from {@code bin/sahakum}) it returns once
   * the server is ready and leaves both running for the script to watch; else it waits for the
   * server to end and stops both itself.
   */
  static int run(Settings settings, Optional<HandOver> handOver) throws Exception {
    long t0 = System.nanoTime();
    Path data = settings.dataDir();
    Map<String, String> serverEnv = new HashMap<>(settings.forServer());
    serverEnv.put("SAHAKUM_PLUGINS_DIR", settings.pluginsDir().toString());
    serverEnv.put("SAHAKUM_DATA_DIR", data.toString());
    serverEnv.put("SAHAKUM_TENANTS_DIR", settings.tenantsDir().toString());

    // The embedded database starts beside Payara, which needs it only once the core deploys
    // (the core waits for it there); the two start-ups overlap instead of adding up.
    CompletableFuture<EmbeddedDatabase> embedded = CompletableFuture.completedFuture(null);
    if (settings.externalDatabaseUrl().isEmpty()) {
      try {
        LeftoverDatabase.stopOrphansOf(EmbeddedDatabase.filesIn(data));
      } catch (CommandFailure e) {
        System.err.println("sahakum: " + e.getMessage());
        return 1;
      }
      log("starting the embedded MariaDB (data in " + EmbeddedDatabase.filesIn(data) + ")");
      int dbPort = EmbeddedDatabase.freePort();
      String bufferPool = settings.dbBufferPool();
      embedded = CompletableFuture.supplyAsync(() -> {
        try {
          return EmbeddedDatabase.start(EmbeddedDatabase.filesIn(data), EmbeddedDatabase.binariesIn(data), dbPort,
              bufferPool);
        } catch (Exception e) {
          throw new CompletionException(e);
        }
      });
      serverEnv.put("SAHAKUM_DB_URL", EmbeddedDatabase.jdbcUrl(dbPort));
      // the embedded server runs without grant tables on 127.0.0.1; Payara still wants credentials
      serverEnv.put("SAHAKUM_DB_USER", EmbeddedDatabase.USER);
      serverEnv.put("SAHAKUM_DB_PASSWORD", UUID.randomUUID().toString());
    } else {
      log("using the external database given by SAHAKUM_DB_URL");
    }

    int port = settings.httpPort();
    // the server stops itself when the process that watches it is gone (LauncherWatch)
    long watcher = handOver.map(HandOver::supervisorPid).orElse(ProcessHandle.current().pid());
    ServerProcess server = ServerProcess.start(settings.home(), data.resolve("runtime"), port, serverEnv, watcher);
    Shutdown shutdown = new Shutdown(server, embedded, data);
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "sahakum-shutdown"));

    EmbeddedDatabase db;
    try {
      db = embedded.join();
    } catch (CompletionException e) {
      System.err.println("sahakum: the embedded MariaDB did not start: " + e.getCause().getMessage());
      shutdown.run();
      return 1;
    }
    if (db != null) {
      recordPort(data, db.port(), watcher);
      log(String.format("embedded MariaDB ready after %.1f s", (System.nanoTime() - t0) / 1e9));
    }
    if (!server.awaitReady(settings.readyTimeout())) {
      if (!shutdown.begun()) { // else a stop was asked for (SIGTERM) while the server started
        System.err.println("sahakum: the server did not become ready (see the log above); stopping.");
      }
      shutdown.run();
      return shutdown.requested() ? 0 : 1;
    }
    log(String.format("ready at http://localhost:%d/ after %.1f s", port, (System.nanoTime() - t0) / 1e9));
    if (handOver.isPresent()) {
      try {
        handOver.get().write(server.pid(), db == null ? OptionalLong.empty() : OptionalLong.of(db.pid()),
            data.resolve(DbPortFile.NAME));
      } catch (IOException e) {
        System.err.println("sahakum: could not hand the running server over to bin/sahakum (" + e.getMessage()
            + "); stopping.");
        shutdown.run();
        return 1;
      }
      shutdown.handOver();
      return 0;
    }
    // from here on the launcher only waits: one collection lets its heap shrink to what still lives
    System.gc();
    int code = server.waitFor();
    shutdown.run();
    return shutdown.requested() ? 0 : code;
  }

  /** For {@code verify-audit} while the server runs; without the file it would start a second MariaDB. */
  private static void recordPort(Path data, int port, long owner) {
    try {
      DbPortFile.write(data, port, owner);
    } catch (IOException e) {
      System.err.println("sahakum: could not write " + data.resolve(DbPortFile.NAME) + " (verify-audit will not "
          + "find the running database): " + e.getMessage());
    }
  }

  static void log(String message) {
    System.out.println("sahakum: " + message);
  }

  /** Stops the server first, then the database it uses; safe to call twice. */
  private static final class Shutdown {
    private final ServerProcess server;
    private final CompletableFuture<EmbeddedDatabase> database;
    private final Path dataDir;
    private volatile boolean done;
    private volatile boolean requested;

    Shutdown(ServerProcess server, CompletableFuture<EmbeddedDatabase> database, Path dataDir) {
      this.server = server;
      this.database = database;
      this.dataDir = dataDir;
    }

    /** From now on bin/sahakum watches and stops the server and the database: this JVM's end leaves them running. */
    synchronized void handOver() {
      done = true;
    }

    synchronized void run() {
      if (done) {
        return;
      }
      requested = server.isAlive();
      done = true;
      try {
        server.stop(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      EmbeddedDatabase db = startedDatabase();
      if (db != null) {
        try {
          DbPortFile.deleteOwn(dataDir);
        } catch (IOException e) {
          System.err.println("sahakum: could not remove " + dataDir.resolve(DbPortFile.NAME) + ": " + e.getMessage());
        }
        try {
          db.close();
          log("embedded MariaDB stopped");
        } catch (Exception e) {
          System.err.println("sahakum: could not stop the embedded MariaDB: " + e.getMessage());
        }
      }
    }

    /** The database, once its start has finished (waiting for a start still under way). */
    private EmbeddedDatabase startedDatabase() {
      try {
        return database.get(2, TimeUnit.MINUTES);
      } catch (ExecutionException | TimeoutException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    boolean begun() {
      return done;
    }

    boolean requested() {
      return requested;
    }
  }
}
