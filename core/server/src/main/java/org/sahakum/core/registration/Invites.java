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
  /** Registers members of a chapter or organisation; many uses. */
  public static final String MEMBER = "member";
  /** Brings in one admin, issued by the tenant's own admins. */
  public static final String ADMIN = "admin";
  /** Brings in the first admin, issued by the tenant's creator; void once the tenant has any account. */
  public static final String FIRST_ADMIN = "first-admin";

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** Creates a member invite and returns its code, which is never stored. Call in a transaction. */
  String create(long tenantId, Instant expiresAt, int maxUses, long createdBy, Instant now) {
    return create(tenantId, MEMBER, expiresAt, maxUses, createdBy, now);
  }

  /** Creates an invite of {@code kind} and returns its code, which is never stored. Call in a transaction. */
  public String create(long tenantId, String kind, Instant expiresAt, int maxUses, long createdBy, Instant now) {
    return issue(tenantId, kind, expiresAt, maxUses, createdBy, now).code();
  }

  /** A new invite's id and its code, the code to be shown once. */
  public record Issued(long id, String code) {}

  /** Creates an invite of {@code kind}: its id, and its code, which is never stored. Call in a transaction. */
  public Issued issue(long tenantId, String kind, Instant expiresAt, int maxUses, long createdBy, Instant now) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    Invite invite = new Invite(tenantId, kind, hash(code.toString()), expiresAt, maxUses, createdBy, now);
    em.persist(invite);
    em.flush();
    return new Issued(invite.getId(), code.toString());
  }

  /** The member invite behind a code, wherever it was issued, if it can still be used; locked for the transaction. */
  Optional<Invite> usable(String code, Instant now) {
    if (code == null || code.length() != 12) {
      return Optional.empty();
    }
    return em.createQuery("SELECT i FROM Invite i WHERE i.codeHash = :h", Invite.class)
        .setParameter("h", hash(code.toUpperCase()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(i -> i.usableAt(now) && MEMBER.equals(i.kind()))
        .findFirst();
  }

  /** The invite of one of {@code kinds} behind a code, for this tenant, if usable; locked for the transaction. */
  public Optional<Invite> usable(long tenantId, String code, Instant now, String... kinds) {
    java.util.Set<String> wanted = java.util.Set.of(kinds);
    if (code == null || code.length() != 12) {
      return Optional.empty();
    }
    return em.createQuery("SELECT i FROM Invite i WHERE i.codeHash = :h", Invite.class)
        .setParameter("h", hash(code.toUpperCase()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(i -> i.getTenantId() == tenantId && i.usableAt(now) && wanted.contains(i.kind()))
        .findFirst();
  }

  List<Invite> of(long tenantId) {
    return em.createQuery("SELECT i FROM Invite i WHERE i.tenantId = :t AND i.kind = 'member' ORDER BY i.id DESC",
            Invite.class)
        .setParameter("t", tenantId)
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * The invites of one of {@code kinds} at this tenant that can still be used (not used up, not
   * expired, not withdrawn), newest first; at most 200.
   */
  public List<Invite> open(long tenantId, java.util.Set<String> kinds, Instant now) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT i FROM Invite i WHERE i.tenantId = :t AND i.kind IN :k AND i.revoked = false "
            + "AND i.uses < i.maxUses AND i.expiresAt > :now ORDER BY i.id DESC", Invite.class)
        .setParameter("t", tenantId)
        .setParameter("k", kinds)
        .setParameter("now", now)
        .setMaxResults(200)
        .getResultList();
  }

  /** The invite {@code id} of one of {@code kinds} at this tenant if it can still be used; locked for the transaction. */
  public Optional<Invite> openById(long tenantId, long id, java.util.Set<String> kinds, Instant now) {
    return Optional.ofNullable(em.find(Invite.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(i -> i.getTenantId() == tenantId && kinds.contains(i.kind()) && i.usableAt(now));
  }

  Optional<Invite> find(long tenantId, long id) {
    return Optional.ofNullable(em.find(Invite.class, id)).filter(i -> i.getTenantId() == tenantId && MEMBER.equals(i.kind()));
  }

  private static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
