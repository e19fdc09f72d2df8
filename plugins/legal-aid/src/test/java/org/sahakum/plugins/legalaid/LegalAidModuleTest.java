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
    return Map.of("cases", CaseView.class, "case-new", NewCase.class, "my-cases", CaseView.class,
        "upcoming-dates", CaseDateView.class, "detention-queue", DetentionView.class, "detentions", DetentionView.class,
        "detention-new", NewDetention.class, "violations", ViolationView.class);
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.of("caseType", values(LegalCase.CASE_TYPES), "clientKind", values(LegalCase.CLIENT_KINDS),
        "clientGroup", values(LegalCase.CLIENT_GROUPS), "status", values(LegalCase.STATUSES),
        "outcome", values(LegalCase.OUTCOMES), "placeKind", values(Detention.PLACE_KINDS),
        "place", values(Places.ALL), "reportedBy", values(Detention.REPORTERS),
        "releaseOutcome", values(Detention.OUTCOMES), "kind", values(CaseDate.KINDS));
  }

  private static List<String> values(String regex) {
    return List.of(regex.split("\\|"));
  }

  @Test
  void id_location_and_entities() {
    assertEquals("legal-aid", module.id());
    assertEquals("db/legal_aid", module.migrationLocation());
    assertEquals(9, module.entityClasses().size());
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
