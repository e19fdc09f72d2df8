package org.sahakum.plugins.healthreferral;

import java.util.List;
import java.util.Set;
import org.sahakum.api.Caller;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;

/**
 * What the health-referral module lets roles do, and which roles of a fresh organisation hold each
 * permission. The role {@code admin} holds every permission through {@code *} and is not listed.
 */
public final class HealthPermissions {

  public static final String REFERRAL_READ = "health:referral:read";
  public static final String REFERRAL_WRITE = "health:referral:write";
  public static final String FACILITY_MANAGE = "health:facility:manage";
  public static final String REPORT_READ = "health:report:read";

  private static final String HEALTH_WORKER = "health-worker";
  private static final String ORGANISER = "organiser";

  /** Every permission the module declares, in the order an admin screen shows them. */
  public static final List<PermissionDefinition> ALL = List.of(
      permission(REFERRAL_READ,
          "មើលការបញ្ជូនទៅសេវាសុខភាព និងបញ្ជីកន្លែងសេវា",
          "See health referrals and the facility directory",
          HEALTH_WORKER, ORGANISER),
      permission(REFERRAL_WRITE,
          "បញ្ជូនទៅសេវាសុខភាព ការយល់ព្រម ការតាមដាន និងថ្លៃចំណាយ",
          "Make health referrals: consent, escort, follow-up and costs",
          HEALTH_WORKER),
      permission(FACILITY_MANAGE,
          "គ្រប់គ្រងបញ្ជីកន្លែងផ្ដល់សេវាសុខភាព",
          "Keep the directory of health facilities",
          HEALTH_WORKER, ORGANISER),
      permission(REPORT_READ,
          "មើលរបាយការណ៍ថ្លៃសេវាសុខភាព (ចំនួនតូចៗត្រូវបានលាក់)",
          "See the health-cost report (small counts hidden)",
          ORGANISER));

  private HealthPermissions() {}

  /** The directory is read by whoever refers people or keeps it. */
  public static void requireDirectoryReader(Caller caller) {
    if (!caller.isPermitted(FACILITY_MANAGE)) {
      caller.require(REFERRAL_READ);
    }
  }

  private static PermissionDefinition permission(String name, String km, String en, String... roles) {
    return new PermissionDefinition(name, LocalizedText.of(km, en), Set.of(roles));
  }
}
