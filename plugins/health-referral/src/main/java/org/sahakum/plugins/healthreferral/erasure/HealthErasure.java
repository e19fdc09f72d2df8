package org.sahakum.plugins.healthreferral.erasure;

import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;

/**
 * An erased member's referrals, and their children's, stay for the counts (facility, dates,
 * status, costs, mistreatment kinds) but no longer point at the member, and what the module sealed
 * about them (the service category) is deleted.
 */
public final class HealthErasure implements MemberEventListener {

  @Override
  public void onMemberEvent(ModuleContext context, MemberEvent event) {
    if (event.kind() != MemberEvent.Kind.ERASED) {
      return;
    }
    int changed = context.entityManager().createQuery("UPDATE HealthReferral r SET r.memberId = NULL, "
            + "r.memberCode = NULL, r.sealedCategory = NULL WHERE r.memberId = :m")
        .setParameter("m", event.memberId()).executeUpdate();
    if (changed > 0) {
      // that health referral anonymised someone, never whom
      context.audit().record("member.anonymised", "member", null);
    }
  }
}
