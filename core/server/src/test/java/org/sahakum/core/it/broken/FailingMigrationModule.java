package org.sahakum.core.it.broken;

import java.util.List;
import org.pf4j.Extension;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;

/** A module whose second migration statement is not SQL. */
@Extension
public class FailingMigrationModule implements SahakumModule {
  @Override
  public String id() {
    return "failing-migration";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("បរាជ័យ", "Failing migration");
  }

  @Override
  public LocalizedText description() {
    return name();
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of();
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of();
  }

  @Override
  public Object resource(ModuleContext context) {
    return new Object();
  }
}
