package org.sahakum.core.audit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chains waiting entries in the background: at once for the tenants this server just wrote, and
 * every few seconds for any tenant with entries waiting (another server's, or left by a crash).
 * Readers of a trail call {@link #catchUp} first, so they see everything done before their read.
 */
@ApplicationScoped
public class AuditChainer {
  private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());
  private static final long SCAN_MILLIS = 5_000;
  private static final long WARN_AGAIN_MILLIS = 600_000;

  @Resource ManagedThreadFactory threads;
  @Inject ChainAppender appender;
  @Inject WaitingEntries waiting;

  private final Set<Long> woken = ConcurrentHashMap.newKeySet();
  private final Semaphore signal = new Semaphore(0);
  private final Map<Long, Long> warnedAt = new ConcurrentHashMap<>();
  private volatile boolean stopping;
  private Thread thread;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    ensureRunning();
  }

  /** The tenant has new entries committed. */
  void wake(long tenantId) {
    woken.add(tenantId);
    signal.release();
    ensureRunning();
  }

  /** Chains all the tenant's entries waiting now; throws when they cannot be chained. */
  public void catchUp(long tenantId) {
    while (appender.chainWaiting(tenantId) == ChainAppender.BATCH) {
      // a long wait after bulk work: go on until the tenant is chained up to now
    }
  }

  /** How many of the tenant's entries wait to be chained. */
  public long waitingCount(long tenantId) {
    return waiting.count(tenantId);
  }

  private synchronized void ensureRunning() {
    if (stopping || (thread != null && thread.isAlive())) {
      return;
    }
    thread = threads.newThread(this::run);
    thread.setName("sahakum-audit-chainer");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    long nextScan = 0;
    while (!stopping) {
      try {
        signal.tryAcquire(1, TimeUnit.SECONDS);
        signal.drainPermits();
        Set<Long> due = new TreeSet<>();
        for (Long t : woken) {
          woken.remove(t);
          due.add(t);
        }
        long now = System.currentTimeMillis();
        if (now >= nextScan) {
          due.addAll(waiting.tenants());
          nextScan = now + SCAN_MILLIS;
        }
        due.forEach(this::chainQuietly);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // the database is away for a moment: the next scan finds what is still waiting
        LOG.log(Level.WARNING, "audit entries could not be looked for: " + e.getClass().getName());
      }
    }
  }

  private void chainQuietly(long tenantId) {
    try {
      catchUp(tenantId);
      warnedAt.remove(tenantId);
    } catch (RuntimeException e) {
      long now = System.currentTimeMillis();
      Long last = warnedAt.get(tenantId);
      if (last == null || now - last > WARN_AGAIN_MILLIS) {
        warnedAt.put(tenantId, now);
        // our own message names only the tenant; a database error's text could carry a row's values
        String why = e instanceof IllegalStateException ? e.getMessage() : e.getClass().getName();
        LOG.warning("audit entries of tenant " + tenantId + " wait and cannot be chained yet: " + why);
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    stopping = true;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
