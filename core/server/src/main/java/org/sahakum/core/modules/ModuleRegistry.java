package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The modules in service, by id, and the plugins that failed to load. */
@ApplicationScoped
public class ModuleRegistry {
  private final Map<String, LoadedModule> modules = new ConcurrentSkipListMap<>();
  private final List<FailedPlugin> failures = new CopyOnWriteArrayList<>();

  void add(LoadedModule module) {
    modules.put(module.id(), module);
  }

  void fail(FailedPlugin failure) {
    failures.add(failure);
  }

  public Optional<LoadedModule> find(String id) {
    return Optional.ofNullable(modules.get(id));
  }

  public boolean has(String id) {
    return modules.containsKey(id);
  }

  public Collection<LoadedModule> all() {
    return modules.values();
  }

  public List<FailedPlugin> failures() {
    return List.copyOf(failures);
  }
}
