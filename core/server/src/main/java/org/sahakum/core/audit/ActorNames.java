package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The login names an audit trail may show beside its account ids: accounts of the trail's own
 * organisation (its chapters included), or, for a network or the platform, of that same node.
 * An account from beyond (an operator acting on an organisation) stays an id.
 */
@ApplicationScoped
public class ActorNames {

  @Inject Accounts accounts;
  @Inject Tenants tenants;

  /** Names for the trail of {@code tenant}, each account looked up once. */
  public Function<Long, String> within(Tenant tenant) {
    Tenant home = tenants.organisationOf(tenant).orElse(tenant);
    Map<Long, Optional<String>> seen = new HashMap<>();
    return id -> id == null ? null : seen.computeIfAbsent(id, k -> accounts.anyById(k)
        .filter(a -> belongs(a, home))
        .map(Account::getUsername)).orElse(null);
  }

  private boolean belongs(Account account, Tenant home) {
    Optional<Tenant> at = tenants.byId(account.getTenantId());
    return at.map(t -> t.getId().equals(home.getId())
        || Objects.equals(tenants.organisationOf(t).map(Tenant::getId).orElse(null), home.getId())).orElse(false);
  }
}
