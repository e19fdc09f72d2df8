package org.sahakum.plugins.education.classes;

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
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.Listing;

/** {@code terms}: the organisation's school terms, newest first. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {
  private final ModuleContext ctx;

  public TermResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** A page of them, the latest first, the whole count in {@code X-Total-Count} ({@link Page}). */
  @GET
  public Response list(@QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Listing.MOST_OFFSET) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE,
        EducationPermissions.REPORT_READ);
    return Listing.page(ctx.entityManager(), Term.class, "x.startsOn DESC, x.id DESC", TermView::of, offset, limit);
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
