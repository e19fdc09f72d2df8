package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Walks a tenant's audit chain from the first entry and recomputes every hash. A changed field,
 * a removed entry or an inserted one breaks the chain at that point; the head row must agree
 * with the last entry, so cutting entries off the end shows too.
 */
@ApplicationScoped
public class AuditVerifier {
  private static final int PAGE = 1000;

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** The outcome: how many entries were checked, and the first one that does not fit, if any. */
  public record Verdict(boolean intact, long entries, Long firstBrokenSeq, String problem) {}

  public Verdict verify(long tenantId) {
    String prev = "0".repeat(64);
    long expectedSeq = 1;
    while (true) {
      List<AuditEvent> page = em.createQuery(
              "SELECT e FROM AuditEvent e WHERE e.tenantId = :t AND e.seq >= :from ORDER BY e.seq", AuditEvent.class)
          .setParameter("t", tenantId).setParameter("from", expectedSeq).setMaxResults(PAGE).getResultList();
      for (AuditEvent e : page) {
        if (e.getSeq() != expectedSeq) {
          return new Verdict(false, expectedSeq - 1, expectedSeq, "entry " + expectedSeq + " is missing");
        }
        String hash = AuditLog.chainHash(prev, tenantId, e.getSeq(), e.getAt(), e.getActorAccountId(), e.getAction(),
            e.getTargetType(), e.getTargetId(), e.getReason());
        if (!e.getPrevHash().equals(prev) || !e.getHash().equals(hash)) {
          return new Verdict(false, expectedSeq - 1, e.getSeq(), "entry " + e.getSeq() + " was changed");
        }
        prev = hash;
        expectedSeq++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    AuditChain head = em.find(AuditChain.class, tenantId);
    long last = expectedSeq - 1;
    if (head != null && (head.lastSeq() != last || !head.lastHash().equals(prev))) {
      return new Verdict(false, last, last + 1, "entries after " + last + " are missing");
    }
    return new Verdict(true, last, null, null);
  }
}
