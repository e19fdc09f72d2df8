package org.sahakum.plugins.education.attendance;

/** One child's mark at a session; {@code corrected} when it was changed after the day. */
public record MarkView(long sessionId, long childId, String status, boolean corrected) {

  static MarkView of(AttendanceMark m) {
    return new MarkView(m.getSessionId(), m.getChildId(), m.getStatus().name(), m.getCorrectionReason() != null);
  }
}
