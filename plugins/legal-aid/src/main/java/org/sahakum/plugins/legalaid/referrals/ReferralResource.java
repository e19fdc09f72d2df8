package org.sahakum.plugins.legalaid.referrals;

import jakarta.persistence.LockModeType;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;
import org.sahakum.plugins.legalaid.cases.LegalCase;
import org.sahakum.plugins.legalaid.directory.Service;

/**
 * {@code referrals}: the organisation's referrals out, proposing one from a case, the client's
 * consent, and the status workflow.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {
  private final ModuleContext ctx;

  public ReferralResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** Referrals, newest first; {@code status} narrows them. Audited as one read. */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("status") @Pattern(regexp = Referral.STATUSES,
          message = "must be proposed, sent, accepted, completed, declined or cancelled") String status) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    var q = status == null
        ? ctx.entityManager().createQuery("SELECT r FROM Referral r ORDER BY r.id DESC", Referral.class)
        : ctx.entityManager().createQuery("SELECT r FROM Referral r WHERE r.status = :s ORDER BY r.id DESC",
            Referral.class).setParameter("s", status);
    List<ReferralView> views = new Referrals(ctx).views(q.setFirstResult(offset).setMaxResults(limit).getResultList());
    var count = status == null
        ? ctx.entityManager().createQuery("SELECT COUNT(r) FROM Referral r", Long.class)
        : ctx.entityManager().createQuery("SELECT COUNT(r) FROM Referral r WHERE r.status = :s", Long.class)
            .setParameter("s", status);
    ctx.audit().recordRead("referrals.read", "referral", null);
    return Page.of(views, count.getSingleResult());
  }

  /** Proposes a referral; 422 when the case or the service is not this organisation's, or the service is retired. */
  @POST
  public Response propose(@Valid @NotNull NewReferral body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    if (ctx.entityManager().find(LegalCase.class, body.caseId()) == null) {
      throw org.sahakum.api.Refusal.unprocessable("caseId", "unknown-case", "caseId: no such case here.");
    }
    Service service = ctx.entityManager().find(Service.class, body.serviceId());
    if (service == null) {
      throw org.sahakum.api.Refusal.unprocessable("serviceId", "unknown-service", "serviceId: no such service in this organisation's directory.");
    }
    if (!service.isActive()) {
      throw org.sahakum.api.Refusal.unprocessable("serviceId", "inactive-service", "serviceId: this service is no longer active in the directory.");
    }
    Instant now = now();
    Referral r = new Referral(body.caseId(), body.serviceId(), body.referralNeed(), now);
    if (body.consentGiven()) {
      r.recordConsent(Referral.GIVEN, now, ctx.caller().accountId());
    }
    ctx.entityManager().persist(r);
    ctx.entityManager().flush();
    ctx.audit().record("referral.proposed", "referral", String.valueOf(r.getId()));
    if (body.consentGiven()) {
      ctx.audit().record("referral.consent-given", "referral", String.valueOf(r.getId()));
    }
    return Response.status(201).entity(view(r)).build();
  }

  @GET
  @Path("{id}")
  public ReferralView get(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    ReferralView view = view(find(id, false));
    ctx.audit().recordRead("referral.read", "referral", String.valueOf(id));
    return view;
  }

  /** The client's answer: given, refused, or (after given) withdrawn, which cancels a sent referral. */
  @PUT
  @Path("{id}/consent")
  public ReferralView consent(@PathParam("id") long id, @Valid @NotNull ConsentAnswer body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Referral r = find(id, true);
    String before = r.getStatus();
    ReferralWorkflow.consent(r, body.given(), now(), ctx.caller().accountId());
    ctx.audit().record("referral.consent-" + r.getConsent(), "referral", String.valueOf(id));
    if (!before.equals(r.getStatus())) {
      ctx.audit().record("referral.cancel", "referral", String.valueOf(id));
    }
    return view(r);
  }

  @POST
  @Path("{id}/send")
  public ReferralView send(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.SEND);
  }

  @POST
  @Path("{id}/accept")
  public ReferralView accept(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.ACCEPT);
  }

  @POST
  @Path("{id}/decline")
  public ReferralView decline(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.DECLINE);
  }

  @POST
  @Path("{id}/complete")
  public ReferralView complete(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.COMPLETE);
  }

  @POST
  @Path("{id}/cancel")
  public ReferralView cancel(@PathParam("id") long id) {
    return move(id, ReferralWorkflow.Transition.CANCEL);
  }

  private ReferralView move(long id, ReferralWorkflow.Transition t) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Referral r = find(id, true);
    ReferralWorkflow.apply(r, t, now());
    ctx.audit().record("referral." + t.call(), "referral", String.valueOf(id));
    return view(r);
  }

  private ReferralView view(Referral r) {
    return new Referrals(ctx).views(List.of(r)).get(0);
  }

  private Referral find(long id, boolean lock) {
    Referral r = lock ? ctx.entityManager().find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE)
        : ctx.entityManager().find(Referral.class, id);
    if (r == null) {
      throw Problems.notFound("referral");
    }
    return r;
  }

  private Instant now() {
    return ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
  }
}
