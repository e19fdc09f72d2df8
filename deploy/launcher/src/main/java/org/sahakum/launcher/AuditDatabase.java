package org.sahakum.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The database {@code bin/sahakum verify-audit} reads, chosen from the server's settings: the
 * external one given by {@code SAHAKUM_DB_URL}; else the embedded one of the running server
 * (see {@link DbPortFile}); else the embedded one started just for the check and stopped again
 * when this is closed.
 */
final class AuditDatabase implements AutoCloseable {
  private final Connection connection;
  private final EmbeddedDatabase startedForCheck;
  private final PrintStream err;

  private AuditDatabase(Connection connection, EmbeddedDatabase startedForCheck, PrintStream err) {
    this.connection = connection;
    this.startedForCheck = startedForCheck;
    this.err = err;
  }

  /** @param err where to say which database is read and that an embedded one is started */
  static AuditDatabase open(Settings settings, PrintStream err) throws CommandFailure {
    Optional<String> url = settings.externalDatabaseUrl();
    if (url.isPresent()) {
      String user = settings.get("SAHAKUM_DB_USER")
          .orElseThrow(() -> new CommandFailure("SAHAKUM_DB_USER must be set with SAHAKUM_DB_URL"));
      String password = settings.get("SAHAKUM_DB_PASSWORD")
          .orElseThrow(() -> new CommandFailure("SAHAKUM_DB_PASSWORD must be set with SAHAKUM_DB_URL"));
      return new AuditDatabase(connect(url.get(), user, password, "the database given by SAHAKUM_DB_URL"), null, err);
    }
    Path data = settings.dataDir();
    Optional<Integer> running = runningPort(data);
    if (running.isPresent()) {
      err.println("sahakum: reading the running server's embedded database");
      return new AuditDatabase(connectEmbedded(running.get(), "the running server's embedded database"), null, err);
    }
    return startEmbedded(data, err);
  }

  private static Optional<Integer> runningPort(Path data) throws CommandFailure {
    try {
      return DbPortFile.livePort(data);
    } catch (IOException e) {
      throw new CommandFailure("cannot read " + data.resolve(DbPortFile.NAME) + ": " + e.getMessage());
    }
  }

  private static AuditDatabase startEmbedded(Path data, PrintStream err) throws CommandFailure {
    Path files = EmbeddedDatabase.filesIn(data);
    if (!Files.isDirectory(files.resolve("mysql"))) {
      throw new CommandFailure("no embedded database in " + files
          + " (set SAHAKUM_DATA_DIR as for the server, or SAHAKUM_DB_URL for an external database)");
    }
    err.println("sahakum: starting the embedded MariaDB for the check (data in " + files + ")");
    EmbeddedDatabase db;
    try {
      db = EmbeddedDatabase.start(files, EmbeddedDatabase.binariesIn(data));
    } catch (Exception e) {
      throw new CommandFailure("the embedded MariaDB did not start: " + e.getMessage());
    }
    try {
      return new AuditDatabase(connectEmbedded(db.port(), "the embedded database"), db, err);
    } catch (CommandFailure e) {
      stop(db, err);
      throw e;
    }
  }

  private static Connection connectEmbedded(int port, String what) throws CommandFailure {
    // the embedded server runs without grant tables, on 127.0.0.1 only: any credentials pass
    return connect(EmbeddedDatabase.jdbcUrl(port), EmbeddedDatabase.USER, UUID.randomUUID().toString(), what);
  }

  private static Connection connect(String url, String user, String password, String what) throws CommandFailure {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      throw new CommandFailure("cannot connect to " + what + ": " + e.getMessage());
    }
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing was written; the database ends the session on its side
    }
    if (startedForCheck != null) {
      stop(startedForCheck, err);
    }
  }

  private static void stop(EmbeddedDatabase db, PrintStream err) {
    try {
      db.close();
    } catch (Exception e) {
      err.println("sahakum: could not stop the embedded MariaDB: " + e.getMessage());
    }
  }
}
