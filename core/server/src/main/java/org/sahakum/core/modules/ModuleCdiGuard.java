package org.sahakum.core.modules;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.CDIProvider;
import java.util.logging.Logger;
import org.pf4j.PluginClassLoader;

/**
 * Refuses {@code CDI.current()} to modules. It would hand a module every bean of the core (the
 * tenants, the accounts, the key store), found with the core's class loader, which any object the
 * core hands out leads to. Installed once at start as the CDI provider, in front of the server's
 * own: a call with a module's class anywhere on the stack (directly, by reflection, through a
 * lambda) fails; every other call goes to the server's provider unchanged.
 */
final class ModuleCdiGuard implements CDIProvider {
  private static final Logger LOG = Logger.getLogger(ModuleCdiGuard.class.getName());
  private static final String MODULE_LOADER = PluginClassLoader.class.getName();
  private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private final CDIProvider server;

  private ModuleCdiGuard(CDIProvider server) {
    this.server = server;
  }

  /** Puts the guard in front of the provider that answers {@code CDI.current()} now. */
  static void install() {
    CDI.current(); // makes the CDI API settle on the server's provider, which the guard then wraps
    CDIProvider current = ProviderAccess.configured();
    if (current == null) {
      LOG.warning("No CDI provider found to guard: CDI.current() stays open to modules");
      return;
    }
    if (current.getClass().getName().equals(ModuleCdiGuard.class.getName())) {
      return; // installed by an earlier deployment in this server; it knows every deployment's modules
    }
    CDI.setCDIProvider(new ModuleCdiGuard(current));
  }

  @Override
  public CDI<Object> getCDI() {
    if (calledByModule()) {
      // an IllegalStateException from a provider set with setCDIProvider reaches the caller as it is
      throw new IllegalStateException("CDI.current() is not available to modules: use the ModuleContext");
    }
    CDI<Object> cdi = server.getCDI();
    if (cdi == null) {
      // null would make the CDI API look for another provider and drop this guard
      throw new IllegalStateException("no CDI container here");
    }
    return cdi;
  }

  @Override
  public int getPriority() {
    return server.getPriority();
  }

  static boolean calledByModule() {
    return STACK.walk(frames -> frames.anyMatch(f -> isModuleLoader(f.getDeclaringClass().getClassLoader())));
  }

  /** By name, so that a guard left by an earlier deployment in the same server knows this one's modules. */
  private static boolean isModuleLoader(ClassLoader loader) {
    for (Class<?> c = loader == null ? null : loader.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(MODULE_LOADER)) {
        return true;
      }
    }
    return false;
  }

  /** Reads the provider the CDI API settled on, which it keeps in a protected field. */
  private abstract static class ProviderAccess extends CDI<Object> {
    static CDIProvider configured() {
      return configuredProvider;
    }
  }
}
