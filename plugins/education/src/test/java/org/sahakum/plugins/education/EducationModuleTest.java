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
import org.sahakum.plugins.education.enrolments.EnrolmentStatus;
import org.sahakum.plugins.education.enrolments.EnrolmentView;
import org.sahakum.plugins.education.enrolments.NewEnrolment;
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
        Map.entry("my-children", MyChildView.class));
  }

  @Override
  protected Map<String, Class<? extends Record>> relatedBodies() {
    return Map.of("classes/enrolments", EnrolmentView.class, "classes/sessions", SessionView.class);
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.of("subject", names(Subject.values()), "schoolStatus", names(SchoolStatus.values()),
        "gender", names(Gender.values()), "status", names(EnrolmentStatus.values()),
        "consentVersion", List.of(ChildConsent.VERSION),
        "place", Places.LIST.stream().map(Places.Place::code).toList());
  }

  private static List<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).toList();
  }

  @Test
  void id_location_and_entities() {
    assertEquals("education", module.id());
    assertEquals("db/education", module.migrationLocation());
    assertEquals(7, module.entityClasses().size());
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
