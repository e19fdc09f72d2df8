package org.sahakum.plugins.legalaid.indicators;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.sahakum.api.Indicator;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.cases.LegalCase;
import org.sahakum.plugins.legalaid.referrals.Referral;

/**
 * Legal aid's indicators. Each is asked in a read-only context at the organisation, by someone who
 * may hold no legal-aid permission: they check none and answer only counts.
 */
public final class LegalAidIndicators {
  private LegalAidIndicators() {}

  /** Every indicator, in the order the organisation's screen lists them. */
  public static List<Indicator> all() {
    return List.of(
        Indicator.of("cases-by-type", "ករណីតាមប្រភេទ", "Legal-aid cases by type", "caseType",
            ctx -> Categories.count(LegalCase.CASE_TYPES, ctx.entityManager().createQuery(
                "SELECT c.caseType, COUNT(c) FROM LegalCase c GROUP BY c.caseType", Object[].class).getResultList())),
        Indicator.of("cases-opened-by-month", "ករណីដែលបានបើក តាមខែ", "Legal-aid cases opened, by month", null,
            ctx -> byMonth(ctx, "SELECT c.openedAt FROM LegalCase c WHERE c.openedAt >= :from")),
        Indicator.of("detentions-by-month", "ការឃុំខ្លួន តាមខែ", "Detentions, by month the person was held", null,
            ctx -> byMonth(ctx, "SELECT d.heldSince FROM Detention d WHERE d.heldSince >= :from")),
        Indicator.of("referrals-by-status", "ការបញ្ជូនបន្ត តាមស្ថានភាព", "Referrals out, by status", "referralStatus",
            ctx -> Categories.count(Referral.STATUSES, ctx.entityManager().createQuery(
                "SELECT r.status, COUNT(r) FROM Referral r GROUP BY r.status", Object[].class).getResultList())));
  }

  private static Map<String, Long> byMonth(ModuleContext ctx, String jpql) {
    YearMonth now = YearMonth.now(ctx.clock());
    List<Instant> times = ctx.entityManager().createQuery(jpql, Instant.class)
        .setParameter("from", Months.start(now, ctx.clock().getZone())).getResultList();
    return Months.count(times, now, ctx.clock().getZone());
  }
}
