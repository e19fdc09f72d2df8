package org.sahakum.core.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.sahakum.core.cluster.NodeName;
import org.sahakum.core.cluster.OnceClaims;

/**
 * The stored rotations, each change in a short transaction of its own that locks the run's row
 * (SELECT ... FOR UPDATE): only the node named in the row moves it on, and a node takes over a run
 * only while it still finds it abandoned.
 */
@ApplicationScoped
public class KeyRotationRuns {

  @PersistenceContext(unitName = "sahakum-core") EntityManager em;
  @Inject DataKeys keys;
  @Inject OnceClaims claims;

  /**
   * Starts a rotation for this node: under the organisation's claim row, refuses (409) while one is
   * running, then adds the key's new version and the run.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public KeyRotationRun begin(long orgId, long actor, LongSupplier total) {
    claims.lock("key-rotation:" + orgId);
    boolean running = !em.createQuery("SELECT r FROM KeyRotationRun r WHERE r.orgId = :o AND r.state = :s",
        KeyRotationRun.class).setParameter("o", orgId).setParameter("s", KeyRotationRun.RUNNING).getResultList().isEmpty();
    if (running) {
      throw new ClientErrorException("A key rotation is already running for this organisation.", 409);
    }
    int version = keys.rotate(orgId);
    KeyRotationRun run = new KeyRotationRun(orgId, version, total.getAsLong(), actor, NodeName.get(), now());
    em.persist(run);
    return run;
  }

  /** The organisation's latest rotation, as any node last stored it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<KeyRotation.Progress> latest(long orgId) {
    return em.createQuery("SELECT r FROM KeyRotationRun r WHERE r.orgId = :o ORDER BY r.version DESC",
        KeyRotationRun.class).setParameter("o", orgId).setMaxResults(1).getResultList().stream()
        .findFirst().map(KeyRotationRun::progress);
  }

  /** The run as this node holds it; empty when another node took it over or it ended. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<KeyRotationRun> mine(long orgId, int version) {
    return Optional.ofNullable(em.find(KeyRotationRun.class, new KeyRotationRun.Key(orgId, version)))
        .filter(r -> r.isRunningAt(NodeName.get()));
  }

  /** Stores a step; false when the run is no longer this node's (it stops then). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean advance(long orgId, int version, long rows, int index, long after) {
    KeyRotationRun run = locked(orgId, version);
    if (run == null || !run.isRunningAt(NodeName.get())) {
      return false;
    }
    run.advance(rows, index, after, now());
    return true;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void end(long orgId, int version, String state) {
    KeyRotationRun run = locked(orgId, version);
    if (run != null && run.isRunningAt(NodeName.get())) {
      run.end(state, now());
    }
  }

  /** The running rotations whose node has not stored a step since {@code staleBefore}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<KeyRotationRun.Key> abandoned(Instant staleBefore) {
    return em.createQuery("SELECT r FROM KeyRotationRun r WHERE r.state = :s AND r.heartbeat < :t", KeyRotationRun.class)
        .setParameter("s", KeyRotationRun.RUNNING).setParameter("t", staleBefore).getResultList().stream()
        .map(r -> new KeyRotationRun.Key(r.orgId(), r.version())).toList();
  }

  /** Takes an abandoned run over for this node, if it is still abandoned once locked. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<KeyRotationRun> takeOver(KeyRotationRun.Key key, Instant staleBefore) {
    KeyRotationRun run = em.find(KeyRotationRun.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || !run.progress().state().equals(KeyRotationRun.RUNNING) || !run.heartbeatBefore(staleBefore)) {
      return Optional.empty();
    }
    run.takeOver(NodeName.get(), now());
    return Optional.of(run);
  }

  private KeyRotationRun locked(long orgId, int version) {
    return em.find(KeyRotationRun.class, new KeyRotationRun.Key(orgId, version), LockModeType.PESSIMISTIC_WRITE);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
