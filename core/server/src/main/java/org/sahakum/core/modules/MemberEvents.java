package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.core.tenancy.Tenant;

/**
 * Tells every loaded module what happened to a member, inside the caller's transaction. Modules
 * switched off for the tenant hear it too: they may hold rows from when they were on.
 */
@ApplicationScoped
public class MemberEvents {
  private static final Logger LOG = Logger.getLogger(MemberEvents.class.getName());

  @Inject ModuleRegistry registry;
  @Inject ModuleContexts contexts;

  /** A module threw while handling the event; the transaction must not commit. */
  public static final class Refused extends RuntimeException {
    private final String moduleId;

    Refused(String moduleId, RuntimeException cause) {
      super("module " + moduleId + " refused a member event", cause);
      this.moduleId = moduleId;
    }

    public String moduleId() {
      return moduleId;
    }
  }

  /**
   * Delivers {@code event} to each module, once per node of the member's organisation.
   *
   * @param nodes the organisation first, then its chapters
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(List<Tenant> nodes, long actorAccountId, MemberEvent event) {
    for (LoadedModule module : registry.all()) {
      Optional<MemberEventListener> listener = module.module().memberEvents();
      if (listener.isEmpty()) {
        continue;
      }
      for (Tenant node : nodes) {
        EntityManager em = contexts.entityManager(module, node, false);
        try {
          listener.get().onMemberEvent(contexts.context(module, node, actorAccountId, em, false), event);
          em.flush();
        } catch (RuntimeException e) {
          // the module's own message may name the member; log only which module and what kind
          LOG.log(Level.WARNING, "Module {0} failed on a member event ({1}): {2}",
              new Object[] {module.id(), event.kind(), e.getClass().getName()});
          throw new Refused(module.id(), e);
        } finally {
          em.close();
        }
      }
    }
  }
}
