package org.sahakum.plugins.healthreferral.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.healthreferral.HealthPermissions;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.referrals.HealthReferral;
import org.sahakum.plugins.healthreferral.referrals.Referrals;

/**
 * {@code follow-ups}: referrals whose follow-up is due within {@code days} days or overdue, the
 * longest-owed first. One index range ({@code tenant_id, follow_up_due, id}) and one look-up of
 * the page's facilities.
 */
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {
  private final ModuleContext ctx;

  public FollowUpResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public List<FollowUpRow> queue(@QueryParam("days") @DefaultValue("0") @Min(0) @Max(60) int days,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(HealthPermissions.REFERRAL_READ);
    LocalDate today = LocalDate.now(ctx.clock());
    List<HealthReferral> page = ctx.entityManager().createQuery("SELECT r FROM HealthReferral r "
            + "WHERE r.followUpDue <= :due ORDER BY r.followUpDue, r.id", HealthReferral.class)
        .setParameter("due", today.plusDays(days)).setFirstResult(offset).setMaxResults(limit).getResultList();
    Map<Long, Facility> facilities = new Referrals(ctx).facilities(page);
    List<FollowUpRow> rows = page.stream().map(r -> {
      Facility f = facilities.get(r.getFacilityId());
      return new FollowUpRow(r.getId(), r.getSlipCode(), r.getPersonKind(), r.getMemberCode(), r.getChildRelation(),
          r.getChildBirthYear(), r.getClientGroup(), f == null ? null : f.getNameKm(), f == null ? null : f.getNameEn(),
          r.getUrgency(), r.getStatus(), r.getNotAttendedReason(), r.isEscortNeeded(), r.getReferredOn(),
          r.getFollowUpDue(), Math.max(0, ChronoUnit.DAYS.between(r.getFollowUpDue(), today)));
    }).toList();
    ctx.audit().recordRead("follow-ups.read", "referral", null);
    return rows;
  }
}
