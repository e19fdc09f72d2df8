package org.sahakum.plugins.education.attendance;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.ChildNames;
import org.sahakum.plugins.education.classes.Classes;
import org.sahakum.plugins.education.enrolments.EnrolmentStatus;

/**
 * {@code follow-up}: the children absent from each of the last three sessions of a class they are
 * still enrolled in, for the caller's classes (a teacher's own; all of them for whoever manages
 * classes). Names only with {@code edu:child:read}, audited. The list is bounded ({@value #MOST}
 * rows), so it is paged from the one read; the count for the home screen reads no name.
 */
public final class FollowUp {
  /** Absences in a row that put a child on the list. */
  public static final int IN_A_ROW = 3;

  private FollowUp() {}

  /** The most rows the list holds. */
  public static final int MOST = 500;

  /** A page of the list, newest class first, the whole count in {@code X-Total-Count} ({@link Page}). */
  public static Response page(ModuleContext ctx, int limit, int offset) {
    ctx.caller().requireAny(EducationPermissions.ATTENDANCE_TAKE, EducationPermissions.CLASS_MANAGE);
    List<Object[]> absent = absent(ctx);
    List<Object[]> page = absent.subList(Math.min(offset, absent.size()), Math.min(offset + limit, absent.size()));
    return Page.of(rows(ctx, page), absent.size());
  }

  /** How many children are on the caller's list: for the home screen, a number only, so not an audited read. */
  public static JsonObject count(ModuleContext ctx) {
    ctx.caller().requireAny(EducationPermissions.ATTENDANCE_TAKE, EducationPermissions.CLASS_MANAGE,
        EducationPermissions.CHILD_READ);
    return Json.createObjectBuilder().add("count", absent(ctx).stream().map(r -> r[0]).distinct().count()).build();
  }

  /** Child id, class id, first absence of each row, by class then child. */
  private static List<Object[]> absent(ModuleContext ctx) {
    List<Long> classes = Access.teacherScoped(ctx) ? Classes.taughtBy(ctx, ctx.caller().accountId())
        : ctx.entityManager().createQuery("SELECT c.id FROM EduClass c", Long.class).setMaxResults(2000).getResultList();
    if (classes.isEmpty()) {
      return List.of();
    }
    // the last sessions of each class, newest first; the window keeps the read small
    Map<Long, List<Long>> lastSessions = new LinkedHashMap<>();
    for (Object[] s : ctx.entityManager().createQuery("SELECT s.classId, s.id FROM ClassSession s WHERE s.classId IN :c "
            + "AND s.heldOn >= :from ORDER BY s.classId, s.heldOn DESC", Object[].class)
        .setParameter("c", classes).setParameter("from", LocalDate.now(ctx.clock()).minusDays(120)).getResultList()) {
      List<Long> ids = lastSessions.computeIfAbsent((Long) s[0], k -> new ArrayList<>());
      if (ids.size() < IN_A_ROW) {
        ids.add((Long) s[1]);
      }
    }
    List<Long> sessions = lastSessions.values().stream().filter(l -> l.size() == IN_A_ROW).flatMap(List::stream)
        .toList();
    if (sessions.isEmpty()) {
      return List.of();
    }
    List<Object[]> absent = ctx.entityManager().createQuery("SELECT a.childId, a.classId, MIN(a.heldOn) "
            + "FROM AttendanceMark a WHERE a.sessionId IN :s AND a.status = :absent AND EXISTS (SELECT e.id "
            + "FROM ClassEnrolment e WHERE e.classId = a.classId AND e.childId = a.childId AND e.status = :in) "
            + "GROUP BY a.childId, a.classId HAVING COUNT(a) = :n ORDER BY a.classId, a.childId", Object[].class)
        .setParameter("s", sessions).setParameter("absent", MarkStatus.ABSENT)
        .setParameter("in", EnrolmentStatus.ENROLLED).setParameter("n", (long) IN_A_ROW).setMaxResults(MOST)
        .getResultList();
    return absent;
  }

  private static List<FollowUpRow> rows(ModuleContext ctx, List<Object[]> absent) {
    if (absent.isEmpty()) {
      return List.of();
    }
    boolean names = ctx.caller().isPermitted(EducationPermissions.CHILD_READ);
    Map<Long, Child> children = new HashMap<>();
    if (names) {
      ctx.entityManager().createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class)
          .setParameter("ids", absent.stream().map(r -> (Long) r[0]).distinct().toList()).getResultList()
          .forEach(c -> children.put(c.getId(), c));
    }
    List<FollowUpRow> rows = new ArrayList<>();
    for (Object[] r : absent) {
      Child c = children.get((Long) r[0]);
      rows.add(new FollowUpRow((Long) r[0], c == null ? null : ChildNames.open(ctx, c), (Long) r[1], (LocalDate) r[2]));
    }
    if (names) {
      ctx.audit().recordRead("follow-up.names.read", "child", null);
    }
    return rows;
  }
}
