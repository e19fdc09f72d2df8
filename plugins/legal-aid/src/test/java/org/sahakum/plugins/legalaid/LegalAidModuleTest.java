package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.legalaid.cases.CaseDate;
import org.sahakum.plugins.legalaid.cases.CaseDateView;
import org.sahakum.plugins.legalaid.cases.CaseView;
import org.sahakum.plugins.legalaid.cases.LegalCase;
import org.sahakum.plugins.legalaid.cases.NewCase;
import org.sahakum.plugins.legalaid.detention.Detention;
import org.sahakum.plugins.legalaid.detention.DetentionView;
import org.sahakum.plugins.legalaid.detention.NewDetention;
import org.sahakum.plugins.legalaid.directory.NewService;
import org.sahakum.plugins.legalaid.directory.Service;
import org.sahakum.plugins.legalaid.directory.ServiceView;
import org.sahakum.plugins.legalaid.referrals.NewReferral;
import org.sahakum.plugins.legalaid.referrals.Referral;
import org.sahakum.plugins.legalaid.referrals.ReferralView;
import org.sahakum.plugins.legalaid.trainings.NewAttendance;
import org.sahakum.plugins.legalaid.trainings.NewTraining;
import org.sahakum.plugins.legalaid.trainings.Training;
import org.sahakum.plugins.legalaid.trainings.TrainingView;
import org.sahakum.plugins.legalaid.violations.ViolationView;
import org.sahakum.testkit.ModuleDeclarationContract;

/** What legal aid declares, as the core will read it at load time. */
class LegalAidModuleTest extends ModuleDeclarationContract {
  private final LegalAidModule module = new LegalAidModule();

  @Override
  protected SahakumModule module() {
    return module;
  }

  @Override
  protected String permissionPrefix() {
    return "legal:";
  }

  @Override
  protected Map<String, Class<? extends Record>> viewBodies() {
    Map<String, Class<? extends Record>> bodies = new java.util.HashMap<>(Map.of("cases", CaseView.class,
        "case-new", NewCase.class, "my-cases", CaseView.class, "upcoming-dates", CaseDateView.class,
        "detention-queue", DetentionView.class, "detentions", DetentionView.class,
        "detention-new", NewDetention.class, "violations", ViolationView.class));
    bodies.putAll(Map.of("services", ServiceView.class, "service-new", NewService.class,
        "referrals", ReferralView.class, "referral-new", NewReferral.class, "trainings", TrainingView.class,
        "training-new", NewTraining.class, "attendance-new", NewAttendance.class, "my-trainings", TrainingView.class));
    return bodies;
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    Map<String, List<String>> accepted = new java.util.HashMap<>(Map.of("serviceKind", values(Service.KINDS),
        "area", values(Places.ALL), "need", values(Referral.NEEDS), "referralStatus", values(Referral.STATUSES),
        "consent", values(Referral.CONSENTS), "topic", values(Training.TOPICS)));
    accepted.putAll(Map.of("caseType", values(LegalCase.CASE_TYPES), "clientKind", values(LegalCase.CLIENT_KINDS),
        "clientGroup", values(LegalCase.CLIENT_GROUPS), "status", values(LegalCase.STATUSES),
        "outcome", values(LegalCase.OUTCOMES), "placeKind", values(Detention.PLACE_KINDS),
        "place", values(Places.ALL), "reportedBy", values(Detention.REPORTERS),
        "releaseOutcome", values(Detention.OUTCOMES), "kind", values(CaseDate.KINDS)));
    return accepted;
  }

  private static List<String> values(String regex) {
    return List.of(regex.split("\\|"));
  }

  @Test
  void id_location_and_entities() {
    assertEquals("legal-aid", module.id());
    assertEquals("db/legal_aid", module.migrationLocation());
    assertEquals(13, module.entityClasses().size());
    assertEquals(List.of("cases-by-type", "cases-opened-by-month", "detentions-by-month", "referrals-by-status"),
        module.indicators().stream().map(org.sahakum.api.Indicator::id).toList());
    assertTrue(module.memberEvents().isPresent(), "erasure reaches legal aid");
    assertEquals(7, module.permissions().size());
  }

  @Test
  void paralegals_and_organisers_get_their_defaults() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    for (PermissionDefinition p : module.permissions()) {
      for (String role : p.defaultRoles()) {
        byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p.name());
      }
    }
    assertEquals(Set.of("legal:case:read", "legal:case:write", "legal:notes:read",
        "legal:violation:read", "legal:violation:write"), byRole.get("paralegal"));
    assertEquals(Set.of("legal:case:read", "legal:case:assign", "legal:violation:read",
        "legal:report:read"), byRole.get("organiser"));
    assertEquals(Set.of("organiser", "paralegal"), byRole.keySet());
  }
}
