package org.sahakum.plugins.education.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.Children;

/** {@code children/{id}/support}: support towards school given to the child, in riel. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportResource {
  private final ModuleContext ctx;
  private final long childId;

  public SupportResource(ModuleContext ctx, long childId) {
    this.ctx = ctx;
    this.childId = childId;
  }

  @GET
  public List<SupportView> list() {
    ctx.caller().require(EducationPermissions.CHILD_READ);
    new Children(ctx).visible(childId);
    return ctx.entityManager().createQuery("SELECT s FROM SchoolSupport s WHERE s.childId = :c ORDER BY s.givenOn DESC",
        SchoolSupport.class).setParameter("c", childId).setMaxResults(200).getResultList().stream()
        .map(SchoolSupport::view).toList();
  }

  @POST
  public Response give(@Valid @NotNull NewSupport body) {
    ctx.caller().require(EducationPermissions.CHILD_WRITE);
    Child child = new Children(ctx).visible(childId);
    if (body.givenOn().isAfter(LocalDate.now(ctx.clock()))) {
      throw Access.unprocessable("givenOn: the day cannot be in the future.");
    }
    SchoolSupport s = new SchoolSupport(childId, child.getCentreId(), body);
    ctx.entityManager().persist(s);
    ctx.entityManager().flush();
    ctx.audit().record("support.given", "child", String.valueOf(childId));
    return Response.status(Response.Status.CREATED).entity(s.view()).build();
  }
}
