package org.sahakum.core.failover;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * What a failure says about the database. A deadlock, Galera's certification failure (both error
 * 1213, SQL state 40001) or a lock wait timeout (1205) means the server rolled the transaction
 * back: nothing of it was kept. A lost connection (SQL state class 08, a socket closed, Galera's
 * "not ready" 1047) means nothing was kept if it came before the commit, and an unknown outcome if
 * it came during it.
 */
public enum TransientFailure {
  NONE,
  ROLLED_BACK,
  CONNECTION;

  public static TransientFailure of(Throwable failure) {
    TransientFailure found = NONE;
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      TransientFailure here = classify(t);
      if (here == ROLLED_BACK) {
        return ROLLED_BACK;
      }
      if (here == CONNECTION) {
        found = CONNECTION;
      }
    }
    return found;
  }

  private static TransientFailure classify(Throwable t) {
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState() == null ? "" : sql.getSQLState();
      if (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205 || state.equals("40001")) {
        return ROLLED_BACK;
      }
      if (state.startsWith("08") || sql.getErrorCode() == 1047 || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLTransientConnectionException) {
        return CONNECTION;
      }
    }
    if (t instanceof SocketException || t instanceof EOFException
        || t.getClass().getName().equals("jakarta.resource.spi.ResourceAllocationException")) {
      return CONNECTION;
    }
    return NONE;
  }
}
