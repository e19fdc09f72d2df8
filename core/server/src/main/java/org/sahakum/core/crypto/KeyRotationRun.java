package org.sahakum.core.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One rotation of an organisation's data key and how far its re-sealing came: the step (a store of
 * sealed values, in a fixed order) and, inside a store, the last id re-sealed. The node doing it
 * renews {@code heartbeat} at every step; a run whose heartbeat stopped is taken over by another node.
 */
@Entity
@Table(name = "key_rotation_run")
@IdClass(KeyRotationRun.Key.class)
public class KeyRotationRun {
  static final String RUNNING = "running";

  @Id
  @Column(name = "org_id")
  private long orgId;

  @Id
  @Column(name = "version")
  private int version;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "total", nullable = false)
  private long total;

  @Column(name = "done", nullable = false)
  private long done;

  @Column(name = "store_index", nullable = false)
  private int storeIndex;

  @Column(name = "after_id", nullable = false)
  private long afterId;

  @Column(name = "actor_id", nullable = false)
  private long actorId;

  @Column(name = "node")
  private String node;

  @Column(name = "heartbeat", nullable = false)
  private Instant heartbeat;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected KeyRotationRun() {}

  KeyRotationRun(long orgId, int version, long total, long actorId, String node, Instant now) {
    this.orgId = orgId;
    this.version = version;
    this.state = RUNNING;
    this.total = total;
    this.actorId = actorId;
    this.node = node;
    this.heartbeat = now;
    this.startedAt = now;
  }

  KeyRotation.Progress progress() {
    return new KeyRotation.Progress(version, state, total, done, startedAt, endedAt);
  }

  boolean isRunningAt(String byNode) {
    return RUNNING.equals(state) && byNode.equals(node);
  }

  /** Records a step: {@code rows} more re-sealed, the position now at {@code index}/{@code after}. */
  void advance(long rows, int index, long after, Instant now) {
    done += rows;
    storeIndex = index;
    afterId = after;
    heartbeat = now;
  }

  boolean heartbeatBefore(Instant t) {
    return heartbeat.isBefore(t);
  }

  void takeOver(String byNode, Instant now) {
    node = byNode;
    heartbeat = now;
  }

  void end(String endState, Instant now) {
    state = endState;
    endedAt = now;
    heartbeat = now;
  }

  long orgId() {
    return orgId;
  }

  int version() {
    return version;
  }

  int storeIndex() {
    return storeIndex;
  }

  long afterId() {
    return afterId;
  }

  long actorId() {
    return actorId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private long orgId;
    private int version;

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
