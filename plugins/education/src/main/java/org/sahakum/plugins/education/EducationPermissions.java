package org.sahakum.plugins.education;

import java.util.List;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;

/**
 * What the education module lets roles do, and which roles of a fresh organisation hold each
 * permission. The role {@code admin} holds every permission through {@code *} and is not listed.
 * A holder of {@link #CLASS_MANAGE} sees every child; anyone else who may read children sees only
 * the children of the classes they teach.
 */
public final class EducationPermissions {

  public static final String CHILD_READ = "edu:child:read";
  public static final String CHILD_WRITE = "edu:child:write";
  public static final String ATTENDANCE_TAKE = "edu:attendance:take";
  public static final String CLASS_MANAGE = "edu:class:manage";
  public static final String REPORT_READ = "edu:report:read";

  private static final String TEACHER = "teacher";
  private static final String ORGANISER = "organiser";

  /** Every permission the module declares, in the order an admin screen shows them. */
  public static final List<PermissionDefinition> ALL = List.of(
      permission(CHILD_READ,
          "មើលកំណត់ត្រាកុមារ (ការបើកឈ្មោះនីមួយៗត្រូវបានកត់ត្រា)",
          "See children's records (every opening of a name is audited)",
          TEACHER, ORGANISER),
      permission(CHILD_WRITE,
          "ចុះឈ្មោះ និងកែប្រែកំណត់ត្រាកុមារ",
          "Register children and update their records",
          ORGANISER),
      permission(ATTENDANCE_TAKE,
          "កត់វត្តមានក្នុងថ្នាក់",
          "Take attendance in class",
          TEACHER, ORGANISER),
      permission(CLASS_MANAGE,
          "គ្រប់គ្រងមជ្ឈមណ្ឌល ថ្នាក់ និងការចុះឈ្មោះចូលថ្នាក់",
          "Manage centres, classes and enrolment in classes",
          ORGANISER),
      permission(REPORT_READ,
          "មើលរបាយការណ៍សរុបនៃការអប់រំ",
          "See education summary reports",
          ORGANISER));

  private EducationPermissions() {}

  private static PermissionDefinition permission(String name, String km, String en, String... roles) {
    return new PermissionDefinition(name, LocalizedText.of(km, en), Set.of(roles));
  }
}
