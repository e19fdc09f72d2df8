package org.sahakum.plugins.legalaid.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberSummary;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.LegalAidPermissions;

/**
 * A member's legal aid cases on their page: how many are open, in progress and closed, and the
 * referrals made from them, for those who may read cases ({@code legal:case:read}). Counts only:
 * no case type, note or place.
 */
public final class CaseSummary implements MemberSummary {
  private final ModuleContext ctx;

  public CaseSummary(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Optional<Summary> about(long memberId) {
    if (!ctx.caller().isPermitted(LegalAidPermissions.CASE_READ)) {
      return Optional.empty();
    }
    Map<String, Long> byStatus = new HashMap<>();
    ctx.entityManager()
        .createQuery("SELECT c.status, COUNT(c) FROM LegalCase c WHERE c.memberId = :m GROUP BY c.status", Object[].class)
        .setParameter("m", memberId)
        .getResultList()
        .forEach(row -> byStatus.put((String) row[0], ((Number) row[1]).longValue()));
    long referrals = ctx.entityManager()
        .createQuery("SELECT COUNT(r) FROM Referral r WHERE r.caseId IN "
            + "(SELECT c.id FROM LegalCase c WHERE c.memberId = :m)", Long.class)
        .setParameter("m", memberId)
        .getSingleResult();
    ctx.audit().recordRead("cases.summary.read", "member", String.valueOf(memberId));
    return Optional.of(new Summary(LocalizedText.of("សំណុំរឿងជំនួយផ្លូវច្បាប់", "Legal aid cases"), List.of(
        line("បើក", "Open", byStatus.getOrDefault("open", 0L)),
        line("កំពុងដំណើរការ", "In progress", byStatus.getOrDefault("in-progress", 0L)),
        line("បានបិទ", "Closed", byStatus.getOrDefault("closed", 0L)),
        line("ការបញ្ជូនទៅសេវា", "Referrals", referrals)), "cases"));
  }

  private static Line line(String km, String en, long count) {
    String n = String.valueOf(count);
    return new Line(LocalizedText.of(km, en), LocalizedText.of(n, n));
  }
}
