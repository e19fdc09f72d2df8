package org.sahakum.plugins.legalaid.detention;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;
import org.sahakum.plugins.legalaid.cases.CaseResource;
import org.sahakum.plugins.legalaid.cases.Cases;
import org.sahakum.plugins.legalaid.cases.LegalCase;

/**
 * {@code detentions}: the rapid response. A reported detention opens a detention case and is in
 * the on-call queue at once; the queue lists open detentions longest-held first, with their needs.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DetentionResource {
  private final ModuleContext ctx;

  public DetentionResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The on-call queue: everyone still held, longest-held first, a page at a time ({@link Page}). Audited as one read. */
  @GET
  @Path("queue")
  public Response queue(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    List<Detention> open = ctx.entityManager().createQuery("SELECT d FROM Detention d WHERE d.releasedAt IS NULL "
        + "ORDER BY d.heldSince, d.id", Detention.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    List<DetentionView> views = new Detentions(ctx).views(open);
    long held = ctx.entityManager().createQuery("SELECT COUNT(d) FROM Detention d WHERE d.releasedAt IS NULL", Long.class)
        .getSingleResult();
    ctx.audit().recordRead("detentions.read", "detention", null);
    return Page.of(views, held);
  }

  /** How many people are held now, for the home screen: a number only, so not an audited read. */
  @GET
  @Path("held-now")
  public JsonObject heldNow() {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    long held = ctx.entityManager().createQuery("SELECT COUNT(d) FROM Detention d WHERE d.releasedAt IS NULL",
        Long.class).getSingleResult();
    return Json.createObjectBuilder().add("count", held).build();
  }

  /** Every detention, newest report first. Audited as one read. */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    List<Detention> page = ctx.entityManager().createQuery("SELECT d FROM Detention d ORDER BY d.id DESC",
        Detention.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    List<DetentionView> views = new Detentions(ctx).views(page);
    long total = ctx.entityManager().createQuery("SELECT COUNT(d) FROM Detention d", Long.class).getSingleResult();
    ctx.audit().recordRead("detentions.read", "detention", null);
    return Page.of(views, total);
  }

  @GET
  @Path("{id}")
  public DetentionView get(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    DetentionView view = view(find(ctx, id));
    ctx.audit().recordRead("detention.read", "detention", String.valueOf(id));
    return view;
  }

  /** Records a detention and opens its case. */
  @POST
  public Response report(@Valid @NotNull NewDetention body) {
    return Response.status(201).entity(new Detentions(ctx).views(List.of(record(ctx, body))).get(0)).build();
  }

  /** Records a detention and opens its case, as {@code POST} does, without answering its view (demo data). */
  public static Detention record(ModuleContext ctx, NewDetention body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    MemberRef member = body.memberCode() == null ? null : new Cases(ctx).member(body.memberCode());
    LegalCase c = CaseResource.open(ctx, "detention", member, body.clientGroup());
    Detention d = new Detention(c.getId(), body.placeKind(), body.place(),
        body.heldSince().truncatedTo(ChronoUnit.SECONDS), body.reportedBy());
    ctx.entityManager().persist(d);
    ctx.entityManager().flush();
    ctx.audit().record("detention.reported", "detention", String.valueOf(d.getId()));
    return d;
  }

  /** Records whether one need (food, water, medicine, HIV medicine ...) is met now. */
  @PUT
  @Path("{id}/needs/{need}")
  public DetentionView need(@PathParam("id") long id,
      @PathParam("need") @Pattern(regexp = DetentionNeed.NEEDS,
          message = "must be food, water, medicine, hiv-medicine, legal-counsel or other") String need,
      @Valid @NotNull NeedUpdate body) {
    return view(recordNeed(ctx, id, need, body.met()));
  }

  /** Adds a need found when the person is reached (or, for one already there, whether it is met now). */
  @POST
  @Path("{id}/needs")
  public DetentionView addNeed(@PathParam("id") long id, @Valid @NotNull NewNeed body) {
    return view(recordNeed(ctx, id, body.need(), body.met()));
  }

  /** Records whether {@code need} is met now, as the two calls above do, without answering the view (demo data). */
  public static Detention recordNeed(ModuleContext ctx, long id, String need, boolean met) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Detention d = find(ctx, id);
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
    ctx.entityManager().createQuery("SELECT n FROM DetentionNeed n WHERE n.detentionId = :d AND n.need = :n",
            DetentionNeed.class).setParameter("d", id).setParameter("n", need).getResultStream().findFirst()
        .ifPresentOrElse(n -> n.set(met, now),
            () -> ctx.entityManager().persist(new DetentionNeed(id, need, met, now)));
    ctx.entityManager().flush();
    ctx.audit().record("detention.need-recorded", "detention", String.valueOf(id));
    return d;
  }

  /** Records the release and how the detention ended; 409 when it is already recorded. */
  @POST
  @Path("{id}/release")
  public DetentionView release(@PathParam("id") long id, @Valid @NotNull Release body) {
    return view(recordRelease(ctx, id, body));
  }

  /** Records the release, as {@code POST release} does, without answering the view (demo data). */
  public static Detention recordRelease(ModuleContext ctx, long id, Release body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Detention d = ctx.entityManager().find(Detention.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (d == null) {
      throw Problems.notFound("detention");
    }
    if (d.getReleasedAt() != null) {
      throw Problems.conflict("This detention already has its release recorded.");
    }
    if (body.releasedAt().isBefore(d.getHeldSince())) {
      throw org.sahakum.api.Refusal.unprocessable("releasedAt", "before-held", "releasedAt: before the person was held.");
    }
    d.release(body.releasedAt().truncatedTo(ChronoUnit.SECONDS), body.releaseOutcome());
    ctx.audit().record("detention.released", "detention", String.valueOf(id));
    return d;
  }

  private DetentionView view(Detention d) {
    return new Detentions(ctx).views(List.of(d)).get(0);
  }

  private static Detention find(ModuleContext ctx, long id) {
    Detention d = ctx.entityManager().find(Detention.class, id);
    if (d == null) {
      throw Problems.notFound("detention");
    }
    return d;
  }
}
