package org.sahakum.plugins.organising.workplaces;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.organising.OrganisingPermissions;
import org.sahakum.plugins.organising.Refusals;

/**
 * {@code workplaces}: read by whoever logs or reads visits (the visit form picks from it), kept
 * with {@code organising:workplace:manage}. A workplace is retired, never deleted: visits point to it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkplaceResource {
  private final ModuleContext ctx;

  public WorkplaceResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The workplaces by label, a page at a time; the default page is the largest, as the visit form's picker reads it whole. */
  @GET
  public Response list(@QueryParam("active") Boolean active,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    requireReader(ctx);
    var em = ctx.entityManager();
    List<WorkplaceView> rows = em.createQuery("SELECT w FROM Workplace w WHERE (:a IS NULL OR w.active = :a) "
            + "ORDER BY w.label, w.id", Workplace.class).setParameter("a", active)
        .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(WorkplaceView::of).toList();
    long total = em.createQuery("SELECT COUNT(w) FROM Workplace w WHERE (:a IS NULL OR w.active = :a)", Long.class)
        .setParameter("a", active).getSingleResult();
    return Page.of(rows, total);
  }

  @POST
  public Response create(@Valid @NotNull NewWorkplace body) {
    ctx.caller().require(OrganisingPermissions.WORKPLACE_MANAGE);
    return Response.status(201).entity(WorkplaceView.of(WorkplaceAdmin.create(ctx, body))).build();
  }

  @GET
  @Path("{id}")
  public WorkplaceView get(@PathParam("id") long id) {
    requireReader(ctx);
    return WorkplaceView.of(find(ctx, id));
  }

  @PUT
  @Path("{id}")
  public WorkplaceView change(@PathParam("id") long id, @Valid @NotNull WorkplaceChange body) {
    ctx.caller().require(OrganisingPermissions.WORKPLACE_MANAGE);
    Workplace w = find(ctx, id);
    boolean retired = w.isActive() && !body.active();
    w.change(body, body.active());
    ctx.audit().record(retired ? "workplace.retired" : "workplace.changed", "workplace", String.valueOf(id));
    return WorkplaceView.of(w);
  }

  /** Whoever keeps workplaces or reads visits may read the list. */
  static void requireReader(ModuleContext ctx) {
    ctx.caller().requireAny(OrganisingPermissions.VISIT_READ, OrganisingPermissions.WORKPLACE_MANAGE);
  }

  /** The workplace with this id here, or 404. */
  public static Workplace find(ModuleContext ctx, long id) {
    Workplace w = ctx.entityManager().find(Workplace.class, id);
    if (w == null) {
      throw Refusals.notFound("workplace");
    }
    return w;
  }
}
