package org.sahakum.plugins.organising.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sahakum.api.Indicator;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.organising.events.OrgEvent;
import org.sahakum.plugins.organising.stock.Materials;

/**
 * Organising's indicators, by month over the last twelve, by kind, and by chapter. Each is asked in
 * a read-only context at the organisation and at each chapter (the core adds the cells up and
 * suppresses small ones before anyone above the organisation sees them); no permission is checked.
 */
public final class OrganisingIndicators {
  static final int MONTHS = 12;

  private OrganisingIndicators() {}

  public static List<Indicator> all() {
    return List.of(
        indicator("visits-by-month", "ការចុះជួបតាមមូលដ្ឋាន តាមខែ", "Outreach visits, by month", null,
            ctx -> byMonth(ctx, "SELECT v.visitedOn, COUNT(v) FROM Visit v WHERE v.visitedOn >= :from GROUP BY v.visitedOn")),
        indicator("people-reached-by-month", "មនុស្សដែលបានជួប តាមខែ", "People reached on visits, by month", null,
            ctx -> byMonth(ctx, "SELECT v.visitedOn, SUM(v.membersNew + v.membersReturning + v.othersNew + v.othersReturning) "
                + "FROM Visit v WHERE v.visitedOn >= :from GROUP BY v.visitedOn")),
        indicator("invited-by-month", "អ្នកដែលបានអញ្ជើញឱ្យចូលជាសមាជិកពេលចុះជួប តាមខែ",
            "People invited to join on outreach visits, by month", null,
            ctx -> byMonth(ctx, "SELECT v.visitedOn, SUM(v.invited) FROM Visit v WHERE v.visitedOn >= :from GROUP BY v.visitedOn")),
        indicator("materials-given-by-kind", "សម្ភារៈដែលបានចែក តាមប្រភេទ (១២ខែចុងក្រោយ)",
            "Materials given out, by kind (last twelve months)", "materialKind", OrganisingIndicators::materials),
        indicator("events-by-kind", "ព្រឹត្តិការណ៍ តាមប្រភេទ (១២ខែចុងក្រោយ)", "Events held, by kind (last twelve months)",
            "eventKind", OrganisingIndicators::eventsByKind),
        indicator("event-attendance-by-month", "អ្នកចូលរួមព្រឹត្តិការណ៍ តាមខែ", "Event attendance, by month", null,
            ctx -> byMonth(ctx, "SELECT e.heldOn, SUM(e.membersCount + e.othersCount) FROM OrgEvent e "
                + "WHERE e.heldOn >= :from GROUP BY e.heldOn")),
        indicator("visits-by-chapter", "ការចុះជួបតាមមូលដ្ឋាន តាមសាខា (១២ខែចុងក្រោយ)",
            "Outreach visits, by chapter (last twelve months)", null, ctx -> Map.of(ctx.tenant().slug(),
                ctx.entityManager().createQuery("SELECT COUNT(v) FROM Visit v WHERE v.visitedOn >= :from", Long.class)
                    .setParameter("from", from(ctx)).getSingleResult())));
  }

  private static LocalDate from(ModuleContext ctx) {
    return YearMonth.now(ctx.clock()).minusMonths(MONTHS - 1L).atDay(1);
  }

  /** Cells {@code 2026-11}: a day-grouped query's second column added up by month. */
  private static Map<String, Long> byMonth(ModuleContext ctx, String jpql) {
    YearMonth now = YearMonth.now(ctx.clock());
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = MONTHS - 1; i >= 0; i--) {
      cells.put(now.minusMonths(i).toString(), 0L);
    }
    for (Object[] row : ctx.entityManager().createQuery(jpql, Object[].class).setParameter("from", from(ctx)).getResultList()) {
      long n = row[1] == null ? 0 : ((Number) row[1]).longValue();
      cells.computeIfPresent(YearMonth.from((LocalDate) row[0]).toString(), (k, v) -> v + n);
    }
    return cells;
  }

  private static Map<String, Long> materials(ModuleContext ctx) {
    Map<String, Long> cells = new LinkedHashMap<>();
    Materials.ALL.forEach(k -> cells.put(k, 0L));
    ctx.entityManager().createQuery("SELECT m.kind, SUM(m.quantity) FROM MaterialGiven m WHERE m.givenOn >= :from "
            + "GROUP BY m.kind", Object[].class).setParameter("from", from(ctx)).getResultList()
        .forEach(r -> cells.computeIfPresent((String) r[0], (k, v) -> ((Number) r[1]).longValue()));
    return cells;
  }

  private static Map<String, Long> eventsByKind(ModuleContext ctx) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (String k : OrgEvent.KINDS.split("\\|")) {
      cells.put(k, 0L);
    }
    ctx.entityManager().createQuery("SELECT e.kind, COUNT(e) FROM OrgEvent e WHERE e.heldOn >= :from GROUP BY e.kind",
            Object[].class).setParameter("from", from(ctx)).getResultList()
        .forEach(r -> cells.computeIfPresent((String) r[0], (k, v) -> ((Number) r[1]).longValue()));
    return cells;
  }

  private static Indicator indicator(String id, String km, String en, String options,
      Function<ModuleContext, Map<String, Long>> count) {
    return new Indicator() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public LocalizedText name() {
        return LocalizedText.of(km, en);
      }

      @Override
      public Map<String, Long> count(ModuleContext context) {
        return count.apply(context);
      }

      @Override
      public String cellOptions() {
        return options;
      }
    };
  }
}
