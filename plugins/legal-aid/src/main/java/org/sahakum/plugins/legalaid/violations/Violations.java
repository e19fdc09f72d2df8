package org.sahakum.plugins.legalaid.violations;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;

/** Turns violation events into what the API answers, in three queries a page. */
final class Violations {
  private final ModuleContext ctx;

  Violations(ModuleContext ctx) {
    this.ctx = ctx;
  }

  List<ViolationView> views(List<ViolationEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    EntityManager em = ctx.entityManager();
    List<ViolationAct> acts = em.createQuery("SELECT a FROM ViolationAct a WHERE a.eventId IN :e ORDER BY a.id",
        ViolationAct.class).setParameter("e", events.stream().map(ViolationEvent::getId).toList()).getResultList();
    List<ViolationVictim> victims = acts.isEmpty() ? List.of() : em.createQuery(
            "SELECT v FROM ViolationVictim v WHERE v.actId IN :a ORDER BY v.id", ViolationVictim.class)
        .setParameter("a", acts.stream().map(ViolationAct::getId).toList()).getResultList();
    List<Long> memberIds = victims.stream().map(ViolationVictim::getMemberId).filter(Objects::nonNull).distinct()
        .limit(500).toList();
    Map<Long, MemberRef> members = memberIds.isEmpty() ? Map.of() : ctx.members().byIds(memberIds);
    Map<Long, List<String>> codes = new HashMap<>();
    Map<Long, Integer> others = new HashMap<>();
    for (ViolationVictim v : victims) {
      MemberRef m = v.getMemberId() == null ? null : members.get(v.getMemberId());
      if (m == null) {
        others.merge(v.getActId(), 1, Integer::sum);
      } else {
        codes.computeIfAbsent(v.getActId(), k -> new ArrayList<>()).add(m.memberCode());
      }
    }
    Map<Long, List<ViolationView.ActView>> byEvent = new HashMap<>();
    for (ViolationAct a : acts) {
      byEvent.computeIfAbsent(a.getEventId(), k -> new ArrayList<>()).add(new ViolationView.ActView(a.getId(),
          a.getActType(), a.getPerpetratorType(), codes.getOrDefault(a.getId(), List.of()),
          others.getOrDefault(a.getId(), 0)));
    }
    return events.stream().map(e -> new ViolationView(e.getId(), e.getOccurredOn(), e.getPlace(),
        e.isAdvocacyConsent(), byEvent.getOrDefault(e.getId(), List.of()))).toList();
  }
}
