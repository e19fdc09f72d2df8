package org.sahakum.plugins.uniondues.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/**
 * An {@code Idempotency-Key} a payment was recorded under, with a hash of what was asked: a retry
 * with the same key and body gets that payment back; the same key with another body is refused.
 * The key is unique per tenant in the database, so two requests racing with one key record once.
 */
@Entity
@Table(name = "dues_idempotency")
public class IdempotencyRecord extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idem_key", nullable = false)
  private String key;

  @Column(name = "body_hash", nullable = false)
  private String bodyHash;

  @Column(name = "entry_id", nullable = false)
  private long entryId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(String key, String bodyHash, long entryId, Instant createdAt) {
    this.key = key;
    this.bodyHash = bodyHash;
    this.entryId = entryId;
    this.createdAt = createdAt;
  }

  String getBodyHash() {
    return bodyHash;
  }

  long getEntryId() {
    return entryId;
  }
}
