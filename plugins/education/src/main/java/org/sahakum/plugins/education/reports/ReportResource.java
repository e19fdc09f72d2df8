package org.sahakum.plugins.education.reports;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.attendance.MarkStatus;
import org.sahakum.plugins.education.classes.EduClass;

/** {@code reports/attendance?month=2026-03}: the attendance rate per class for a month (default this month). */
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
  /** The fewest children a row shows figures for; the core's threshold for published counts is 5. */
  public static final int SMALL = 5;

  private final ModuleContext ctx;

  public ReportResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  @Path("attendance")
  public List<AttendanceRow> attendance(
      @QueryParam("month") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month, e.g. 2026-03") String month) {
    ctx.caller().require(EducationPermissions.REPORT_READ);
    YearMonth m = month == null ? YearMonth.now(ctx.clock()) : YearMonth.parse(month);
    Map<Long, long[]> byClass = new HashMap<>();
    for (Object[] row : ctx.entityManager().createQuery("SELECT a.classId, a.status, COUNT(a) "
            + "FROM AttendanceMark a WHERE a.heldOn BETWEEN :from AND :to GROUP BY a.classId, a.status", Object[].class)
        .setParameter("from", m.atDay(1)).setParameter("to", m.atEndOfMonth()).getResultList()) {
      long[] c = byClass.computeIfAbsent((Long) row[0], k -> new long[2]);
      c[0] += (Long) row[2];
      if (row[1] != MarkStatus.ABSENT) {
        c[1] += (Long) row[2];
      }
    }
    Map<Long, Long> children = new HashMap<>();
    for (Object[] row : ctx.entityManager().createQuery("SELECT a.classId, COUNT(DISTINCT a.childId) FROM AttendanceMark a "
            + "WHERE a.heldOn BETWEEN :from AND :to GROUP BY a.classId", Object[].class)
        .setParameter("from", m.atDay(1)).setParameter("to", m.atEndOfMonth()).getResultList()) {
      children.put((Long) row[0], (Long) row[1]);
    }
    List<AttendanceRow> rows = new ArrayList<>();
    for (EduClass c : ctx.entityManager().createQuery("SELECT c FROM EduClass c ORDER BY c.id", EduClass.class)
        .setMaxResults(2000).getResultList()) {
      long[] counts = byClass.get(c.getId());
      long kids = children.getOrDefault(c.getId(), 0L);
      boolean shown = counts != null && kids >= SMALL;
      rows.add(new AttendanceRow(m.toString(), c.getId(), c.getCentreId(), shown ? kids : null,
          shown ? counts[0] : null, shown ? (int) Math.round(100.0 * counts[1] / counts[0]) : null));
    }
    ctx.audit().recordRead("report.attendance.read", "report", null);
    return rows;
  }
}
