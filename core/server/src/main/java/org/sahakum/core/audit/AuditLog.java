package org.sahakum.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.core.crypto.AuditChainKey;

/**
 * Appends to a tenant's audit trail, inside the caller's transaction when there is one. An entry is
 * durable when that transaction commits and takes its place in the chain a moment later
 * ({@link AuditChainer}); whoever reads the trail sees it chained.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject PendingEntries pending;
  @Inject ReadAuditBatcher reads;
  @Inject AuditChainKey chainKey;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Creates the chain of a new tenant. Call in the transaction that creates the tenant. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void startChain(long tenantId) {
    em.persist(new AuditChain(tenantId, chainKey.get()));
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
    pending.add(tenantId, List.of(new AuditRecord(tenantId, actorAccountId, action, targetType, targetId, reason,
        now())));
  }

  /** An entry to record with others in one append: what was done to which thing. */
  public record Entry(String action, String targetType, String targetId) {}

  /**
   * Records {@code entries}, in their order, by one actor, for bulk work (demo data).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(long tenantId, Long actorAccountId, List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Instant at = now();
    pending.addAll(tenantId, entries.stream().map(e -> new AuditRecord(tenantId, actorAccountId, e.action(),
        e.targetType(), e.targetId(), null, at)).toList());
  }

  /**
   * Records a read that changes nothing, such as a page of the register. Returns once the entry is
   * durable, so the caller shows nothing that is not on record. Outside a transaction the entry
   * joins one commit with other requests' reads; inside one, it is simply part of that transaction.
   */
  public void recordRead(long tenantId, Long actorAccountId, String action, String targetType, String targetId) {
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      record(tenantId, actorAccountId, action, targetType, targetId, null);
      return;
    }
    reads.appendAndWait(new AuditRecord(tenantId, actorAccountId, action, targetType, targetId, null, now()));
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** Which entries to list; null fields do not filter. */
  public record Filter(String actionPrefix, Long actor, String targetType, Instant from, Instant to, Long beforeSeq,
      int limit) {}

  /** The newest entries first that pass {@code f}. */
  public List<ListedAuditEntry> find(long tenantId, Filter f) {
    StringBuilder jpql = new StringBuilder("SELECT NEW org.sahakum.core.audit.ListedAuditEntry(e.seq, e.at, "
        + "e.actorAccountId, e.action, e.targetType, e.targetId, e.reason, e.hash) FROM AuditEvent e "
        + "WHERE e.tenantId = :t AND e.action LIKE :a");
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
    TypedQuery<ListedAuditEntry> q = em.createQuery(jpql.append(" ORDER BY e.seq DESC").toString(),
        ListedAuditEntry.class)
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
