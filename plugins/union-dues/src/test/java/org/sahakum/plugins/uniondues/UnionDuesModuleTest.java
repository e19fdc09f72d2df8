package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.uniondues.payments.DuesPayment;
import org.sahakum.plugins.uniondues.payments.NewPayment;
import org.sahakum.plugins.uniondues.payments.PaymentView;
import org.sahakum.testkit.ModuleDeclarationContract;

/** What union dues declares, as the core will read it at load time. */
class UnionDuesModuleTest extends ModuleDeclarationContract {
  private final UnionDuesModule module = new UnionDuesModule();

  @Override
  protected SahakumModule module() {
    return module;
  }

  @Override
  protected String permissionPrefix() {
    return "dues:";
  }

  @Override
  protected Map<String, Class<? extends Record>> viewBodies() {
    return Map.of("payments", PaymentView.class, "payment-new", NewPayment.class);
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.of("currency", List.of(DuesPayment.CURRENCIES.split("\\|")));
  }

  @Test
  void id_location_and_entities() {
    assertEquals("union-dues", module.id());
    assertEquals("db/union_dues", module.migrationLocation());
    assertEquals(List.of(DuesPayment.class), module.entityClasses());
    assertEquals(4, module.permissions().size());
  }

  @Test
  void treasurers_and_organisers_get_their_defaults() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    for (PermissionDefinition p : module.permissions()) {
      for (String role : p.defaultRoles()) {
        byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p.name());
      }
    }
    assertEquals(Set.of("dues:payment:record", "dues:payment:reverse", "dues:plan:manage",
        "dues:report:read"), byRole.get("treasurer"));
    assertEquals(Set.of("dues:payment:record", "dues:report:read"), byRole.get("organiser"));
    assertEquals(Set.of("organiser", "treasurer"), byRole.keySet());
  }
}
