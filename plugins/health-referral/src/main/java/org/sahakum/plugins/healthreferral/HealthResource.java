package org.sahakum.plugins.healthreferral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.StaffDirectory;
import org.sahakum.plugins.healthreferral.facilities.FacilityResource;
import org.sahakum.plugins.healthreferral.followup.FollowUpResource;
import org.sahakum.plugins.healthreferral.mine.MyReferralsResource;
import org.sahakum.plugins.healthreferral.mine.NewRating;
import org.sahakum.plugins.healthreferral.referrals.HealthReferral;
import org.sahakum.plugins.healthreferral.referrals.ReferralResource;
import org.sahakum.plugins.healthreferral.referrals.ReferralView;
import org.sahakum.plugins.healthreferral.referrals.Referrals;
import org.sahakum.plugins.healthreferral.referrals.SlipCodes;
import org.sahakum.plugins.healthreferral.report.CostReportResource;

/**
 * The module's HTTP API for one request, mounted by the core at
 * {@code /api/t/{tenant}/health-referral}: one sub-resource per feature, who may escort, and a
 * slip looked up by the code a facility reads out.
 */
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
  private final ModuleContext ctx;

  public HealthResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Path("facilities")
  public FacilityResource facilities() {
    return new FacilityResource(ctx);
  }

  @Path("referrals")
  public ReferralResource referrals() {
    return new ReferralResource(ctx);
  }

  @Path("follow-ups")
  public FollowUpResource followUps() {
    return new FollowUpResource(ctx);
  }

  @Path("my-referrals")
  public MyReferralsResource myReferrals() {
    return new MyReferralsResource(ctx);
  }

  /** A member's anonymous rating of a facility they went to (see {@link MyReferralsResource#rate}). */
  @POST
  @Path("my-ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rate(@Valid @NotNull NewRating body) {
    return new MyReferralsResource(ctx).rate(body);
  }

  @Path("reports")
  public CostReportResource reports() {
    return new CostReportResource(ctx);
  }

  /** The accounts that may escort a person (those who may make referrals here); audited. */
  @GET
  @Path("escorts")
  public List<StaffDirectory.StaffRef> escorts() {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    List<StaffDirectory.StaffRef> staff = ctx.staff().holding(HealthPermissions.REFERRAL_WRITE);
    ctx.audit().recordRead("escorts.read", "account", null);
    return staff;
  }

  /**
   * The referral a slip code names, for a facility that calls to check one: its status, the
   * person by code or group, never what for. 404 for a code that is not this tenant's.
   */
  @GET
  @Path("slips/{code}")
  public ReferralView slip(@PathParam("code") @Pattern(regexp = "[A-Za-z0-9 -]{1,16}",
      message = "a slip code is 8 letters and digits") String code) {
    ctx.caller().require(HealthPermissions.REFERRAL_READ);
    HealthReferral r = ctx.entityManager().createQuery("SELECT r FROM HealthReferral r WHERE r.slipCode = :c",
            HealthReferral.class).setParameter("c", SlipCodes.normalise(code)).getResultStream().findFirst()
        .orElseThrow(() -> Problems.notFound("slip"));
    ctx.audit().recordRead("slip.checked", "referral", String.valueOf(r.getId()));
    return new Referrals(ctx).views(List.of(r)).get(0);
  }
}
