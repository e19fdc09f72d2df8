package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.api.TenantRef;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * The {@link MemberDirectory} a module gets: read-only queries of the register that always name
 * the organisation (and the chapter, at a chapter), and never return an erased member.
 */
@ApplicationScoped
public class ModuleMembers {
  private static final int MAX_IDS = 500;
  private static final String LIVE = "m.orgId = :org AND m.status <> 'erased'";

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject Tenants tenants;

  /** The directory of {@code tenant} as seen by the account {@code accountId}. */
  MemberDirectory directory(Tenant tenant, long accountId) {
    Optional<Tenant> org = tenants.organisationOf(tenant);
    Long chapterId = tenant.getType() == TenantType.CHAPTER ? tenant.getId() : null;
    return new MemberDirectory() {
      @Override
      public Map<Long, MemberRef> byIds(Collection<Long> ids) {
        if (ids.size() > MAX_IDS) {
          throw new IllegalArgumentException("at most " + MAX_IDS + " ids at a time");
        }
        if (org.isEmpty() || ids.isEmpty()) {
          return Map.of();
        }
        return refs(query("m.id IN :ids", org.get(), chapterId).setParameter("ids", ids).getResultList(), org.get());
      }

      @Override
      public Optional<MemberRef> byCode(String memberCode) {
        if (org.isEmpty() || memberCode == null) {
          return Optional.empty();
        }
        return one(query("m.memberCode = :code", org.get(), chapterId).setParameter("code", memberCode), org.get());
      }

      @Override
      public Optional<MemberRef> caller() {
        if (org.isEmpty()) {
          return Optional.empty();
        }
        return one(query("m.accountId = :account", org.get(), null).setParameter("account", accountId), org.get());
      }

      @Override
      public List<MemberRef> activeAfter(long afterId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
          throw new IllegalArgumentException("a page of 1 to " + MAX_PAGE + " members");
        }
        if (org.isEmpty()) {
          return List.of();
        }
        List<Object[]> rows = query("m.status = 'active' AND m.id > :after ORDER BY m.id", org.get(), chapterId)
            .setParameter("after", afterId).setMaxResults(limit).getResultList();
        Map<Long, MemberRef> refs = refs(rows, org.get());
        return rows.stream().map(r -> refs.get((Long) r[0])).toList();
      }

      /** Read once per directory, that is per module request (a list page asks more than once). */
      private List<TenantRef> chapters;

      @Override
      public List<TenantRef> chapters() {
        if (org.isEmpty()) {
          return List.of();
        }
        if (chapters == null) {
          chapters = chapterId != null ? List.of(tenant.ref()) : tenants.children(org.get().getId()).stream()
              .filter(t -> t.getType() == TenantType.CHAPTER).map(Tenant::ref).toList();
        }
        return chapters;
      }
    };
  }

  /** The organisation's live members in register order, from the {@code offset}-th, at most {@code limit}. */
  List<MemberRef> inRegisterOrder(Tenant org, int offset, int limit) {
    List<Object[]> rows = query("m.id > 0 ORDER BY m.id", org, null).setFirstResult(offset).setMaxResults(limit)
        .getResultList();
    Map<Long, MemberRef> refs = refs(rows, org);
    return rows.stream().map(r -> refs.get((Long) r[0])).toList();
  }

  /**
   * Only the columns a {@link MemberRef} shows, never a sealed one, with the chapter joined in the
   * same query (a chapter of another organisation is never joined).
   */
  private jakarta.persistence.TypedQuery<Object[]> query(String condition, Tenant org, Long chapterId) {
    String chapter = chapterId == null ? "" : " AND m.chapterId = :chapter";
    var q = em.createQuery("SELECT m.id, m.memberCode, m.workingName, m.status, c.id, c.slug, c.type FROM Member m "
            + "LEFT JOIN Tenant c ON c.id = m.chapterId AND c.parentId = :org WHERE " + LIVE + chapter + " AND "
            + condition, Object[].class)
        .setParameter("org", org.getId());
    return chapterId == null ? q : q.setParameter("chapter", chapterId);
  }

  private Optional<MemberRef> one(jakarta.persistence.TypedQuery<Object[]> q, Tenant org) {
    return refs(q.setMaxResults(1).getResultList(), org).values().stream().findFirst();
  }

  private static Map<Long, MemberRef> refs(List<Object[]> rows, Tenant org) {
    Map<Long, MemberRef> refs = new HashMap<>();
    for (Object[] r : rows) {
      TenantRef chapter = r[4] == null ? null : new TenantRef((Long) r[4], (String) r[5], String.valueOf(r[6]));
      refs.put((Long) r[0], new MemberRef((Long) r[0], (String) r[1], (String) r[2], chapter, (String) r[3]));
    }
    return refs;
  }
}
