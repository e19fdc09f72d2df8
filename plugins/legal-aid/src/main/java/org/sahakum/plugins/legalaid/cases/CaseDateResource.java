package org.sahakum.plugins.legalaid.cases;

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
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;

/** {@code cases/{id}/dates}: a case's hearings and deadlines. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDateResource {
  private final ModuleContext ctx;
  private final long caseId;

  public CaseDateResource(ModuleContext ctx, long caseId) {
    this.ctx = ctx;
    this.caseId = caseId;
  }

  /** The case's dates, soonest first. */
  @GET
  public List<CaseDateView> list() {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    new Cases(ctx).find(caseId);
    return ctx.entityManager().createQuery("SELECT d FROM CaseDate d WHERE d.caseId = :c ORDER BY d.dueOn, d.id",
        CaseDate.class).setParameter("c", caseId).getResultList().stream().map(CaseDateView::of).toList();
  }

  @POST
  public Response add(@Valid @NotNull NewCaseDate body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    new Cases(ctx).find(caseId);
    CaseDate d = new CaseDate(caseId, body.kind(), body.dueOn());
    ctx.entityManager().persist(d);
    ctx.entityManager().flush();
    ctx.audit().record("case.date-added", "case", String.valueOf(caseId));
    return Response.status(201).entity(CaseDateView.of(d)).build();
  }

  /** Marks a hearing held or a deadline met. */
  @POST
  @Path("{dateId}/done")
  public CaseDateView done(@PathParam("dateId") long dateId) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    CaseDate d = ctx.entityManager().find(CaseDate.class, dateId);
    if (d == null || d.getCaseId() != caseId) {
      throw Problems.notFound("date of this case");
    }
    d.markDone();
    ctx.audit().record("case.date-done", "case", String.valueOf(caseId));
    return CaseDateView.of(d);
  }

  /** Hearings and deadlines not yet done, due up to {@code until}, soonest first, across cases. */
  public static Response upcoming(ModuleContext ctx, java.time.LocalDate until, int offset, int limit) {
    List<CaseDateView> page = ctx.entityManager().createQuery("SELECT d FROM CaseDate d WHERE d.done = FALSE "
            + "AND d.dueOn <= :u ORDER BY d.dueOn, d.id", CaseDate.class).setParameter("u", until)
        .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(CaseDateView::of).toList();
    return Page.of(page, ctx.entityManager().createQuery("SELECT COUNT(d) FROM CaseDate d WHERE d.done = FALSE "
        + "AND d.dueOn <= :u", Long.class).setParameter("u", until).getSingleResult());
  }
}
