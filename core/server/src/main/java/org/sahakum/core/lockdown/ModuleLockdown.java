package org.sahakum.core.lockdown;

import jakarta.ws.rs.ClientErrorException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sahakum.api.Lockdown;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.core.tenancy.Tenant;

/**
 * The {@link Lockdown} port of one module context, and the core's own gate on what the module
 * opens or answers (see {@link Lockdown} for the rule). The chapters' state is read once, at the
 * first question, so a request that never asks costs nothing.
 */
public final class ModuleLockdown implements Lockdown {
  static final int STATUS = 423;

  private final Tenant tenant;
  private final Supplier<List<Tenant>> chapterLookup;
  private final MemberDirectory members;
  private List<Tenant> chapters;
  private boolean cleared;

  /**
   * @param tenant the request's tenant
   * @param chapters the chapters the tenant covers (at an organisation its chapters; elsewhere none)
   * @param members the request's member directory, to find a member's chapter
   */
  public ModuleLockdown(Tenant tenant, Supplier<List<Tenant>> chapters, MemberDirectory members) {
    this.tenant = tenant;
    this.chapterLookup = chapters;
    this.members = members;
  }

  @Override
  public boolean isLocked(long tenantId) {
    if (tenantId == tenant.getId()) {
      return tenant.isLocked();
    }
    return chapters().stream().anyMatch(c -> c.getId() == tenantId && c.isLocked());
  }

  @Override
  public boolean isMemberLocked(long memberId) {
    return tenant.isLocked() || chapterOf(memberId).map(this::isLocked).orElse(false);
  }

  @Override
  public void requireOpen(long tenantId) {
    if (isLocked(tenantId)) {
      throw locked(slugOf(tenantId));
    }
    cleared = true;
  }

  @Override
  public void requireMemberOpen(long memberId) {
    if (tenant.isLocked()) {
      throw locked(tenant.getSlug());
    }
    Optional<Long> chapter = chapterOf(memberId);
    if (chapter.isPresent() && isLocked(chapter.get())) {
      throw locked(slugOf(chapter.get()));
    }
    cleared = true;
  }

  @Override
  public void requireAllOpen() {
    Optional<Tenant> locked = lockedChapter();
    if (locked.isPresent()) {
      throw locked(locked.get().getSlug());
    }
    cleared = true;
  }

  /**
   * The core's own gate before a sealed value is opened or a file or export is answered: 423 at a
   * locked chapter, and at an organisation with a locked chapter unless the module cleared the
   * request first.
   */
  public void guard() {
    if (tenant.isLocked()) {
      throw locked(tenant.getSlug());
    }
    Optional<Tenant> locked = lockedChapter();
    if (locked.isPresent() && !cleared) {
      throw new ClientErrorException("The chapter " + locked.get().getSlug() + " is locked down, and this request was "
          + "not checked against it: confidential notes, files and exports are refused here until the lockdown is "
          + "lifted.", STATUS);
    }
  }

  private Optional<Tenant> lockedChapter() {
    if (tenant.isLocked()) {
      return Optional.of(tenant);
    }
    return chapters().stream().filter(Tenant::isLocked).findFirst();
  }

  private Optional<Long> chapterOf(long memberId) {
    MemberRef m = members.byIds(Set.of(memberId)).get(memberId);
    return m == null || m.chapter() == null ? Optional.empty() : Optional.of(m.chapter().id());
  }

  private String slugOf(long tenantId) {
    if (tenantId == tenant.getId()) {
      return tenant.getSlug();
    }
    return chapters().stream().filter(c -> c.getId() == tenantId).map(Tenant::getSlug).findFirst().orElse("");
  }

  private List<Tenant> chapters() {
    if (chapters == null) {
      chapters = chapterLookup.get();
    }
    return chapters;
  }

  static ClientErrorException locked(String slug) {
    return new ClientErrorException("The chapter " + slug + " is locked down: confidential notes, files and exports "
        + "about it cannot be opened until the lockdown is lifted.", STATUS);
  }
}
