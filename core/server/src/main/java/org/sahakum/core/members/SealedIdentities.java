package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sahakum.core.crypto.FieldCrypto;
import org.sahakum.core.crypto.SealedRows;

/** The register's sealed identities, as a key rotation walks them. */
@ApplicationScoped
public class SealedIdentities implements SealedRows {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject FieldCrypto crypto;

  @Override
  public long count(long orgId) {
    return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.orgId = :o", Long.class)
        .setParameter("o", orgId).getSingleResult();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Batch resealAfter(long orgId, long afterId, int limit, int version) {
    List<Member> batch = em.createQuery("SELECT m FROM Member m WHERE m.orgId = :o AND m.id > :after ORDER BY m.id",
            Member.class)
        .setParameter("o", orgId).setParameter("after", afterId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
    for (Member m : batch) {
      Member.SealedIdentity s = m.sealedIdentity();
      m.seal(new Member.SealedIdentity(
          crypto.reseal(orgId, "member.legalName", s.legalName(), version),
          crypto.reseal(orgId, "member.phone", s.phone(), version),
          crypto.reseal(orgId, "member.dateOfBirth", s.dateOfBirth(), version),
          crypto.reseal(orgId, "member.idNumber", s.idNumber(), version),
          s.phoneIndex()));
    }
    return new Batch(batch.size(), batch.isEmpty() ? -1 : batch.get(batch.size() - 1).getId());
  }
}
