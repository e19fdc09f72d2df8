package org.sahakum.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Stores a publication and its snapshot: in the publishing transaction, or in one of its own when the network's first look of the day takes it. */
@ApplicationScoped
public class SharedListWriter {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** Publishes (with a snapshot of {@code rows} now) or withdraws; answers whether anything changed. */
  @Transactional
  public boolean set(long orgId, String id, boolean published, long actor, List<Map<String, Object>> rows) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    SharedListPublication row = em.find(SharedListPublication.class, new SharedListPublication.Key(orgId, id));
    if (published) {
      boolean isNew = row == null;
      if (isNew) {
        row = new SharedListPublication(orgId, id, actor, now);
        em.persist(row);
      }
      row.snapshot(SharedListSnapshots.toJson(rows), now);
      return isNew;
    }
    if (row != null) {
      em.remove(row);
      return true;
    }
    return false;
  }
}
