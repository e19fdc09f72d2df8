package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.tenancy.Tenant;

/**
 * Adds an active member to an organisation's register: the next member code, the identity sealed
 * under the organisation's key, the audit entry. The one way staff add a member, whether by the
 * call or for the demo. Call inside a transaction, after the caller's right was checked.
 */
@ApplicationScoped
public class MemberAdmission {

  @Inject Members members;
  @Inject MemberIdentities identities;
  @Inject AuditLog audit;

  /** @param chapter the chapter the member joins, or null for the organisation itself */
  public Member admit(Tenant org, Tenant chapter, NewMember body, long actor) {
    String code = members.nextCode(org, chapter);
    Member member = new Member(org.getId(), chapter == null ? null : chapter.getId(), code, body.workingName().strip(),
        "active", Instant.now().truncatedTo(ChronoUnit.MICROS));
    member.seal(identities.seal(org.getId(), body.legalName(), body.phone(), body.dateOfBirth(), body.idNumber()));
    members.add(member);
    audit.record(org.getId(), actor, "member.created", "member", String.valueOf(member.getId()));
    return member;
  }

  /** How many members (any status) the organisation's register holds. */
  public long count(long orgId) {
    return members.countAll(orgId);
  }
}
