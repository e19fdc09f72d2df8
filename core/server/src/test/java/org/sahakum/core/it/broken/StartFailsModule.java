package org.sahakum.core.it.broken;

import java.util.List;
import org.pf4j.Extension;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;

/** A module whose plugin throws at start. */
@Extension
public class StartFailsModule implements SahakumModule {
  @Override
  public String id() {
    return "start-fails";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("បរាជ័យ", "Start fails");
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
