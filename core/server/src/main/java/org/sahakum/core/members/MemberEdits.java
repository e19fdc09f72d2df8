package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import java.util.Objects;
import org.sahakum.api.Refusal;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * Corrections to a member's entry: working name, chapter, identity. Each change is audited (never
 * with the old or new value); an identity change carries its reason, as a reveal does. A locked
 * chapter's members are left as they are, and no one is moved into a locked chapter.
 */
@ApplicationScoped
public class MemberEdits {

  @Inject Tenants tenants;
  @Inject MemberIdentities identities;
  @Inject AuditLog audit;

  @Transactional(Transactional.TxType.MANDATORY)
  public void edit(Register register, Member member, MemberEdit edit, long actor) {
    requireOpen(register, member);
    Long target = chapterId(register, member, edit.chapter());
    String name = WorkingNames.normalise(edit.workingName());
    if (!name.equals(member.getWorkingName())) {
      member.rename(name);
      audit.record(register.org().getId(), actor, "member.renamed", "member", String.valueOf(member.getId()));
    }
    if (!Objects.equals(target, member.getChapterId())) {
      if (target != null && tenants.byId(target).map(Tenant::isLocked).orElse(false)) {
        throw locked();
      }
      member.moveTo(target);
      audit.record(register.org().getId(), actor, "member.moved", "member", String.valueOf(member.getId()));
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void changeIdentity(Register register, Member member, IdentityChange change, long actor) {
    requireOpen(register, member);
    member.seal(identities.seal(register.org().getId(), change.legalName(), change.phone(), change.dateOfBirth(),
        change.idNumber()));
    audit.record(register.org().getId(), actor, "member.identity.changed", "member", String.valueOf(member.getId()),
        change.reason().strip());
  }

  /** 423 while the register's tenant or the member's chapter is locked down. */
  void requireOpen(Register register, Member member) {
    if (register.where().isLocked() || member.getChapterId() != null
        && tenants.byId(member.getChapterId()).map(Tenant::isLocked).orElse(false)) {
      throw locked();
    }
  }

  /** The chapter the edit asks for: at a chapter's URL always that chapter; else one of the organisation's, or none. */
  private Long chapterId(Register register, Member member, String slug) {
    if (register.chapter() != null) {
      if (slug != null && !slug.equals(register.chapter().getSlug())) {
        throw Refusal.invalid("chapter", "chapter-move-at-organisation",
            "chapter: a member is moved to another chapter at the organisation, not at a chapter.");
      }
      return member.getChapterId();
    }
    if (slug == null) {
      return null;
    }
    return tenants.bySlug(slug)
        .filter(t -> t.getType() == TenantType.CHAPTER && register.org().getId().equals(t.getParentId()))
        .map(Tenant::getId)
        .orElseThrow(() -> unknownChapter());
  }

  static Refusal unknownChapter() {
    return Refusal.invalid("chapter", "unknown-chapter", "chapter: no such chapter in this organisation.");
  }

  private static ClientErrorException locked() {
    return new ClientErrorException("This member's chapter is locked down: the entry cannot be changed now.", 423);
  }
}
