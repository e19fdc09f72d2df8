package org.sahakum.core.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Claims of work one node does at a time. Each claim decision locks the claim's row with SELECT
 * ... FOR UPDATE, so two nodes deciding at once take turns; the claim then stays in the row (node
 * and time) until released, and a claim its node stopped renewing for {@code stale} is free again
 * (the node died).
 */
@ApplicationScoped
public class OnceClaims {

  @PersistenceContext(unitName = "sahakum-core") EntityManager em;
  @Inject OnceClaims self; // waits go through the proxy: each try is a transaction of its own

  /** Claims {@code name} for this node; false when another live node holds it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean tryClaim(String name, Duration stale) {
    OnceClaim claim = locked(name);
    Instant now = now();
    if (!claim.isFree(now.minus(stale)) && !NodeName.get().equals(claim.node())) {
      return false;
    }
    claim.claim(NodeName.get(), now);
    return true;
  }

  /** Releases this node's claim of {@code name}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String name) {
    OnceClaim claim = locked(name);
    if (NodeName.get().equals(claim.node())) {
      claim.release(now());
    }
  }

  /**
   * Runs {@code work} while this node holds {@code name}, waiting (up to {@code wait}) while
   * another node holds it; for work each node may do but never two at once (the demo's seeding).
   */
  public void exclusively(String name, Duration stale, Duration wait, Runnable work) {
    Instant giveUp = Instant.now().plus(wait);
    while (!claimOrCreate(name, stale)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("another node has held '" + name + "' for longer than " + wait);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for '" + name + "'", e);
      }
    }
    try {
      work.run();
    } finally {
      self.release(name);
    }
  }

  private boolean claimOrCreate(String name, Duration stale) {
    try {
      return self.tryClaim(name, stale);
    } catch (PersistenceException | jakarta.transaction.TransactionalException twoFirstClaims) {
      return false; // another node created the row at the same moment: try again
    }
  }

  /** Locks the claim row {@code name} until the caller's transaction ends (a mutex across the cluster). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(String name) {
    locked(name);
  }

  private OnceClaim locked(String name) {
    OnceClaim claim = em.find(OnceClaim.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (claim == null) {
      claim = new OnceClaim(name);
      em.persist(claim);
      em.flush();
    }
    return claim;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
