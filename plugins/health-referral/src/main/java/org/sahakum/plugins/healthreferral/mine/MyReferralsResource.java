package org.sahakum.plugins.healthreferral.mine;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sahakum.api.Page;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.healthreferral.Problems;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.referrals.HealthReferral;
import org.sahakum.plugins.healthreferral.referrals.ReferralWorkflow;
import org.sahakum.plugins.healthreferral.referrals.Referrals;
import org.sahakum.plugins.healthreferral.referrals.SlipView;

/**
 * {@code my-referrals}: the caller's own referrals and their children's, when the caller is a
 * member here; anyone else gets an empty list and 404 for a referral. Needs no health permission.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyReferralsResource {
  private final ModuleContext ctx;

  public MyReferralsResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    MemberRef me = ctx.members().caller().orElse(null);
    if (me == null) {
      return Page.of(List.of(), 0);
    }
    List<HealthReferral> mine = ctx.entityManager().createQuery(
            "SELECT r FROM HealthReferral r WHERE r.memberId = :m ORDER BY r.id DESC", HealthReferral.class)
        .setParameter("m", me.id()).setFirstResult(offset).setMaxResults(limit).getResultList();
    long total = ctx.entityManager().createQuery("SELECT COUNT(r) FROM HealthReferral r WHERE r.memberId = :m",
        Long.class).setParameter("m", me.id()).getSingleResult();
    Map<Long, Facility> facilities = new Referrals(ctx).facilities(mine);
    ctx.audit().recordRead("my-referrals.read", "referral", null);
    return Page.of(mine.stream().map(r -> {
      Facility f = facilities.get(r.getFacilityId());
      return new MyReferralView(r.getId(), r.getSlipCode(), r.getPersonKind(), r.getChildRelation(),
          r.getChildBirthYear(), f.getNameKm(), f.getNameEn(), r.getStatus(), r.getReferredOn(), mayRate(r));
    }).toList(), total);
  }

  /** The slip of one of the caller's referrals. */
  @GET
  @Path("{id}/slip")
  public SlipView slip(@PathParam("id") long id) {
    HealthReferral r = mine(id);
    SlipView slip = SlipView.of(r, new Referrals(ctx).facilities(List.of(r)).get(r.getFacilityId()));
    ctx.audit().recordRead("my-slip.read", "referral", String.valueOf(id));
    return slip;
  }

  /**
   * {@code POST my-ratings}: rates the facility of an attended referral, once per referral. The rating joins the facility's
   * count and sum; nothing links it to the member or the referral.
   */
  public Response rate(NewRating body) {
    HealthReferral r = mine(body.referralId());
    if (!mayRate(r)) {
      throw Problems.conflict(r.isRated() ? "You have already rated this visit."
          : "A facility is rated after a visit to it.");
    }
    Facility f = ctx.entityManager().find(Facility.class, r.getFacilityId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    f.rate(body.stars());
    r.markRated();
    ctx.audit().record("facility.rated", "facility", null);
    return Response.noContent().build();
  }

  private static boolean mayRate(HealthReferral r) {
    return !r.isRated() && ReferralWorkflow.attended(r);
  }

  private HealthReferral mine(long id) {
    MemberRef me = ctx.members().caller().orElseThrow(() -> Problems.notFound("referral"));
    HealthReferral r = ctx.entityManager().find(HealthReferral.class, id);
    if (r == null || r.getMemberId() == null || r.getMemberId() != me.id()) {
      throw Problems.notFound("referral");
    }
    return r;
  }
}
