package org.sahakum.plugins.education.classes;

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
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;

/** {@code terms}: the organisation's school terms, newest first. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {
  private final ModuleContext ctx;

  public TermResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public List<TermView> list() {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE,
        EducationPermissions.REPORT_READ);
    return ctx.entityManager().createQuery("SELECT t FROM Term t ORDER BY t.startsOn DESC, t.id DESC", Term.class)
        .setMaxResults(200).getResultList().stream().map(TermView::of).toList();
  }

  @GET
  @Path("{id}")
  public TermView get(@PathParam("id") long id) {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE,
        EducationPermissions.REPORT_READ);
    Term t = ctx.entityManager().find(Term.class, id);
    if (t == null) {
      throw Access.notFound("term");
    }
    return TermView.of(t);
  }

  @POST
  public Response create(@Valid @NotNull NewTerm body) {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    if (body.endsOn().isBefore(body.startsOn())) {
      throw Access.unprocessable("endsOn: a term cannot end before it starts.");
    }
    Term t = new Term(body.name().strip(), body.startsOn(), body.endsOn());
    ctx.entityManager().persist(t);
    ctx.entityManager().flush();
    ctx.audit().record("term.created", "term", String.valueOf(t.getId()));
    return Response.status(Response.Status.CREATED).entity(TermView.of(t)).build();
  }
}
