package org.sahakum.core.modules;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.api.DailyJob;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;

/**
 * Runs the modules' {@link DailyJob}s: every hour each node looks for the jobs of today (the
 * operator's zone) that have not run yet at each organisation with the module on, claims each day in
 * the database (one node wins the insert, the others leave it) and runs it. So each job runs once a
 * day per organisation across the cluster, soon after midnight or after a restart.
 */
@ApplicationScoped
public class DailyJobs {
  private static final Logger LOG = Logger.getLogger(DailyJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ModuleRegistry registry;
  @Inject DailyJobStep step;
  @Inject ServerSettings settings;

  private ScheduledFuture<?> ticks;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // after the start (modules loaded), then hourly
    ticks = scheduler.scheduleWithFixedDelay(this::runDue, 2, 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }

  /** Claims and runs today's jobs not yet run; what another node claimed first is left to it. */
  public void runDue() {
    LocalDate today = LocalDate.now(settings.timeZone());
    for (LoadedModule module : registry.all()) {
      for (DailyJob job : module.module().dailyJobs()) {
        String key = module.id() + ":" + job.id();
        try {
          for (Tenant org : step.organisationsWith(module.id())) {
            runOnce(module, org, job, key, today);
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "daily job " + key + " could not list its organisations: " + e.getClass().getName());
        }
      }
    }
  }

  private void runOnce(LoadedModule module, Tenant org, DailyJob job, String key, LocalDate today) {
    try {
      step.claim(key, org.getId(), today);
    } catch (RuntimeException claimedElsewhere) {
      return;
    }
    try {
      step.run(module, org, job);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "daily job " + key + " failed at tenant " + org.getId() + ": " + e.getClass().getName());
    }
  }
}
