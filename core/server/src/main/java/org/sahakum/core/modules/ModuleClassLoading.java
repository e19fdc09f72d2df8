package org.sahakum.core.modules;

import java.nio.file.Path;
import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;

/**
 * What a module's classes can see: their own jar first, then only the plugin API, the Jakarta
 * APIs and the JDK. The core's own classes, its libraries and Payara's internals stay out of
 * reach, so a module cannot depend on them even by accident.
 */
final class ModuleClassLoading {
  // jdk. and sun.: the JVM's generated reflection accessors are defined under the module's loader
  private static final List<String> VISIBLE = List.of(
      "java.", "javax.", "jakarta.", "jdk.", "sun.", "org.sahakum.api.", "org.pf4j.", "org.eclipse.persistence.",
      "org.slf4j.");
  // under the visible prefixes, but ways to the core's own objects: JNDI hands out the core's
  // DataSource, CDI's entry point its beans (ModuleCdiGuard refuses it at run time too). Reflection
  // through a core object's class loader still reaches them: this shuts the plain, typed use.
  private static final List<String> HIDDEN = List.of("javax.naming.", "jakarta.enterprise.inject.spi.CDI");

  private ModuleClassLoading() {}

  static DefaultPluginManager pluginManager(Path pluginsDir) {
    return new DefaultPluginManager(pluginsDir) {
      @Override
      protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
          @Override
          public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
            PluginClassLoader loader = new PluginClassLoader(
                pluginManager, descriptor, new ApiOnly(ModuleClassLoading.class.getClassLoader()),
                ClassLoadingStrategy.PDA);
            loader.addFile(pluginPath.toFile());
            return loader;
          }
        };
      }
    };
  }

  static boolean visible(String className) {
    for (String prefix : HIDDEN) {
      if (className.startsWith(prefix)) {
        return false;
      }
    }
    for (String prefix : VISIBLE) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** A parent that answers only for the visible packages. */
  private static final class ApiOnly extends ClassLoader {
    ApiOnly(ClassLoader parent) {
      super("sahakum-module-parent", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!visible(name)) {
        throw new ClassNotFoundException(name + " is not part of the module API");
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public java.net.URL getResource(String name) {
      String asClass = name.replace('/', '.');
      return visible(asClass) ? super.getResource(name) : null;
    }

    @Override
    public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
      String asClass = name.replace('/', '.');
      return visible(asClass) ? super.getResources(name) : java.util.Collections.emptyEnumeration();
    }
  }

  /** Unused by PF4J itself; documents that the manager never reaches into a running module. */
  static void release(PluginManager manager, String pluginId) {
    manager.stopPlugin(pluginId);
    manager.unloadPlugin(pluginId);
  }
}
