package org.sahakum.core.teamleaders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/** Who leads which chapter of an organisation: active accounts granted {@code team-leader} at the chapter. */
@ApplicationScoped
public class TeamLeaders {
  static final String ROLE = "team-leader";

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @jakarta.inject.Inject Tenants tenants;

  /**
   * One chapter and its team leaders' login names, alphabetical; empty where nobody leads.
   *
   * @param slug the chapter's URL name
   * @param names its names in Khmer and English
   * @param status {@code active} or {@code suspended}
   * @param teamLeaders the login names of the active accounts holding the role at this chapter
   */
  public record ChapterLeaders(String slug, LocalizedText names, String status, List<String> teamLeaders) {}

  /** The whole picture: every chapter, and the slugs of those with no team leader. */
  public record Picture(List<ChapterLeaders> chapters, List<String> withoutTeamLeader) {}

  /** The chapters of {@code org}, by slug, each with its team leaders. */
  Picture of(Tenant org) {
    List<Tenant> chapters = tenants.children(org.getId()).stream().filter(t -> t.getType() == TenantType.CHAPTER)
        .toList();
    Map<Long, List<String>> leaders = new HashMap<>();
    if (!chapters.isEmpty()) {
      em.createQuery("SELECT g.tenantId, a.username FROM RoleGrant g, Account a WHERE g.accountId = a.id "
              + "AND g.role = :role AND g.tenantId IN :chapters AND a.status = 'active' ORDER BY a.username",
              Object[].class)
          .setParameter("role", ROLE)
          .setParameter("chapters", chapters.stream().map(Tenant::getId).toList())
          .getResultList()
          .forEach(r -> leaders.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    }
    List<ChapterLeaders> out = chapters.stream().map(c -> new ChapterLeaders(c.getSlug(),
        LocalizedText.of(c.getNameKm(), c.getNameEn()), c.isSuspended() ? "suspended" : "active",
        List.copyOf(leaders.getOrDefault(c.getId(), List.of())))).toList();
    return new Picture(out, out.stream().filter(c -> c.teamLeaders().isEmpty()).map(ChapterLeaders::slug).toList());
  }
}
