package org.sahakum.core.twostep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sahakum.core.crypto.FieldCrypto;
import org.sahakum.core.crypto.SealedRows;

/**
 * The TOTP secrets sealed under an organisation's data key, as a key rotation walks them: a
 * rotation meant to retire a leaked key must not leave the second step under it.
 */
@ApplicationScoped
public class SealedTwoStepSecrets implements SealedRows {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject FieldCrypto crypto;

  @Override
  public long count(long orgId) {
    return em.createQuery("SELECT COUNT(s) FROM TwoStepSecret s WHERE s.keyOwner = :o", Long.class)
        .setParameter("o", orgId).getSingleResult();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Batch resealAfter(long orgId, long afterId, int limit, int version) {
    List<TwoStepSecret> batch = em.createQuery("SELECT s FROM TwoStepSecret s WHERE s.keyOwner = :o "
            + "AND s.accountId > :after ORDER BY s.accountId", TwoStepSecret.class)
        .setParameter("o", orgId).setParameter("after", afterId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
    for (TwoStepSecret s : batch) {
      s.reseal(crypto.reseal(orgId, TwoSteps.field(s.accountId()), s.sealed(), version));
    }
    return new Batch(batch.size(), batch.isEmpty() ? -1 : batch.get(batch.size() - 1).accountId());
  }
}
