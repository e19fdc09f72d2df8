package org.sahakum.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The database a command works on ({@code verify-audit}, {@code backup}, {@code restore}), chosen
 * from the server's settings: the external one given by {@code SAHAKUM_DB_URL}; else the embedded
 * one of the running server (see {@link DbPortFile}); else the embedded one started just for the
 * command and stopped again when this is closed.
 */
final class CommandDatabase implements AutoCloseable {
  /** Where and as whom to reach the database, for MariaDB's own client tools. */
  /** Where the client tools connect; {@code embedded}: our own MariaDB, which runs without TLS on 127.0.0.1. */
  record Endpoint(String host, int port, String database, String user, String password, boolean embedded) {
    @Override
    public String toString() {
      return "Endpoint[" + host + ":" + port + "/" + database + "]";
    }
  }

  /** Whether an embedded database may be made in an empty data folder ({@code restore}) or must exist. */
  enum Embedded { MUST_EXIST, MAY_BE_NEW }

  private final Connection connection;
  private final Endpoint endpoint;
  private final boolean runningServer;
  private final EmbeddedDatabase startedHere;
  private final PrintStream err;

  private CommandDatabase(Connection connection, Endpoint endpoint, boolean runningServer, EmbeddedDatabase startedHere,
      PrintStream err) {
    this.connection = connection;
    this.endpoint = endpoint;
    this.runningServer = runningServer;
    this.startedHere = startedHere;
    this.err = err;
  }

  /** @param err where to say which database is used and that an embedded one is started */
  static CommandDatabase open(Settings settings, PrintStream err) throws CommandFailure {
    return open(settings, err, Embedded.MUST_EXIST);
  }

  static CommandDatabase open(Settings settings, PrintStream err, Embedded embedded) throws CommandFailure {
    Optional<String> url = settings.externalDatabaseUrl();
    if (url.isPresent()) {
      String user = settings.get("SAHAKUM_DB_USER")
          .orElseThrow(() -> new CommandFailure("SAHAKUM_DB_USER must be set with SAHAKUM_DB_URL"));
      String password = settings.get("SAHAKUM_DB_PASSWORD")
          .orElseThrow(() -> new CommandFailure("SAHAKUM_DB_PASSWORD must be set with SAHAKUM_DB_URL"));
      Connection c = connect(url.get(), user, password, "the database given by SAHAKUM_DB_URL");
      return new CommandDatabase(c, external(url.get(), user, password), false, null, err);
    }
    Path data = settings.dataDir();
    Optional<Integer> running = runningPort(data);
    if (running.isPresent()) {
      err.println("sahakum: using the running server's embedded database");
      return new CommandDatabase(connectEmbedded(running.get(), "the running server's embedded database"),
          embeddedEndpoint(running.get()), true, null, err);
    }
    return startEmbedded(data, embedded, err);
  }

  /** Host, port and database of a {@code jdbc:mariadb://host[:port]/database[?...]} URL. */
  static Endpoint external(String jdbcUrl, String user, String password) throws CommandFailure {
    if (!jdbcUrl.startsWith("jdbc:mariadb://") && !jdbcUrl.startsWith("jdbc:mysql://")) {
      throw new CommandFailure("SAHAKUM_DB_URL must be a jdbc:mariadb://host:port/database URL");
    }
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (uri.getHost() == null || database.isBlank() || database.contains("/")) {
      throw new CommandFailure("SAHAKUM_DB_URL must name one host and one database: jdbc:mariadb://host:port/database");
    }
    return new Endpoint(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 3306, database, user, password, false);
  }

  private static Endpoint embeddedEndpoint(int port) {
    // the embedded server runs without grant tables, on 127.0.0.1 only: any credentials pass
    return new Endpoint("127.0.0.1", port, EmbeddedDatabase.DATABASE, EmbeddedDatabase.USER, UUID.randomUUID().toString(),
        true);
  }

  private static Optional<Integer> runningPort(Path data) throws CommandFailure {
    try {
      return DbPortFile.livePort(data);
    } catch (IOException e) {
      throw new CommandFailure("cannot read " + data.resolve(DbPortFile.NAME) + ": " + e.getMessage());
    }
  }

  private static CommandDatabase startEmbedded(Path data, Embedded embedded, PrintStream err) throws CommandFailure {
    Path files = EmbeddedDatabase.filesIn(data);
    if (embedded == Embedded.MUST_EXIST && !Files.isDirectory(files.resolve("mysql"))) {
      throw new CommandFailure("no embedded database in " + files
          + " (set SAHAKUM_DATA_DIR as for the server, or SAHAKUM_DB_URL for an external database)");
    }
    LeftoverDatabase.stopOrphansOf(files);
    err.println("sahakum: starting the embedded MariaDB for this command (data in " + files + ")");
    EmbeddedDatabase db;
    try {
      db = EmbeddedDatabase.start(files, EmbeddedDatabase.binariesIn(data));
    } catch (Exception e) {
      throw new CommandFailure("the embedded MariaDB did not start: " + e.getMessage());
    }
    try {
      return new CommandDatabase(connectEmbedded(db.port(), "the embedded database"), embeddedEndpoint(db.port()),
          false, db, err);
    } catch (CommandFailure e) {
      stop(db, err);
      throw e;
    }
  }

  private static Connection connectEmbedded(int port, String what) throws CommandFailure {
    Endpoint e = embeddedEndpoint(port);
    return connect(EmbeddedDatabase.jdbcUrl(port), e.user(), e.password(), what);
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

  Endpoint endpoint() {
    return endpoint;
  }

  /** True when this is the embedded database of a server running now. */
  boolean servesARunningServer() {
    return runningServer;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // the database ends the session on its side
    }
    if (startedHere != null) {
      stop(startedHere, err);
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
