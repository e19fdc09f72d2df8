package org.sahakum.plugins.healthreferral.referrals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.SealedColumn;
import org.sahakum.api.SealedData;
import org.sahakum.plugins.healthreferral.Problems;
import org.sahakum.plugins.healthreferral.facilities.Facility;

/** Turns referrals into what the API answers, seals and opens their category, finds them. */
public final class Referrals {
  private final ModuleContext ctx;

  public Referrals(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The sealed categories, for a key rotation: 500 a batch (each value is a few dozen bytes). */
  public static SealedData sealedCategories() {
    return new SealedColumn<>("referral-categories", HealthReferral.class, 500, HealthReferral::getId,
        r -> HealthReferral.purpose(r.getSlipCode()), HealthReferral::resealWith);
  }

  static byte[] seal(ModuleContext ctx, String slipCode, String category) {
    return ctx.sealer().seal(HealthReferral.purpose(slipCode), category.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The referral's category, opened after the lockdown check for its person (the member's chapter,
   * or the request's tenant); null once the member was erased.
   */
  public static String category(ModuleContext ctx, HealthReferral r) {
    if (r.getSealedCategory() == null) {
      return null;
    }
    if (r.getMemberId() != null) {
      ctx.lockdown().requireMemberOpen(r.getMemberId());
    } else {
      ctx.lockdown().requireOpen(ctx.tenant().id());
    }
    return new String(ctx.sealer().open(HealthReferral.purpose(r.getSlipCode()), r.getSealedCategory()),
        StandardCharsets.UTF_8);
  }

  /** The category without a lockdown check, for counts across a tenant already cleared. */
  public static String categoryForCount(ModuleContext ctx, HealthReferral r) {
    return r.getSealedCategory() == null ? null
        : new String(ctx.sealer().open(HealthReferral.purpose(r.getSlipCode()), r.getSealedCategory()),
            StandardCharsets.UTF_8);
  }

  public HealthReferral find(long id, boolean lock) {
    HealthReferral r = lock
        ? ctx.entityManager().find(HealthReferral.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        : ctx.entityManager().find(HealthReferral.class, id);
    if (r == null) {
      throw Problems.notFound("referral");
    }
    return r;
  }

  /** The facilities of these referrals, by id, in one query. */
  public Map<Long, Facility> facilities(List<HealthReferral> referrals) {
    List<Long> ids = referrals.stream().map(HealthReferral::getFacilityId).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return ctx.entityManager().createQuery("SELECT f FROM Facility f WHERE f.id IN :ids", Facility.class)
        .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(Facility::getId, Function.identity()));
  }

  /** Views of a page, the category left closed (null). */
  public List<ReferralView> views(List<HealthReferral> referrals) {
    if (referrals.isEmpty()) {
      return List.of();
    }
    Map<Long, Facility> facilities = facilities(referrals);
    Map<Long, List<String>> mistreatment = ctx.entityManager().createQuery(
            "SELECT m FROM Mistreatment m WHERE m.referralId IN :ids ORDER BY m.id", Mistreatment.class)
        .setParameter("ids", referrals.stream().map(HealthReferral::getId).toList()).getResultList().stream()
        .collect(Collectors.groupingBy(Mistreatment::getReferralId,
            Collectors.mapping(Mistreatment::getKind, Collectors.toList())));
    List<String> order = List.of(Mistreatment.KINDS.split("\\|"));
    mistreatment.values().forEach(kinds -> kinds.sort(java.util.Comparator.comparingInt(order::indexOf)));
    return referrals.stream().map(r -> view(r, facilities.get(r.getFacilityId()), null,
        mistreatment.getOrDefault(r.getId(), List.of()))).toList();
  }

  /** One referral with its category opened: the caller audits the read. */
  public ReferralView opened(HealthReferral r) {
    String category = category(ctx, r);
    ReferralView closed = views(List.of(r)).get(0);
    return view(r, facilities(List.of(r)).get(r.getFacilityId()), category, closed.mistreatment());
  }

  private static ReferralView view(HealthReferral r, Facility f, String category, List<String> mistreatment) {
    return new ReferralView(r.getId(), r.getSlipCode(), r.getPersonKind(), r.getMemberCode(), r.getChildRelation(),
        r.getChildBirthYear(), r.getClientGroup(), r.getFacilityId(), f == null ? null : f.getNameKm(),
        f == null ? null : f.getNameEn(), f == null ? null : f.getKind(), category, r.getUrgency(), r.getConsent(),
        r.getConsentAt(), r.getConsentByAccountId(), r.getStatus(), r.getStatusAt(), r.getCreatedAt(),
        r.getReferredOn(), r.getFollowUpDue(), r.getNotAttendedReason(), r.getOutcome(), r.getFollowedUpAt(),
        r.isEscortNeeded(), r.getEscortAccountId(), r.getTransportRiel(), r.getFeeAskedRiel(), r.getFeePaidRiel(),
        r.getExemption(), r.getOutOfPocketRiel(), mistreatment);
  }
}
