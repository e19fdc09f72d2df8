package org.sahakum.plugins.healthreferral.facilities;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.sahakum.plugins.healthreferral.HealthPermissions;
import org.sahakum.plugins.healthreferral.Problems;

/**
 * {@code facilities}: the directory. Read by whoever refers or keeps it; kept with
 * {@code health:facility:manage}. An entry a referral points to is retired, never deleted.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource {
  private final ModuleContext ctx;

  public FacilityResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The directory by English name, a page at a time ({@link Page}); {@code active} narrows it,
   * {@code service} keeps those offering it. The default page is the largest, as a form's
   * facility picker reads it without paging.
   */
  @GET
  public Response list(@QueryParam("active") Boolean active,
      @QueryParam("service") @Pattern(regexp = Services.CATEGORIES, message = "must be one of the service categories")
      String service,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    HealthPermissions.requireDirectoryReader(ctx.caller());
    String where = (active == null ? "" : " AND f.active = :a") + (service == null ? "" : " AND f.services LIKE :s");
    var page = ctx.entityManager().createQuery("SELECT f FROM Facility f WHERE 1 = 1" + where
        + " ORDER BY f.nameEn, f.id", Facility.class);
    var count = ctx.entityManager().createQuery("SELECT COUNT(f) FROM Facility f WHERE 1 = 1" + where, Long.class);
    if (active != null) {
      page.setParameter("a", active);
      count.setParameter("a", active);
    }
    if (service != null) {
      page.setParameter("s", "%," + service + ",%");
      count.setParameter("s", "%," + service + ",%");
    }
    List<FacilityView> views = page.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(FacilityView::of).toList();
    return Page.of(views, count.getSingleResult());
  }

  @POST
  public Response create(@Valid @NotNull NewFacility body) {
    ctx.caller().require(HealthPermissions.FACILITY_MANAGE);
    refuseFlaw(body);
    Facility f = new Facility(body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(f);
    ctx.entityManager().flush();
    ctx.audit().record("facility.created", "facility", String.valueOf(f.getId()));
    return Response.status(201).entity(FacilityView.of(f)).build();
  }

  @GET
  @Path("{id}")
  public FacilityView get(@PathParam("id") long id) {
    HealthPermissions.requireDirectoryReader(ctx.caller());
    return FacilityView.of(find(ctx, id));
  }

  /** Changes the entry; {@code active: false} retires it from new referrals. */
  @PUT
  @Path("{id}")
  public FacilityView change(@PathParam("id") long id, @Valid @NotNull FacilityChange body) {
    ctx.caller().require(HealthPermissions.FACILITY_MANAGE);
    refuseFlaw(body);
    Facility f = find(ctx, id);
    boolean retired = f.isActive() && !body.active();
    f.change(body, body.active());
    ctx.audit().record(retired ? "facility.retired" : "facility.changed", "facility", String.valueOf(id));
    return FacilityView.of(f);
  }

  /** Deletes an entry made by mistake; 409 once a referral points to it (retire it instead). */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    ctx.caller().require(HealthPermissions.FACILITY_MANAGE);
    Facility f = find(ctx, id);
    long used = ctx.entityManager().createQuery("SELECT COUNT(r) FROM HealthReferral r WHERE r.facilityId = :f", Long.class)
        .setParameter("f", id).getSingleResult();
    if (used > 0) {
      throw Problems.conflict("Referrals point to this facility: retire it instead (untick \"in use\").");
    }
    ctx.entityManager().remove(f);
    ctx.audit().record("facility.deleted", "facility", String.valueOf(id));
    return Response.noContent().build();
  }

  /** The facility with this id here, or 404. */
  public static Facility find(ModuleContext ctx, long id) {
    Facility f = ctx.entityManager().find(Facility.class, id);
    if (f == null) {
      throw Problems.notFound("facility");
    }
    return f;
  }

  private static void refuseFlaw(FacilityFields body) {
    String flaw = body.flaw();
    if (flaw != null) {
      throw Problems.unprocessable(flaw);
    }
  }
}
