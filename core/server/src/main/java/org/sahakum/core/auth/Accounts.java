package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/** Accounts and their role grants. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject PasswordHasher hasher;

  public Optional<Account> activeById(long id) {
    return Optional.ofNullable(em.find(Account.class, id)).filter(Account::isActive);
  }

  /** An account whatever its status (active, pending, suspended with its member, or disabled). */
  public Optional<Account> anyById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /** An account that is active or waits for approval; not a disabled one. */
  public Optional<Account> activeOrPendingById(Long id) {
    return id == null ? Optional.empty()
        : Optional.ofNullable(em.find(Account.class, id)).filter(a -> !"disabled".equals(a.getStatus()));
  }

  public Optional<Account> byLogin(Long tenantId, String username) {
    if (tenantId == null || username == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.tenantId = :t AND a.username = :u", Account.class)
        .setParameter("t", tenantId)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public java.util.List<RoleGrant> grantsOf(long accountId) {
    return em.createQuery("SELECT g FROM RoleGrant g WHERE g.accountId = :a", RoleGrant.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  /**
   * Who counts as staff at {@code :t} (tenant ids): an active account {@code a} with a role grant
   * {@code g} there. One rule for the list, the look-up of one account and the assignees' names.
   */
  private static final String STAFF_AT = "FROM Account a, RoleGrant g WHERE g.accountId = a.id "
      + "AND g.tenantId IN :t AND a.status = 'active'";

  /** Active accounts holding a role at any of {@code tenantIds}, by username; at most {@code limit}. */
  public java.util.List<Account> activeWithGrantsAt(Collection<Long> tenantIds, int limit) {
    return em.createQuery("SELECT DISTINCT a " + STAFF_AT + " ORDER BY a.username", Account.class)
        .setParameter("t", tenantIds)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The account {@code accountId}, if {@link #activeWithGrantsAt} would list it (bar its limit). */
  public Optional<Account> activeWithGrantsAt(Collection<Long> tenantIds, long accountId) {
    return em.createQuery("SELECT DISTINCT a " + STAFF_AT + " AND a.id = :id", Account.class)
        .setParameter("t", tenantIds)
        .setParameter("id", accountId)
        .getResultStream().findFirst();
  }

  /**
   * The usernames of those of {@code accountIds} that {@link #activeWithGrantsAt} would list, read
   * without loading every account there: a list page names a few assignees among many staff.
   */
  public java.util.Map<Long, String> activeUsernamesWithGrantsAt(Collection<Long> tenantIds, Collection<Long> accountIds) {
    java.util.Map<Long, String> out = new java.util.HashMap<>();
    if (accountIds.isEmpty()) {
      return out;
    }
    em.createQuery("SELECT DISTINCT a.id, a.username " + STAFF_AT + " AND a.id IN :ids", Object[].class)
        .setParameter("t", tenantIds)
        .setParameter("ids", accountIds)
        .getResultList()
        .forEach(row -> out.put((Long) row[0], (String) row[1]));
    return out;
  }

  public boolean exists(long tenantId, String username) {
    return !em.createQuery("SELECT a.id FROM Account a WHERE a.tenantId = :t AND a.username = :u")
        .setParameter("t", tenantId)
        .setParameter("u", username)
        .getResultList()
        .isEmpty();
  }

  public java.util.List<Account> at(long tenantId) {
    return em.createQuery("SELECT a FROM Account a WHERE a.tenantId = :t ORDER BY a.username", Account.class)
        .setParameter("t", tenantId)
        .setMaxResults(500)
        .getResultList();
  }

  public boolean anyAt(long tenantId) {
    return !em.createQuery("SELECT a.id FROM Account a WHERE a.tenantId = :t")
        .setParameter("t", tenantId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Creates an account at {@code tenantId} holding {@code roles} there. Call inside a transaction. */
  public Account create(long tenantId, String username, String password, Collection<String> roles) {
    Account account = new Account(tenantId, username, hasher.hash(password), Instant.now().truncatedTo(ChronoUnit.MICROS));
    em.persist(account);
    em.flush();
    for (String role : roles) {
      em.persist(new RoleGrant(account.getId(), tenantId, role));
    }
    return account;
  }

  /**
   * Closes a suspended member's login: it is refused like a wrong password and its sessions end.
   * A disabled or pending login stays as it is. Call inside a transaction.
   */
  public void suspendMemberLogin(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account != null && account.isActive()) {
      account.suspend();
      em.createQuery("DELETE FROM AuthSession s WHERE s.accountId = :a").setParameter("a", accountId).executeUpdate();
    }
  }

  /** Opens the login of a member taken back, if it was closed by their suspension. Call inside a transaction. */
  public void reinstateMemberLogin(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account != null && account.isSuspended()) {
      account.activate();
    }
  }

  /**
   * Forgets an account for good (a member's erasure): its name is replaced, its password can no
   * longer match, its roles and sessions end. Call inside a transaction.
   */
  public void forget(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      return;
    }
    byte[] random = new byte[8];
    new java.security.SecureRandom().nextBytes(random);
    account.forget("erased-" + java.util.HexFormat.of().formatHex(random));
    em.createQuery("DELETE FROM RoleGrant g WHERE g.accountId = :a").setParameter("a", accountId).executeUpdate();
    em.createQuery("DELETE FROM AuthSession s WHERE s.accountId = :a").setParameter("a", accountId).executeUpdate();
    // the erased person's second step goes too (named, not imported: twostep builds on this package)
    em.createQuery("DELETE FROM TwoStepSecret t WHERE t.accountId = :a").setParameter("a", accountId).executeUpdate();
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :a").setParameter("a", accountId).executeUpdate();
  }
}
