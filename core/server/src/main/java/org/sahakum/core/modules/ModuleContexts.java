package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.api.AuditTrail;
import org.sahakum.api.Caller;
import org.sahakum.api.ChapterMandates;
import org.sahakum.api.GoodStanding;
import org.sahakum.api.Lockdown;
import org.sahakum.api.MemberAtOrganisation;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Sealer;
import org.sahakum.api.StaffDirectory;
import org.sahakum.api.TenantOwned;
import org.sahakum.api.TenantRef;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.crypto.FieldCrypto;
import org.sahakum.core.lockdown.ModuleLockdown;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * Builds what a module is handed: an EntityManager of its own unit, scoped to one tenant and
 * joined to the current transaction, and the {@link ModuleContext} around it.
 */
@ApplicationScoped
public class ModuleContexts {

  @Inject CurrentCaller caller;
  @Inject AuditLog auditLog;
  @Inject ServerSettings settings;
  @Inject ModuleMembers members;
  @Inject ModuleStaff staff;
  @Inject GoodStandingPort goodStanding;
  @Inject FieldCrypto crypto;
  @Inject Tenants tenants;
  /** Injected once here: injected into each {@link ModuleRequest}, it cost every module page a look-up. */
  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;

  /** The container's UserTransaction (it acts on the calling thread's transaction). */
  jakarta.transaction.UserTransaction transaction() {
    return transaction;
  }

  /**
   * The module's EntityManager for {@code tenant}, joined to the transaction active now unless
   * {@code readOnly} (a read runs without one). Close it after use.
   */
  EntityManager entityManager(LoadedModule module, Tenant tenant, boolean readOnly) {
    EntityManager em = module.emf().createEntityManager(SynchronizationType.SYNCHRONIZED,
        Map.of(TenantOwned.TENANT_PROPERTY, String.valueOf(tenant.getId())));
    if (!readOnly) {
      em.joinTransaction();
    }
    return em;
  }

  /** The audit's actor: none for account id 0, the core's daily jobs (see {@link DailyJobs}). */
  private static Long actor(long accountId) {
    return accountId == 0 ? null : accountId;
  }

  /** The context of {@code module} acting at {@code tenant} for the account {@code accountId} (0: no person). */
  ModuleContext context(LoadedModule module, Tenant tenant, long accountId, EntityManager em, boolean readOnly) {
    return context(module, tenant, accountId, em, readOnly, null);
  }

