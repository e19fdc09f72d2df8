package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.healthreferral.HealthPermissions;
import org.sahakum.plugins.healthreferral.Problems;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.followup.FollowUpCounts;

/**
 * {@code referrals}: making a referral with the person's consent, its status moves, escort, costs,
 * mistreatment kept for advocacy, and its slip.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {
  private final ModuleContext ctx;
  private final Referrals referrals;
  private final FollowUpCounts followUpCounts;

  public ReferralResource(ModuleContext ctx) {
    this.ctx = ctx;
    this.referrals = new Referrals(ctx);
    this.followUpCounts = new FollowUpCounts(ctx);
  }

  /**
   * Referrals, newest first, a page at a time ({@link Page}); {@code status} narrows them. The
   * category stays closed. Audited as one read.
   */
  @GET
  public Response list(@QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @jakarta.ws.rs.DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("status") @Pattern(regexp = HealthReferral.STATUSES, message = "must be proposed, referred, "
          + "attended, not-attended, cancelled or followed-up") String status) {
    ctx.caller().require(HealthPermissions.REFERRAL_READ);
    var q = status == null
        ? ctx.entityManager().createQuery("SELECT r FROM HealthReferral r ORDER BY r.id DESC", HealthReferral.class)
        : ctx.entityManager().createQuery("SELECT r FROM HealthReferral r WHERE r.status = :s ORDER BY r.id DESC",
            HealthReferral.class).setParameter("s", status);
    var count = status == null
        ? ctx.entityManager().createQuery("SELECT COUNT(r) FROM HealthReferral r", Long.class)
        : ctx.entityManager().createQuery("SELECT COUNT(r) FROM HealthReferral r WHERE r.status = :s", Long.class)
            .setParameter("s", status);
    List<ReferralView> views = referrals.views(q.setFirstResult(offset).setMaxResults(limit).getResultList());
    long total = count.getSingleResult();
    ctx.audit().recordRead("referrals.read", "referral", null);
    return Page.of(views, total);
  }

  /**
   * Proposes a referral; 422 for an unknown member code, a facility that is not this
   * organisation's, is retired or does not offer the category.
   */
  @POST
  public Response propose(@Valid @NotNull NewReferral body) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    Facility facility = ctx.entityManager().find(Facility.class, body.facilityId());
    if (facility == null) {
      throw Problems.unprocessable("facilityId: no such facility in this organisation's directory.");
    }
    if (!facility.isActive()) {
      throw Problems.unprocessable("facilityId: this facility is retired from the directory.");
    }
    if (!facility.offers(body.serviceCategory())) {
      throw Problems.unprocessable("serviceCategory: this facility does not offer that service; "
          + "choose another facility or category.");
    }
    Person person = person(body);
    Instant now = now();
    String slip = SlipCodes.next();
    HealthReferral r = new HealthReferral(slip, person, facility.getId(),
        Referrals.seal(ctx, slip, body.serviceCategory()), body.urgency(), now);
    if (body.consentGiven()) {
      r.recordConsent(HealthReferral.GIVEN, now, ctx.caller().accountId());
    }
    ctx.entityManager().persist(r);
    ctx.entityManager().flush();
    ctx.audit().record("referral.proposed", "referral", String.valueOf(r.getId()));
    if (body.consentGiven()) {
      ctx.audit().record("referral.consent-given", "referral", String.valueOf(r.getId()));
    }
    return Response.status(201).entity(referrals.views(List.of(r)).get(0)).build();
  }

  /** One referral with its category opened; audited before the answer; 423 while the person's chapter is locked. */
  @GET
  @Path("{id}")
  public ReferralView get(@PathParam("id") long id) {
    ctx.caller().require(HealthPermissions.REFERRAL_READ);
    HealthReferral r = referrals.find(id, false);
    ctx.audit().record("referral.read", "referral", String.valueOf(id));
    return referrals.opened(r);
  }

  /** The person's answer: given, refused, or (after given) withdrawn, which cancels a referral not yet attended. */
  @PUT
  @Path("{id}/consent")
  public ReferralView consent(@PathParam("id") long id, @Valid @NotNull ConsentAnswer body) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    HealthReferral r = referrals.find(id, true);
    String before = r.getStatus();
    LocalDate owed = r.getFollowUpDue();
    ReferralWorkflow.consent(r, body.given(), now(), ctx.caller().accountId());
    ctx.audit().record("referral.consent-" + r.getConsent(), "referral", String.valueOf(id));
    if (!before.equals(r.getStatus())) {
      ctx.audit().record("referral.cancel", "referral", String.valueOf(id));
    }
    followUpCounts.changed(id, owed, r.getFollowUpDue());
    return view(r);
  }

  @POST
  @Path("{id}/refer")
  public ReferralView refer(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.REFER);
  }

  @POST
  @Path("{id}/attended")
  public ReferralView attended(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.ATTENDED);
  }

  @POST
  @Path("{id}/not-attended")
  public ReferralView notAttended(@PathParam("id") long id, @Valid @NotNull NotAttended body) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    HealthReferral r = referrals.find(id, true);
    ReferralWorkflow.apply(r, ReferralWorkflow.Transition.NOT_ATTENDED, now(), today());
    r.notAttended(body.reason());
    ctx.audit().record("referral.not-attended", "referral", String.valueOf(id));
    return view(r);
  }

  @POST
  @Path("{id}/cancel")
  public ReferralView cancel(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.CANCEL);
  }

  @POST
  @Path("{id}/follow-up")
  public ReferralView followUp(@PathParam("id") long id, @Valid @NotNull FollowUp body) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    HealthReferral r = referrals.find(id, true);
    LocalDate owed = r.getFollowUpDue();
    Instant now = now();
    ReferralWorkflow.apply(r, ReferralWorkflow.Transition.FOLLOW_UP, now, today());
    r.followedUp(body.outcome(), now);
    ctx.audit().record("referral.follow-up", "referral", String.valueOf(id));
    followUpCounts.changed(id, owed, r.getFollowUpDue());
    return view(r);
  }

  /** Who goes with the person (an account that may make referrals here) and the transport money. */
  @PUT
  @Path("{id}/escort")
  public ReferralView escort(@PathParam("id") long id, @Valid @NotNull EscortPlan body) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    HealthReferral r = referrals.find(id, true);
    if (HealthReferral.CANCELLED.equals(r.getStatus()) || HealthReferral.FOLLOWED_UP.equals(r.getStatus())) {
      throw Problems.conflict("An escort is arranged before the visit; this referral is " + r.getStatus() + ".");
    }
    if (body.escortAccountId() != null && ctx.staff().find(body.escortAccountId(), HealthPermissions.REFERRAL_WRITE).isEmpty()) {
      throw Problems.unprocessable("escortAccountId: not an active account here that may make referrals.");
    }
    r.escort(body.escortNeeded(), body.escortNeeded() ? body.escortAccountId() : null, body.transportRiel());
    ctx.audit().record("referral.escort", "referral", String.valueOf(id));
    return view(r);
  }

  /** What the visit cost: fee asked and paid, the exemption obtained, out of pocket; in whole riel. */
  @PUT
  @Path("{id}/cost")
  public ReferralView cost(@PathParam("id") long id, @Valid @NotNull CostReport body) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    HealthReferral r = referrals.find(id, true);
    ReferralWorkflow.requireMade(r, "A cost");
    r.costs(body.feeAskedRiel(), body.feePaidRiel(), body.exemption(), body.outOfPocketRiel());
    ctx.audit().record("referral.cost", "referral", String.valueOf(id));
    return view(r);
  }

  /** Mistreatment at the facility, kept only with the person's consent for advocacy; without it, nothing is kept. */
  @PUT
  @Path("{id}/mistreatment")
  public ReferralView mistreatment(@PathParam("id") long id, @Valid @NotNull MistreatmentReport body) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    HealthReferral r = referrals.find(id, true);
    if (!ReferralWorkflow.visitOnRecord(r)) {
      throw Problems.conflict("Mistreatment is recorded after the visit (attended or not); this referral is "
          + r.getStatus() + ".");
    }
    ctx.entityManager().createQuery("DELETE FROM Mistreatment m WHERE m.referralId = :r").setParameter("r", id)
        .executeUpdate();
    if (body.advocacyConsent()) {
      Instant now = now();
      body.kinds().forEach(k -> ctx.entityManager().persist(new Mistreatment(id, k, now)));
    }
    ctx.entityManager().flush();
    ctx.audit().record(body.advocacyConsent() ? "referral.mistreatment" : "referral.mistreatment-cleared",
        "referral", String.valueOf(id));
    return view(r);
  }

  /** The slip to print or show: code and facility, nothing about the person or the service. Audited. */
  @GET
  @Path("{id}/slip")
  public SlipView slip(@PathParam("id") long id) {
    ctx.caller().require(HealthPermissions.REFERRAL_READ);
    HealthReferral r = referrals.find(id, false);
    SlipView slip = SlipView.of(r, referrals.facilities(List.of(r)).get(r.getFacilityId()));
    ctx.audit().recordRead("slip.read", "referral", String.valueOf(id));
    return slip;
  }

  private ReferralView move(long id, ReferralWorkflow.Transition t) {
    ctx.caller().require(HealthPermissions.REFERRAL_WRITE);
    HealthReferral r = referrals.find(id, true);
    LocalDate owed = r.getFollowUpDue();
    ReferralWorkflow.apply(r, t, now(), today());
    ctx.audit().record("referral." + t.call(), "referral", String.valueOf(id));
    // last: the count's row is the one lock this change shares with others, held until the commit
    followUpCounts.changed(id, owed, r.getFollowUpDue());
    return view(r);
  }

  private Person person(NewReferral body) {
    if ("non-member".equals(body.personKind())) {
      return new Person("non-member", null, null, null, null, body.clientGroup());
    }
    MemberRef m = ctx.members().byCode(body.memberCode())
        .orElseThrow(() -> Problems.unprocessable("memberCode: no such member here."));
    if ("child".equals(body.personKind())) {
      if (body.childBirthYear() > today().getYear()) {
        throw Problems.unprocessable("childBirthYear: must not be in the future.");
      }
      return new Person("child", m.id(), m.memberCode(), body.childRelation(), body.childBirthYear(), null);
    }
    return new Person("member", m.id(), m.memberCode(), null, null, null);
  }

  private ReferralView view(HealthReferral r) {
    return referrals.views(List.of(r)).get(0);
  }

  private Instant now() {
    return ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
  }

  private LocalDate today() {
    return LocalDate.now(ctx.clock());
  }
}
