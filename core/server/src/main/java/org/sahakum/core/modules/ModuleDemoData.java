package org.sahakum.core.modules;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.api.DemoData;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;

/**
 * With {@code SAHAKUM_DEMO=1}: asks each module the demo organisation has switched on for its demo
 * data ({@link DemoData}), the modules side by side, each on a thread of its own and in
 * transactions of its own batches (each writes its own tables, and a seeding spends most of its
 * time waiting for the database); a module whose demo data reads what other modules make
 * ({@link DemoData#readsOtherModules()}) seeds after all the others are done. A module that fails
 * is logged (its id and the exception's types, never a message, which could name someone) and
 * rolled back to its last batch; the others and the server go on.
 */
@ApplicationScoped
public class ModuleDemoData {
  private static final Logger LOG = Logger.getLogger(ModuleDemoData.class.getName());

  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject ModuleContexts contexts;
  @Inject ModuleMembers members;
  @Inject AuditLog audit;
  @Inject ServerSettings settings;
  @Resource UserTransaction transaction;
  @Resource ManagedThreadFactory threads;
  @Inject Instance<RequestContextController> requestContexts;

  /** What one module's seeding did: its id, whether it finished, how long it took. */
  public record Outcome(String moduleId, boolean done, long millis) {}

  /**
   * Seeds {@code org} at the scale of {@code scale} members, acting as the account {@code actor}.
   * Only modules the organisation's definition switched on are asked.
   */
  public List<Outcome> seed(Tenant org, long actor, int scale) {
    Map<LoadedModule, DemoData> first = new LinkedHashMap<>();
    Map<LoadedModule, DemoData> last = new LinkedHashMap<>();
    for (LoadedModule module : registry.all()) {
      Optional<DemoData> demo = module.module().demoData();
      if (demo.isPresent() && tenantModules.isEnabled(org, module.id())) {
        (demo.get().readsOtherModules() ? last : first).put(module, demo.get());
      }
    }
    List<Outcome> outcomes = new ArrayList<>(sideBySide(first, org, actor, scale));
    outcomes.addAll(sideBySide(last, org, actor, scale));
    return outcomes;
  }

  /** Seeds {@code modules} each on a thread of its own, with a request context of its own; waits for all. */
  private List<Outcome> sideBySide(Map<LoadedModule, DemoData> modules, Tenant org, long actor, int scale) {
    List<LoadedModule> order = List.copyOf(modules.keySet());
    Outcome[] outcomes = new Outcome[order.size()];
    List<Thread> running = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      int at = i;
      LoadedModule module = order.get(at);
      Thread thread = threads.newThread(() -> {
        RequestContextController context = requestContexts.get();
        context.activate();
        try {
          outcomes[at] = seedOne(module, modules.get(module), org, actor, scale);
        } finally {
          context.deactivate();
          requestContexts.destroy(context);
        }
      });
      thread.setName("sahakum-demo-" + module.id());
      thread.start();
      running.add(thread);
    }
    for (int i = 0; i < running.size(); i++) {
      try {
        running.get(i).join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the modules' demo data was written", e);
      }
      if (outcomes[i] == null) { // an Error the seeding does not catch ended its thread
        outcomes[i] = new Outcome(order.get(i).id(), false, 0);
      }
    }
    return List.of(outcomes);
  }

  private Outcome seedOne(LoadedModule module, DemoData demo, Tenant org, long actor, int scale) {
    long t0 = System.nanoTime();
    DemoRun run = new DemoRun(module, org, actor, scale, seedOf(org, module), this);
    boolean done = false;
    try {
      run.begin();
      demo.seed(run.context(), run);
      run.commit();
      done = true;
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.SEVERE, "Demo data of module {0} failed ({1}); what its earlier batches made stays, "
          + "the server starts without the rest", new Object[] {module.id(), types(e)});
    } finally {
      run.end();
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    if (done) {
      LOG.info(() -> "Demo data of module " + module.id() + ": " + run.summary() + " in " + millis + " ms");
    }
    return new Outcome(module.id(), done, millis);
  }

  /** The same seed for the same organisation and module on every start, so runs are reproducible. */
  static long seedOf(Tenant org, LoadedModule module) {
    return ("sahakum-demo|" + org.getSlug() + "|" + module.id()).hashCode();
  }

  /** The exception's class and its causes' classes: no message, which could carry personal data. */
  private static String types(Throwable e) {
    List<String> names = new ArrayList<>();
    for (Throwable t = e; t != null && names.size() < 6; t = t.getCause() == t ? null : t.getCause()) {
      names.add(t.getClass().getName());
    }
    return String.join(" <- ", names);
  }

  boolean inTransaction() {
    try {
      return transaction.getStatus() != Status.STATUS_NO_TRANSACTION;
    } catch (Exception e) {
      return false;
    }
  }
}
