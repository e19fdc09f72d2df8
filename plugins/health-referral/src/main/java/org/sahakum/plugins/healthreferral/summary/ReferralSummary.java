package org.sahakum.plugins.healthreferral.summary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberSummary;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.healthreferral.HealthPermissions;

/**
 * A member's health referrals (theirs and their children's) on their page, for those who may read
 * referrals ({@code health:referral:read}): how many are at each status, how many were for their
 * children, and the next follow-up due. Never the service category, which is sealed for a reason.
 */
public final class ReferralSummary implements MemberSummary {
  private final ModuleContext ctx;

  public ReferralSummary(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Optional<Summary> about(long memberId) {
    if (!ctx.caller().isPermitted(HealthPermissions.REFERRAL_READ)) {
      return Optional.empty();
    }
    Map<String, Long> byStatus = new HashMap<>();
    ctx.entityManager()
        .createQuery("SELECT r.status, COUNT(r) FROM HealthReferral r WHERE r.memberId = :m GROUP BY r.status",
            Object[].class)
        .setParameter("m", memberId)
        .getResultList()
        .forEach(row -> byStatus.put((String) row[0], ((Number) row[1]).longValue()));
    if (byStatus.isEmpty()) {
      return Optional.empty();
    }
    long forChildren = ctx.entityManager()
        .createQuery("SELECT COUNT(r) FROM HealthReferral r WHERE r.memberId = :m AND r.personKind = 'child'", Long.class)
        .setParameter("m", memberId)
        .getSingleResult();
    LocalDate nextFollowUp = ctx.entityManager()
        .createQuery("SELECT MIN(r.followUpDue) FROM HealthReferral r WHERE r.memberId = :m", LocalDate.class)
        .setParameter("m", memberId)
        .getSingleResult();
    ctx.audit().recordRead("referrals.summary.read", "member", String.valueOf(memberId));
    LocalizedText next = nextFollowUp == null
        ? LocalizedText.of("គ្មាន", "None")
        : LocalizedText.of(nextFollowUp.toString(), nextFollowUp.toString());
    return Optional.of(new Summary(LocalizedText.of("ការបញ្ជូនទៅសេវាសុខភាព", "Health referrals"), List.of(
        count("បានស្នើ", "Proposed", byStatus.getOrDefault("proposed", 0L)),
        count("បានបញ្ជូន", "Referred", byStatus.getOrDefault("referred", 0L)),
        count("បានទៅ", "Attended", byStatus.getOrDefault("attended", 0L)),
        count("មិនបានទៅ", "Not attended", byStatus.getOrDefault("not-attended", 0L)),
        count("បានតាមដានរួច", "Followed up", byStatus.getOrDefault("followed-up", 0L)),
        count("បានលុបចោល", "Cancelled", byStatus.getOrDefault("cancelled", 0L)),
        count("សម្រាប់កូនៗ", "For their children", forChildren),
        new Line(LocalizedText.of("ការតាមដានបន្ទាប់", "Next follow-up due"), next)), "referrals"));
  }

  private static Line count(String km, String en, long n) {
    String digits = String.valueOf(n);
    return new Line(LocalizedText.of(km, en), LocalizedText.of(digits, digits));
  }
}
