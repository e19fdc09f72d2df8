package org.sahakum.core.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Invite codes: random, shown once, stored as hashes, taken under a row lock so uses never exceed the limit. */
@ApplicationScoped
public class Invites {
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** Creates an invite and returns its code, which is never stored. Call in a transaction. */
  String create(long tenantId, Instant expiresAt, int maxUses, long createdBy, Instant now) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    em.persist(new Invite(tenantId, hash(code.toString()), expiresAt, maxUses, createdBy, now));
    em.flush();
    return code.toString();
  }

  /** The invite behind a code, for this tenant, if it can still be used; locked for the transaction. */
  Optional<Invite> usable(long tenantId, String code, Instant now) {
    if (code == null || code.length() != 12) {
      return Optional.empty();
    }
    return em.createQuery("SELECT i FROM Invite i WHERE i.codeHash = :h", Invite.class)
        .setParameter("h", hash(code.toUpperCase()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(i -> i.getTenantId() == tenantId && i.usableAt(now))
        .findFirst();
  }

  List<Invite> of(long tenantId) {
    return em.createQuery("SELECT i FROM Invite i WHERE i.tenantId = :t ORDER BY i.id DESC", Invite.class)
        .setParameter("t", tenantId)
        .setMaxResults(200)
        .getResultList();
  }

  Optional<Invite> find(long tenantId, long id) {
    return Optional.ofNullable(em.find(Invite.class, id)).filter(i -> i.getTenantId() == tenantId);
  }

  private static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
