package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.InternalServerErrorException;
import java.util.ArrayList;
import java.util.List;
import org.sahakum.api.MemberEvent;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.modules.MemberEvents;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Changes of a member's standing that the modules must hear of: suspension, reinstatement and
 * erasure. Each change, its audit entry and every module's response commit together or not at all.
 */
@ApplicationScoped
public class MemberLifecycle {

  @Inject Members members;
  @Inject Accounts accounts;
  @Inject Tenants tenants;
  @Inject MemberEvents events;
  @Inject AuditLog audit;

  @Transactional(Transactional.TxType.MANDATORY)
  public void suspend(Register register, Member member, long actor) {
    try {
      member.suspend();
    } catch (IllegalStateException e) {
      throw new ClientErrorException("Only an active member can be suspended; this one is " + member.getStatus() + ".", 409);
    }
    publish(register, actor, new MemberEvent(MemberEvent.Kind.SUSPENDED, member.getId()));
    if (member.getAccountId() != null) {
      accounts.suspendMemberLogin(member.getAccountId());
    }
    audit.record(register.org().getId(), actor, "member.suspended", "member", String.valueOf(member.getId()));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void reinstate(Register register, Member member, long actor) {
    try {
      member.reinstate();
    } catch (IllegalStateException e) {
      throw new ClientErrorException("Only a suspended member can be reinstated; this one is " + member.getStatus() + ".",
          409);
    }
    if (member.getAccountId() != null) {
      accounts.reinstateMemberLogin(member.getAccountId());
    }
    audit.record(register.org().getId(), actor, "member.reinstated", "member", String.valueOf(member.getId()));
  }

  /** Announces an approval made elsewhere (the registration queue) to the modules. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void approved(Register register, Member member, long actor) {
    publish(register, actor, new MemberEvent(MemberEvent.Kind.APPROVED, member.getId()));
  }

  /**
   * Erases the member: the modules first (they still know the id), then the core's identity and
   * login. The audit keeps that an erasure happened and who did it, not whom it was about.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(Register register, Member member, long actor) {
    publish(register, actor, new MemberEvent(MemberEvent.Kind.ERASED, member.getId()));
    if (member.getAccountId() != null) {
      accounts.forget(member.getAccountId());
    }
    member.erase();
    audit.record(register.org().getId(), actor, "member.erased", "member", null);
  }

  private void publish(Register register, long actor, MemberEvent event) {
    List<Tenant> nodes = new ArrayList<>();
    nodes.add(register.org());
    nodes.addAll(tenants.children(register.org().getId()));
    try {
      events.publish(nodes, actor, event);
    } catch (MemberEvents.Refused e) {
      throw new InternalServerErrorException("The module '" + e.moduleId() + "' could not take in this change, so "
          + "nothing was changed. Tell the platform operator.");
    }
  }
}
