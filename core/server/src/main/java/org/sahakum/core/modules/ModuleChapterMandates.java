package org.sahakum.core.modules;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sahakum.api.ChapterMandate;
import org.sahakum.api.ChapterMandates;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.api.TenantRef;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * The core's {@link ChapterMandates} for one module context. The permission check is the
 * context's own caller's, at the request's tenant, so the realm's rules (reach, role settings, the
 * wall, two-step) decide; at a chapter the mandate is a copy of the chapter's context whose tenant
 * and EntityManager are the organisation's and whose register stays the chapter's.
 */
final class ModuleChapterMandates implements ChapterMandates {

  private final ModuleContext here;
  private final Tenant tenant;
  private final Optional<Tenant> organisation;
  private final List<TenantRef> chapters;
  private final MemberDirectory wholeRegister;
  private final Supplier<EntityManager> organisationEm;

  /**
   * @param here the request's context at {@code tenant}
   * @param chapters at the organisation, its chapters; at a chapter, that chapter
   * @param wholeRegister the organisation's whole register, to tell "another chapter's" from "nobody's"
   * @param organisationEm opens the module's EntityManager at the organisation for this request
   */
  ModuleChapterMandates(ModuleContext here, Tenant tenant, Optional<Tenant> organisation, List<TenantRef> chapters,
      MemberDirectory wholeRegister, Supplier<EntityManager> organisationEm) {
    this.here = here;
    this.tenant = tenant;
    this.organisation = organisation;
    this.chapters = chapters;
    this.wholeRegister = wholeRegister;
    this.organisationEm = organisationEm;
  }

  @Override
  public Optional<ChapterMandate> holding(String... permissions) {
    boolean held = Arrays.stream(permissions).anyMatch(here.caller()::isPermitted);
    if (!held || organisation.isEmpty()) {
      return Optional.empty();
    }
    if (tenant.getType() == TenantType.ORGANISATION) {
      return Optional.of(mandate(true, here));
    }
    if (tenant.getType() != TenantType.CHAPTER) {
      return Optional.empty();
    }
    return Optional.of(mandate(false, atOrganisation(here, organisation.get().ref(), organisationEm)));
  }

  private ChapterMandate mandate(boolean whole, ModuleContext atOrganisation) {
    return new ChapterMandate() {
      @Override
      public boolean wholeOrganisation() {
        return whole;
      }

      @Override
      public List<TenantRef> chapters() {
        return chapters;
      }

      @Override
      public ModuleContext organisation() {
        return atOrganisation;
      }

      @Override
      public Optional<MemberRef> member(String memberCode) {
        Optional<MemberRef> found = wholeRegister.byCode(memberCode);
        if (found.isPresent() && !covers(found.get())) {
          String slugs = String.join(", ", chapters.stream().map(TenantRef::slug).toList());
          throw new Refusal(403, "other-chapter", "memberCode", "memberCode: this member belongs to another chapter "
              + "(or to the organisation itself): here you act only for members of " + slugs + ".");
        }
        return found;
      }
    };
  }

  /** The chapter's context with the organisation's tenant and EntityManager (opened on first use). */
  private static ModuleContext atOrganisation(ModuleContext chapter, TenantRef org, Supplier<EntityManager> em) {
    return new ForwardingModuleContext(chapter) {
      private EntityManager opened;

      @Override
      public TenantRef tenant() {
        return org;
      }

      @Override
      public EntityManager entityManager() {
        if (opened == null) {
          opened = em.get();
        }
        return opened;
      }
    };
  }
}
