package org.sahakum.plugins.organising;

import java.util.List;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;

/**
 * What the organising module lets roles do, and which roles of a fresh organisation hold each
 * permission: a chapter's team leader (the core's {@code team-leader}) logs visits, keeps workplaces,
 * events and the materials received for her chapter; {@code admin}
 * holds every permission through {@code *} and is not listed.
 */
public final class OrganisingPermissions {

  public static final String VISIT_READ = "organising:visit:read";
  public static final String VISIT_WRITE = "organising:visit:write";
  public static final String WORKPLACE_MANAGE = "organising:workplace:manage";
  public static final String EVENT_MANAGE = "organising:event:manage";
  public static final String STOCK_MANAGE = "organising:stock:manage";
  public static final String REPORT_READ = "organising:report:read";

  private static final String ORGANISER = "organiser";
  private static final String TEAM_LEADER = "team-leader";

  /** Every permission the module declares, in the order an admin screen shows them. */
  public static final List<PermissionDefinition> ALL = List.of(
      permission(VISIT_READ, "មើលការចុះជួបតាមមូលដ្ឋាន កន្លែងធ្វើការ ព្រឹត្តិការណ៍ និងសម្ភារៈនៅសល់",
          "See outreach visits, workplaces, events and the materials left", ORGANISER, TEAM_LEADER),
      permission(VISIT_WRITE, "កត់ត្រាការចុះជួបតាមមូលដ្ឋាន (ចំនួនមនុស្ស សម្ភារៈ និងបញ្ហា)",
          "Log outreach visits (people reached as counts, materials given, problems heard)", ORGANISER, TEAM_LEADER),
      permission(WORKPLACE_MANAGE, "គ្រប់គ្រងកន្លែងធ្វើការ និងភ្ជាប់សមាជិកទៅកន្លែងធ្វើការ (ដោយមានការយល់ព្រម)",
          "Keep the workplaces and link members to them (with their consent)", ORGANISER, TEAM_LEADER),
      permission(EVENT_MANAGE, "គ្រប់គ្រងវេទិកា វគ្គបណ្ដុះបណ្ដាល យុទ្ធនាការ និងវត្តមាន",
          "Keep forums, trainings, campaigns and their attendance", ORGANISER, TEAM_LEADER),
      permission(STOCK_MANAGE, "កត់ត្រាសម្ភារៈអប់រំ និងស្រោមអនាម័យដែលបានទទួល",
          "Record IEC materials and condoms received", ORGANISER, TEAM_LEADER),
      permission(REPORT_READ, "មើលរបាយការណ៍ការរៀបចំសហគមន៍ (ចំនួនតូចៗត្រូវបានលាក់)",
          "See the organising report (small counts hidden)", ORGANISER));

  private OrganisingPermissions() {}

  private static PermissionDefinition permission(String name, String km, String en, String... roles) {
    return new PermissionDefinition(name, LocalizedText.of(km, en), Set.of(roles));
  }
}
