package org.sahakum.plugins.uniondues;

import java.util.List;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;

/**
 * What the union-dues module lets roles do, and which roles of a fresh organisation hold each
 * permission. The role {@code admin} holds every permission through {@code *} and is not listed.
 */
public final class UnionDuesPermissions {

  public static final String PAYMENT_RECORD = "dues:payment:record";
  public static final String PAYMENT_REVERSE = "dues:payment:reverse";
  public static final String PLAN_MANAGE = "dues:plan:manage";
  public static final String REPORT_READ = "dues:report:read";

  private static final String TREASURER = "treasurer";
  private static final String ORGANISER = "organiser";
  /** Holds it at a chapter, for that chapter's members (see the core's ChapterMandates). */
  private static final String TEAM_LEADER = "team-leader";

  /** Every permission the module declares, in the order an admin screen shows them. */
  public static final List<PermissionDefinition> ALL = List.of(
      permission(PAYMENT_RECORD,
          "កត់ត្រាការបង់វិភាគទាន",
          "Record dues payments",
          TREASURER, ORGANISER, TEAM_LEADER),
      permission(PAYMENT_REVERSE,
          "លុបចោលការបង់ប្រាក់ដែលបានកត់ត្រាខុស",
          "Reverse a payment recorded by mistake",
          TREASURER),
      permission(PLAN_MANAGE,
          "កំណត់ចំនួនទឹកប្រាក់ និងរយៈពេលនៃវិភាគទាន",
          "Set dues amounts and periods",
          TREASURER),
      permission(REPORT_READ,
          "មើលការបង់ប្រាក់ និងរបាយការណ៍វិភាគទាន",
          "See payments and dues reports",
          TREASURER, ORGANISER));

  private UnionDuesPermissions() {}

  private static PermissionDefinition permission(String name, String km, String en, String... roles) {
    return new PermissionDefinition(name, LocalizedText.of(km, en), Set.of(roles));
  }
}
