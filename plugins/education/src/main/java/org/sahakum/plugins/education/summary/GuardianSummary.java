package org.sahakum.plugins.education.summary;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberSummary;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.attendance.MarkStatus;
import org.sahakum.plugins.education.enrolments.EnrolmentStatus;

/**
 * A guardian's children on their member page, for those who may read children ({@code
 * edu:child:read}): how many children, the classes they are in or wait for, and their attendance
 * over the last {@value #DAYS} days as present, late, absent and a rate. Counts only: no child's
 * name, class name or centre.
 */
public final class GuardianSummary implements MemberSummary {
  /** The attendance window the summary counts, in days back from today. */
  static final int DAYS = 90;

  private static final String CHILDREN_OF = "(SELECT c.id FROM Child c WHERE c.guardianMemberId = :m "
      + "OR c.secondGuardianMemberId = :m)";

  private final ModuleContext ctx;

  public GuardianSummary(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Optional<Summary> about(long memberId) {
    if (!ctx.caller().isPermitted(EducationPermissions.CHILD_READ)) {
      return Optional.empty();
    }
    long children = ctx.entityManager().createQuery("SELECT COUNT(c) FROM Child c WHERE c.guardianMemberId = :m "
        + "OR c.secondGuardianMemberId = :m", Long.class).setParameter("m", memberId).getSingleResult();
    if (children == 0) {
      return Optional.empty();
    }
    long enrolled = enrolments(memberId, EnrolmentStatus.ENROLLED);
    long waiting = enrolments(memberId, EnrolmentStatus.WAITING);
    Map<MarkStatus, Long> marks = new EnumMap<>(MarkStatus.class);
    ctx.entityManager().createQuery("SELECT a.status, COUNT(a) FROM AttendanceMark a WHERE a.heldOn >= :from "
            + "AND a.childId IN " + CHILDREN_OF + " GROUP BY a.status", Object[].class)
        .setParameter("m", memberId).setParameter("from", LocalDate.now(ctx.clock()).minusDays(DAYS))
        .getResultList().forEach(row -> marks.put((MarkStatus) row[0], ((Number) row[1]).longValue()));
    long present = marks.getOrDefault(MarkStatus.PRESENT, 0L);
    long late = marks.getOrDefault(MarkStatus.LATE, 0L);
    long absent = marks.getOrDefault(MarkStatus.ABSENT, 0L);
    long all = present + late + absent;
    String rate = all == 0 ? "–" : Math.round(100.0 * (present + late) / all) + "%";
    ctx.audit().recordRead("children.summary.read", "member", String.valueOf(memberId));
    return Optional.of(new Summary(LocalizedText.of("កូនៗក្នុងថ្នាក់រៀន", "Children in classes"), List.of(
        line("កុមារ", "Children", children),
        line("ថ្នាក់ដែលកំពុងរៀន", "Classes attended", enrolled),
        line("ថ្នាក់ដែលកំពុងរង់ចាំ", "Classes waited for", waiting),
        line("មក (៩០ ថ្ងៃ)", "Present (90 days)", present),
        line("មកយឺត (៩០ ថ្ងៃ)", "Late (90 days)", late),
        line("អវត្តមាន (៩០ ថ្ងៃ)", "Absent (90 days)", absent),
        new Line(LocalizedText.of("អត្រាវត្តមាន (៩០ ថ្ងៃ)", "Attendance rate (90 days)"), LocalizedText.of(rate, rate))),
        "children"));
  }

  private long enrolments(long memberId, EnrolmentStatus status) {
    return ctx.entityManager().createQuery("SELECT COUNT(DISTINCT e.classId) FROM ClassEnrolment e WHERE e.status = :s "
            + "AND e.childId IN " + CHILDREN_OF, Long.class)
        .setParameter("s", status).setParameter("m", memberId).getSingleResult();
  }

  private static Line line(String km, String en, long count) {
    String n = String.valueOf(count);
    return new Line(LocalizedText.of(km, en), LocalizedText.of(n, n));
  }
}
