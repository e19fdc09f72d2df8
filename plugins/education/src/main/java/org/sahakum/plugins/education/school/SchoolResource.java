package org.sahakum.plugins.education.school;

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
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;

/** {@code schools}: the organisation's own list of public schools. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolResource {
  private final ModuleContext ctx;

  public SchoolResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public List<SchoolView> list() {
    ctx.caller().requireAny(EducationPermissions.CHILD_READ, EducationPermissions.CHILD_WRITE,
        EducationPermissions.CLASS_MANAGE);
    return ctx.entityManager().createQuery("SELECT s FROM School s ORDER BY s.name, s.id", School.class)
        .setMaxResults(500).getResultList().stream().map(SchoolView::of).toList();
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
