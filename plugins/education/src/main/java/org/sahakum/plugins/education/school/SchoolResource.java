package org.sahakum.plugins.education.school;

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
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.Listing;

/** {@code schools}: the organisation's own list of public schools. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolResource {
  private final ModuleContext ctx;

  public SchoolResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** A page of them by name, the whole count in {@code X-Total-Count} ({@link Page}). */
  @GET
  public Response list(@QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Listing.MOST_OFFSET) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
    ctx.caller().requireAny(EducationPermissions.CHILD_READ, EducationPermissions.CHILD_WRITE,
        EducationPermissions.CLASS_MANAGE);
    return Listing.page(ctx.entityManager(), School.class, "x.name, x.id", SchoolView::of, offset, limit);
  }

  @GET
  @Path("{id}")
  public SchoolView get(@PathParam("id") long id) {
    ctx.caller().requireAny(EducationPermissions.CHILD_READ, EducationPermissions.CHILD_WRITE,
        EducationPermissions.CLASS_MANAGE);
    School s = ctx.entityManager().find(School.class, id);
    if (s == null) {
      throw Access.notFound("school");
    }
    return SchoolView.of(s);
  }

  @POST
  public Response create(@Valid @NotNull NewSchool body) {
    ctx.caller().requireAny(EducationPermissions.CHILD_WRITE, EducationPermissions.CLASS_MANAGE);
    School s = new School(body.name().strip(), body.place(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(s);
    ctx.entityManager().flush();
    ctx.audit().record("school.created", "school", String.valueOf(s.getId()));
    return Response.status(Response.Status.CREATED).entity(SchoolView.of(s)).build();
  }
}
