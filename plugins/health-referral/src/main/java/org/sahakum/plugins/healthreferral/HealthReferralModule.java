package org.sahakum.plugins.healthreferral;

import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.sahakum.api.DemoData;
import org.sahakum.api.Indicator;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.MemberSummary;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.api.SealedData;
import org.sahakum.api.SharedList;
import org.sahakum.plugins.healthreferral.demo.HealthDemo;
import org.sahakum.plugins.healthreferral.erasure.HealthErasure;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.followup.FollowUpCount;
import org.sahakum.plugins.healthreferral.facilities.SharedDirectory;
import org.sahakum.plugins.healthreferral.indicators.HealthIndicators;
import org.sahakum.plugins.healthreferral.referrals.HealthReferral;
import org.sahakum.plugins.healthreferral.referrals.Mistreatment;
import org.sahakum.plugins.healthreferral.referrals.Referrals;
import org.sahakum.plugins.healthreferral.summary.ReferralSummary;

/**
 * The health-referral module as the core sees it: its id, names, permissions, entities, sealed
 * values, indicators, erasure, a member's page summary, demo data and the resource mounted at
 * {@code /api/t/{tenant}/health-referral}.
 */
@Extension
public class HealthReferralModule implements SahakumModule {

  /** The module's id: the jar's {@code Plugin-Id} and the URL segment. */
  public static final String ID = "health-referral";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("ការបញ្ជូនទៅសេវាសុខភាព", "Health referral");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "បញ្ជូនសមាជិក និងកូនៗរបស់ពួកគេទៅសេវាសុខភាពដោយឥតគិតថ្លៃ ឬតម្លៃទាបបំផុត "
            + "ហើយរាប់ថ្លៃចំណាយជាភស្តុតាងសម្រាប់យុទ្ធនាការ។",
        "Members and their children referred to free or lowest-cost care, "
            + "with the costs counted as evidence for the campaign.");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return HealthPermissions.ALL;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Facility.class, HealthReferral.class, Mistreatment.class, FollowUpCount.class);
  }

  /** What a referral is for is sealed; a key rotation re-seals it. */
  @Override
  public List<SealedData> sealedData() {
    return List.of(Referrals.sealedCategories());
  }

  @Override
  public List<Indicator> indicators() {
    return HealthIndicators.all();
  }

  /** The directory of places in use, which an organisation may share with its network. */
  @Override
  public List<SharedList> sharedLists() {
    return List.of(new SharedDirectory());
  }

  /** An erased member's referrals (and their children's) are anonymised and lose their sealed category. */
  @Override
  public Optional<MemberEventListener> memberEvents() {
    return Optional.of(new HealthErasure());
  }

  /** A member's referrals on their page: counts by status and the next follow-up, never what for. */
  @Override
  public Optional<MemberSummary> memberSummary(ModuleContext context) {
    return Optional.of(new ReferralSummary(context));
  }

  @Override
  public Optional<DemoData> demoData() {
    return Optional.of(new HealthDemo());
  }

  @Override
  public Object resource(ModuleContext context) {
    return new HealthResource(context);
  }
}
