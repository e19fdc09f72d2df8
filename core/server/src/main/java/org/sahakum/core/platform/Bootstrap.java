package org.sahakum.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Logger;
import org.sahakum.core.auth.AdminAccount;
import org.sahakum.core.crypto.DataKeys;
import org.sahakum.core.crypto.MasterKeyCheck;
import org.sahakum.core.demo.DemoTenants;
import org.sahakum.core.modules.PluginHost;
import org.sahakum.core.persistence.CoreMigrations;

/**
 * Start-up, in order: the core schema, the master key's check (a node with another key than the
 * database's stops here), the platform admin, the plugins, then (with
 * {@code SAHAKUM_DEMO=1}) the demo tenants and members. A failure of any step but the plugins fails
 * the deployment (the server must not look ready); a plugin's failure only leaves that plugin out.
 */
@ApplicationScoped
public class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Inject CoreMigrations migrations;
  @Inject MasterKeyCheck masterKeyCheck;
  @Inject DataKeys dataKeys;
  @Inject AdminAccount adminAccount;
  @Inject PluginHost pluginHost;
  @Inject ServerSettings settings;
  @Inject DemoTenants demo;
  @Inject WarmUp warmUp;

  private volatile boolean started;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long t0 = System.nanoTime();
    migrations.migrate();
    long t1 = System.nanoTime();
    checkMasterKey();
    startDataKeys();
    adminAccount.ensureExists();
    long t2 = System.nanoTime();
    pluginHost.loadAll();
    long t3 = System.nanoTime();
    if (settings.demo()) {
      demo.load();
    }
    long t4 = System.nanoTime();
    warmUp.run();
    started = true;
    long t5 = System.nanoTime();
    LOG.info(() -> String.format("Sahakum core started in %d ms (schema %d, key and admin %d, plugins %d, demo %d, "
        + "warm-up %d)", ms(t0, t5), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5)));
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }

  /** A wrong master key stops the deployment; two nodes' first starts race to record the check once. */
  private void checkMasterKey() {
    try {
      masterKeyCheck.verify();
    } catch (PersistenceException firstStartRace) {
      masterKeyCheck.verify();
    }
  }

  /** Organisations made before each got its key as it was made; two nodes may race to make one. */
  private void startDataKeys() {
    try {
      dataKeys.startMissing();
    } catch (PersistenceException madeByAnotherNode) {
      dataKeys.startMissing();
    }
  }

  public boolean started() {
    return started;
  }
}
