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
import java.util.stream.Collectors;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.api.TenantRef;
import org.sahakum.core.members.Member;
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
      public List<TenantRef> chapters() {
        if (org.isEmpty()) {
          return List.of();
        }
        return chapterId != null ? List.of(tenant.ref()) : tenants.children(org.get().getId()).stream()
            .filter(t -> t.getType() == TenantType.CHAPTER).map(Tenant::ref).toList();
      }
    };
  }

  private jakarta.persistence.TypedQuery<Member> query(String condition, Tenant org, Long chapterId) {
    String chapter = chapterId == null ? "" : " AND m.chapterId = :chapter";
    var q = em.createQuery("SELECT m FROM Member m WHERE " + LIVE + chapter + " AND " + condition, Member.class)
        .setParameter("org", org.getId());
    return chapterId == null ? q : q.setParameter("chapter", chapterId);
  }

  private Optional<MemberRef> one(jakarta.persistence.TypedQuery<Member> q, Tenant org) {
    return refs(q.setMaxResults(1).getResultList(), org).values().stream().findFirst();
  }

  private Map<Long, MemberRef> refs(List<Member> members, Tenant org) {
    Map<Long, TenantRef> chapters = new HashMap<>();
    for (Member m : members) {
      if (m.getChapterId() != null && !chapters.containsKey(m.getChapterId())) {
        tenants.byId(m.getChapterId()).filter(c -> org.getId().equals(c.getParentId()))
            .ifPresent(c -> chapters.put(c.getId(), c.ref()));
      }
    }
    return members.stream().collect(Collectors.toMap(Member::getId, m -> new MemberRef(m.getId(), m.getMemberCode(),
        m.getWorkingName(), m.getChapterId() == null ? null : chapters.get(m.getChapterId()), m.getStatus()),
        (x, y) -> x, HashMap::new));
  }
}
