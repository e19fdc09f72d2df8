package org.sahakum.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A {@link SealedData} store for one sealed column of one entity (whose id attribute is {@code
 * id}), walked for a key rotation {@code batch} rows at a time: few for files, many for notes.
 * Shared by the modules so each sealed column takes one line: its id, entity, batch, how to read
 * a row's id and purpose, and how to put the re-sealed value back.
 */
public final class SealedColumn<E> implements SealedData {
  private final String id;
  private final Class<E> type;
  private final int batch;
  private final Function<E, Long> idOf;
  private final Function<E, String> purposeOf;
  private final BiConsumer<E, UnaryOperator<byte[]>> reseal;

  public SealedColumn(String id, Class<E> type, int batch, Function<E, Long> idOf, Function<E, String> purposeOf,
      BiConsumer<E, UnaryOperator<byte[]>> reseal) {
    this.id = id;
    this.type = type;
    this.batch = batch;
    this.idOf = idOf;
    this.purposeOf = purposeOf;
    this.reseal = reseal;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public long count(ModuleContext context) {
    CriteriaBuilder cb = context.entityManager().getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    q.select(cb.count(q.from(type)));
    return context.entityManager().createQuery(q).getSingleResult();
  }

  @Override
  public Batch resealAfter(ModuleContext context, long afterId) {
    EntityManager em = context.entityManager();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<E> q = cb.createQuery(type);
    Root<E> row = q.from(type);
    q.select(row).where(cb.greaterThan(row.get("id"), afterId)).orderBy(cb.asc(row.get("id")));
    List<E> rows = em.createQuery(q).setMaxResults(batch).getResultList();
    for (E e : rows) {
      reseal.accept(e, value -> context.sealer().reseal(purposeOf.apply(e), value));
    }
    return new Batch(rows.size(), rows.isEmpty() ? -1 : idOf.apply(rows.get(rows.size() - 1)));
  }
}
