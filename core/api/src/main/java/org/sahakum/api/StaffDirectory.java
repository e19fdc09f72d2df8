package org.sahakum.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff of the request's tenant as a module may see them to pick someone for a task (an
 * assignee, a collector): active accounts whose grants reach the tenant and hold a permission
 * there, judged exactly as the core judges a request of that account (role settings, the
 * organisation's wall). Accounts above the wall never appear. Nothing but the account id and the
 * login name is shown; the module checks its own permission before it lists anyone, and audits
 * what it does with the answer.
 */
public interface StaffDirectory {

  /** The accounts that hold {@code permission} here, by username; at most 500. */
  List<StaffRef> holding(String permission);

  /** The account {@code accountId} if it is active and holds {@code permission} here; empty otherwise. */
  Optional<StaffRef> find(long accountId, String permission);

  /**
   * The login names of these accounts, to show a person instead of a number (an assignee, a
   * collector): active staff of this side of the wall only, whatever they hold; other ids are
   * simply absent. At most 500 ids.
   */
  Map<Long, String> usernames(Collection<Long> accountIds);

  /**
   * A staff account as a module may show it.
   *
   * @param accountId the account's id, stable for the account's life; what a module stores
   * @param username the login name, which staff choose and see in the admin console
   */
  record StaffRef(long accountId, String username) {}
}
