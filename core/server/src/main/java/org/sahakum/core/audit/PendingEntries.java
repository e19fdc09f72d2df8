package org.sahakum.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes entries in the caller's transaction, where they commit or roll back with the work they
 * record, and tells the {@link AuditChainer} once that transaction has committed.
 */
@ApplicationScoped
class PendingEntries {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject AuditChainer chainer;
  @Resource TransactionSynchronizationRegistry transactions;

  @Transactional(Transactional.TxType.MANDATORY)
  void add(long tenantId, List<AuditRecord> records) {
    records.forEach(r -> em.persist(new AuditPending(r)));
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
