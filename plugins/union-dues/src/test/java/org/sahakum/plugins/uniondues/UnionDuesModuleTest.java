package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.uniondues.arrears.ArrearsRow;
import org.sahakum.plugins.uniondues.arrears.ChapterArrears;
import org.sahakum.plugins.uniondues.cash.HandoverView;
import org.sahakum.plugins.uniondues.cash.NewHandover;
import org.sahakum.plugins.uniondues.cash.ReconciliationRow;
import org.sahakum.plugins.uniondues.enrolments.EnrolmentView;
import org.sahakum.plugins.uniondues.enrolments.NewEnrolment;
import org.sahakum.plugins.uniondues.exemptions.ExemptionView;
import org.sahakum.plugins.uniondues.exemptions.NewExemption;
import org.sahakum.plugins.uniondues.ledger.EntryKind;
import org.sahakum.plugins.uniondues.ledger.EntryView;
import org.sahakum.plugins.uniondues.ledger.NewPayment;
import org.sahakum.plugins.uniondues.ledger.NewReversal;
import org.sahakum.plugins.uniondues.ledger.PaymentMethod;
import org.sahakum.plugins.uniondues.plans.DuesPeriod;
import org.sahakum.plugins.uniondues.plans.NewPlan;
import org.sahakum.plugins.uniondues.plans.PlanView;
import org.sahakum.plugins.uniondues.receipts.ReceiptView;
import org.sahakum.plugins.uniondues.reports.CollectionRow;
import org.sahakum.plugins.uniondues.standing.MyStandingView;
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
    return Map.ofEntries(
        Map.entry("payments", EntryView.class), Map.entry("payment-new", NewPayment.class),
        Map.entry("reversals", EntryView.class), Map.entry("reversal-new", NewReversal.class),
        Map.entry("receipts", ReceiptView.class),
        Map.entry("plans", PlanView.class), Map.entry("plan-new", NewPlan.class),
        Map.entry("enrolments", EnrolmentView.class), Map.entry("enrolment-new", NewEnrolment.class),
        Map.entry("exemptions", ExemptionView.class), Map.entry("exemption-new", NewExemption.class),
        Map.entry("arrears", ArrearsRow.class), Map.entry("arrears-chapters", ChapterArrears.class),
        Map.entry("collections", CollectionRow.class), Map.entry("reconciliation", ReconciliationRow.class),
        Map.entry("handovers", HandoverView.class), Map.entry("handover-new", NewHandover.class),
        Map.entry("my-standing", MyStandingView.class));
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.of("currency", List.of(Money.CURRENCIES.split("\\|")),
        "method", List.of(PaymentMethod.NAMES.split("\\|")),
        "period", List.of(DuesPeriod.NAMES.split("\\|")),
        "kind", Stream.of(EntryKind.values()).map(Enum::name).toList());
  }

  @Test
  void id_location_and_entities() {
    assertEquals("union-dues", module.id());
    assertEquals("db/union_dues", module.migrationLocation());
    assertEquals(8, module.entityClasses().size(), "the ledger, its counters and the arrears totals");
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
    assertEquals(Set.of("dues:payment:record"), byRole.get("team-leader"));
    assertEquals(Set.of("organiser", "treasurer", "team-leader"), byRole.keySet());
  }
}
