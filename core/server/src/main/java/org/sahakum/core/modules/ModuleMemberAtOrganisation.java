package org.sahakum.core.modules;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ForbiddenException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sahakum.api.AuditTrail;
import org.sahakum.api.Caller;
import org.sahakum.api.ChapterMandates;
import org.sahakum.api.GoodStanding;
import org.sahakum.api.MemberAtOrganisation;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Sealer;
import org.sahakum.api.StaffDirectory;
import org.sahakum.api.TenantRef;

/**
 * The core's {@link MemberAtOrganisation}: a copy of the chapter's context whose tenant,
 * EntityManager and audit are the organisation's and which acts for nothing but the caller's own
 * member record (no permission, no other member found by code or listed, no staff, no standing, no
 * sealed value).
 */
final class ModuleMemberAtOrganisation implements MemberAtOrganisation {
  private final MemberRef member;
  private final ModuleContext organisation;

  /**
   * @param chapter the request's context at the member's chapter
   * @param org the organisation above it
   * @param member the caller's own record, found in the organisation's register
   * @param em opens the module's EntityManager at the organisation for this request
   * @param audit the organisation's audit trail for this module, with the caller as actor
   * @param register the organisation's register, only to name members by id
   */
  ModuleMemberAtOrganisation(ModuleContext chapter, TenantRef org, MemberRef member, Supplier<EntityManager> em,
      AuditTrail audit, MemberDirectory register) {
    this.member = member;
    this.organisation = new OwnRecordContext(chapter, org, member, em, audit, register);
  }

  @Override
  public MemberRef member() {
    return member;
  }

  @Override
  public ModuleContext organisation() {
    return organisation;
  }

  private static final class OwnRecordContext extends ForwardingModuleContext {
    private final TenantRef org;
    private final Supplier<EntityManager> em;
    private final AuditTrail audit;
    private final Caller nobody;
    private final MemberDirectory own;
    private EntityManager opened;

    OwnRecordContext(ModuleContext chapter, TenantRef org, MemberRef member, Supplier<EntityManager> em,
        AuditTrail audit, MemberDirectory register) {
      super(chapter);
      this.org = org;
      this.em = em;
      this.audit = audit;
      this.nobody = withoutPermissions(chapter.caller().accountId());
      this.own = ownRecord(member, register);
    }

    @Override
    public TenantRef tenant() {
      return org;
    }

    @Override
    public Caller caller() {
      return nobody;
    }

    @Override
    public EntityManager entityManager() {
      if (opened == null) {
        opened = em.get();
      }
      return opened;
    }

    @Override
    public AuditTrail audit() {
      return audit;
    }

    @Override
    public MemberDirectory members() {
      return own;
    }

    @Override
    public StaffDirectory staff() {
      return NO_STAFF;
    }

    @Override
    public Optional<GoodStanding> goodStanding() {
      return Optional.empty();
    }

    @Override
    public Sealer sealer() {
      throw new IllegalStateException("a member's own context at the organisation opens no sealed value");
    }

    @Override
    public ChapterMandates chapterMandates() {
      return permissions -> Optional.empty();
    }

    @Override
    public Optional<MemberAtOrganisation> memberAtOrganisation() {
      return Optional.empty();
    }
  }

  private static Caller withoutPermissions(long accountId) {
    return new Caller() {
      @Override
      public long accountId() {
        return accountId;
      }

      @Override
      public boolean isPermitted(String permission) {
        return false;
      }

      @Override
      public void require(String permission) {
        throw new ForbiddenException("This needs the permission " + permission + " here.");
      }
    };
  }

  /**
   * A register that finds the one member (by code, as the caller) and cannot be walked, but names
   * the organisation's members by the ids a module stores (a ballot's candidates), as the
   * organisation's register does for a member logged in there.
   */
  private static MemberDirectory ownRecord(MemberRef me, MemberDirectory register) {
    return new MemberDirectory() {
      @Override
      public Map<Long, MemberRef> byIds(Collection<Long> ids) {
        return register.byIds(ids);
      }

      @Override
      public Optional<MemberRef> byCode(String memberCode) {
        return me.memberCode().equals(memberCode) ? Optional.of(me) : Optional.empty();
      }

      @Override
      public Optional<MemberRef> caller() {
        return Optional.of(me);
      }

      @Override
      public List<MemberRef> activeAfter(long afterId, int limit) {
        return List.of();
      }

      @Override
      public List<TenantRef> chapters() {
        return me.chapter() == null ? List.of() : List.of(me.chapter());
      }
    };
  }

  private static final StaffDirectory NO_STAFF = new StaffDirectory() {
    @Override
    public List<StaffRef> holding(String permission) {
      return List.of();
    }

    @Override
    public Optional<StaffRef> find(long accountId, String permission) {
      return Optional.empty();
    }

    @Override
    public Map<Long, String> usernames(Collection<Long> accountIds) {
      return Map.of();
    }
  };
}
