package org.sahakum.plugins.uniondues;

import java.util.List;
import java.util.Optional;
import org.sahakum.api.DemoData;
import org.sahakum.api.GoodStanding;
import org.sahakum.api.Indicator;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.MemberSummary;
import org.pf4j.Extension;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.uniondues.cash.CashHandover;
import org.sahakum.plugins.uniondues.demo.DuesDemo;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.erasure.DuesErasure;
import org.sahakum.plugins.uniondues.exemptions.DuesExemption;
import org.sahakum.plugins.uniondues.ledger.IdempotencyRecord;
import org.sahakum.plugins.uniondues.arrears.ArrearsTotal;
import org.sahakum.plugins.uniondues.ledger.LedgerEntry;
import org.sahakum.plugins.uniondues.ledger.ReceiptCounter;
import org.sahakum.plugins.uniondues.plans.DuesPlan;
import org.sahakum.plugins.uniondues.reports.PayingMembersIndicator;
import org.sahakum.plugins.uniondues.standing.DuesGoodStanding;

/**
 * The union-dues module as the core sees it: its id, names, permissions, entities, the JAX-RS
 * resource the core mounts at {@code /api/t/{tenant}/union-dues}, its erasure listener and the
 * good-standing port other modules ask.
 */
@Extension
public class UnionDuesModule implements SahakumModule {

  /** The module's id: the jar's {@code Plugin-Id} and the URL segment. */
  public static final String ID = "union-dues";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("វិភាគទានសហជីព", "Union dues");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "កត់ត្រាវិភាគទានដែលសមាជិកបង់ជូនសហជីព ជាប្រាក់រៀល ឬប្រាក់ដុល្លារ។",
        "Records the dues members pay to their union, in riel or US dollars.");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return UnionDuesPermissions.ALL;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(DuesPlan.class, DuesEnrolment.class, DuesExemption.class, LedgerEntry.class, ReceiptCounter.class,
        IdempotencyRecord.class, CashHandover.class, ArrearsTotal.class);
  }

  /** An erased member's dues are anonymised; the money stays. */
  @Override
  public Optional<MemberEventListener> memberEvents() {
    return Optional.of(new DuesErasure());
  }

  @Override
  public Optional<GoodStanding> goodStanding(ModuleContext context) {
    return Optional.of(new DuesGoodStanding(context));
  }

  /** A member's standing on their page. */
  @Override
  public Optional<MemberSummary> memberSummary(ModuleContext context) {
    return Optional.of(new org.sahakum.plugins.uniondues.standing.StandingSummary(context));
  }

  /** Members who paid dues, by month: counts only, published by the organisation if it chooses. */
  @Override
  public List<Indicator> indicators() {
    return List.of(new PayingMembersIndicator());
  }

  /** A plan, enrolments and 12 to 18 months of payments for the demo members. */
  @Override
  public Optional<DemoData> demoData() {
    return Optional.of(new DuesDemo());
  }

  @Override
  public Object resource(ModuleContext context) {
    return new DuesResource(context);
  }
}
