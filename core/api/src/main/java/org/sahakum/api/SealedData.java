package org.sahakum.api;

/**
 * One kind of value a module keeps {@linkplain Sealer sealed} (case notes, files). When an
 * organisation's data key is rotated, the core walks every such store at the organisation and at
 * each of its chapters, batch by batch, so that no value stays readable only under a retired key.
 *
 * <p>Each call gets a context at one tenant whose EntityManager has joined a short transaction of
 * its own, committed when the call returns. The caller is the account that asked for the rotation;
 * a store checks no permission and audits nothing (the core audits the rotation).
 */
public interface SealedData {

  /** What one call of {@link #resealAfter} did: rows looked at, and the last id, or -1 when there was none. */
  record Batch(int rows, long lastId) {}

  /** What this store holds, e.g. {@code case-notes}; shown in the rotation's failure log. */
  String id();

  /** How many sealed values the store holds at the context's tenant. */
  long count(ModuleContext context);

  /**
   * Re-seals, with {@link Sealer#reseal}, the values of the rows whose ids are above {@code
   * afterId}, in ascending id order, as many as the store thinks one short transaction should
   * carry (a few large files, a few hundred notes).
   *
   * @return the rows looked at and the last id, {@code lastId} -1 when there was none after
   *     {@code afterId}
   */
  Batch resealAfter(ModuleContext context, long afterId);
}
