package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.auditchain.ChainHash;

/** Appends to a tenant's audit trail, inside the caller's transaction when there is one. */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** Creates the chain of a new tenant. Call in the transaction that creates the tenant. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void startChain(long tenantId) {
    em.persist(new AuditChain(tenantId));
    em.flush();
  }

  @Transactional
  public void record(long tenantId, Long actorAccountId, String action, String targetType, String targetId) {
    record(tenantId, actorAccountId, action, targetType, targetId, null);
  }

  /** As {@link #record(long, Long, String, String, String)}, with the reason the actor gave. */
  @Transactional
  public void record(long tenantId, Long actorAccountId, String action, String targetType, String targetId,
      String reason) {
    AuditChain chain = em.find(AuditChain.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (chain == null) {
      throw new IllegalStateException("tenant " + tenantId + " has no audit chain");
    }
    long seq = chain.lastSeq() + 1;
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String hash = ChainHash.of(chain.lastHash(), tenantId, seq, at, actorAccountId, action, targetType, targetId,
        reason);
    em.persist(new AuditEvent(tenantId, seq, at, actorAccountId, action, targetType, targetId, chain.lastHash(), hash,
        reason));
    chain.advance(seq, hash);
  }

  /** The newest entries first, optionally only those whose action starts with {@code actionPrefix}. */
  public List<AuditEvent> recent(long tenantId, String actionPrefix, int limit) {
    return em.createQuery("SELECT e FROM AuditEvent e WHERE e.tenantId = :t AND e.action LIKE :a ORDER BY e.seq DESC",
            AuditEvent.class)
        .setParameter("t", tenantId)
        .setParameter("a", escapeLike(actionPrefix == null ? "" : actionPrefix) + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
