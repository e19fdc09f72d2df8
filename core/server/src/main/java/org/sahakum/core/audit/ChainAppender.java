package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sahakum.auditchain.ChainHash;
import org.sahakum.auditchain.ChainKey;
import org.sahakum.core.crypto.AuditChainKey;

/**
 * Moves a tenant's waiting entries to the end of its chain, with the keyed hash, in the order they
 * were written. The head row is locked for that short transaction only, so the appends of every
 * server still form one line per tenant while the work being recorded never waits on the head.
 */
@ApplicationScoped
class ChainAppender {
  static final int BATCH = 500;

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject AuditChainKey key;

  /** Chains up to {@link #BATCH} of the tenant's waiting entries; returns how many it chained. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int chainWaiting(long tenantId) {
    AuditChain chain = em.find(AuditChain.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (chain == null) {
      throw new IllegalStateException("tenant " + tenantId + " has no audit chain");
    }
    // read under the head's lock: another server chaining the same tenant waits above, not here
    List<AuditPending> waiting = em.createQuery(
            "SELECT p FROM AuditPending p WHERE p.tenantId = :t ORDER BY p.id", AuditPending.class)
        .setParameter("t", tenantId).setMaxResults(BATCH).getResultList();
    if (waiting.isEmpty()) {
      return 0;
    }
    ChainKey chainKey = key.get();
    for (AuditPending p : waiting) {
      AuditRecord r = p.asRecord();
      long seq = chain.lastSeq() + 1;
      String hash = ChainHash.keyed(chainKey, chain.lastHash(), tenantId, seq, r.at(), r.actorAccountId(), r.action(),
          r.targetType(), r.targetId(), r.reason());
      em.persist(new AuditEvent(tenantId, seq, r.at(), r.actorAccountId(), r.action(), r.targetType(), r.targetId(),
          chain.lastHash(), hash, r.reason()));
      chain.advance(seq, hash);
    }
    // by id, never by range: an entry with a lower id may commit after this read and must wait its turn
    em.createQuery("DELETE FROM AuditPending p WHERE p.tenantId = :t AND p.id IN :ids")
        .setParameter("t", tenantId)
        .setParameter("ids", waiting.stream().map(AuditPending::id).toList())
        .executeUpdate();
    return waiting.size();
  }
}
