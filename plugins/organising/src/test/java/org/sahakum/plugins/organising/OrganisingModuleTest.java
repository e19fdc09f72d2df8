package org.sahakum.plugins.organising;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sahakum.api.Indicator;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.Places;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.organising.events.AttendanceView;
import org.sahakum.plugins.organising.events.CampaignView;
import org.sahakum.plugins.organising.events.EventView;
import org.sahakum.plugins.organising.events.NewAttendance;
import org.sahakum.plugins.organising.events.NewCampaign;
import org.sahakum.plugins.organising.events.NewEvent;
import org.sahakum.plugins.organising.events.OrgEvent;
import org.sahakum.plugins.organising.stock.MaterialText;
import org.sahakum.plugins.organising.stock.Materials;
import org.sahakum.plugins.organising.stock.NewReceipt;
import org.sahakum.plugins.organising.stock.StockView;
import org.sahakum.plugins.organising.visits.NewVisit;
import org.sahakum.plugins.organising.visits.VisitView;
import org.sahakum.plugins.organising.workplaces.NewWorkplace;
import org.sahakum.plugins.organising.workplaces.NewWorkplaceLink;
import org.sahakum.plugins.organising.workplaces.Workplace;
import org.sahakum.plugins.organising.workplaces.WorkplaceChange;
import org.sahakum.plugins.organising.workplaces.WorkplaceView;
import org.sahakum.testkit.ModuleDeclarationContract;

/** What organising declares, as the core will read it at load time. */
class OrganisingModuleTest extends ModuleDeclarationContract {
  private final OrganisingModule module = new OrganisingModule();

  @Override
  protected SahakumModule module() {
    return module;
  }

  @Override
  protected String permissionPrefix() {
    return "organising:";
  }

  @Override
  protected Map<String, Class<? extends Record>> viewBodies() {
    return Map.ofEntries(entry("visits", VisitView.class), entry("visit-new", NewVisit.class),
        entry("stock", StockView.class), entry("stock-receipt-new", NewReceipt.class),
        entry("workplaces", WorkplaceView.class), entry("workplace-new", NewWorkplace.class),
        entry("workplace-change", WorkplaceChange.class),
        entry("workplace-link-new", NewWorkplaceLink.class), entry("events", EventView.class),
        entry("event-new", NewEvent.class), entry("event-attendance-new", NewAttendance.class),
        entry("campaigns", CampaignView.class), entry("campaign-new", NewCampaign.class));
  }

  @Override
  protected Map<String, Class<? extends Record>> relatedBodies() {
    return Map.of("events/attendance", AttendanceView.class);
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.ofEntries(entry("workplaceKind", values(Workplace.KINDS)), entry("place", values(Places.ALL)),
        entry("ownerAttitude", values(Workplace.ATTITUDES)), entry("raidFrequency", values(Workplace.RAIDS)),
        entry("materialKind", Materials.ALL), entry("eventKind", values(OrgEvent.KINDS)));
  }

  private static List<String> values(String regex) {
    return List.of(regex.split("\\|"));
  }

  @Test
  void id_location_entities_indicators_and_what_the_core_asks_of_it() {
    assertEquals("organising", module.id());
    assertEquals("db/organising", module.migrationLocation());
    assertEquals(9, module.entityClasses().size());
    assertEquals(List.of("visits-by-month", "people-reached-by-month", "invited-by-month", "materials-given-by-kind",
        "events-by-kind", "event-attendance-by-month", "visits-by-chapter"),
        module.indicators().stream().map(Indicator::id).toList());
    assertEquals(List.of("workplace-links"), module.sealedData().stream().map(s -> s.id()).toList());
    assertTrue(module.memberEvents().isPresent(), "erasure reaches organising");
    assertTrue(module.demoData().isPresent());
    assertTrue(module.memberSummary(null).isPresent(), "a member's page shows her links and events, in counts");
  }

  @Test
  void organisers_hold_every_organising_permission_and_team_leaders_the_field_work_by_default() {
    Set<String> names = module.permissions().stream().map(PermissionDefinition::name).collect(Collectors.toSet());
    assertEquals(Set.of("organising:visit:read", "organising:visit:write", "organising:workplace:manage",
        "organising:event:manage", "organising:stock:manage", "organising:report:read"), names);
    Set<String> fieldWork = Set.of("organising:visit:read", "organising:visit:write", "organising:workplace:manage",
        "organising:event:manage", "organising:stock:manage");
    module.permissions().forEach(p -> assertEquals(fieldWork.contains(p.name()) ? Set.of("organiser", "team-leader")
        : Set.of("organiser"), p.defaultRoles(), p.name()));
  }

  @Test
  void a_visit_counts_only_the_materials_given_and_reads_them_back() {
    NewVisit v = new NewVisit(null, null, "kampot", 1, 2, 3, 0, 1, 20, null, 0, 5, null, null, null, null, null, null);
    assertEquals(Map.of("male-condoms", 20, "leaflets", 5), v.given());
    assertEquals("male-condoms=20,leaflets=5", MaterialText.encode(v.given()));
    assertEquals(v.given(), MaterialText.decode(MaterialText.encode(v.given())));
    assertEquals(Map.of(), MaterialText.decode(""));
    assertEquals(Materials.ALL.size(), Materials.FIELDS.size());
  }
}
