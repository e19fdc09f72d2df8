package org.sahakum.plugins.uniondues.enrolments;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.arrears.ArrearsTotals;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.members.DuesMembers;
import org.sahakum.plugins.uniondues.plans.DuesPlan;

/** {@code enrolments}: which members pay dues under which plan, since when. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {
  private final ModuleContext ctx;

  public EnrolmentResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().requireAny(UnionDuesPermissions.REPORT_READ, UnionDuesPermissions.PLAN_MANAGE);
    List<DuesEnrolment> rows = ctx.entityManager()
        .createQuery("SELECT e FROM DuesEnrolment e WHERE e.memberId IS NOT NULL ORDER BY e.id DESC", DuesEnrolment.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList();
    Map<Long, MemberRef> members = DuesMembers.byIds(ctx, rows.stream().map(DuesEnrolment::getMemberId).toList());
    long total = ctx.entityManager().createQuery("SELECT COUNT(e) FROM DuesEnrolment e WHERE e.memberId IS NOT NULL",
        Long.class).getSingleResult();
    ctx.audit().recordRead("enrolments.read", "enrolment", null);
    return Page.of(rows.stream().map(e -> EnrolmentView.of(e, members.get(e.getMemberId()))).toList(), total);
  }

  @GET
  @Path("{id}")
  public EnrolmentView get(@PathParam("id") long id) {
    ctx.caller().requireAny(UnionDuesPermissions.REPORT_READ, UnionDuesPermissions.PLAN_MANAGE);
    DuesEnrolment e = ctx.entityManager().find(DuesEnrolment.class, id);
    if (e == null || e.getMemberId() == null) {
      throw new NotFoundException("No such enrolment.");
    }
    ctx.audit().recordRead("enrolment.read", "enrolment", String.valueOf(id));
    return EnrolmentView.of(e, DuesMembers.byIds(ctx, List.of(e.getMemberId())).get(e.getMemberId()));
  }

  /** Enrols a member; each member has one enrolment. */
  @POST
  public Response enrol(@Valid @NotNull NewEnrolment body) {
    ctx.caller().require(UnionDuesPermissions.PLAN_MANAGE);
    EntityManager em = ctx.entityManager();
    DuesPlan plan = em.find(DuesPlan.class, body.planId());
    if (plan == null) {
      throw org.sahakum.api.Refusal.unprocessable("planId", "unknown-plan", "planId: no such plan here.");
    }
    if (body.startsOn().isBefore(plan.getStartsOn())) {
      throw Access.unprocessable("startsOn: the plan starts on " + plan.getStartsOn() + "; dues cannot start earlier.");
    }
    MemberRef member = DuesMembers.byCode(ctx, body.memberCode());
    // no FOR UPDATE here: locking a row that does not exist yet takes a gap lock, and two
    // enrolments into the same gap deadlock; the unique key (tenant_id, member_id) decides instead
    if (new Enrolments(em).ofMember(member.id(), false).isPresent()) {
      throw Access.conflict("This member is already enrolled.");
    }
    DuesEnrolment e = new DuesEnrolment(member.id(), plan, member.chapter() == null ? null : member.chapter().id(),
        body.startsOn());
    em.persist(e);
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw Access.conflict("This member was enrolled at the same moment by another request.");
    }
    new ArrearsTotals(em).moved(null, e);
    ctx.audit().record("enrolment.created", "enrolment", String.valueOf(e.getId()));
    return Response.status(Response.Status.CREATED).entity(EnrolmentView.of(e, member)).build();
  }
}
