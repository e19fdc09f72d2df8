package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
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

  /** Which entries to list; null fields do not filter. */
  public record Filter(String actionPrefix, Long actor, String targetType, Instant from, Instant to, Long beforeSeq,
      int limit) {}

  /** The newest entries first that pass {@code f}. */
  public List<AuditEvent> find(long tenantId, Filter f) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE e.tenantId = :t AND e.action LIKE :a");
    if (f.actor() != null) {
      jpql.append(" AND e.actorAccountId = :actor");
    }
    if (f.targetType() != null) {
      jpql.append(" AND e.targetType = :type");
    }
    if (f.from() != null) {
      jpql.append(" AND e.at >= :from");
    }
    if (f.to() != null) {
      jpql.append(" AND e.at < :to");
    }
    if (f.beforeSeq() != null) {
      jpql.append(" AND e.seq < :before");
    }
    TypedQuery<AuditEvent> q = em.createQuery(jpql.append(" ORDER BY e.seq DESC").toString(), AuditEvent.class)
        .setParameter("t", tenantId)
        .setParameter("a", escapeLike(f.actionPrefix() == null ? "" : f.actionPrefix()) + "%");
    if (f.actor() != null) {
      q.setParameter("actor", f.actor());
    }
    if (f.targetType() != null) {
      q.setParameter("type", f.targetType());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    if (f.beforeSeq() != null) {
      q.setParameter("before", f.beforeSeq());
    }
    return q.setMaxResults(f.limit()).getResultList();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
