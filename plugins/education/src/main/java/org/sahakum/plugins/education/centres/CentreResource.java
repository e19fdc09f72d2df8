package org.sahakum.plugins.education.centres;

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
import java.time.temporal.ChronoUnit;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.api.TenantRef;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.Listing;

/** {@code centres}: the organisation's drop-in centres. Names and places only, never an address. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentreResource {
  private final ModuleContext ctx;

  public CentreResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** A page of them by name, the whole count in {@code X-Total-Count} ({@link Page}). */
  @GET
  public Response list(@QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Listing.MOST_OFFSET) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
    requireReader();
    return Listing.page(ctx.entityManager(), Centre.class, "x.name, x.id", CentreView::of, offset, limit);
  }

  @GET
  @Path("{id}")
  public CentreView get(@PathParam("id") long id) {
    requireReader();
    return CentreView.of(find(ctx, id));
  }

  @POST
  public Response create(@Valid @NotNull NewCentre body) {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    if (body.chapter() != null && ctx.members().chapters().stream().map(TenantRef::slug)
        .noneMatch(body.chapter()::equals)) {
      throw Access.unprocessable("chapter: no chapter of this organisation has the slug given.");
    }
    Centre centre = new Centre(body.name().strip(), body.chapter(), body.place(),
        ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(centre);
    ctx.entityManager().flush();
    ctx.audit().record("centre.created", "centre", String.valueOf(centre.getId()));
    return Response.status(Response.Status.CREATED).entity(CentreView.of(centre)).build();
  }

  /** The centre with this id here, or 404. */
  public static Centre find(ModuleContext ctx, long id) {
    Centre c = ctx.entityManager().find(Centre.class, id);
    if (c == null) {
      throw Access.notFound("centre");
    }
    return c;
  }

  private void requireReader() {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.CHILD_READ,
        EducationPermissions.CHILD_WRITE, EducationPermissions.ATTENDANCE_TAKE, EducationPermissions.REPORT_READ);
  }
}
