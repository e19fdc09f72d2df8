package org.sahakum.core.aggregates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Stores a month's first snapshot, in a short transaction of its own (the dashboard is a read). */
@ApplicationScoped
public class SnapshotWriter {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** Two readers at once both store the same month's figures; the later one stays. A withdrawn indicator is left alone. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(long orgId, String id, String cells, Long total, Instant at) {
    IndicatorPublication p = em.find(IndicatorPublication.class, new IndicatorPublication.Key(orgId, id));
    if (p != null) {
      p.snapshot(cells, total, at);
    }
  }
}
