package org.sahakum.plugins.governance.elections;

import java.util.Map;
import org.sahakum.api.MemberRef;

/**
 * A choice as a ballot or a staff screen shows it: a candidate's code, working name and statement,
 * or a motion's answer. {@code accepted} is false while a nomination waits for its member.
 */
public record ChoiceView(long id, int position, String answer, String memberCode, String workingName,
    String statementKm, String statementEn, boolean accepted) {

  public static ChoiceView of(Choice c, Map<Long, MemberRef> members) {
    MemberRef m = c.getMemberId() == null ? null : members.get(c.getMemberId());
    return new ChoiceView(c.getId(), c.getPosition(), c.getAnswer(), m == null ? null : m.memberCode(),
        m == null ? null : m.workingName(), c.getStatementKm(), c.getStatementEn(), c.isAccepted());
  }
}
