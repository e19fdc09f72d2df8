package org.sahakum.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Looks tenants up. Slugs are matched exactly: no case folding, no decoding, no trimming. */
@ApplicationScoped
public class Tenants {
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  public Optional<Tenant> bySlug(String slug) {
    if (slug == null || slug.length() > 63 || !SLUG.matcher(slug).matches()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<Tenant> byId(long id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  public List<Tenant> children(long parentId) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.parentId = :p ORDER BY t.slug", Tenant.class)
        .setParameter("p", parentId)
        .getResultList();
  }

  /** The node and its ancestors, nearest first. */
  public List<Tenant> pathToRoot(Tenant tenant) {
    List<Tenant> path = new ArrayList<>();
    for (Tenant t = tenant; t != null; t = t.getParentId() == null ? null : em.find(Tenant.class, t.getParentId())) {
      path.add(t);
    }
    return path;
  }

  /** Whether accounts of this tenant are refused: it is locked down, or it or a node above is suspended. */
  public boolean refusesLogins(long tenantId) {
    return refusesLogins(byId(tenantId).map(this::pathToRoot).orElse(List.of()));
  }

  /** As {@link #refusesLogins(long)}, for a home tenant's path to the root, nearest first; empty refuses. */
  public static boolean refusesLogins(List<Tenant> homePath) {
    return homePath.isEmpty() || homePath.getFirst().isLocked() || homePath.stream().anyMatch(Tenant::isSuspended);
  }

  /** The node and every node below it. */
  public List<Tenant> subtree(Tenant tenant) {
    List<Tenant> all = new ArrayList<>();
    all.add(tenant);
    for (int i = 0; i < all.size(); i++) {
      all.addAll(children(all.get(i).getId()));
    }
    return all;
  }

  /** The organisation a tenant belongs to: itself, or a chapter's parent; empty above the wall. */
  public Optional<Tenant> organisationOf(Tenant tenant) {
    return switch (tenant.getType()) {
      case ORGANISATION -> Optional.of(tenant);
      case CHAPTER -> byId(tenant.getParentId());
      default -> Optional.empty();
    };
  }

  /** The managed row of {@code tenant}, locked until the transaction ends, to change it. */
  public Tenant lockForChange(Tenant tenant) {
    return em.find(Tenant.class, tenant.getId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
  }

  public void add(Tenant tenant) {
    em.persist(tenant);
    em.flush();
  }
}
