package org.sahakum.plugins.legalaid.detention;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.cases.Cases;
import org.sahakum.plugins.legalaid.cases.LegalCase;

/** Turns detentions into what the API answers: their client, hours held and needs, in few queries. */
final class Detentions {
  private final ModuleContext ctx;

  Detentions(ModuleContext ctx) {
    this.ctx = ctx;
  }

  List<DetentionView> views(List<Detention> detentions) {
    if (detentions.isEmpty()) {
      return List.of();
    }
    EntityManager em = ctx.entityManager();
    List<Long> caseIds = detentions.stream().map(Detention::getCaseId).distinct().toList();
    Map<Long, LegalCase> cases = em.createQuery("SELECT c FROM LegalCase c WHERE c.id IN :ids", LegalCase.class)
        .setParameter("ids", caseIds).getResultList().stream()
        .collect(Collectors.toMap(LegalCase::getId, Function.identity()));
    Map<Long, MemberRef> members = new Cases(ctx).members(cases.values());
    Map<Long, List<DetentionView.NeedView>> needs = new HashMap<>();
    em.createQuery("SELECT n FROM DetentionNeed n WHERE n.detentionId IN :ids ORDER BY n.need", DetentionNeed.class)
        .setParameter("ids", detentions.stream().map(Detention::getId).toList()).getResultList()
        .forEach(n -> needs.computeIfAbsent(n.getDetentionId(), k -> new ArrayList<>())
            .add(new DetentionView.NeedView(n.getNeed(), n.isMet(), n.getUpdatedAt())));
    Instant now = ctx.clock().instant();
    return detentions.stream().map(d -> {
      LegalCase c = cases.get(d.getCaseId());
      MemberRef m = c == null ? null : members.get(c.getMemberId());
      List<DetentionView.NeedView> own = needs.getOrDefault(d.getId(), List.of());
      Instant until = d.getReleasedAt() == null ? now : d.getReleasedAt();
      return new DetentionView(d.getId(), d.getCaseId(), c == null ? null : c.getClientKind(),
          m == null ? null : m.memberCode(), d.getPlaceKind(), d.getPlace(), d.getHeldSince(),
          Math.max(0, Duration.between(d.getHeldSince(), until).toHours()), d.getReportedBy(), d.getReleasedAt(),
          d.getOutcome(), own, unmet(own), own.isEmpty() ? "not-asked" : unmet(own) > 0 ? "unmet" : "met");
    }).toList();
  }

  private static int unmet(List<DetentionView.NeedView> needs) {
    return (int) needs.stream().filter(n -> !n.met()).count();
  }
}
