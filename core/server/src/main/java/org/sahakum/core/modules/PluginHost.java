package org.sahakum.core.modules;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.core.auth.RolePermissions;
import org.sahakum.core.persistence.Migrations;
import org.sahakum.core.persistence.SahakumDataSource;
import org.sahakum.core.platform.ServerSettings;

/** Loads every plugin file of the plugins folder, one at a time, each isolated from the others' failures. */
@ApplicationScoped
public class PluginHost {
  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());
  /** Path segments the core uses under /api/t/{tenant}; no module may take them. */
  static final Set<String> RESERVED = Set.of(
      "modules", "accounts", "audit", "invites", "registrations", "members", "roles", "settings", "lockdown");

  @Inject ServerSettings settings;
  @Inject ModuleRegistry registry;
  @Inject RolePermissions roles;

  @Resource(lookup = SahakumDataSource.JNDI)
  DataSource dataSource;

  private DefaultPluginManager manager;

  public void loadAll() {
    ModuleCdiGuard.install();
    Path dir = settings.pluginsDir().orElse(null);
    if (dir == null || !Files.isDirectory(dir)) {
      LOG.warning("No plugins folder (SAHAKUM_PLUGINS_DIR=" + dir + "): starting without modules");
      return;
    }
    manager = ModuleClassLoading.pluginManager(dir);
    for (Path file : pluginFiles(dir)) {
      load(file);
    }
    LOG.info(() -> "Modules in service: " + registry.all().stream().map(m -> m.id() + " " + m.version()).toList());
  }

  private void load(Path file) {
    String pluginId = null;
    try {
      pluginId = manager.loadPlugin(file);
      PluginState state = manager.startPlugin(pluginId);
      if (state != PluginState.STARTED) {
        Throwable cause = manager.getPlugin(pluginId).getFailedException();
        throw new IllegalStateException("it did not start" + (cause == null ? "" : ": " + reason(cause)));
      }
      registry.add(prepare(manager.getPlugin(pluginId)));
    } catch (Exception | LinkageError e) {
      String reason = reason(e);
      registry.fail(new FailedPlugin(file.getFileName().toString(), reason));
      LOG.severe("Plugin " + file.getFileName() + " left out: " + reason);
      if (pluginId != null) {
        try {
          manager.stopPlugin(pluginId);
          manager.unloadPlugin(pluginId);
        } catch (RuntimeException ignored) {
          // already reported; the plugin stays out either way
        }
      }
    }
  }

  private LoadedModule prepare(PluginWrapper plugin) throws IOException {
    List<SahakumModule> found = manager.getExtensions(SahakumModule.class, plugin.getPluginId());
    if (found.size() != 1) {
      throw new IllegalStateException("it must hold exactly one SahakumModule extension, found " + found.size());
    }
    SahakumModule module = found.get(0);
    if (!module.id().equals(plugin.getPluginId())) {
      throw new IllegalStateException("module id '" + module.id() + "' differs from Plugin-Id '" + plugin.getPluginId() + "'");
    }
    if (RESERVED.contains(module.id()) || !module.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalStateException("'" + module.id() + "' cannot be a module id");
    }
    ClassLoader loader = plugin.getPluginClassLoader();
    JsonObject ui = ModuleUi.read(module, loader);
    Map<String, ElementScript> elements = ModuleElements.read(module.id(), ui, loader);
    int applied = Migrations.migrate(dataSource, module.id(), module.migrationLocation(), loader);
    EntityManagerFactory emf = new PersistenceProvider().createContainerEntityManagerFactory(
        new ModulePersistenceUnit(module, loader, dataSource, plugin.getPluginPath().toUri().toURL()),
        Map.of("eclipselink.session.customizer", new ModuleSessionCustomizer()));
    for (PermissionDefinition p : module.permissions()) {
      roles.declare(p.name(), p.description(), p.defaultRoles().toArray(String[]::new));
    }
    String version = plugin.getDescriptor().getVersion();
    LOG.info(() -> "Module " + module.id() + " " + version + " loaded (" + applied + " migrations applied now)");
    return new LoadedModule(module.id(), version, module, emf, ui, elements);
  }

  private static List<Path> pluginFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the plugins folder " + dir, e);
    }
  }

  /** One line: the innermost message worth showing. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }

  @PreDestroy
  void stop() {
    registry.all().forEach(m -> m.emf().close());
    if (manager != null) {
      manager.stopPlugins();
      manager.unloadPlugins();
    }
  }
}
