package org.sahakum.core.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which database failures a fail-over explains, and which of them may be replayed. */
class TransientFailureTest {

  @Test
  void a_deadlock_or_certification_failure_was_rolled_back_wherever_it_sits_in_the_causes() {
    SQLException certification = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
    assertEquals(TransientFailure.ROLLED_BACK, TransientFailure.of(new PersistenceException(new RuntimeException(certification))));
    assertEquals(TransientFailure.ROLLED_BACK, TransientFailure.of(new SQLException("Lock wait timeout", "HY000", 1205)));
    // a lost connection and a deadlock in one chain: the deadlock says nothing was kept
    assertEquals(TransientFailure.ROLLED_BACK,
        TransientFailure.of(new SQLNonTransientConnectionException("closed", "08000", 0, certification)));
  }

  @Test
  void a_lost_connection_is_a_connection_failure() {
    assertEquals(TransientFailure.CONNECTION, TransientFailure.of(new PersistenceException(
        new SQLNonTransientConnectionException("Connection is closed", "08000"))));
    assertEquals(TransientFailure.CONNECTION, TransientFailure.of(new SQLException("WSREP has not yet prepared node", "08S01", 1047)));
    assertEquals(TransientFailure.CONNECTION, TransientFailure.of(new IllegalStateException(new SocketException("reset"))));
  }

  @Test
  void a_broken_rule_or_a_bug_is_none() {
    assertEquals(TransientFailure.NONE, TransientFailure.of(new PersistenceException(
        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
    assertEquals(TransientFailure.NONE, TransientFailure.of(new NullPointerException()));
  }

  @Test
  void a_pass_may_be_replayed_when_nothing_of_it_was_kept() {
    FailoverAttempt write = FailoverAttempt.begin(false);
    try {
      assertTrue(FailoverAttempt.noteAtCommit(new SQLException("certification", "40001", 1213)));
      assertTrue(write.replayable(), "a certification failure at the commit kept nothing");
    } finally {
      FailoverAttempt.end();
    }
    FailoverAttempt unknown = FailoverAttempt.begin(false);
    try {
      assertTrue(FailoverAttempt.noteAtCommit(new SQLNonTransientConnectionException("closed", "08000")));
      assertTrue(unknown.failed());
      assertFalse(unknown.replayable(), "a connection lost during the commit: its outcome is unknown");
    } finally {
      FailoverAttempt.end();
    }
    FailoverAttempt module = FailoverAttempt.begin(false);
    try {
      FailoverAttempt.commitsLater();
      assertTrue(FailoverAttempt.note(new SQLNonTransientConnectionException("closed", "08000")));
      assertTrue(module.replayable(), "a module's transaction commits after the answer: nothing was kept yet");
    } finally {
      FailoverAttempt.end();
    }
    FailoverAttempt read = FailoverAttempt.begin(true);
    try {
      assertTrue(FailoverAttempt.note(new SQLNonTransientConnectionException("closed", "08000")));
      assertTrue(read.replayable(), "a read is always safe to replay");
      assertFalse(FailoverAttempt.note(new IllegalArgumentException()), "not a fail-over");
    } finally {
      FailoverAttempt.end();
    }
  }
}
