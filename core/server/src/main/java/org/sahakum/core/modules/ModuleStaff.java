package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.sahakum.api.StaffDirectory;
import org.sahakum.api.StaffDirectory.StaffRef;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.ShiroSecurity;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The {@link StaffDirectory} a module gets: the accounts with a grant at the tenant or at a node
 * above it on this side of the wall, each kept only if the realm, asked as for a request of that
 * account, says it holds the permission at the tenant.
 */
@ApplicationScoped
public class ModuleStaff {
  private static final int MAX_STAFF = 500;

  @Inject Accounts accounts;
  @Inject ShiroSecurity security;
  @Inject Tenants tenants;

  /**
   * The directory of {@code tenant} for one request (or one module's demo seeding): an account found
   * by id is looked up once, and its permissions are judged with look-ups shared between the
   * questions about it.
   */
  public StaffDirectory directory(Tenant tenant) {
    Map<Long, BiPredicate<Long, String>> judges = new ConcurrentHashMap<>();
    Map<Long, Optional<Account>> found = new ConcurrentHashMap<>();
    return new StaffDirectory() {
      @Override
      public List<StaffRef> holding(String permission) {
        return candidates(tenant).stream().filter(a -> holds(a, permission)).map(ModuleStaff::ref).toList();
      }

      @Override
      public Optional<StaffRef> find(long accountId, String permission) {
        // the one account, if candidates(tenant) would list it: not every candidate read to find one
        return found.computeIfAbsent(accountId, id -> accounts.activeWithGrantsAt(nodes(tenant), id))
            .filter(a -> holds(a, permission)).map(ModuleStaff::ref);
      }

      private boolean holds(Account account, String permission) {
        return judges.computeIfAbsent(account.getId(), id -> security.judge(account)).test(tenant.getId(), permission);
      }

      @Override
      public java.util.Map<Long, String> usernames(java.util.Collection<Long> accountIds) {
        if (accountIds.size() > MAX_STAFF) {
          throw new IllegalArgumentException("at most " + MAX_STAFF + " ids at once");
        }
        // the same accounts as candidates(tenant), asked for by id (only their ids and usernames read)
        return accounts.activeUsernamesWithGrantsAt(nodes(tenant), java.util.Set.copyOf(accountIds));
      }
    };
  }

  /** Grants above the wall never act below it, so only the tenant and its organisation's side count. */
  private List<Account> candidates(Tenant tenant) {
    return accounts.activeWithGrantsAt(nodes(tenant), MAX_STAFF);
  }

  /** The tenant and the nodes above it on its organisation's side of the wall. */
  private List<Long> nodes(Tenant tenant) {
    return tenants.pathToRoot(tenant).stream()
        .filter(t -> t.getId().equals(tenant.getId()) || t.getType().holdsPersonalData())
        .map(Tenant::getId).toList();
  }

  private static StaffRef ref(Account a) {
    return new StaffRef(a.getId(), a.getUsername());
  }
}
