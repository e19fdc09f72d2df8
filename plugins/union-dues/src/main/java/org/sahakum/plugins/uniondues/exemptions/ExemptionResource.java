package org.sahakum.plugins.uniondues.exemptions;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.arrears.ArrearsTotals;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.enrolments.Enrolments;
import org.sahakum.plugins.uniondues.enrolments.Position;
import org.sahakum.plugins.uniondues.members.DuesMembers;

/** {@code exemptions}: hardship exemptions, with a reason and an expiry. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExemptionResource {
  private final ModuleContext ctx;

  public ExemptionResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(UnionDuesPermissions.PLAN_MANAGE);
    List<Object[]> rows = ctx.entityManager().createQuery("SELECT x, e.memberId FROM DuesExemption x, DuesEnrolment e "
        + "WHERE e.id = x.enrolmentId ORDER BY x.id DESC", Object[].class).setFirstResult(offset).setMaxResults(limit)
        .getResultList();
    long total = ctx.entityManager().createQuery("SELECT COUNT(x) FROM DuesExemption x, DuesEnrolment e "
        + "WHERE e.id = x.enrolmentId", Long.class).getSingleResult();
    Map<Long, MemberRef> members = DuesMembers.byIds(ctx, rows.stream().map(r -> (Long) r[1]).toList());
    ctx.audit().recordRead("exemptions.read", "exemption", null);
    return Page.of(rows.stream().map(r -> {
      MemberRef m = members.get((Long) r[1]);
      return ExemptionView.of((DuesExemption) r[0], m == null ? null : m.memberCode());
    }).toList(), total);
  }

  /** Grants an exemption; it may not overlap another of the same member. */
  @POST
  public Response grant(@Valid @NotNull NewExemption body) {
    ctx.caller().require(UnionDuesPermissions.PLAN_MANAGE);
    if (body.expiresOn().isBefore(body.startsOn())) {
      throw org.sahakum.api.Refusal.invalid("expiresOn", "before-start", "expiresOn must not be before startsOn.");
    }
    if (body.expiresOn().isAfter(body.startsOn().plusYears(2))) {
      throw new jakarta.ws.rs.BadRequestException("expiresOn must be within two years of startsOn.");
    }
    EntityManager em = ctx.entityManager();
    MemberRef member = DuesMembers.byCode(ctx, body.memberCode());
    DuesEnrolment e = new Enrolments(em).ofMember(member.id(), true)
        .orElseThrow(() -> org.sahakum.api.Refusal.unprocessable("memberCode", "not-enrolled", "memberCode: this member is not enrolled in a dues plan."));
    long overlapping = em.createQuery("SELECT COUNT(x) FROM DuesExemption x WHERE x.enrolmentId = :e "
            + "AND x.startsOn <= :to AND x.expiresOn >= :from", Long.class)
        .setParameter("e", e.getId()).setParameter("from", body.startsOn()).setParameter("to", body.expiresOn())
        .getSingleResult();
    if (overlapping > 0) {
      throw Access.conflict("This member already has an exemption overlapping these dates.");
    }
    int waived = Position.periodsStartingBetween(e.getStartMonth(), e.getPeriodMonths(),
        Months.index(body.startsOn()), Months.index(body.expiresOn()));
    ArrearsTotals.Share before = ArrearsTotals.shareOf(e);
    e.waive(waived);
    new ArrearsTotals(em).moved(before, e);
    DuesExemption x = new DuesExemption(e.getId(), body.reason().strip(), body.startsOn(), body.expiresOn(), waived,
        ctx.caller().accountId(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    em.persist(x);
    em.flush();
    ctx.audit().record("exemption.granted", "exemption", String.valueOf(x.getId()));
    return Response.status(Response.Status.CREATED).entity(ExemptionView.of(x, member.memberCode())).build();
  }
}
