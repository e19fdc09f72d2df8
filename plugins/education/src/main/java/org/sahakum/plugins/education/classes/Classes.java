package org.sahakum.plugins.education.classes;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;

/** Finding classes within the caller's reach: a teacher reaches only the classes they teach. */
public final class Classes {
  private Classes() {}

  /** The class with this id if the caller may reach it, else 404. */
  public static EduClass visible(ModuleContext ctx, long id) {
    return reachable(ctx, ctx.entityManager().find(EduClass.class, id));
  }

  /** The same, with the class row locked until the transaction ends (enrolment, attendance). */
  public static EduClass locked(ModuleContext ctx, long id) {
    return reachable(ctx, ctx.entityManager().find(EduClass.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The ids of the classes the caller teaches. */
  public static List<Long> taughtBy(ModuleContext ctx, long accountId) {
    return ctx.entityManager().createQuery("SELECT c.id FROM EduClass c WHERE c.teacherAccountId = :a", Long.class)
        .setParameter("a", accountId).getResultList();
  }

  private static EduClass reachable(ModuleContext ctx, EduClass c) {
    if (c == null || (Access.teacherScoped(ctx) && c.getTeacherAccountId() != ctx.caller().accountId())) {
      throw Access.notFound("class");
    }
    return c;
  }
}
