package org.sahakum.plugins.governance.erasure;

import java.util.List;
import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.governance.elections.Choice;
import org.sahakum.plugins.governance.elections.Election;
import org.sahakum.plugins.governance.roll.Voter;

/**
 * On erasure, the member's roll rows go and each vote keeps only that one more member was on its
 * roll and, if so, voted; a nomination or candidacy stays on the ballot, about no one, so the
 * counts of a past result still add up.
 */
public final class VoterErasure implements MemberEventListener {

  @Override
  public void onMemberEvent(ModuleContext ctx, MemberEvent event) {
    if (event.kind() != MemberEvent.Kind.ERASED) {
      return;
    }
    var em = ctx.entityManager();
    List<Voter> rows = em.createQuery("SELECT v FROM Voter v WHERE v.memberId = :m", Voter.class)
        .setParameter("m", event.memberId()).getResultList();
    for (Voter v : rows) {
      Election e = em.find(Election.class, v.getElectionId());
      e.erasedFromRoll(v.isVoted());
      em.remove(v);
    }
    for (Choice c : em.createQuery("SELECT c FROM Choice c WHERE c.memberId = :m", Choice.class)
        .setParameter("m", event.memberId()).getResultList()) {
      c.erase();
    }
    if (!rows.isEmpty()) {
      ctx.audit().record("roll.member-erased", "member", null);
    }
  }
}
