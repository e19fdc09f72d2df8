package org.sahakum.plugins.education.attendance;

import java.io.Serializable;
import java.util.Objects;

/** The key of an {@link AttendanceMark}: its session and its child (a JPA id class, so mutable). */
public class MarkKey implements Serializable {
  private static final long serialVersionUID = 1L;

  private long sessionId;
  private long childId;

  public MarkKey() {}

  public MarkKey(long sessionId, long childId) {
    this.sessionId = sessionId;
    this.childId = childId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarkKey k && k.sessionId == sessionId && k.childId == childId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionId, childId);
  }
}
