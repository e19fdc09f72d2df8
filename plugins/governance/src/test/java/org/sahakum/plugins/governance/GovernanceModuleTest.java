package org.sahakum.plugins.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.governance.elections.ElectionView;
import org.sahakum.plugins.governance.elections.NewCandidate;
import org.sahakum.plugins.governance.elections.NewElection;
import org.sahakum.testkit.ModuleDeclarationContract;

/** What governance declares, as the core will read it at load time. */
class GovernanceModuleTest extends ModuleDeclarationContract {
  private final GovernanceModule module = new GovernanceModule();

  @Override
  protected SahakumModule module() {
    return module;
  }

  @Override
  protected String permissionPrefix() {
    return "gov:";
  }

  @Override
  protected Map<String, Class<? extends Record>> viewBodies() {
    return Map.of("elections", ElectionView.class, "election-new", NewElection.class,
        "candidate-new", NewCandidate.class);
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.of("kind", List.of("election", "motion"), "state", List.of("draft", "open", "closed"));
  }

  @Test
  void id_location_and_entities() {
    assertEquals("governance", module.id());
    assertEquals("db/governance", module.migrationLocation());
    assertEquals(6, module.entityClasses().size());
  }

  @Test
  void organisers_manage_and_read_results() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    for (PermissionDefinition p : module.permissions()) {
      for (String role : p.defaultRoles()) {
        byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p.name());
      }
    }
    assertEquals(Map.of("organiser", Set.of("gov:vote:manage", "gov:result:read")), byRole);
  }
}
