package org.sahakum.core.crypto;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.core.audit.AuditLog;

/**
 * Rotates an organisation's data key without downtime: a new version is made at once (new values
 * use it), then a background task re-seals the stored values batch by batch, each batch in its own
 * short transaction, while the server keeps serving. Old versions stay readable throughout.
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

  @Inject DataKeys keys;
  @Inject Instance<SealedRows> stores;
  @Inject Instance<SealedValueWalk> walks;
  @Inject AuditLog audit;
  @Resource(lookup = EXECUTOR) ManagedExecutorService executor;

  private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

  /** How a rotation stands: {@code state} is running, done or failed. */
  public record Progress(int version, String state, long total, long done, Instant startedAt, Instant endedAt) {
    Progress advance(long rows) {
      return new Progress(version, state, total, done + rows, startedAt, endedAt);
    }

    Progress end(String endState) {
      return new Progress(version, endState, total, done, startedAt, Instant.now());
    }
  }

  /** Starts a rotation; 409 when one is already running for the organisation. */
  public Progress start(long orgId, long actor) {
    Progress[] started = new Progress[1];
    progress.compute(orgId, (id, current) -> {
      if (current != null && "running".equals(current.state())) {
        throw new ClientErrorException("A key rotation is already running for this organisation.", 409);
      }
      int version = keys.rotate(orgId);
      long total = stores.stream().mapToLong(s -> s.count(orgId)).sum()
          + walks.stream().mapToLong(w -> w.count(orgId, actor)).sum();
      started[0] = new Progress(version, "running", total, 0, Instant.now(), null);
      return started[0];
    });
    audit.record(orgId, actor, "key.rotated", "key", String.valueOf(started[0].version()));
    List<SealedRows> all = stores.stream().toList();
    List<SealedValueWalk> others = walks.stream().toList();
    executor.submit(() -> reseal(orgId, actor, started[0].version(), all, others));
    return started[0];
  }

  public Optional<Progress> of(long orgId) {
    return Optional.ofNullable(progress.get(orgId));
  }

  private void reseal(long orgId, long actor, int version, List<SealedRows> all, List<SealedValueWalk> others) {
    try {
      for (SealedRows rows : all) {
        long after = 0;
        for (SealedRows.Batch b = rows.resealAfter(orgId, after, BATCH, version); b.lastId() >= 0;
            b = rows.resealAfter(orgId, after, BATCH, version)) {
          after = b.lastId();
          int done = b.rows();
          progress.computeIfPresent(orgId, (id, p) -> p.advance(done));
        }
      }
      for (SealedValueWalk walk : others) {
        walk.reseal(orgId, actor, done -> progress.computeIfPresent(orgId, (id, p) -> p.advance(done)));
      }
      audit.record(orgId, actor, "key.rotation.finished", "key", String.valueOf(version));
      Progress ended = progress.computeIfPresent(orgId, (id, p) -> p.end("done"));
      LOG.log(Level.INFO, "Key rotation of organisation {0} done: {1} values re-sealed (virtual thread: {2})",
          new Object[] {orgId, ended == null ? 0 : ended.done(), Thread.currentThread().isVirtual()});
    } catch (RuntimeException e) {
      // nothing personal in the log: the organisation's id and the failure's type only
      LOG.log(Level.SEVERE, "Key rotation of organisation {0} stopped: {1} at {2}", new Object[] {orgId,
          e.getClass().getName(), e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]});
      progress.computeIfPresent(orgId, (id, p) -> p.end("failed"));
    }
  }
}
