package org.sahakum.core.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The answer given to one POST sent with an {@code Idempotency-Key}; its body is sealed. */
@Entity
@Table(name = "idempotent_answer")
@IdClass(IdempotentAnswer.Key.class)
public class IdempotentAnswer {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Id
  @Column(name = "idem_key")
  private String key;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "status", nullable = false)
  private int status;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "location")
  private String location;

  @Column(name = "sealed_body")
  private byte[] sealedBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotentAnswer() {}

  IdempotentAnswer(Key key, String requestHash, int status, String contentType, String location, byte[] sealedBody,
      Instant createdAt) {
    this.tenantId = key.tenantId;
    this.accountId = key.accountId;
    this.key = key.key;
    this.requestHash = requestHash;
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.sealedBody = sealedBody;
    this.createdAt = createdAt;
  }

  String requestHash() {
    return requestHash;
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  String location() {
    return location;
  }

  byte[] sealedBody() {
    return sealedBody;
  }

  Instant createdAt() {
    return createdAt;
  }

  /** Whose key it is: the tenant of the path (0 outside one), the account, the key. */
  public static class Key implements Serializable {
    private long tenantId;
    private long accountId;
    private String key;

    public Key() {}

    Key(long tenantId, long accountId, String key) {
      this.tenantId = tenantId;
      this.accountId = accountId;
      this.key = key;
    }

    /** What the body is sealed under: it opens for this key's row only. */
    String context() {
      return "sahakum-idempotent-answer|" + tenantId + "|" + accountId + "|" + key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId == tenantId && k.accountId == accountId && k.key.equals(key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, accountId, key);
    }
  }
}
