package org.sahakum.plugins.healthreferral.followup;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.healthreferral.HealthPermissions;

/**
 * {@code follow-ups}: referrals whose follow-up is due within {@code days} days or overdue, the
 * longest-owed first: an index range ({@code tenant_id, follow_up_due, id}) read as columns, the
 * names of the page's facilities, and how many are owed in all from {@link FollowUpCounts}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {
  private final ModuleContext ctx;

  public FollowUpResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The queue a page at a time ({@link Page}). Audited as one read. */
  @GET
  public Response queue(@QueryParam("days") @DefaultValue("0") @Min(0) @Max(60) int days,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(HealthPermissions.REFERRAL_READ);
    LocalDate today = LocalDate.now(ctx.clock());
    // columns, not entities, and the facility's names by a subquery per row: MariaDB reads the
    // referrals' index range in order and looks 50 facilities up by key. A join (inner or outer)
    // let it start from the facility and sort every referral (measured: 13 and 2 req/s instead of
    // 780 at 50,000 referrals); the names in a second query cost 5 % of the page's CPU
    List<Object[]> page = ctx.entityManager().createQuery("SELECT r.id, r.slipCode, r.personKind, r.memberCode, "
            + "r.childRelation, r.childBirthYear, r.clientGroup, "
            + "(SELECT f.nameKm FROM Facility f WHERE f.id = r.facilityId), "
            + "(SELECT g.nameEn FROM Facility g WHERE g.id = r.facilityId), r.urgency, r.status, "
            + "r.notAttendedReason, r.escortNeeded, r.referredOn, r.followUpDue, " + FollowUpCounts.OWED_BY_DUE
            + " FROM HealthReferral r WHERE r.followUpDue <= :due ORDER BY r.followUpDue, r.id", Object[].class)
        .setParameter("due", today.plusDays(days)).setFirstResult(offset).setMaxResults(limit).getResultList();
    List<FollowUpRow> rows = page.stream().map(c -> new FollowUpRow((Long) c[0], (String) c[1], (String) c[2],
        (String) c[3], (String) c[4], (Integer) c[5], (String) c[6], (String) c[7], (String) c[8], (String) c[9],
        (String) c[10], (String) c[11], (Boolean) c[12], (LocalDate) c[13], (LocalDate) c[14],
        Math.max(0, ChronoUnit.DAYS.between((LocalDate) c[14], today)))).toList();
    // summed over a few rows per date (FollowUpCounts), not counted over every referral owed, and
    // in the page's own statement (MariaDB runs the subquery once): one statement, one snapshot
    long total = page.isEmpty() ? new FollowUpCounts(ctx).owedBy(today.plusDays(days))
        : page.get(0)[15] == null ? 0 : ((Number) page.get(0)[15]).longValue();
    ctx.audit().recordRead("follow-ups.read", "referral", null);
    return Page.of(rows, total);
  }

  /**
   * How many referrals are overdue for follow-up (due before today), for the home screen: a
   * number only, so not an audited read.
   */
  @GET
  @Path("overdue")
  public JsonObject overdue() {
    ctx.caller().require(HealthPermissions.REFERRAL_READ);
    long overdue = new FollowUpCounts(ctx).owedBy(LocalDate.now(ctx.clock()).minusDays(1));
    return Json.createObjectBuilder().add("count", overdue).build();
  }
}
