package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sahakum.api.SealedData;

/** The steps of a module store's re-sealing, each in a short transaction of its own. */
@ApplicationScoped
public class ModuleResealStep {

  @Inject ModuleContexts contexts;
  @Inject ModuleSealedData stores;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ModuleSealedData.Store> storesOf(long orgId) {
    return stores.storesOf(orgId);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SealedData.Batch run(ModuleSealedData.Store store, long afterId, long actor) {
    EntityManager em = contexts.entityManager(store.module(), store.tenant(), false);
    try {
      return store.data().resealAfter(contexts.context(store.module(), store.tenant(), actor, em, false), afterId);
    } finally {
      em.close();
    }
  }
}
