package org.sahakum.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.sahakum.core.persistence.SahakumDataSource;

/**
 * Writes entries in the caller's transaction, where they commit or roll back with the work they
 * record, and tells the {@link AuditChainer} once that transaction has committed.
 */
@ApplicationScoped
class PendingEntries {
  private static final String INSERT = "INSERT INTO audit_pending (tenant_id, at, actor_account_id, action, "
      + "target_type, target_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?)";

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject AuditChainer chainer;
  @Resource(lookup = SahakumDataSource.JNDI) DataSource dataSource;
  @Resource TransactionSynchronizationRegistry transactions;

  @Transactional(Transactional.TxType.MANDATORY)
  void add(long tenantId, List<AuditRecord> records) {
    records.forEach(r -> em.persist(new AuditPending(r)));
    wakeAfterCommit(tenantId);
  }

  /**
   * As {@link #add}, for bulk work: the rows go in one JDBC batch on the transaction's connection,
   * not one INSERT and one id look-up per row as for an entity with an IDENTITY key.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void addAll(long tenantId, List<AuditRecord> records) {
    em.flush(); // entries added one by one before these come first in the chain
    try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (AuditRecord r : records) {
        insert.setLong(1, r.tenantId());
        insert.setObject(2, LocalDateTime.ofInstant(r.at(), ZoneOffset.UTC));
        insert.setObject(3, r.actorAccountId(), Types.BIGINT);
        insert.setString(4, r.action());
        insert.setString(5, r.targetType());
        insert.setString(6, r.targetId());
        insert.setString(7, r.reason());
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("audit entries could not be written", e);
    }
    wakeAfterCommit(tenantId);
  }

  private void wakeAfterCommit(long tenantId) {
    String woken = "sahakum.audit.wakes." + tenantId;
    if (transactions.getResource(woken) == null) {
      transactions.putResource(woken, Boolean.TRUE);
      transactions.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
          if (status == Status.STATUS_COMMITTED) {
            chainer.wake(tenantId);
          }
        }
      });
    }
  }
}
