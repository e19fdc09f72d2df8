package org.sahakum.core.persistence;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.PooledConnection;
import javax.sql.XAConnection;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's DataSource, patient at start-up only: until the first connection succeeds, a refused
 * connection (or a database not created yet) is retried for up to two minutes. The launcher starts the embedded database beside
 * Payara, and Payara connects while it deploys the core; waiting here lets the two start-ups
 * overlap. Once connected, failures surface at once as usual.
 */
public class PatientMariaDbDataSource extends MariaDbDataSource {
  private static final Logger LOG = Logger.getLogger(PatientMariaDbDataSource.class.getName());
  private static final long PATIENCE_NANOS = 120_000_000_000L;
  private static final int UNKNOWN_DATABASE = 1049;
  private static volatile boolean connectedOnce;

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

  @Override
  public Connection getConnection() throws SQLException {
    return patiently(super::getConnection);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return patiently(() -> super.getConnection(user, password));
  }

  @Override
  public PooledConnection getPooledConnection() throws SQLException {
    return patiently(super::getPooledConnection);
  }

  @Override
  public PooledConnection getPooledConnection(String user, String password) throws SQLException {
    return patiently(() -> super.getPooledConnection(user, password));
  }

  @Override
  public XAConnection getXAConnection() throws SQLException {
    return patiently(super::getXAConnection);
  }

  @Override
  public XAConnection getXAConnection(String user, String password) throws SQLException {
    return patiently(() -> super.getXAConnection(user, password));
  }
}
