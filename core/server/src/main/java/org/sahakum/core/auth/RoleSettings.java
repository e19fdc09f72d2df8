package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Which permissions a role holds at a node: the setting of the nearest node, from the grant's
 * own node upwards, that has one for the role; else the defaults. The organisation is a wall: for
 * a grant at an organisation or one of its chapters only settings on its own side count (the
 * chapter's, then the organisation's), so nothing a network or the platform sets changes what a
 * role holds inside an organisation. The admin role always holds all.
 */
@ApplicationScoped
public class RoleSettings {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject RolePermissions defaults;

  /** The settings of the given nodes, in one query. */
  List<RoleSetting> along(List<Tenant> path) {
    List<Long> ids = path.stream().map(Tenant::getId).toList();
    return em.createQuery("SELECT s FROM RoleSetting s WHERE s.tenantId IN :ids", RoleSetting.class)
        .setParameter("ids", ids).getResultList();
  }

  /**
   * The permissions of {@code role} for a grant held at {@code path.get(0)}.
   *
   * @param path the grant's node and its ancestors, nearest first
   * @param settings the settings along that path (see {@link #along})
   */
  static Set<String> effective(String role, List<Tenant> path, List<RoleSetting> settings, RolePermissions defaults) {
    if ("admin".equals(role)) {
      return defaults.of(role);
    }
    for (Tenant node : ownSide(path)) {
      for (RoleSetting s : settings) {
        if (s.tenantId() == node.getId() && s.role().equals(role)) {
          return s.permissions();
        }
      }
    }
    return defaults.of(role);
  }

  /**
   * The part of a grant's path whose settings count for it: up to and including its organisation
   * when the grant is inside one, else the whole path (a network's grant follows the platform's).
   *
   * @param path the grant's node and its ancestors, nearest first
   */
  static List<Tenant> ownSide(List<Tenant> path) {
    if (path.isEmpty() || !path.get(0).getType().holdsPersonalData()) {
      return path;
    }
    int end = 0;
    while (end < path.size() && path.get(end).getType().holdsPersonalData()) {
      end++;
    }
    return path.subList(0, end);
  }

  /** The permissions {@code role} holds for a grant at {@code tenant}, as the realm judges a request. */
  public Set<String> heldAt(Tenant tenant, String role) {
    List<Tenant> path = ownSide(tenants.pathToRoot(tenant));
    return effective(role, path, along(path), defaults);
  }

  /** The permissions set for {@code role} at this very node, if a setting is there. */
  public Optional<Set<String>> setAt(long tenantId, String role) {
    return at(tenantId, role).map(RoleSetting::permissions);
  }

  /** Sets the permissions of {@code role} at a node; call inside a transaction, after the caller's right was checked. */
  public void set(long tenantId, String role, Collection<String> permissions, long actor) {
    put(tenantId, role, permissions, actor);
  }

  Optional<RoleSetting> at(long tenantId, String role) {
    return Optional.ofNullable(em.find(RoleSetting.class, new RoleSetting.Key(tenantId, role)));
  }

  void put(long tenantId, String role, Collection<String> permissions, long actor) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Optional<RoleSetting> existing = at(tenantId, role);
    if (existing.isPresent()) {
      existing.get().change(permissions, actor, now);
    } else {
      em.persist(new RoleSetting(tenantId, role, permissions, actor, now));
    }
    em.flush();
  }

  boolean remove(long tenantId, String role) {
    Optional<RoleSetting> existing = at(tenantId, role);
    existing.ifPresent(em::remove);
    em.flush();
    return existing.isPresent();
  }
}
