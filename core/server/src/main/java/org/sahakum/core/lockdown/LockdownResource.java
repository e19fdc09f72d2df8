package org.sahakum.core.lockdown;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.Sessions;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/** Locking a chapter down, and lifting the lockdown with two admins. */
@Path("t/{tenant}/lockdown")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class LockdownResource {

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject AuditLog audit;

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** The state of a lockdown. */
  public record Lockdown(String tenant, boolean locked, boolean waitingForSecondAdmin) {}

  @POST
  @Transactional
  public Lockdown lock(@PathParam("tenant") String slug) {
    Tenant chapter = chapter(slug);
    long actor = caller.requireLogin().accountId();
    if (!chapter.isLocked()) {
      em.find(Tenant.class, chapter.getId()).lock();
      for (var account : accounts.at(chapter.getId())) {
        sessions.closeAll(account.getId());
      }
      audit.record(chapter.getParentId(), actor, "tenant.locked", "tenant", chapter.getSlug());
    }
    return new Lockdown(chapter.getSlug(), true, false);
  }

  /** The first admin asks; a second, different admin confirms and the lockdown ends. */
  @POST
  @Path("lift")
  @Transactional
  public Lockdown lift(@PathParam("tenant") String slug) {
    Tenant chapter = chapter(slug);
    if (!chapter.isLocked()) {
      throw new ClientErrorException("This chapter is not locked down.", 409);
    }
    long actor = caller.requireLogin().accountId();
    LockdownLift pending = em.find(LockdownLift.class, chapter.getId());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (pending == null) {
      em.persist(new LockdownLift(chapter.getId(), actor, now));
      audit.record(chapter.getParentId(), actor, "tenant.unlock.requested", "tenant", chapter.getSlug());
      return new Lockdown(chapter.getSlug(), true, true);
    }
    if (pending.requestedBy() == actor) {
      throw new ClientErrorException("A second admin must confirm lifting the lockdown.", 409);
    }
    em.remove(pending);
    em.find(Tenant.class, chapter.getId()).unlock();
    audit.record(chapter.getParentId(), actor, "tenant.unlocked", "tenant", chapter.getSlug());
    return new Lockdown(chapter.getSlug(), false, false);
  }

  private Tenant chapter(String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "tenant:lockdown");
    if (tenant.getType() != TenantType.CHAPTER) {
      throw new ClientErrorException("Only a chapter can be locked down.", 400);
    }
    return tenant;
  }
}
