package org.sahakum.plugins.education.erasure;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.ChildRemoval;

/**
 * An erased guardian's children: a child with a second guardian who stays is unlinked from the
 * erased one (the second becomes the guardian); a child with no other guardian is erased with
 * every row about them (attendance, places in classes, which go to the waiting list's first).
 */
public final class GuardianErasure implements MemberEventListener {

  @Override
  public void onMemberEvent(ModuleContext context, MemberEvent event) {
    if (event.kind() != MemberEvent.Kind.ERASED) {
      return;
    }
    EntityManager em = context.entityManager();
    List<Child> children = em.createQuery("SELECT c FROM Child c WHERE c.guardianMemberId = :m "
        + "OR c.secondGuardianMemberId = :m", Child.class).setParameter("m", event.memberId()).getResultList();
    int erased = 0;
    for (Child c : children) {
      if (c.getSecondGuardianMemberId() == null) {
        ChildRemoval.erase(context, c);
        erased++;
      } else {
        c.unlink(event.memberId());
      }
    }
    em.flush();
    if (!children.isEmpty()) {
      // that children were erased or unlinked, never whose: the entry outlives the guardian's erasure
      context.audit().record(erased > 0 ? "children.erased" : "children.unlinked", "child", null);
    }
  }
}
