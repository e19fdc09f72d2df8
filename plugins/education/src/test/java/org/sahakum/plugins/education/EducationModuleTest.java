package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.Places;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.education.attendance.FollowUpRow;
import org.sahakum.plugins.education.attendance.MarkStatus;
import org.sahakum.plugins.education.attendance.SessionView;
import org.sahakum.plugins.education.centres.CentreView;
import org.sahakum.plugins.education.centres.NewCentre;
import org.sahakum.plugins.education.children.ChildConsent;
import org.sahakum.plugins.education.children.ChildDetail;
import org.sahakum.plugins.education.children.ChildView;
import org.sahakum.plugins.education.children.Gender;
import org.sahakum.plugins.education.children.MyChildView;
import org.sahakum.plugins.education.children.NewChild;
import org.sahakum.plugins.education.children.SchoolStatus;
import org.sahakum.plugins.education.children.UpdateChild;
import org.sahakum.plugins.education.classes.ClassView;
import org.sahakum.plugins.education.classes.NewClass;
import org.sahakum.plugins.education.classes.NewTerm;
import org.sahakum.plugins.education.classes.Subject;
import org.sahakum.plugins.education.classes.TermView;
import org.sahakum.plugins.education.enrolments.EnrolmentView;
import org.sahakum.plugins.education.enrolments.NewEnrolment;
import org.sahakum.plugins.education.events.EventAttendance;
import org.sahakum.plugins.education.events.EventChildView;
import org.sahakum.plugins.education.events.EventConsent;
import org.sahakum.plugins.education.events.EventView;
import org.sahakum.plugins.education.events.NewEvent;
import org.sahakum.plugins.education.school.NewSchool;
import org.sahakum.plugins.education.school.NewSupport;
import org.sahakum.plugins.education.school.SchoolUpdate;
import org.sahakum.plugins.education.school.SchoolView;
import org.sahakum.plugins.education.school.SupportView;
import org.sahakum.testkit.ModuleDeclarationContract;

/** What education declares, as the core will read it at load time. */
class EducationModuleTest extends ModuleDeclarationContract {
  private final EducationModule module = new EducationModule();

  @Override
  protected SahakumModule module() {
    return module;
  }

  @Override
  protected String permissionPrefix() {
    return "edu:";
  }

  @Override
  protected Map<String, Class<? extends Record>> viewBodies() {
    return Map.ofEntries(
        Map.entry("children", ChildView.class), Map.entry("child", ChildDetail.class),
        Map.entry("child-new", NewChild.class), Map.entry("child-update", UpdateChild.class),
        Map.entry("classes", ClassView.class), Map.entry("class-new", NewClass.class),
        Map.entry("enrolment-new", NewEnrolment.class), Map.entry("follow-up", FollowUpRow.class),
        Map.entry("centres", CentreView.class), Map.entry("centre-new", NewCentre.class),
        Map.entry("terms", TermView.class), Map.entry("term-new", NewTerm.class),
        Map.entry("my-children", MyChildView.class), Map.entry("child-school", SchoolUpdate.class),
        Map.entry("support-new", NewSupport.class), Map.entry("schools", SchoolView.class),
        Map.entry("school-new", NewSchool.class), Map.entry("events", EventView.class),
        Map.entry("event-new", NewEvent.class), Map.entry("event-consent", EventConsent.class),
        Map.entry("event-came", EventAttendance.class), Map.entry("event-missed", EventAttendance.class),
        Map.entry("attendance-report", org.sahakum.plugins.education.reports.AttendanceRow.class));
  }

  @Override
  protected Map<String, Class<? extends Record>> relatedBodies() {
    return Map.of("classes/enrolments", EnrolmentView.class, "classes/sessions", SessionView.class,
        "child/support", SupportView.class, "events/children", EventChildView.class);
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.of("subject", names(Subject.values()), "schoolStatus", names(SchoolStatus.values()),
        "gender", names(Gender.values()),
        "consentVersion", List.of(ChildConsent.VERSION),
        "place", Places.LIST.stream().map(Places.Place::code).toList());
  }

  private static List<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).toList();
  }

  /** Fields whose name two views share with different options ({@code kind}, {@code status}): each view's own. */
  @Test
  void shared_field_names_offer_each_views_own_values() {
    var ui = jakarta.json.Json.createReader(getClass().getResourceAsStream("/ui/education.json")).readObject();
    Map<String, List<String>> expected = Map.of(
        "support-new/kind", org.sahakum.plugins.education.school.Codes.SUPPORT,
        "event-new/kind", names(org.sahakum.plugins.education.events.EventKind.values()),
        "child-school/status", names(SchoolStatus.values()));
    for (var v : ui.getJsonArray("views").getValuesAs(jakarta.json.JsonObject.class)) {
      for (var field : v.getOrDefault("fields", jakarta.json.JsonValue.EMPTY_JSON_ARRAY).asJsonArray()
          .getValuesAs(jakarta.json.JsonObject.class)) {
        List<String> want = expected.get(v.getString("id") + "/" + field.getString("name"));
        if (want != null) {
          assertEquals(want, field.getJsonArray("options").getValuesAs(jakarta.json.JsonObject.class).stream()
              .map(o -> o.getString("value")).toList(), v.getString("id"));
        }
      }
    }
  }

  @Test
  void id_location_and_entities() {
    assertEquals("education", module.id());
    assertEquals("db/education", module.migrationLocation());
    assertEquals(14, module.entityClasses().size());
    assertEquals(5, module.permissions().size());
    assertEquals(List.of("PRESENT", "LATE", "ABSENT"), names(MarkStatus.values()));
  }

  @Test
  void teachers_and_organisers_get_their_defaults() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    for (PermissionDefinition p : module.permissions()) {
      for (String role : p.defaultRoles()) {
        byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p.name());
      }
    }
    assertEquals(Set.of("edu:child:read", "edu:attendance:take"), byRole.get("teacher"));
    assertEquals(Set.of("edu:child:read", "edu:child:write", "edu:attendance:take", "edu:class:manage",
        "edu:report:read"), byRole.get("organiser"));
    assertEquals(Set.of("organiser", "teacher"), byRole.keySet());
  }
}
