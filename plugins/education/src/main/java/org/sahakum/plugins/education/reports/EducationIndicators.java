package org.sahakum.plugins.education.reports;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.Indicator;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.children.SchoolStatus;
import org.sahakum.plugins.education.enrolments.EnrolmentStatus;

/**
 * Education's aggregates, counts of children only: children in classes by the chapter that runs
 * their centre, and by month over the last 12 months, school enrolments achieved, drop-outs and
 * children given support. The core suppresses small cells before anyone above the organisation sees them.
 */
public final class EducationIndicators {
  static final int MONTHS = 12;

  private EducationIndicators() {}

  public static List<Indicator> all() {
    return List.of(
        Indicator.of("children-in-classes", "កុមារក្នុងថ្នាក់រៀន តាមសាខា", "Children in classes, by chapter",
            Indicator.CHAPTER_CELLS, EducationIndicators::inClasses),
        Indicator.of("school-enrolments-by-month", "ការចុះឈ្មោះចូលសាលារដ្ឋ តាមខែ", "School enrolments achieved, by month",
            null, ctx -> changes(ctx, SchoolStatus.ENROLLED)),
        Indicator.of("drop-outs-by-month", "ការបោះបង់ការសិក្សា តាមខែ", "Drop-outs, by month",
            null, ctx -> changes(ctx, SchoolStatus.DROPPED_OUT)),
        Indicator.of("children-supported-by-month", "កុមារដែលទទួលជំនួយសម្រាប់សាលារៀន តាមខែ",
            "Children given support for school, by month", null, EducationIndicators::supported));
  }

  private static Map<String, Long> inClasses(ModuleContext ctx) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (Object[] row : ctx.entityManager().createQuery("SELECT COALESCE(k.chapterSlug, '-'), COUNT(DISTINCT e.childId) "
            + "FROM ClassEnrolment e, EduClass c, Centre k WHERE e.classId = c.id AND c.centreId = k.id "
            + "AND e.status = :in GROUP BY k.chapterSlug ORDER BY k.chapterSlug", Object[].class)
        .setParameter("in", EnrolmentStatus.ENROLLED).getResultList()) {
      cells.put((String) row[0], (Long) row[1]);
    }
    return cells;
  }

  private static Map<String, Long> changes(ModuleContext ctx, SchoolStatus to) {
    Map<String, Long> cells = months(ctx);
    for (Object[] row : ctx.entityManager().createQuery("SELECT s.changedOn, s.id FROM SchoolChange s "
            + "WHERE s.status = :to AND s.changedOn >= :from", Object[].class)
        .setParameter("to", to).setParameter("from", first(ctx)).getResultList()) {
      cells.merge(YearMonth.from((LocalDate) row[0]).toString(), 1L, Long::sum);
    }
    return cells;
  }

  private static Map<String, Long> supported(ModuleContext ctx) {
    EntityManager em = ctx.entityManager();
    Map<String, Long> cells = months(ctx);
    Map<String, java.util.Set<Long>> children = new LinkedHashMap<>();
    for (Object[] row : em.createQuery("SELECT s.givenOn, s.childId, s.id FROM SchoolSupport s WHERE s.givenOn >= :from",
        Object[].class).setParameter("from", first(ctx)).getResultList()) {
      // an anonymised child still counts once per gift
      Long who = row[1] == null ? -((Long) row[2]) : (Long) row[1];
      children.computeIfAbsent(YearMonth.from((LocalDate) row[0]).toString(), m -> new java.util.HashSet<>()).add(who);
    }
    children.forEach((month, set) -> cells.computeIfPresent(month, (m, n) -> (long) set.size()));
    return cells;
  }

  private static Map<String, Long> months(ModuleContext ctx) {
    Map<String, Long> cells = new LinkedHashMap<>();
    YearMonth now = YearMonth.now(ctx.clock());
    for (int i = MONTHS - 1; i >= 0; i--) {
      cells.put(now.minusMonths(i).toString(), 0L);
    }
    return cells;
  }

  private static LocalDate first(ModuleContext ctx) {
    return YearMonth.now(ctx.clock()).minusMonths(MONTHS - 1).atDay(1);
  }
}
