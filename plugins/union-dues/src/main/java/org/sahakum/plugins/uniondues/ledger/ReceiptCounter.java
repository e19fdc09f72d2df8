package org.sahakum.plugins.uniondues.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/**
 * The organisation's receipt numbering: one row, locked FOR UPDATE by each payment's transaction,
 * so numbers follow each other in commit order; a rolled-back payment gives its number back.
 */
@Entity
@Table(name = "dues_receipt_counter")
public class ReceiptCounter extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "last_number", nullable = false)
  private long lastNumber;

  protected ReceiptCounter() {}

  /** Creates the numbering when the organisation has none (called with its first plan). */
  public static void startIfMissing(EntityManager em) {
    if (em.createQuery("SELECT COUNT(c) FROM ReceiptCounter c", Long.class).getSingleResult() == 0) {
      em.persist(new ReceiptCounter());
    }
  }

  /** The organisation's numbering, under a row lock held until the transaction ends. */
  static ReceiptCounter locked(EntityManager em) {
    return em.createQuery("SELECT c FROM ReceiptCounter c", ReceiptCounter.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("receipt numbering starts with the first plan"));
  }

  /** The next receipt number; call on the {@link #locked} counter only. */
  long take() {
    lastNumber = Math.incrementExact(lastNumber);
    return lastNumber;
  }
}
