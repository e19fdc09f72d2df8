package org.sahakum.plugins.legalaid.cases;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.LegalAidPermissions;

/**
 * The module's HTTP API for one request, mounted by the core at
 * {@code /api/t/{tenant}/legal-aid}. The EntityManager is already scoped to the request's tenant,
 * so no query here names a tenant.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
  static final int MAX_LIMIT = 200;

  private final ModuleContext ctx;

  public CaseResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The tenant's cases, newest first. */
  @GET
  @Path("cases")
  public List<CaseView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    return ctx.entityManager()
        .createQuery("SELECT c FROM LegalCase c ORDER BY c.id DESC", LegalCase.class)
        .setMaxResults(limit)
        .getResultList().stream()
        .map(CaseView::of)
        .toList();
  }

  /** Opens a case. */
  @POST
  @Path("cases")
  public Response create(@Valid @NotNull NewCase body, @Context UriInfo uri) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
    LegalCase legalCase = new LegalCase(body.caseType(), body.clientKind(), now);
    EntityManager em = ctx.entityManager();
    em.persist(legalCase);
    // the id is an IDENTITY column: it exists only once the row is inserted
    em.flush();
    String id = String.valueOf(legalCase.getId());
    ctx.audit().record("case.created", "case", id);
    return Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .entity(CaseView.of(legalCase))
        .build();
  }

  /** One case of the tenant; 404 for ids that do not exist here, whoever owns them. */
  @GET
  @Path("cases/{id}")
  public CaseView get(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    LegalCase legalCase = ctx.entityManager().find(LegalCase.class, id);
    if (legalCase == null) {
      throw new NotFoundException("No such case.");
    }
    return CaseView.of(legalCase);
  }

}
