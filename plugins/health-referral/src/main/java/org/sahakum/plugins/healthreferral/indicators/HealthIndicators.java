package org.sahakum.plugins.healthreferral.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.Indicator;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.facilities.Services;
import org.sahakum.plugins.healthreferral.referrals.HealthReferral;
import org.sahakum.plugins.healthreferral.referrals.Mistreatment;
import org.sahakum.plugins.healthreferral.referrals.ReferralWorkflow;
import org.sahakum.plugins.healthreferral.referrals.Referrals;

/**
 * Health referral's indicators. Each is asked in a read-only context at the organisation and at
 * each chapter, by someone who may hold no health permission: none is checked, only counts answered.
 */
public final class HealthIndicators {
  static final int MONTHS = 12;

  private HealthIndicators() {}

  /** Every indicator, in the order the organisation's screen lists them. */
  public static List<Indicator> all() {
    return List.of(
        Indicator.of("referrals-by-category-and-month", "ការបញ្ជូន តាមប្រភេទសេវា និងខែ",
            "Referrals made, by service category and month", "category", HealthIndicators::byCategoryAndMonth),
        Indicator.of("attendance", "បានទៅ ឬមិនបានទៅ", "Referrals attended and not attended", "attendance", ctx -> {
          Map<String, Long> cells = cells(List.of("attended", "not-attended"));
          for (HealthReferral r : made(ctx)) {
            if (ReferralWorkflow.attended(r)) {
              cells.merge("attended", 1L, Long::sum);
            } else if (r.getNotAttendedReason() != null) {
              cells.merge("not-attended", 1L, Long::sum);
            }
          }
          return cells;
        }),
        Indicator.of("exemptions", "ការលើកលែងថ្លៃដែលទទួលបាន", "Fee exemptions obtained", "exemption", ctx -> {
          Map<String, Long> cells = cells(List.of(HealthReferral.EXEMPTIONS.split("\\|")));
          made(ctx).stream().filter(r -> r.getExemption() != null).forEach(r -> cells.merge(r.getExemption(), 1L, Long::sum));
          return cells;
        }),
        Indicator.of("out-of-pocket-bands", "ថ្លៃចេញពីហោប៉ៅខ្លួនឯង (រៀល)", "Out-of-pocket costs in bands of riel", "out-of-pocket", ctx -> {
          Map<String, Long> cells = cells(Bands.ALL);
          made(ctx).stream().filter(r -> r.getOutOfPocketRiel() != null)
              .forEach(r -> cells.merge(Bands.of(r.getOutOfPocketRiel()), 1L, Long::sum));
          return cells;
        }),
        Indicator.of("mistreatment-by-kind-and-facility-kind", "ការប្រព្រឹត្តមិនល្អ តាមប្រភេទ និងប្រភេទកន្លែង",
            "Mistreatment at facilities, by kind and kind of facility", "mistreatment facilityKind",
            HealthIndicators::mistreatment));
  }

  /** Cells {@code 2026-11 sti}: referrals made that month for that category (opened one by one, never shown). */
  private static Map<String, Long> byCategoryAndMonth(ModuleContext ctx) {
    YearMonth now = YearMonth.now(ctx.clock());
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = MONTHS - 1; i >= 0; i--) {
      for (String c : Services.ALL) {
        cells.put(now.minusMonths(i) + " " + c, 0L);
      }
    }
    try {
      ctx.lockdown().requireAllOpen();
    } catch (RuntimeException locked) {
      // while a chapter is locked down nothing sealed is opened, not even to count it: no cells
      return Map.of();
    }
    List<HealthReferral> rows = ctx.entityManager().createQuery("SELECT r FROM HealthReferral r "
            + "WHERE r.referredOn >= :from", HealthReferral.class)
        .setParameter("from", now.minusMonths(MONTHS - 1L).atDay(1)).getResultList();
    for (HealthReferral r : rows) {
      String category = Referrals.categoryForCount(ctx, r);
      if (category != null) {
        cells.computeIfPresent(YearMonth.from(r.getReferredOn()) + " " + category, (k, v) -> v + 1);
      }
    }
    return cells;
  }

  private static Map<String, Long> mistreatment(ModuleContext ctx) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (String kind : Mistreatment.KINDS.split("\\|")) {
      for (String facility : Facility.KINDS.split("\\|")) {
        cells.put(kind + " " + facility, 0L);
      }
    }
    ctx.entityManager().createQuery("SELECT m.kind, f.kind, COUNT(m) FROM Mistreatment m, HealthReferral r, Facility f "
            + "WHERE m.referralId = r.id AND r.facilityId = f.id GROUP BY m.kind, f.kind", Object[].class)
        .getResultList().forEach(row -> cells.computeIfPresent(row[0] + " " + row[1], (k, v) -> ((Number) row[2]).longValue()));
    return cells;
  }

  /** Referrals made in the last twelve months (a referral that was only proposed tells nothing of care). */
  private static List<HealthReferral> made(ModuleContext ctx) {
    LocalDate from = YearMonth.now(ctx.clock()).minusMonths(MONTHS - 1L).atDay(1);
    return ctx.entityManager().createQuery("SELECT r FROM HealthReferral r WHERE r.referredOn >= :from",
        HealthReferral.class).setParameter("from", from).getResultList();
  }

  private static Map<String, Long> cells(List<String> labels) {
    Map<String, Long> cells = new LinkedHashMap<>();
    labels.forEach(l -> cells.put(l, 0L));
    return cells;
  }
}
