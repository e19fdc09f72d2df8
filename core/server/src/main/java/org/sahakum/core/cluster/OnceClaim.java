package org.sahakum.core.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named piece of work one node does at a time: which node holds it, since when, and when it last ended. */
@Entity
@Table(name = "once_claim")
public class OnceClaim {

  @Id
  @Column(name = "name")
  private String name;

  @Column(name = "node")
  private String node;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  protected OnceClaim() {}

  OnceClaim(String name) {
    this.name = name;
  }

  /** True when no node holds it, or its holder has not renewed it since {@code staleBefore} (it died). */
  boolean isFree(Instant staleBefore) {
    return node == null || claimedAt.isBefore(staleBefore);
  }

  void claim(String byNode, Instant now) {
    node = byNode;
    claimedAt = now;
  }

  void release(Instant now) {
    node = null;
    doneAt = now;
  }

  String node() {
    return node;
  }
}
