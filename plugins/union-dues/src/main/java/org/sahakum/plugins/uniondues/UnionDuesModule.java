package org.sahakum.plugins.uniondues;

import java.util.List;
import org.pf4j.Extension;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.uniondues.payments.DuesPayment;
import org.sahakum.plugins.uniondues.payments.PaymentResource;

/**
 * The union-dues module as the core sees it: its id, names, permissions, entities and the JAX-RS
 * resource the core mounts at {@code /api/t/{tenant}/union-dues}.
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
    return List.of(DuesPayment.class);
  }

  @Override
  public Object resource(ModuleContext context) {
    return new PaymentResource(context);
  }
}
