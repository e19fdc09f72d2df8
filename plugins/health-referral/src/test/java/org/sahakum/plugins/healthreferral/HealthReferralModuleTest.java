package org.sahakum.plugins.healthreferral;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahakum.api.ClientGroups;
import org.sahakum.api.Indicator;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.Places;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.facilities.FacilityChange;
import org.sahakum.plugins.healthreferral.facilities.FacilityView;
import org.sahakum.plugins.healthreferral.facilities.NewFacility;
import org.sahakum.plugins.healthreferral.facilities.Services;
import org.sahakum.plugins.healthreferral.followup.FollowUpRow;
import org.sahakum.plugins.healthreferral.mine.MyReferralView;
import org.sahakum.plugins.healthreferral.mine.NewRating;
import org.sahakum.plugins.healthreferral.referrals.ConsentAnswer;
import org.sahakum.plugins.healthreferral.referrals.CostReport;
import org.sahakum.plugins.healthreferral.referrals.EscortPlan;
import org.sahakum.plugins.healthreferral.referrals.FollowUp;
import org.sahakum.plugins.healthreferral.referrals.HealthReferral;
import org.sahakum.plugins.healthreferral.referrals.MistreatmentReport;
import org.sahakum.plugins.healthreferral.referrals.NewReferral;
import org.sahakum.plugins.healthreferral.referrals.NotAttended;
import org.sahakum.plugins.healthreferral.referrals.ReferralView;
import org.sahakum.plugins.healthreferral.report.HealthReport;
import org.sahakum.testkit.ModuleDeclarationContract;

/** What health referral declares, as the core will read it at load time. */
class HealthReferralModuleTest extends ModuleDeclarationContract {
  private final HealthReferralModule module = new HealthReferralModule();

  @Override
  protected SahakumModule module() {
    return module;
  }

  @Override
  protected String permissionPrefix() {
    return "health:";
  }

  @Override
  protected Map<String, Class<? extends Record>> viewBodies() {
    return Map.ofEntries(entry("follow-ups", FollowUpRow.class), entry("referrals", ReferralView.class),
        entry("referral-new", NewReferral.class), entry("facility-referral-new", NewReferral.class),
        entry("referral-consent-give", ConsentAnswer.class), entry("referral-consent-refuse", ConsentAnswer.class),
        entry("referral-consent-withdraw", ConsentAnswer.class), entry("referral-not-attended", NotAttended.class),
        entry("referral-follow-up", FollowUp.class), entry("referral-escort", EscortPlan.class),
        entry("referral-cost", CostReport.class), entry("referral-mistreatment", MistreatmentReport.class),
        entry("facilities", FacilityView.class), entry("facility-new", NewFacility.class),
        entry("facility-change", FacilityChange.class), entry("cost-report", HealthReport.class),
        entry("my-referrals", MyReferralView.class), entry("my-rating-new", NewRating.class));
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.ofEntries(entry("facilityKind", values(Facility.KINDS)), entry("place", values(Places.ALL)),
        entry("payment", values(Facility.PAYMENTS)), entry("personKind", values(HealthReferral.PERSON_KINDS)),
        entry("childRelation", values(HealthReferral.RELATIONS)), entry("clientGroup", values(ClientGroups.ALL)),
        entry("serviceCategory", values(Services.CATEGORIES)), entry("service", values(Services.CATEGORIES)),
        entry("category", values(Services.CATEGORIES)), entry("urgency", values(HealthReferral.URGENCIES)),
        entry("consent", values(HealthReferral.CONSENTS)), entry("referralStatus", values(HealthReferral.STATUSES)),
        entry("status", values(HealthReferral.STATUSES)), entry("reason", values(HealthReferral.REASONS)),
        entry("notAttendedReason", values(HealthReferral.REASONS)), entry("outcome", values(HealthReferral.OUTCOMES)),
        entry("exemption", values(HealthReferral.EXEMPTIONS)), entry("facility-kind", values(Facility.KINDS)),
        entry("rows", values("category|month|facility-kind|exemption|out-of-pocket|attendance")),
        entry("columns", values("category|month|facility-kind|exemption|out-of-pocket|attendance")),
        entry("out-of-pocket", org.sahakum.plugins.healthreferral.indicators.Bands.ALL),
        entry("attendance", values("attended|not-attended")),
        entry("mistreatment", values(org.sahakum.plugins.healthreferral.referrals.Mistreatment.KINDS)));
  }

  private static List<String> values(String regex) {
    return List.of(regex.split("\\|"));
  }

  @Test
  void id_location_entities_and_indicators() {
    assertEquals("health-referral", module.id());
    assertEquals("db/health_referral", module.migrationLocation());
    assertEquals(List.of("Facility", "HealthReferral", "Mistreatment", "FollowUpCount"),
        module.entityClasses().stream().map(Class::getSimpleName).toList());
    assertEquals(List.of("referrals-by-category-and-month", "attendance", "exemptions", "out-of-pocket-bands",
        "mistreatment-by-kind-and-facility-kind"), module.indicators().stream().map(Indicator::id).toList());
    // the fields whose options name each indicator's cells (months are named by the app)
    assertEquals(java.util.Arrays.asList("category", "attendance", "exemption", "out-of-pocket",
        "mistreatment facilityKind"),
        module.indicators().stream().map(Indicator::cellOptions).toList());
    assertTrue(module.memberEvents().isPresent(), "erasure reaches health referral");
    assertTrue(module.memberSummary(null).isPresent(), "a member's page shows their referrals");
    assertEquals(List.of("referral-categories"), module.sealedData().stream().map(s -> s.id()).toList());
    assertTrue(module.demoData().isPresent());
  }

  @Test
  void health_workers_and_organisers_get_their_defaults() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    for (PermissionDefinition p : module.permissions()) {
      for (String role : p.defaultRoles()) {
        byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p.name());
      }
    }
    assertEquals(Set.of("health:referral:read", "health:referral:write", "health:facility:manage"), byRole.get("health-worker"));
    assertEquals(Set.of("health:referral:read", "health:facility:manage", "health:report:read"), byRole.get("organiser"));
    assertEquals(Set.of("health-worker", "organiser"), byRole.keySet());
  }
}
