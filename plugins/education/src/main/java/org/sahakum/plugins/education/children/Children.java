package org.sahakum.plugins.education.children;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;

/**
 * Children within the caller's reach: whoever manages classes reaches every child of the
 * organisation; anyone else (a teacher) only the children enrolled or waiting in a class they teach.
 */
public final class Children {
  /** A child is flagged for review in the year it turns this old. */
  public static final int REVIEW_AGE = 18;

  private static final String IN_MY_CLASSES = "c.id IN (SELECT e.childId FROM ClassEnrolment e, EduClass k "
      + "WHERE e.classId = k.id AND k.teacherAccountId = :me)";

  private final ModuleContext ctx;

  public Children(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The child with this id if the caller reaches it, else 404 (the same answer as for an id that does not exist). */
  public Child visible(long id) {
    EntityManager em = ctx.entityManager();
    Child c = em.find(Child.class, id);
    if (c == null) {
      throw Access.notFound("child");
    }
    if (Access.teacherScoped(ctx) && em.createQuery("SELECT COUNT(c) FROM Child c WHERE c.id = :id AND "
        + IN_MY_CLASSES, Long.class).setParameter("id", id).setParameter("me", ctx.caller().accountId())
        .getSingleResult() == 0) {
      throw Access.notFound("child");
    }
    return c;
  }

  /** A page of the children the caller reaches, newest first; only those due for review when {@code review}. */
  public List<Child> page(boolean review, int limit, int offset) {
    var q = ctx.entityManager().createQuery("SELECT c FROM Child c" + where(review) + " ORDER BY c.id DESC", Child.class);
    bind(q, review);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** How many children {@link #page} reaches in all, with the same {@code review}. */
  public long count(boolean review) {
    var q = ctx.entityManager().createQuery("SELECT COUNT(c) FROM Child c" + where(review), Long.class);
    bind(q, review);
    return q.getSingleResult();
  }

  private String where(boolean review) {
    return (Access.teacherScoped(ctx) ? " WHERE " + IN_MY_CLASSES : " WHERE 1 = 1")
        + (review ? " AND c.birthYear <= :born" : "");
  }

  private void bind(TypedQuery<?> q, boolean review) {
    if (Access.teacherScoped(ctx)) {
      q.setParameter("me", ctx.caller().accountId());
    }
    if (review) {
      q.setParameter("born", LocalDate.now(ctx.clock()).getYear() - REVIEW_AGE);
    }
  }

  /** Whether the child turns {@value #REVIEW_AGE} this year or has already. */
  public boolean dueForReview(Child c) {
    return c.getBirthYear() + REVIEW_AGE <= LocalDate.now(ctx.clock()).getYear();
  }

  /** The children as lists show them, guardians by member code (no name). */
  public List<ChildView> views(List<Child> children) {
    Map<Long, MemberRef> guardians = guardians(children);
    return children.stream().map(c -> new ChildView(c.getId(), code(guardians, c.getGuardianMemberId()),
        code(guardians, c.getSecondGuardianMemberId()), c.getBirthYear(),
        c.getGender() == null ? null : c.getGender().name(), c.getCentreId(), c.getSchoolStatus().name())).toList();
  }

  /** One child's record with the name opened; the caller audits the opening. */
  public ChildDetail detail(Child c) {
    Map<Long, MemberRef> guardians = guardians(List.of(c));
    return new ChildDetail(c.getId(), ChildNames.open(ctx, c), code(guardians, c.getGuardianMemberId()),
        code(guardians, c.getSecondGuardianMemberId()), c.getBirthYear(),
        c.getGender() == null ? null : c.getGender().name(), c.getCentreId(), c.getSchoolStatus().name(),
        c.getConsentVersion(), c.getLastActivityOn(), dueForReview(c));
  }

  private Map<Long, MemberRef> guardians(Collection<Child> children) {
    List<Long> ids = new ArrayList<>();
    for (Child c : children) {
      ids.add(c.getGuardianMemberId());
      if (c.getSecondGuardianMemberId() != null) {
        ids.add(c.getSecondGuardianMemberId());
      }
    }
    return ids.isEmpty() ? Map.of() : ctx.members().byIds(ids);
  }

  private static String code(Map<Long, MemberRef> members, Long id) {
    MemberRef m = id == null ? null : members.get(id);
    return m == null ? null : m.memberCode();
  }
}
