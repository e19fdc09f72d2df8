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
 * Puts entries at the end of a tenant's chain, with the keyed hash. The head row is locked until
 * the transaction ends, so the appends of every server form one line per tenant.
 */
@ApplicationScoped
class ChainAppender {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject AuditChainKey key;

  /** Appends {@code records}, all of one tenant, in their order. Call inside a transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  void append(long tenantId, List<AuditRecord> records) {
    AuditChain chain = em.find(AuditChain.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (chain == null) {
      throw new IllegalStateException("tenant " + tenantId + " has no audit chain");
    }
    ChainKey chainKey = key.get();
    for (AuditRecord r : records) {
      long seq = chain.lastSeq() + 1;
      String hash = ChainHash.keyed(chainKey, chain.lastHash(), tenantId, seq, r.at(), r.actorAccountId(), r.action(),
          r.targetType(), r.targetId(), r.reason());
      em.persist(new AuditEvent(tenantId, seq, r.at(), r.actorAccountId(), r.action(), r.targetType(), r.targetId(),
          chain.lastHash(), hash, r.reason()));
      chain.advance(seq, hash);
    }
  }
}
