package org.sahakum.core.it.broken;

import java.util.List;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;

/** A module with nothing in it; its subclasses break the way their names say. */
public abstract class BrokenModule implements SahakumModule {
  @Override
  public LocalizedText name() {
    return LocalizedText.of("បរាជ័យ", id());
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
