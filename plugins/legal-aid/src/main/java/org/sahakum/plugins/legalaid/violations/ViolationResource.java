package org.sahakum.plugins.legalaid.violations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;
import org.sahakum.plugins.legalaid.cases.Cases;

/** {@code violations}: documenting rights violations, event by event. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ViolationResource {
  private final ModuleContext ctx;

  public ViolationResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** Events, most recent first. Audited as one read. */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(LegalAidPermissions.VIOLATION_READ);
    List<ViolationView> views = new Violations(ctx).views(ctx.entityManager().createQuery(
        "SELECT e FROM ViolationEvent e ORDER BY e.occurredOn DESC, e.id DESC", ViolationEvent.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList());
    long total = ctx.entityManager().createQuery("SELECT COUNT(e) FROM ViolationEvent e", Long.class).getSingleResult();
    ctx.audit().recordRead("violations.read", "violation", null);
    return Page.of(views, total);
  }

  @GET
  @Path("{id}")
  public ViolationView get(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.VIOLATION_READ);
    ViolationView view = new Violations(ctx).views(List.of(find(id))).get(0);
    ctx.audit().recordRead("violation.read", "violation", String.valueOf(id));
    return view;
  }

  /** Records an event with its acts and victims, all or nothing. */
  @POST
  public Response record(@Valid @NotNull NewViolation body) {
    ctx.caller().require(LegalAidPermissions.VIOLATION_WRITE);
    var em = ctx.entityManager();
    Cases cases = new Cases(ctx);
    List<List<Long>> victimIds = body.acts().stream().map(a -> a.victims().stream()
        .map(v -> v.memberCode() == null ? null : cases.member(v.memberCode()).id()).toList()).toList();
    ViolationEvent event = new ViolationEvent(body.occurredOn(), body.place(), body.advocacyConsent(),
        ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    em.persist(event);
    em.flush();
    for (int i = 0; i < body.acts().size(); i++) {
      NewViolation.Act a = body.acts().get(i);
      ViolationAct act = new ViolationAct(event.getId(), a.actType(), a.perpetratorType());
      em.persist(act);
      em.flush();
      for (Long memberId : victimIds.get(i)) {
        em.persist(new ViolationVictim(act.getId(), memberId));
      }
    }
    em.flush();
    ctx.audit().record("violation.recorded", "violation", String.valueOf(event.getId()));
    return Response.status(201).entity(new Violations(ctx).views(List.of(event)).get(0)).build();
  }

  /** Gives or withdraws consent to count the event in advocacy reports. */
  @PUT
  @Path("{id}/consent")
  public ViolationView consent(@PathParam("id") long id, @Valid @NotNull Consent body) {
    ctx.caller().require(LegalAidPermissions.VIOLATION_WRITE);
    ViolationEvent e = find(id);
    e.consent(body.advocacyConsent());
    ctx.audit().record(body.advocacyConsent() ? "violation.consent-given" : "violation.consent-withdrawn",
        "violation", String.valueOf(id));
    return new Violations(ctx).views(List.of(e)).get(0);
  }

  private ViolationEvent find(long id) {
    ViolationEvent e = ctx.entityManager().find(ViolationEvent.class, id);
    if (e == null) {
      throw Problems.notFound("violation");
    }
    return e;
  }
}
