package org.sahakum.plugins.organising;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;

/** One page of a whole-table list, newest first as its query orders it, with the count in {@code X-Total-Count}. */
public final class Paging {
  private Paging() {}

  /** {@code SELECT x FROM <entity> x ORDER BY ...} a page at a time, each row answered as {@code view}. */
  public static <E> Response page(ModuleContext ctx, Class<E> entity, String orderBy, int offset, int limit,
      Function<E, ?> view) {
    var em = ctx.entityManager();
    String name = entity.getSimpleName();
    List<?> rows = em.createQuery("SELECT x FROM " + name + " x ORDER BY " + orderBy, entity)
        .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(view).toList();
    return Page.of(rows, em.createQuery("SELECT COUNT(x) FROM " + name + " x", Long.class).getSingleResult());
  }
}
