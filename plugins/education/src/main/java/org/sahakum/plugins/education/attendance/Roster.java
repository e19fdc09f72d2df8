package org.sahakum.plugins.education.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.ChildNames;
import org.sahakum.plugins.education.classes.Classes;
import org.sahakum.plugins.education.enrolments.Enrolments;

/**
 * {@code classes/{id}/roster?day=}: what the attendance screen lists, in one answer: the children
 * enrolled, with their names when the caller holds {@code edu:child:read} (one audit entry for the
 * class's names), and the marks already taken that day with their session (for a correction).
 */
public final class Roster {
  private Roster() {}

  public static List<RosterRow> of(ModuleContext ctx, long classId, LocalDate day) {
    ctx.caller().requireAny(EducationPermissions.ATTENDANCE_TAKE, EducationPermissions.CLASS_MANAGE);
    Classes.visible(ctx, classId);
    List<Long> ids = new Enrolments(ctx).enrolledChildren(classId);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, String> taken = new HashMap<>();
    Long sessionId = null;
    for (AttendanceMark m : ctx.entityManager().createQuery("SELECT a FROM AttendanceMark a WHERE a.classId = :c "
        + "AND a.heldOn = :d", AttendanceMark.class).setParameter("c", classId)
        .setParameter("d", day == null ? LocalDate.now(ctx.clock()) : day).getResultList()) {
      taken.put(m.getChildId(), m.getStatus().name());
      sessionId = m.getSessionId();
    }
    boolean names = ctx.caller().isPermitted(EducationPermissions.CHILD_READ);
    Map<Long, Child> children = new HashMap<>();
    ctx.entityManager().createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class).setParameter("ids", ids)
        .getResultList().forEach(c -> children.put(c.getId(), c));
    List<RosterRow> rows = new ArrayList<>();
    for (Long id : ids) {
      Child c = children.get(id);
      String name = names && c != null ? ChildNames.open(ctx, c) : null;
      rows.add(new RosterRow(id, name, taken.get(id), taken.containsKey(id) ? sessionId : null));
    }
    if (names) {
      ctx.audit().recordRead("class.names.read", "class", String.valueOf(classId));
    }
    return rows;
  }
}
