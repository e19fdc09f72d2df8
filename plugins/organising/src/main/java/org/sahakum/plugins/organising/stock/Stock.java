package org.sahakum.plugins.organising.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;

/**
 * The stock of the request's tenant. Every change is one guarded bulk update of its row, so
 * concurrent visits add up exactly and a visit that would give more than is left is refused with
 * 409 {@code stock-short} (and its whole request rolled back) instead of going below zero.
 */
public final class Stock {
  private final ModuleContext ctx;

  public Stock(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** Records a delivery and adds it to what is held. */
  public StockReceipt receive(NewReceipt body) {
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
    StockReceipt r = new StockReceipt(body, ctx.caller().accountId(), now);
    ctx.entityManager().persist(r);
    int changed = ctx.entityManager().createQuery("UPDATE StockLevel s SET s.received = s.received + :n WHERE s.kind = :k")
        .setParameter("n", (long) body.quantity()).setParameter("k", body.materialKind()).executeUpdate();
    if (changed == 0) {
      ctx.entityManager().persist(new StockLevel(body.materialKind(), body.quantity()));
    }
    ctx.entityManager().flush();
    return r;
  }

  /**
   * Gives out {@code given} (kind to count) for a visit or an event on {@code day}; 409 when any kind
   * falls short. The guarded updates come last, so the stock rows stay locked only until the commit,
   * and in {@link Materials#ALL}'s order every time, so two requests never wait on each other in a circle.
   */
  public void giveOut(String source, long sourceId, LocalDate day, Map<String, Integer> given) {
    given.forEach((kind, n) -> ctx.entityManager().persist(new MaterialGiven(source, sourceId, kind, n, day)));
    for (Map.Entry<String, Integer> e : given.entrySet()) {
      int changed = ctx.entityManager().createQuery("UPDATE StockLevel s SET s.givenOut = s.givenOut + :n "
              + "WHERE s.kind = :k AND s.received - s.givenOut >= :n")
          .setParameter("n", (long) e.getValue()).setParameter("k", e.getKey()).executeUpdate();
      if (changed == 0) {
        long left = levels().get(e.getKey()).left();
        throw new Refusal(409, "stock-short", Materials.FIELDS.get(Materials.ALL.indexOf(e.getKey())),
            "Only " + left + " " + e.getKey() + " left here, fewer than given: record what arrived first, or correct the count.");
      }
    }
  }

  /** What is held of every kind, in {@link Materials#ALL}'s order, zeros included. */
  public Map<String, StockView> levels() {
    Map<String, StockView> out = new LinkedHashMap<>();
    Materials.ALL.forEach(k -> out.put(k, new StockView(k, 0, 0, 0)));
    List<StockLevel> rows = ctx.entityManager().createQuery("SELECT s FROM StockLevel s", StockLevel.class)
        .setHint("eclipselink.refresh", "true") // after the bulk updates of this request, not the stale rows
        .getResultList();
    for (StockLevel s : rows) {
      out.put(s.getKind(), new StockView(s.getKind(), s.getReceived(), s.getGivenOut(), s.getReceived() - s.getGivenOut()));
    }
    return out;
  }
}
