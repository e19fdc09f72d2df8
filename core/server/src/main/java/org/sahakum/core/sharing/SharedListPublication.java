package org.sahakum.core.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That an organisation shares one list with its network, and the rows the network sees; no row, not shared. */
@Entity
@Table(name = "shared_list_publication")
@IdClass(SharedListPublication.Key.class)
public class SharedListPublication {

  @Id
  @Column(name = "org_id")
  private long orgId;

  @Id
  @Column(name = "list_id")
  private String listId;

  @Column(name = "published_by")
  private long publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** The rows as JSON ({@link SharedListSnapshots}). */
  @Column(name = "snapshot_rows")
  private String snapshotRows;

  @Column(name = "snapshot_at")
  private Instant snapshotAt;

  protected SharedListPublication() {}

  SharedListPublication(long orgId, String listId, long publishedBy, Instant publishedAt) {
    this.orgId = orgId;
    this.listId = listId;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  String listId() {
    return listId;
  }

  String snapshotRows() {
    return snapshotRows;
  }

  Instant snapshotAt() {
    return snapshotAt;
  }

  void snapshot(String rows, Instant at) {
    this.snapshotRows = rows;
    this.snapshotAt = at;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    public long orgId;
    public String listId;

    public Key() {}

    Key(long orgId, String listId) {
      this.orgId = orgId;
      this.listId = listId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.orgId == orgId && k.listId.equals(listId);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(orgId) * 31 + listId.hashCode();
    }
  }
}
