package org.sahakum.core.aggregates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That an organisation publishes one indicator to its network; no row, not published. */
@Entity
@Table(name = "indicator_publication")
@IdClass(IndicatorPublication.Key.class)
public class IndicatorPublication {

  @Id
  @Column(name = "org_id")
  private long orgId;

  @Id
  @Column(name = "indicator_id")
  private String indicatorId;

  @Column(name = "published_by")
  private long publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** The suppressed cells as JSON ({@link PublishedSnapshots}); null until the first snapshot. */
  @Column(name = "snapshot_cells")
  private String snapshotCells;

  @Column(name = "snapshot_total")
  private Long snapshotTotal;

  @Column(name = "snapshot_at")
  private Instant snapshotAt;

  protected IndicatorPublication() {}

  IndicatorPublication(long orgId, String indicatorId, long publishedBy, Instant publishedAt) {
    this.orgId = orgId;
    this.indicatorId = indicatorId;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  String indicatorId() {
    return indicatorId;
  }

  String snapshotCells() {
    return snapshotCells;
  }

  Long snapshotTotal() {
    return snapshotTotal;
  }

  Instant snapshotAt() {
    return snapshotAt;
  }

  void snapshot(String cells, Long total, Instant at) {
    this.snapshotCells = cells;
    this.snapshotTotal = total;
    this.snapshotAt = at;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    public long orgId;
    public String indicatorId;

    public Key() {}

    Key(long orgId, String indicatorId) {
      this.orgId = orgId;
      this.indicatorId = indicatorId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.orgId == orgId && k.indicatorId.equals(indicatorId);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(orgId) * 31 + indicatorId.hashCode();
    }
  }
}
