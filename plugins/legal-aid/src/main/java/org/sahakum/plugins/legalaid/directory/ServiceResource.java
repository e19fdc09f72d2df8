package org.sahakum.plugins.legalaid.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;

/**
 * {@code services}: the referral directory. Entries change or are deactivated; one that a referral
 * points to is never deleted, so a case's history keeps saying where its client was sent.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceResource {

  private final ModuleContext ctx;

  public ServiceResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The directory by name; {@code active} narrows it to entries in use (true) or retired (false). */
  @GET
  public Response list(@QueryParam("active") Boolean active,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    String where = active == null ? "" : " WHERE s.active = :a";
    var q = ctx.entityManager().createQuery("SELECT s FROM Service s" + where + " ORDER BY s.name, s.id", Service.class);
    var count = ctx.entityManager().createQuery("SELECT COUNT(s) FROM Service s" + where, Long.class);
    if (active != null) {
      q.setParameter("a", active);
      count.setParameter("a", active);
    }
    return Page.of(q.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(ServiceView::of).toList(),
        count.getSingleResult());
  }

  @POST
  public Response create(@Valid @NotNull NewService body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Service s = new Service(body.name().strip(), body.serviceKind(), body.area(), body.phone(),
        ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(s);
    ctx.entityManager().flush();
    ctx.audit().record("service.created", "service", String.valueOf(s.getId()));
    return Response.status(201).entity(ServiceView.of(s)).build();
  }

  @GET
  @Path("{id}")
  public ServiceView get(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    return ServiceView.of(find(ctx, id));
  }

  /** Changes the entry; {@code active: false} retires it from new referrals. */
  @PUT
  @Path("{id}")
  public ServiceView change(@PathParam("id") long id, @Valid @NotNull ServiceChange body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Service s = find(ctx, id);
    boolean retired = s.isActive() && !body.active();
    s.change(body.name().strip(), body.serviceKind(), body.area(), body.phone(), body.active());
    ctx.audit().record(retired ? "service.deactivated" : "service.changed", "service", String.valueOf(id));
    return ServiceView.of(s);
  }

  /** Deletes an entry made by mistake; 409 once a referral points to it (deactivate it instead). */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Service s = find(ctx, id);
    long referrals = ctx.entityManager().createQuery("SELECT COUNT(r) FROM Referral r WHERE r.serviceId = :s",
        Long.class).setParameter("s", id).getSingleResult();
    if (referrals > 0) {
      throw Problems.conflict("Referrals point to this service, so it stays in the directory: "
          + "set active to false instead.");
    }
    ctx.entityManager().remove(s);
    ctx.audit().record("service.deleted", "service", String.valueOf(id));
    return Response.noContent().build();
  }

  /** The entry with this id here, or 404. */
  public static Service find(ModuleContext ctx, long id) {
    Service s = ctx.entityManager().find(Service.class, id);
    if (s == null) {
      throw Problems.notFound("service in the directory");
    }
    return s;
  }
}
