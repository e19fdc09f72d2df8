package org.sahakum.plugins.healthreferral.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.sahakum.api.DemoData;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.referrals.DemoReferrals;

/**
 * Health referral's demo: the fictional directory once, then one referral per two demo members
 * (7 in 10 for the member, 2 for a child of theirs, 1 for a non-member), made over the last 18
 * months; a start counts what is there and adds only the rest.
 */
public final class HealthDemo implements DemoData {
  private static final int BATCH = 200;
  private static final long DAYS_BACK = 540;

  @Override
  public void seed(ModuleContext context, DemoRequest request) {
    var em = context.entityManager();
    if (em.createQuery("SELECT COUNT(f) FROM Facility f", Long.class).getSingleResult() == 0) {
      Instant now = context.clock().instant();
      DemoFacilities.all().forEach(f -> em.persist(new Facility(f, now)));
      request.commit();
    }
    long target = request.scale() / 2;
    long done = em.createQuery("SELECT COUNT(r) FROM HealthReferral r", Long.class).getSingleResult();
    Instant now = context.clock().instant();
    while (done < target) {
      List<MemberRef> members = request.members((int) (done * 2), (int) Math.min(DemoRequest.MAX_PAGE, (target - done) * 2));
      if (members.isEmpty()) {
        return;
      }
      List<Facility> facilities = em.createQuery("SELECT f FROM Facility f WHERE f.active = TRUE ORDER BY f.id",
          Facility.class).getResultList();
      for (int i = 0; i < members.size() && done < target; i += 2) {
        Random draw = new Random(request.seed() * 31 + done);
        Instant at = now.minus(Duration.ofDays(DAYS_BACK * (target - done) / target)).minusSeconds(draw.nextInt(86_400));
        DemoReferrals.make(request.at(at), members.get(i), facilities, draw);
        done++;
        if (done % BATCH == 0) {
          request.commit();
          request.progress("health-referrals", done, target);
          facilities = em.createQuery("SELECT f FROM Facility f WHERE f.active = TRUE ORDER BY f.id", Facility.class)
              .getResultList();
        }
      }
      request.commit();
    }
    request.progress("health-referrals", done, target);
  }
}
