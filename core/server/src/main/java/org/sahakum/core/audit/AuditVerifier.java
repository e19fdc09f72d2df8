package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sahakum.auditchain.AuditEntry;
import org.sahakum.auditchain.ChainVerdict;
import org.sahakum.auditchain.ChainVerifier;
import org.sahakum.auditchain.KeyedFrom;
import org.sahakum.core.crypto.AuditChainKey;

/**
 * Walks a tenant's audit chain from the first entry and recomputes every hash (plain SHA-256 for
 * the entries written before the chain was keyed, HMAC with the master key's chain key after), with the same
 * {@link ChainVerifier} as the offline {@code bin/sahakum verify-audit}. A changed field, a removed
 * entry or an inserted one breaks the chain at that point; the head row must agree with the last
 * entry, so cutting entries off the end shows too.
 */
@ApplicationScoped
public class AuditVerifier {
  private static final String PAGE = "SELECT NEW org.sahakum.auditchain.AuditEntry(e.seq, e.at, e.actorAccountId, "
      + "e.action, e.targetType, e.targetId, e.reason, e.prevHash, e.hash) FROM AuditEvent e "
      + "WHERE e.tenantId = :t AND e.seq >= :from ORDER BY e.seq";

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject AuditChainKey key;
  @Inject AuditChainer chainer;

  /**
   * The outcome: how many entries were checked, and the first one that does not fit, if any. The
   * answer of {@code GET .../audit/verify}; kept apart from {@link ChainVerdict} so that the
   * answer's shape stays put whatever the shared module does.
   */
  public record Verdict(boolean intact, long entries, Long firstBrokenSeq, String problem) {
    static Verdict of(ChainVerdict v) {
      return new Verdict(v.intact(), v.entries(), v.firstBrokenSeq(), v.problem());
    }
  }

  public Verdict verify(long tenantId) {
    try {
      chainer.catchUp(tenantId);
    } catch (RuntimeException e) {
      return new Verdict(false, 0, null, chainer.waitingCount(tenantId)
          + " entries were written but cannot be chained: " + (e instanceof IllegalStateException ? e.getMessage()
          : "the chain's head could not be taken"));
    }
    AuditChain chain = em.find(AuditChain.class, tenantId);
    KeyedFrom keyedFrom = chain == null ? null : chain.keyedFrom();
    return Verdict.of(ChainVerifier.verifyPaged(tenantId, key.get(), keyedFrom,
        (fromSeq, limit) -> page(tenantId, fromSeq, limit),
        () -> {
          AuditChain head = em.find(AuditChain.class, tenantId);
          return head == null ? null : head.asChainHead();
        }));
  }

  private List<AuditEntry> page(long tenantId, long fromSeq, int limit) {
    // straight into the record: no managed entity per entry, and the walk reads a trail of any length
    return em.createQuery(PAGE, AuditEntry.class)
        .setParameter("t", tenantId).setParameter("from", fromSeq).setMaxResults(limit).getResultList();
  }
}
