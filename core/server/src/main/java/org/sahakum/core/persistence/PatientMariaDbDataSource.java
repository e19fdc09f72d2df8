package org.sahakum.core.persistence;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's DataSource, patient at start-up only: until the first connection succeeds, a refused
 * connection (or a database not created yet) is retried for up to two minutes. The launcher starts the embedded database beside
 * Payara, and Payara connects while it deploys the core; waiting here lets the two start-ups
 * overlap. Once connected, failures surface at once as usual.
 *
 * <p>A plain {@link DataSource}, not MariaDB's XA one: Payara then runs each transaction as a
 * local one on a connection it shares among the persistence units in that transaction, and a
 * MariaDB Galera cluster, which refuses XA transactions ("This version of MariaDB doesn't yet
 * support 'XA transactions with Galera replication'"), can hold the data. Nothing here spans two
 * databases, so two-phase commit bought nothing.
 */
public class PatientMariaDbDataSource implements DataSource {
  private static final Logger LOG = Logger.getLogger(PatientMariaDbDataSource.class.getName());
  private static final long PATIENCE_NANOS = 120_000_000_000L;
  private static final int UNKNOWN_DATABASE = 1049;
  private static volatile boolean connectedOnce;

  private final MariaDbDataSource mariadb = new MariaDbDataSource();

  /** A JDBC call that may be refused while the database starts. */
  private interface Attempt<T> {
    T run() throws SQLException;
  }

  private static <T> T patiently(Attempt<T> attempt) throws SQLException {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (true) {
      try {
        T result = attempt.run();
        connectedOnce = true;
        return result;
      } catch (SQLException e) {
        if (connectedOnce || !(refused(e) || notCreatedYet(e)) || System.nanoTime() > deadline) {
          throw e;
        }
        LOG.fine("database not up yet, waiting");
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  /** The embedded server answers a moment before the launcher has created the database. */
  private static boolean notCreatedYet(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == UNKNOWN_DATABASE) {
        return true;
      }
    }
    return false;
  }

  public void setUrl(String url) throws SQLException {
    mariadb.setUrl(url);
  }

  public String getUrl() {
    return mariadb.getUrl();
  }

  public void setUser(String user) throws SQLException {
    mariadb.setUser(user);
  }

  public String getUser() {
    return mariadb.getUser();
  }

  public void setPassword(String password) throws SQLException {
    mariadb.setPassword(password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return patiently(mariadb::getConnection);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return patiently(() -> mariadb.getConnection(user, password));
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // MariaDB's driver logs through its own logger
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    mariadb.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return mariadb.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
