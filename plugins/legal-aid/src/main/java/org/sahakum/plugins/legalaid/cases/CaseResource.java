package org.sahakum.plugins.legalaid.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.attachments.AttachmentResource;
import org.sahakum.plugins.legalaid.notes.NoteResource;
import org.sahakum.plugins.legalaid.referrals.CaseReferralsResource;

/**
 * {@code cases}: the tenant's cases, opening one, its status workflow, its assignee, and (as
 * sub-resources) its dates, notes and attachments. The EntityManager is scoped to the request's
 * tenant, so no query here names a tenant.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
  static final int MAX_LIMIT = 200;
  /** The list's columns only, read without building or tracking entities. */
  private static final String PAGE = "SELECT NEW org.sahakum.plugins.legalaid.cases.CaseView(c.id, c.caseType, "
      + "c.clientKind, c.clientGroup, c.memberCode, c.status, c.outcome, c.assigneeAccountId, c.openedAt, c.closedAt) "
      + "FROM LegalCase c";

  private final ModuleContext ctx;
  private final Cases cases;

  public CaseResource(ModuleContext ctx) {
    this.ctx = ctx;
    this.cases = new Cases(ctx);
  }

  /**
   * The tenant's cases, newest first; {@code status} narrows them. Member clients by code only:
   * their working names are in each case's detail. Audited as one read.
   */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("status") @Pattern(regexp = LegalCase.STATUSES, message = "must be open, in-progress or closed")
      String status) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    var q = status == null
        ? ctx.entityManager().createQuery(PAGE + " ORDER BY c.id DESC", CaseView.class)
        : ctx.entityManager().createQuery(PAGE + " WHERE c.status = :s ORDER BY c.id DESC", CaseView.class)
            .setParameter("s", status);
    List<CaseView> page = q.setFirstResult(offset).setMaxResults(limit).getResultList();
    var count = status == null
        ? ctx.entityManager().createQuery("SELECT COUNT(c) FROM LegalCase c", Long.class)
        : ctx.entityManager().createQuery("SELECT COUNT(c) FROM LegalCase c WHERE c.status = :s", Long.class)
            .setParameter("s", status);
    ctx.audit().recordRead("cases.read", "case", null);
    return Page.of(Cases.named(ctx, page), count.getSingleResult());
  }

  /** Opens a case. */
  @POST
  public Response create(@Valid @NotNull NewCase body, @Context UriInfo uri) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    MemberRef member = body.memberCode() == null ? null : cases.member(body.memberCode());
    LegalCase legalCase = open(ctx, body.caseType(), member, body.clientGroup());
    String id = String.valueOf(legalCase.getId());
    return Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .entity(cases.views(List.of(legalCase)).get(0))
        .build();
  }

  /** Opens a case and puts it on record; the caller has checked permissions and the client. */
  public static LegalCase open(ModuleContext ctx, String caseType, MemberRef member, String clientGroup) {
    LegalCase legalCase = new LegalCase(caseType, member, clientGroup, now(ctx));
    ctx.entityManager().persist(legalCase);
    // the id is an IDENTITY column: it exists only once the row is inserted
    ctx.entityManager().flush();
    ctx.audit().record("case.created", "case", String.valueOf(legalCase.getId()));
    return legalCase;
  }

  /** One case of the tenant; 404 for ids that do not exist here, whoever owns them. */
  @GET
  @Path("{id}")
  public CaseView get(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    CaseView view = cases.views(List.of(cases.find(id))).get(0);
    ctx.audit().recordRead("case.read", "case", String.valueOf(id));
    return view;
  }

  @POST
  @Path("{id}/start")
  public CaseView start(@PathParam("id") long id) {
    return move(id, CaseWorkflow.Transition.START, null);
  }

  @POST
  @Path("{id}/close")
  public CaseView close(@PathParam("id") long id, @Valid @NotNull Closing body) {
    return move(id, CaseWorkflow.Transition.CLOSE, body.outcome());
  }

  @POST
  @Path("{id}/reopen")
  public CaseView reopen(@PathParam("id") long id) {
    return move(id, CaseWorkflow.Transition.REOPEN, null);
  }

  /**
   * Gives the case to a paralegal or lawyer (by account), or takes it back with a null account;
   * 422 for an account that does not handle cases here (see {@link Assignees}).
   */
  @PUT
  @Path("{id}/assignee")
  public CaseView assign(@PathParam("id") long id, @Valid @NotNull Assignment body) {
    return cases.views(List.of(assign(ctx, id, body.accountId()))).get(0);
  }

  /**
   * Gives case {@code id} to {@code accountId} (null: takes it back), as {@code PUT assignee} does,
   * without answering the case's view (bulk work: demo data).
   */
  public static LegalCase assign(ModuleContext ctx, long id, Long accountId) {
    ctx.caller().require(LegalAidPermissions.CASE_ASSIGN);
    LegalCase c = new Cases(ctx).lock(id);
    if (accountId != null) {
      Assignees.require(ctx, accountId);
    }
    c.assignTo(accountId);
    ctx.audit().record("case.assigned", "case", String.valueOf(id));
    return c;
  }

  @Path("{id}/dates")
  public CaseDateResource dates(@PathParam("id") long id) {
    return new CaseDateResource(ctx, id);
  }

  @Path("{id}/referrals")
  public CaseReferralsResource referrals(@PathParam("id") long id) {
    return new CaseReferralsResource(ctx, id);
  }

  @Path("{id}/notes")
  public NoteResource notes(@PathParam("id") long id) {
    return new NoteResource(ctx, id);
  }

  @Path("{id}/attachments")
  public AttachmentResource attachments(@PathParam("id") long id) {
    return new AttachmentResource(ctx, id);
  }

  private CaseView move(long id, CaseWorkflow.Transition t, String outcome) {
    return cases.views(List.of(move(ctx, id, t, outcome))).get(0);
  }

  /**
   * Moves case {@code id} by {@code t} ({@code outcome} to close), as {@code start}, {@code close} and
   * {@code reopen} do, without answering the case's view (bulk work: demo data).
   */
  public static LegalCase move(ModuleContext ctx, long id, CaseWorkflow.Transition t, String outcome) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    LegalCase c = new Cases(ctx).lock(id);
    CaseWorkflow.apply(c, t, outcome, now(ctx));
    ctx.audit().record("case." + t.name().toLowerCase(), "case", String.valueOf(id));
    return c;
  }

  static Instant now(ModuleContext ctx) {
    return ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
  }
}
