package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.api.SealedData;
import org.sahakum.core.crypto.SealedValueWalk;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The modules' sealed values at an organisation and its chapters, for a key rotation. Every
 * installed module is walked, switched on or not: values stay in its tables after it is switched
 * off, and they must not outlive the key they were sealed with.
 */
@ApplicationScoped
public class ModuleSealedData implements SealedValueWalk {
  private static final Logger LOG = Logger.getLogger(ModuleSealedData.class.getName());

  @Inject ModuleRegistry registry;
  @Inject Tenants tenants;
  @Inject ModuleContexts contexts;
  @Inject ModuleResealStep step;

  /** One store of one module at one tenant. */
  public record Store(LoadedModule module, Tenant tenant, SealedData data) {}

  @Override
  public long count(long orgId, long actor) {
    long total = 0;
    for (Store store : storesOf(orgId)) {
      EntityManager em = contexts.entityManager(store.module(), store.tenant(), true);
      try {
        total += store.data().count(contexts.context(store.module(), store.tenant(), actor, em, true));
      } finally {
        em.close();
      }
    }
    return total;
  }

  @Override
  public void reseal(long orgId, long actor, IntConsumer rowsDone) {
    // on the rotation's own thread, the core's EntityManager is used only inside a transaction
    for (Store store : step.storesOf(orgId)) {
      try {
        long after = 0;
        for (SealedData.Batch b = step.run(store, after, actor); b.lastId() >= 0; b = step.run(store, after, actor)) {
          after = b.lastId();
          rowsDone.accept(b.rows());
        }
      } catch (RuntimeException e) {
        // which store, never what it holds
        LOG.log(Level.SEVERE, "Re-sealing {0}/{1} at tenant {2} stopped: {3}",
            new Object[] {store.module().id(), store.data().id(), store.tenant().getId(), e.getClass().getName()});
        throw e;
      }
    }
  }

  /** Every sealed store of every installed module at the organisation and each of its chapters. */
  List<Store> storesOf(long orgId) {
    Tenant org = tenants.byId(orgId).orElseThrow();
    List<Tenant> where = tenants.subtree(org);
    List<Store> out = new ArrayList<>();
    for (LoadedModule m : registry.all()) {
      for (SealedData data : m.module().sealedData()) {
        where.forEach(t -> out.add(new Store(m, t, data)));
      }
    }
    return out;
  }
}
