package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sahakum.core.tenancy.Tenant;

/**
 * What a token's last request found out about its caller: the account, its home tenant's path,
 * and the permission look-ups. An entry serves only while the database's {@link SecurityEpoch}
 * stands where it stood when the entry was made, and only while the session needs no touch;
 * anything else goes back to the database. So a logout, a disabled account, a changed grant or a
 * locked chapter holds on every server from the next request on, while a busy reader costs one
 * small query instead of seven.
 */
@ApplicationScoped
public class CallerCache {
  private static final int MAX_ENTRIES = 20_000;

  /** One token's caller, as found at {@code epoch}. */
  record Entry(long epoch, AccountPrincipal principal, List<Tenant> homePath, Instant expiresAt,
      Instant touchDueAt, PermissionMemo memo, boolean passwordChangeRequired) {}

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** The epoch now; read before anything it guards is read. */
  long epoch() {
    SecurityEpoch e = em.find(SecurityEpoch.class, SecurityEpoch.THE_ONLY_ROW);
    return e == null ? -1 : e.value();
  }

  Optional<Entry> get(String tokenHash, long epoch, Instant now) {
    Entry e = entries.get(tokenHash);
    if (e == null || e.epoch() != epoch || !now.isBefore(e.expiresAt()) || !now.isBefore(e.touchDueAt())) {
      return Optional.empty();
    }
    return Optional.of(e);
  }

  void put(String tokenHash, Entry entry) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(tokenHash, entry);
  }
}
