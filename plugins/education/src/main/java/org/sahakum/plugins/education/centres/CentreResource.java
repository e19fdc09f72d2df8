package org.sahakum.plugins.education.centres;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.TenantRef;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;

/** {@code centres}: the organisation's drop-in centres. Names and places only, never an address. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentreResource {
  private final ModuleContext ctx;

  public CentreResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public List<CentreView> list() {
    requireReader();
    return ctx.entityManager().createQuery("SELECT c FROM Centre c ORDER BY c.name, c.id", Centre.class)
        .setMaxResults(500).getResultList().stream().map(CentreView::of).toList();
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
