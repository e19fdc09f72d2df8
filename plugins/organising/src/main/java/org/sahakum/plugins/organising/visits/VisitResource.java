package org.sahakum.plugins.organising.visits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.organising.OrganisingPermissions;
import org.sahakum.plugins.organising.Paging;
import org.sahakum.plugins.organising.Refusals;

/** {@code visits}: the outreach log, newest first; logged with {@code organising:visit:write}. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
  private final ModuleContext ctx;

  public VisitResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(OrganisingPermissions.VISIT_READ);
    return Paging.page(ctx, Visit.class, "x.visitedOn DESC, x.id DESC", offset, limit, VisitView::of);
  }

  @POST
  public Response log(@Valid @NotNull NewVisit body) {
    ctx.caller().require(OrganisingPermissions.VISIT_WRITE);
    return Response.status(201).entity(VisitView.of(new Visits(ctx).record(body))).build();
  }

  @GET
  @Path("{id}")
  public VisitView get(@PathParam("id") long id) {
    ctx.caller().requireAny(OrganisingPermissions.VISIT_READ, OrganisingPermissions.VISIT_WRITE);
    Visit v = ctx.entityManager().find(Visit.class, id);
    if (v == null) {
      throw Refusals.notFound("visit");
    }
    return VisitView.of(v);
  }
}
