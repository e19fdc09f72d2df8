package org.sahakum.plugins.education;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.sahakum.api.Page;

/**
 * One page of a plain list of the organisation's rows (centres, schools, terms, events), answered
 * as the core's {@link Page}: {@code ?offset=&limit=}, the whole count in {@code X-Total-Count}.
 * The entity and its order are the caller's constants, never a request's words.
 */
public final class Listing {
  /** The furthest a list may be paged into. */
  public static final int MOST_OFFSET = 1_000_000;

  private Listing() {}

  public static <T> Response page(EntityManager em, Class<T> entity, String orderBy, Function<T, ?> view,
      int offset, int limit) {
    String name = entity.getSimpleName();
    List<?> rows = em.createQuery("SELECT x FROM " + name + " x ORDER BY " + orderBy, entity)
        .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(view).toList();
    long total = em.createQuery("SELECT COUNT(x) FROM " + name + " x", Long.class).getSingleResult();
    return Page.of(rows, total);
  }
}
