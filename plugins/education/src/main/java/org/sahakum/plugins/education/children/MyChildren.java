package org.sahakum.plugins.education.children;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;

/**
 * {@code my-children}: the caller's own children, when the caller is a member here (first or second
 * guardian), with their attendance. Needs no education permission; anyone else gets an empty list.
 */
public final class MyChildren {
  private MyChildren() {}

  public static List<MyChildView> of(ModuleContext ctx) {
    MemberRef me = ctx.members().caller().orElse(null);
    if (me == null) {
      return List.of();
    }
    List<Child> mine = ctx.entityManager().createQuery("SELECT c FROM Child c WHERE c.guardianMemberId = :m "
        + "OR c.secondGuardianMemberId = :m ORDER BY c.id", Child.class).setParameter("m", me.id())
        .setMaxResults(50).getResultList();
    if (mine.isEmpty()) {
      return List.of();
    }
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : ctx.entityManager().createQuery("SELECT a.childId, a.status, COUNT(a) FROM AttendanceMark a "
            + "WHERE a.childId IN :ids GROUP BY a.childId, a.status", Object[].class)
        .setParameter("ids", mine.stream().map(Child::getId).toList()).getResultList()) {
      counts.put(row[0] + "|" + row[1], (Long) row[2]);
    }
    List<MyChildView> views = new ArrayList<>();
    for (Child c : mine) {
      views.add(new MyChildView(c.getId(), ChildNames.open(ctx, c), c.getBirthYear(), c.getSchoolStatus().name(),
          counts.getOrDefault(c.getId() + "|PRESENT", 0L), counts.getOrDefault(c.getId() + "|LATE", 0L),
          counts.getOrDefault(c.getId() + "|ABSENT", 0L)));
    }
    ctx.audit().recordRead("my-children.read", "child", null);
    return views;
  }
}
