package org.sahakum.core.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One version of an organisation's data key, wrapped by the master key. */
@Entity
@Table(name = "org_data_key")
@IdClass(OrgDataKey.Key.class)
public class OrgDataKey {

  @Id
  @Column(name = "org_id")
  private long orgId;

  @Id
  private int version;

  private byte[] wrapped;

  @Column(name = "created_at")
  private Instant createdAt;

  protected OrgDataKey() {}

  OrgDataKey(long orgId, int version, byte[] wrapped, Instant createdAt) {
    this.orgId = orgId;
    this.version = version;
    this.wrapped = wrapped;
    this.createdAt = createdAt;
  }

  long orgId() {
    return orgId;
  }

  int version() {
    return version;
  }

  byte[] wrapped() {
    return wrapped;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    public long orgId;
    public int version;

    public Key() {}

    Key(long orgId, int version) {
      this.orgId = orgId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.orgId == orgId && k.version == version;
    }

    @Override
    public int hashCode() {
      return Objects.hash(orgId, version);
    }
  }
}
