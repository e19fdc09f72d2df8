package org.sahakum.plugins.healthreferral.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.followup.FollowUpCounts;

/**
 * One demo referral made through the same rules as a real one (sealed category, consent before it
 * is made, the workflow's moves), back-dated with the request's clock.
 */
public final class DemoReferrals {
  private static final String[] RELATIONS = HealthReferral.RELATIONS.split("\\|");
  private static final String[] GROUPS = org.sahakum.api.ClientGroups.ALL.split("\\|");
  private static final String[] URGENCIES = HealthReferral.URGENCIES.split("\\|");
  private static final String[] REASONS = HealthReferral.REASONS.split("\\|");
  private static final String[] OUTCOMES = HealthReferral.OUTCOMES.split("\\|");
  private static final String[] EXEMPTIONS = HealthReferral.EXEMPTIONS.split("\\|");
  private static final String[] MISTREATMENT = Mistreatment.KINDS.split("\\|");

  private DemoReferrals() {}

  /** A referral for {@code member} (or their child, or a non-member) made at {@code at}'s clock, moved on by {@code draw}. */
  public static void make(ModuleContext at, MemberRef member, List<Facility> facilities, Random draw) {
    Instant now = at.clock().instant().truncatedTo(ChronoUnit.MICROS);
    LocalDate today = LocalDate.now(at.clock());
    int who = draw.nextInt(10);
    Person person = who < 7 ? new Person("member", member.id(), member.memberCode(), null, null, null)
        : who < 9 ? new Person("child", member.id(), member.memberCode(), RELATIONS[draw.nextInt(RELATIONS.length)],
            today.getYear() - 1 - draw.nextInt(14), null)
        : new Person("non-member", null, null, null, null, GROUPS[draw.nextInt(GROUPS.length)]);
    Facility f = facilities.get(draw.nextInt(facilities.size()));
    List<String> offered = List.copyOf(f.getServices());
    String category = "child".equals(person.kind()) && offered.contains("child-health") ? "child-health"
        : offered.get(draw.nextInt(offered.size()));
    String slip = SlipCodes.next();
    HealthReferral r = new HealthReferral(slip, person, f.getId(), Referrals.seal(at, slip, category),
        URGENCIES[draw.nextInt(URGENCIES.length)], now);
    at.entityManager().persist(r);
    if (draw.nextInt(20) == 0) {
      ReferralWorkflow.consent(r, false, now, at.caller().accountId());
      return; // refused: stays proposed
    }
    ReferralWorkflow.consent(r, true, now, at.caller().accountId());
    if (draw.nextInt(4) == 0) {
      r.escort(true, at.caller().accountId(), 5_000L * (1 + draw.nextInt(4)));
    }
    ReferralWorkflow.apply(r, ReferralWorkflow.Transition.REFER, now, today);
    int next = draw.nextInt(10);
    if (next < 6) {
      ReferralWorkflow.apply(r, ReferralWorkflow.Transition.ATTENDED, now, today);
      long asked = "full-fee".equals(f.getPayment()) ? 20_000L * (1 + draw.nextInt(10))
          : "low-fee".equals(f.getPayment()) ? f.getFeeRiel() : draw.nextInt(5) == 0 ? 10_000L : 0L;
      String exemption = asked == 0 ? EXEMPTIONS[draw.nextInt(3)] : draw.nextInt(3) == 0 ? "hef" : "none";
      long paid = "none".equals(exemption) ? asked : 0L;
      r.costs(asked, paid, exemption, paid + (draw.nextInt(3) == 0 ? 4_000L * draw.nextInt(5) : 0L));
      if (draw.nextInt(8) == 0) {
        at.entityManager().flush();
        at.entityManager().persist(new Mistreatment(r.getId(), MISTREATMENT[draw.nextInt(MISTREATMENT.length)], now));
      }
    } else if (next < 8) {
      ReferralWorkflow.apply(r, ReferralWorkflow.Transition.NOT_ATTENDED, now, today);
      r.notAttended(REASONS[draw.nextInt(REASONS.length)]);
    }
    if (next < 8 && draw.nextInt(10) < 7) {
      ReferralWorkflow.apply(r, ReferralWorkflow.Transition.FOLLOW_UP, now, today);
      r.followedUp(OUTCOMES[draw.nextInt(OUTCOMES.length)], now);
    }
    if (r.getFollowUpDue() != null) {
      at.entityManager().flush();
      new FollowUpCounts(at).changed(r.getId(), null, r.getFollowUpDue());
    }
  }
}