  /**
   * As above; {@code opened} is handed each further EntityManager the context opens (a chapter
   * mandate's, at the organisation), to be closed with {@code em}. Without it (null) a mandate at a
   * chapter cannot open one: only a module's request acts for a chapter at the organisation.
   */
  ModuleContext context(LoadedModule module, Tenant tenant, long accountId, EntityManager em, boolean readOnly,
      java.util.function.Consumer<EntityManager> opened) {
    TenantRef tenantRef = tenant.ref();
    EntityManager scoped = ScopedEntityManager.wrap(em, readOnly);
    Caller moduleCaller = new Caller() {
      @Override
      public long accountId() {
        return accountId;
      }

      @Override
      public boolean isPermitted(String permission) {
        return caller.isPermitted(tenantRef.id(), permission);
      }

      @Override
      public void require(String permission) {
        if (!isPermitted(permission)) {
          throw new ForbiddenException("This needs the permission " + permission + " here.");
        }
      }
    };
    AuditTrail audit = audit(module, tenantRef.id(), accountId);
    Clock clock = Clock.system(settings.timeZone());
    MemberDirectory directory = members.directory(tenant, accountId);
    StaffDirectory staffDirectory = staff.directory(tenant);
    ModuleLockdown lockdown = new ModuleLockdown(tenant, () -> tenant.getType() != TenantType.ORGANISATION ? List.of()
        : tenants.children(tenant.getId()).stream().filter(t -> t.getType() == TenantType.CHAPTER).toList(), directory);
    ModuleContexts self = this;
    return new ModuleContext() {
      @Override
      public TenantRef tenant() {
        return tenantRef;
      }

      @Override
      public Caller caller() {
        return moduleCaller;
      }

      @Override
      public EntityManager entityManager() {
        return scoped;
      }

      @Override
      public AuditTrail audit() {
        return audit;
      }

      @Override
      public Clock clock() {
        return clock;
      }

      @Override
      public MemberDirectory members() {
        return directory;
      }

      @Override
      public StaffDirectory staff() {
        return staffDirectory;
      }

      @Override
      public Optional<GoodStanding> goodStanding() {
        return self.goodStanding.find(tenant, accountId, self);
      }

      @Override
      public Sealer sealer() {
        return self.sealer(module, tenant, lockdown);
      }

      @Override
      public Lockdown lockdown() {
        return lockdown;
      }

      @Override
      public ChapterMandates chapterMandates() {
        Optional<Tenant> org = self.tenants.organisationOf(tenant);
        MemberDirectory whole = org.map(o -> self.members.directory(o, accountId)).orElse(directory);
        return new ModuleChapterMandates(this, tenant, org, directory.chapters(), whole,
            () -> self.organisationEm(module, org.orElseThrow(), readOnly, opened));
      }

      @Override
      public Optional<MemberAtOrganisation> memberAtOrganisation() {
        if (tenant.getType() != TenantType.CHAPTER || opened == null) {
          return Optional.empty();
        }
        Optional<Tenant> org = self.tenants.organisationOf(tenant);
        Optional<MemberRef> me = directory.caller()
            .filter(m -> m.chapter() != null && m.chapter().id() == tenant.getId());
        if (org.isEmpty() || me.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new ModuleMemberAtOrganisation(this, org.get().ref(), me.get(),
            () -> self.organisationEm(module, org.get(), readOnly, opened), self.audit(module, org.get().getId(), accountId),
            self.members.directory(org.get(), accountId)));
      }
    };
  }

  /** The module's audit trail at {@code tenantId}, with the account as actor. */
  private AuditTrail audit(LoadedModule module, long tenantId, long accountId) {
    return new AuditTrail() {
      @Override
      public void record(String action, String targetType, String targetId) {
        auditLog.record(tenantId, actor(accountId), module.id() + ":" + action, targetType, targetId);
      }

      @Override
      public void recordRead(String action, String targetType, String targetId) {
        auditLog.recordRead(tenantId, actor(accountId), module.id() + ":" + action, targetType, targetId);
      }
    };
  }

  /**
   * The module's EntityManager at the organisation for a request made at one of its chapters, handed
   * to {@code opened} to be closed with the request's; null {@code opened}: not a module's request.
   */
  private EntityManager organisationEm(LoadedModule module, Tenant org, boolean readOnly,
      java.util.function.Consumer<EntityManager> opened) {
    if (opened == null) {
      throw new IllegalStateException("only a module's request acts at the organisation from a chapter");
    }
    EntityManager atOrg = entityManager(module, org, readOnly);
    opened.accept(atOrg);
    return ScopedEntityManager.wrap(atOrg, readOnly);
  }

  /** Seals with the organisation's key; opening passes the lockdown's gate first. */
  private Sealer sealer(LoadedModule module, Tenant tenant, ModuleLockdown lockdown) {
    Optional<Long> org = tenants.organisationOf(tenant).map(Tenant::getId);
    return new Sealer() {
      @Override
      public byte[] seal(String purpose, byte[] plain) {
        return crypto.sealModuleBytes(orgId(), module.id(), purpose, plain);
      }

      @Override
      public byte[] open(String purpose, byte[] sealed) {
        lockdown.guard();
        return crypto.openModuleBytes(orgId(), module.id(), purpose, sealed);
      }

      @Override
      public byte[] reseal(String purpose, byte[] sealed) {
        return crypto.resealModuleBytes(orgId(), module.id(), purpose, sealed);
      }

      private long orgId() {
        return org.orElseThrow(() -> new IllegalStateException("only an organisation and its chapters hold a data key"));
      }
    };
  }
}
