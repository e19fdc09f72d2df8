package org.sahakum.core.crypto;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.core.audit.AuditLog;

/**
 * Rotates an organisation's data key without downtime: a new version is made at once (new values
 * use it), then a background task re-seals the stored values batch by batch, each batch in its own
 * short transaction, while the server keeps serving. Old versions stay readable throughout.
 *
 * <p>The progress is kept in the database ({@link KeyRotationRun}), so every node answers it, and
 * one node moves it on at a time: the one named in the run. When that node dies, another takes the
 * run over (see {@link #resumeAbandoned}) and goes on from the last stored step; a batch re-sealed
 * twice is harmless.
 *
 * <p>The re-sealing runs on a virtual thread (Jakarta Concurrency 3.1, Payara 7 on Java 21+): it
 * spends its minutes waiting on the database, and so holds no thread of the server's pools.
 */
@ManagedExecutorDefinition(name = KeyRotation.EXECUTOR, virtual = true, maxAsync = 4)
@ApplicationScoped
public class KeyRotation {
  static final String EXECUTOR = "java:app/concurrent/sahakum-key-rotation";
  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());
  private static final int BATCH = 200;
  /** A run whose node stored no step for this long is taken over by another node. */
  static final Duration ABANDONED_AFTER = Duration.ofSeconds(
      Long.getLong("sahakum.keyRotation.abandonedAfterSeconds", 60));

  @Inject KeyRotationRuns runs;
  @Inject Instance<SealedRows> stores;
  @Inject Instance<SealedValueWalk> walks;
  @Inject AuditLog audit;
  @Resource(lookup = EXECUTOR) ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> watch;

  /** How a rotation stands: {@code state} is running, done or failed. */
  public record Progress(int version, String state, long total, long done, Instant startedAt, Instant endedAt) {}

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long every = Math.max(5, ABANDONED_AFTER.toSeconds() / 2);
    watch = scheduler.scheduleWithFixedDelay(this::resumeAbandoned, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (watch != null) {
      watch.cancel(false);
    }
  }

  /** Starts a rotation; 409 when one is already running for the organisation (on any node). */
  public Progress start(long orgId, long actor) {
    List<Object> steps = steps();
    KeyRotationRun run = runs.begin(orgId, actor, () -> steps.stream().mapToLong(s -> count(s, orgId, actor)).sum());
    audit.record(orgId, actor, "key.rotated", "key", String.valueOf(run.version()));
    executor.submit(() -> reseal(orgId, run.version(), actor, 0, 0, steps));
    return run.progress();
  }

  /** The organisation's latest rotation, whichever node runs or ran it. */
  public Optional<Progress> of(long orgId) {
    return runs.latest(orgId);
  }

  /** Takes over the runs whose node stopped storing steps, and goes on with each from where it stood. */
  public void resumeAbandoned() {
    try {
      for (KeyRotationRun.Key key : runs.abandoned(Instant.now().minus(ABANDONED_AFTER))) {
        runs.takeOver(key, Instant.now().minus(ABANDONED_AFTER)).ifPresent(run -> {
          LOG.log(Level.INFO, "Key rotation of organisation {0} taken over at step {1}",
              new Object[] {run.orgId(), run.storeIndex()});
          reseal(run.orgId(), run.version(), run.actorId(), run.storeIndex(), run.afterId(), steps());
        });
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Looking for abandoned key rotations failed: {0}", e.getClass().getName());
    }
  }

  /** The stores in an order every node agrees on: the register's rows, then the other walks. */
  private List<Object> steps() {
    List<Object> all = new ArrayList<>(stores.stream().sorted(Comparator.comparing(s -> s.getClass().getName())).toList());
    all.addAll(walks.stream().sorted(Comparator.comparing(w -> w.getClass().getName())).toList());
    return all;
  }

  private static long count(Object step, long orgId, long actor) {
    return step instanceof SealedRows rows ? rows.count(orgId) : ((SealedValueWalk) step).count(orgId, actor);
  }

  private void reseal(long orgId, int version, long actor, int fromIndex, long fromAfter, List<Object> steps) {
    try {
      for (int i = fromIndex; i < steps.size(); i++) {
        int index = i;
        if (steps.get(i) instanceof SealedRows rows) {
          long after = i == fromIndex ? fromAfter : 0;
          for (SealedRows.Batch b = rows.resealAfter(orgId, after, BATCH, version); b.lastId() >= 0;
              b = rows.resealAfter(orgId, after, BATCH, version)) {
            after = b.lastId();
            if (!runs.advance(orgId, version, b.rows(), index, after)) {
              return; // another node took the run over
            }
          }
        } else {
          ((SealedValueWalk) steps.get(i)).reseal(orgId, actor, done -> {
            if (!runs.advance(orgId, version, done, index, 0)) {
              throw new TakenOver();
            }
          });
        }
        if (!runs.advance(orgId, version, 0, i + 1, 0)) {
          return;
        }
      }
      runs.end(orgId, version, "done");
      audit.record(orgId, actor, "key.rotation.finished", "key", String.valueOf(version));
      LOG.log(Level.INFO, "Key rotation of organisation {0} done (virtual thread: {1})",
          new Object[] {orgId, Thread.currentThread().isVirtual()});
    } catch (TakenOver e) {
      LOG.log(Level.INFO, "Key rotation of organisation {0} was taken over by another node", orgId);
    } catch (RuntimeException e) {
      // nothing personal in the log: the organisation's id and the failure's type only
      LOG.log(Level.SEVERE, "Key rotation of organisation {0} stopped: {1} at {2}", new Object[] {orgId,
          e.getClass().getName(), e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]});
      runs.end(orgId, version, "failed");
    }
  }

  /** Thrown out of a walk when the run is no longer this node's. */
  private static final class TakenOver extends RuntimeException {
    TakenOver() {
      super(null, null, false, false);
    }
  }
}
