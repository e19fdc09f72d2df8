package org.sahakum.core.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.sahakum.core.tenancy.Tenant;

/**
 * What a caller's permission checks have looked up already: tenants, the caller's grants and the
 * role settings along a path. A request asks several questions (may it see the tenant, may it
 * read the register) and each used to go back to the database. A memo serves one token for as
 * long as {@link CallerCache} keeps it, which is never past a change of the security epoch; its
 * requests may run at the same time, hence the concurrent maps. The answers themselves are kept
 * too ({@link #answer}), so a busy reader's checks cost a map look-up each.
 */
final class PermissionMemo implements org.sahakum.core.twostep.TwoStepGate.Memo {
  private final Map<Long, Optional<Tenant>> tenants = new ConcurrentHashMap<>();
  private final Map<String, Tenant> tenantsBySlug = new ConcurrentHashMap<>();
  private final Map<List<Long>, List<RoleSetting>> settings = new ConcurrentHashMap<>();
  private volatile List<RoleGrant> grants;
  private final Map<String, Boolean> facts = new ConcurrentHashMap<>();
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
  private final boolean assumeEnrolled;

  PermissionMemo() {
    this(false);
  }

  /** {@code assumeEnrolled}: answers as if the account had enrolled in the second step (what it would hold). */
  PermissionMemo(boolean assumeEnrolled) {
    this.assumeEnrolled = assumeEnrolled;
  }

  @Override
  public boolean fact(String key, java.util.function.BooleanSupplier load) {
    if (assumeEnrolled && key.startsWith("enrolled:")) {
      return true;
    }
    return facts.computeIfAbsent(key, k -> load.getAsBoolean());
  }

  /**
   * The realm's answer whether the caller holds {@code permission} at {@code tenantId}, judged once:
   * everything the judgement rests on is kept in this memo (tenants, grants, role settings, the
   * second step's facts) except the roles' default permissions, which grow when a module loads, so
   * an answer counts only for the {@code rolesGeneration} it was judged at.
   */
  boolean answer(long rolesGeneration, long tenantId, String permission, java.util.function.BooleanSupplier judge) {
    String key = rolesGeneration + "|" + tenantId + "|" + permission;
    Boolean known = answers.get(key);
    if (known == null) {
      known = judge.getAsBoolean();
      answers.put(key, known);
    }
    return known;
  }

  void remember(Tenant tenant) {
    tenants.put(tenant.getId(), Optional.of(tenant));
  }

  Optional<Tenant> tenant(long id, LongFunction<Optional<Tenant>> load) {
    Optional<Tenant> known = tenants.get(id);
    if (known == null) {
      known = load.apply(id);
      tenants.put(id, known);
    }
    return known;
  }

  /** A tenant by slug; only found ones are kept, so a tenant created a moment ago is found next time. */
  Optional<Tenant> tenantBySlug(String slug, Function<String, Optional<Tenant>> load) {
    Tenant known = tenantsBySlug.get(slug);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Tenant> found = load.apply(slug);
    found.ifPresent(t -> {
      tenantsBySlug.put(slug, t);
      remember(t);
    });
    return found;
  }

  List<RoleGrant> grants(Supplier<List<RoleGrant>> load) {
    List<RoleGrant> known = grants;
    if (known == null) {
      known = List.copyOf(load.get());
      grants = known;
    }
    return known;
  }

  List<RoleSetting> settings(List<Long> path, Supplier<List<RoleSetting>> load) {
    List<RoleSetting> known = settings.get(path);
    if (known == null) {
      known = List.copyOf(load.get());
      settings.put(path, known);
    }
    return known;
  }
}
