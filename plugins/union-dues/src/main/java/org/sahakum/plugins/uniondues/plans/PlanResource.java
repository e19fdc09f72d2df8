package org.sahakum.plugins.uniondues.plans;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.ledger.ReceiptCounter;

/** {@code plans}: the organisation's dues plans. Plans are not changed once made; make a new one. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
  private final ModuleContext ctx;

  public PlanResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    requireReader();
    List<PlanView> page = ctx.entityManager().createQuery("SELECT p FROM DuesPlan p ORDER BY p.id DESC", DuesPlan.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(PlanView::of).toList();
    return Page.of(page, ctx.entityManager().createQuery("SELECT COUNT(p) FROM DuesPlan p", Long.class).getSingleResult());
  }

  @GET
  @Path("{id}")
  public PlanView get(@PathParam("id") long id) {
    requireReader();
    DuesPlan p = ctx.entityManager().find(DuesPlan.class, id);
    if (p == null) {
      throw new NotFoundException("No such plan.");
    }
    return PlanView.of(p);
  }

  /** Creates a plan; the organisation's first plan also starts its receipt numbering. */
  @POST
  public Response create(@Valid @NotNull NewPlan body) {
    ctx.caller().require(UnionDuesPermissions.PLAN_MANAGE);
    EntityManager em = ctx.entityManager();
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
    DuesPlan plan = new DuesPlan(body, now);
    em.persist(plan);
    ReceiptCounter.startIfMissing(em);
    em.flush();
    ctx.audit().record("plan.created", "plan", String.valueOf(plan.getId()));
    return Response.status(Response.Status.CREATED).entity(PlanView.of(plan)).build();
  }

  private void requireReader() {
    ctx.caller().requireAny(UnionDuesPermissions.REPORT_READ, UnionDuesPermissions.PLAN_MANAGE,
        UnionDuesPermissions.PAYMENT_RECORD);
  }
}
