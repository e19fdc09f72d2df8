package org.sahakum.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ForbiddenException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sahakum.api.AuditTrail;
import org.sahakum.api.Caller;
import org.sahakum.api.MemberAtOrganisation;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.TenantRef;

/**
 * What the member port's context at the organisation hands a module: the organisation's tenant,
 * EntityManager and audit; the caller's own record and nothing else found by code or listed; no
 * permission even where the chapter's caller holds every one; no staff, standing, sealer or mandate.
 */
class ModuleMemberAtOrganisationTest {
  private static final TenantRef ORG = new TenantRef(1, "wnu", "organisation");
  private static final TenantRef CHAPTER = new TenantRef(2, "wnu-kampot", "chapter");
  private static final MemberRef ME = new MemberRef(10, "WNU-0010", "Dara", CHAPTER, "active");
  private static final MemberRef OTHER = new MemberRef(11, "WNU-0011", "Srey", CHAPTER, "active");

  /** The chapter's context: its caller holds every permission, its register holds both members. */
  private static ModuleContext chapter() {
    Caller everything = new Caller() {
      @Override
      public long accountId() {
        return 77;
      }

      @Override
      public boolean isPermitted(String permission) {
        return true;
      }

      @Override
      public void require(String permission) {}
    };
    return (ModuleContext) Proxy.newProxyInstance(ModuleContext.class.getClassLoader(),
        new Class<?>[] {ModuleContext.class}, (proxy, method, args) -> switch (method.getName()) {
          case "caller" -> everything;
          case "tenant" -> CHAPTER;
          case "members" -> register();
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static MemberDirectory register() {
    return new MemberDirectory() {
      @Override
      public Map<Long, MemberRef> byIds(Collection<Long> ids) {
        return ids.contains(OTHER.id()) ? Map.of(OTHER.id(), OTHER) : Map.of();
      }

      @Override
      public Optional<MemberRef> byCode(String memberCode) {
        return Optional.of(OTHER);
      }

      @Override
      public Optional<MemberRef> caller() {
        return Optional.of(OTHER);
      }

      @Override
      public List<MemberRef> activeAfter(long afterId, int limit) {
        return List.of(ME, OTHER);
      }

      @Override
      public List<TenantRef> chapters() {
        return List.of(CHAPTER, new TenantRef(3, "wnu-other", "chapter"));
      }
    };
  }

  @Test
  void the_context_at_the_organisation_reaches_only_the_callers_own_record() {
    EntityManager em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
        new Class<?>[] {EntityManager.class}, (p, m, a) -> null);
    List<String> audited = new ArrayList<>();
    AuditTrail audit = (action, type, id) -> audited.add(action);
    MemberAtOrganisation port = new ModuleMemberAtOrganisation(chapter(), ORG, ME, () -> em, audit, register());
    ModuleContext org = port.organisation();

    assertSame(ME, port.member());
    assertEquals(ORG, org.tenant());
    assertSame(em, org.entityManager());
    org.audit().record("ballot.cast", "vote", "5");
    assertEquals(List.of("ballot.cast"), audited, "audited through the organisation's trail");
    assertEquals(77, org.caller().accountId());
    assertFalse(org.caller().isPermitted("gov:vote:manage"), "no permission, though the chapter's caller holds all");
    assertThrows(ForbiddenException.class, () -> org.caller().require("gov:result:read"));
    assertEquals(Optional.of(ME), org.members().caller());
    assertEquals(Optional.of(ME), org.members().byCode(ME.memberCode()));
    assertEquals(Optional.empty(), org.members().byCode(OTHER.memberCode()), "another member is not found by code");
    assertEquals(List.of(), org.members().activeAfter(0, 500), "the register cannot be walked");
    assertEquals(List.of(CHAPTER), org.members().chapters());
    assertEquals(Map.of(OTHER.id(), OTHER), org.members().byIds(List.of(OTHER.id())),
        "members are named by the ids the module stores (a ballot's candidates), as the organisation's register names them");
    assertEquals(List.of(), org.staff().holding("gov:vote:manage"));
    assertEquals(Optional.empty(), org.staff().find(77, "gov:vote:manage"));
    assertEquals(Map.of(), org.staff().usernames(List.of(77L)));
    assertTrue(org.goodStanding().isEmpty());
    assertThrows(IllegalStateException.class, org::sealer);
    assertTrue(org.chapterMandates().holding("gov:vote:manage").isEmpty());
    assertTrue(org.memberAtOrganisation().isEmpty(), "no port from the port");
  }
}
