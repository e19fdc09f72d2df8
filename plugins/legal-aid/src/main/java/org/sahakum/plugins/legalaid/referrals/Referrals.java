package org.sahakum.plugins.legalaid.referrals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.directory.Service;

/** Turns referrals into what the API answers, with their services named, in one more query. */
public final class Referrals {
  private final ModuleContext ctx;

  public Referrals(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The referrals of one case, oldest first. */
  public List<ReferralView> ofCase(long caseId) {
    return views(ctx.entityManager().createQuery("SELECT r FROM Referral r WHERE r.caseId = :c ORDER BY r.id",
        Referral.class).setParameter("c", caseId).getResultList());
  }

  List<ReferralView> views(List<Referral> referrals) {
    if (referrals.isEmpty()) {
      return List.of();
    }
    List<Long> ids = referrals.stream().map(Referral::getServiceId).distinct().toList();
    Map<Long, Service> services = ctx.entityManager().createQuery("SELECT s FROM Service s WHERE s.id IN :ids",
        Service.class).setParameter("ids", ids).getResultList().stream()
        .collect(Collectors.toMap(Service::getId, Function.identity()));
    return referrals.stream().map(r -> {
      Service s = services.get(r.getServiceId());
      return new ReferralView(r.getId(), r.getCaseId(), r.getServiceId(), s == null ? null : s.getName(),
          s == null ? null : s.getKind(), r.getNeed(), r.getStatus(), r.getConsent(), r.getConsentAt(),
          r.getConsentByAccountId(), r.getCreatedAt(), r.getStatusAt());
    }).toList();
  }
}
